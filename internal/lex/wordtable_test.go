package lex

import (
	"slices"
	"strings"
	"testing"
)

// TestLetterWordsTable checks that words read from the table are the
// words split afresh, whatever a caller did with the words it was given.
func TestLetterWordsTable(t *testing.T) {
	texts := []string{
		"Officials in Paris said on Tuesday that the fire was out.",
		"officials in paris said on tuesday that the fire was out.",
		"He's 42",
		"",
		"Élysée Palace",
	}
	for _, s := range texts {
		want := appendLetterWords(nil, s, -1)
		for round := range 3 {
			got := LetterWords(s, -1)
			if !slices.Equal(got, want) {
				t.Fatalf("%q round %d: got %q, want %q", s, round, got, want)
			}
			for i := range got {
				got[i] = "x" // must not reach the table
			}
			buf := AppendLetterWords([]string{"a"}, s, 2)
			if w := append([]string{"a"}, want[:min(2, len(want))]...); !slices.Equal(buf, w) {
				t.Fatalf("%q round %d, 2 words: got %q, want %q", s, round, buf, w)
			}
			buf[len(buf)-1] = "y"
		}
	}
}

// TestSpaceFieldsTable checks that fields read from the table are
// strings.Fields's, whatever a caller did with the fields it was given.
func TestSpaceFieldsTable(t *testing.T) {
	texts := []string{
		"Officials in Paris said on Tuesday that the fire was out.",
		"  two\tspaced\u00a0words \u2003here ",
		"",
		" ",
		"one",
	}
	for _, s := range texts {
		want := strings.Fields(s)
		for round := range 3 {
			got := SpaceFields(s)
			if !slices.Equal(got, want) {
				t.Fatalf("%q round %d: got %q, want %q", s, round, got, want)
			}
			for i := range got {
				got[i] = "x" // must not reach the table
			}
		}
	}
}

// TestLowerTable checks that lower cases read from the table are
// strings.ToLower's.
func TestLowerTable(t *testing.T) {
	for _, s := range []string{"Officials in Paris said on Tuesday.", "ABC", "abc", "Élysée Palace", ""} {
		for round := range 3 {
			if got, want := Lower(s), strings.ToLower(s); got != want {
				t.Fatalf("%q round %d: got %q, want %q", s, round, got, want)
			}
		}
	}
}

// TestTablesSkipLongTexts checks that a text longer than MaxTableText is
// split and lower-cased right but never stored in a table.
func TestTablesSkipLongTexts(t *testing.T) {
	long := strings.Repeat("Word ", MaxTableText/5+1)
	if got, want := SpaceFields(long), strings.Fields(long); !slices.Equal(got, want) {
		t.Fatalf("SpaceFields: %d fields, want %d", len(got), len(want))
	}
	if got, want := LetterWords(long, -1), len(strings.Fields(long)); len(got) != want {
		t.Fatalf("LetterWords: %d words, want %d", len(got), want)
	}
	if got := Lower(long); got != strings.ToLower(long) {
		t.Fatalf("Lower: wrong lower case")
	}
	i := TextSlot(long)
	if e := spaceFieldsTable[i].Load(); e != nil && e.text == long {
		t.Errorf("SpaceFields stored a text of %d bytes", len(long))
	}
	if e := letterWordsTable[i].Load(); e != nil && e.text == long {
		t.Errorf("AppendLetterWords stored a text of %d bytes", len(long))
	}
	if e := lowerTable[i].Load(); e != nil && e.text == long {
		t.Errorf("Lower stored a text of %d bytes", len(long))
	}
}
