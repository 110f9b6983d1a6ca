package clean

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

// prefixOfList is prefixOf by its definition: the first phrase of list,
// in order, that lower or lead starts with at a word boundary.
func prefixOfList(lower, lead string, list []string) string {
	for _, ph := range list {
		if hasWordPrefix(lower, ph) || hasWordPrefix(lead, ph) {
			return ph
		}
	}
	return ""
}

// containsOfList is the [contains] rule by its definition.
func containsOfList(lower string) string {
	for _, ph := range phrases.contains {
		if strings.Contains(lower, ph) {
			return ph
		}
	}
	return ""
}

// checkIndexes compares the indexed phrase lookups with their
// definitions on s.
func checkIndexes(t *testing.T, s string) {
	lower := lex.LowerASCII(s)
	lead := strings.TrimLeft(lower, leadPunct)
	if got, want := prefixOf(lower, lead, phrases.prefix, &phrases.prefixAt), prefixOfList(lower, lead, phrases.prefix); got != want {
		t.Errorf("prefix phrase of %q = %q, want %q", s, got, want)
	}
	if got, want := prefixOf(lower, lead, phrases.prompt, &phrases.promptAt), prefixOfList(lower, lead, phrases.prompt); got != want {
		t.Errorf("prompt phrase of %q = %q, want %q", s, got, want)
	}
	has := bytesOf(lower)
	got := ""
	for i, ph := range phrases.contains {
		if has.holds(&phrases.containsBytes[i]) && strings.Contains(lower, ph) {
			got = ph
			break
		}
	}
	if want := containsOfList(lower); got != want {
		t.Errorf("contains phrase of %q = %q, want %q", s, got, want)
	}
}

// TestPhraseIndexes checks the indexes on every phrase of
// boilerplate.txt, alone, after leading punctuation and inside a sentence.
func TestPhraseIndexes(t *testing.T) {
	var all []string
	all = append(all, phrases.prefix...)
	all = append(all, phrases.prompt...)
	all = append(all, phrases.contains...)
	for _, ph := range all {
		for _, s := range []string{ph, "• " + ph + " now", "(" + strings.ToUpper(ph) + ")", "The " + ph + ".", ph + "x"} {
			checkIndexes(t, s)
		}
	}
	for _, s := range []string{"", " ", "Click here to read more", "— Related: the port strike"} {
		checkIndexes(t, s)
	}
}

func FuzzPhraseIndexes(f *testing.F) {
	for _, s := range []string{"Click here to subscribe", "• Related: x", "All rights reserved."} {
		f.Add(s)
	}
	f.Fuzz(checkIndexes)
}
