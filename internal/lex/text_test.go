package lex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// textPieces are the bytes and runes the Lower and SpaceFields tests join
// at random: ASCII, accented and other-script letters, Unicode spaces,
// letters whose lower case is longer or shorter, and invalid bytes.
var textPieces = []string{"a", "Z", "q", " ", "\t", "\n", "\v", "\u0085", "\u00a0", "\u2003", "\u3000",
	"É", "é", "Ö", "ß", "Σ", "İ", "K", "Ⱥ", "ǅ", "ſ", "ﬀ", "“", "”", ".", "'", "\xff", "\xe2\x80", "\xc3", "漢", "🙂"}

func randomText(r *rand.Rand) string {
	var b strings.Builder
	for range r.IntN(40) {
		b.WriteString(textPieces[r.IntN(len(textPieces))])
	}
	return b.String()
}

func TestLowerMatchesToLower(t *testing.T) {
	cases := []string{"", "plain words here", "Mixed Case Words", "an accented éclair", "Ünïcode ÀND ascii",
		"bad \xff byte", "Kelvin K sign", "dotted İstanbul", "ends in \xe2\x80"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		cases = append(cases, randomText(r))
	}
	for _, s := range cases {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestSpaceFieldsMatchesFields(t *testing.T) {
	cases := []string{"", "   ", "one", " two  words ", "tab\tand\nnewline", "nbsp\u00a0split", "em\u2003space",
		"bad\xff byte", "\u0085lead", "trail\u3000"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		cases = append(cases, randomText(r))
	}
	for _, s := range cases {
		got, want := SpaceFields(s), strings.Fields(s)
		if !slices.Equal(got, want) || cap(got) != len(got) {
			t.Fatalf("SpaceFields(%q) = %q (cap %d), want %q", s, got, cap(got), want)
		}
	}
}

func FuzzLowerAndSpaceFields(f *testing.F) {
	f.Add("Ada Velmora said.\u00a0É\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
		if got, want := SpaceFields(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("SpaceFields(%q) = %q, want %q", s, got, want)
		}
	})
}

// countPieces add to textPieces the ASCII bytes around the spaces, so
// that CountFields reads whole eight-byte words of ASCII.
var countPieces = append([]string{"\x00", "\x08", "\r", "\f", "\x0e", "\x1f", "!", "~", "\x7f", "@", "  ", "word", "longer words"}, textPieces...)

func TestCountFieldsMatchesFields(t *testing.T) {
	cases := []string{"", "        ", "eightch ", " eightch", "a b c d e f g h i j", "tab\tand\nnewline\vand\fform\rfeed",
		"nbsp\u00a0split across eight", "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x1f\x20\x21"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteString(countPieces[r.IntN(len(countPieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := CountFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("CountFields(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzCountFields(f *testing.F) {
	f.Add("Ada Velmora said:\tthe\u00a0ferry É\xff runs at\r\nnoon.")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CountFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("CountFields(%q) = %d, want %d", s, got, want)
		}
	})
}
