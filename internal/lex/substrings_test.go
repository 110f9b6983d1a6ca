package lex

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// containsAny is what Substrings.In answers: strings.Contains for one of
// the needles.
func containsAny(s string, needles []string) bool {
	for _, n := range needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

func TestSubstrings(t *testing.T) {
	tests := []struct {
		name    string
		needles []string
		in      string
		want    bool
	}{
		{"none", []string{"gate", "harbor"}, "the ferry left at noon", false},
		{"middle", []string{"gate", "harbor"}, "the harbor master waved", true},
		{"at start", []string{"xylo"}, "xylophones rang", true},
		{"at end", []string{"rang!"}, "bells rang!", true},
		{"cut at end", []string{"rang!!"}, "bells rang!", false},
		{"anchor before start", []string{"abz"}, "z then bz", false},
		{"empty needle", []string{""}, "", true},
		{"no needles", nil, "anything", false},
		{"empty text", []string{"a"}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NewSubstrings(tt.needles...).In(tt.in); got != tt.want {
				t.Errorf("In(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestSubstringsRandom holds In to strings.Contains over random needle
// sets and texts built from pieces of the needles, common letters, white
// space and non-ASCII bytes, so that anchors fall at every offset and near
// both ends.
func TestSubstringsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 18))
	alphabet := "eta oinshrdl.,!:)(ETAOINvVmMgGyYzZ\u00e9\xff"
	word := func(n int) string { return randomWord(r, alphabet, n) }
	hits := 0
	for range 20000 {
		needles := make([]string, 1+r.IntN(8))
		for i := range needles {
			needles[i] = word(1 + r.IntN(6))
		}
		set := NewSubstrings(needles...)
		var b strings.Builder
		for range r.IntN(8) {
			if r.IntN(3) == 0 {
				n := needles[r.IntN(len(needles))]
				// a whole needle, or one cut short at either end
				switch r.IntN(3) {
				case 0:
					n = n[1:]
				case 1:
					n = n[:len(n)-1]
				}
				b.WriteString(n)
			} else {
				b.WriteString(word(r.IntN(5)))
			}
		}
		s := b.String()
		want := containsAny(s, needles)
		if want {
			hits++
		}
		if got := set.In(s); got != want {
			t.Fatalf("needles %q, text %q: In = %v, strings.Contains = %v", needles, s, got, want)
		}
	}
	if hits < 2000 || hits > 18000 {
		t.Errorf("%d of 20000 random texts hold a needle: the test reads too few of one kind", hits)
	}
}

// TestFoldSubstringsRandom holds a NewFoldSubstrings's In to
// strings.Contains of the lower-cased text (ASCII letters only) for the
// lower-cased needles, on texts of mixed case.
func TestFoldSubstringsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(29, 5))
	alphabet := "eta oinsETAOINS.,'\u212a\u017f\xff"
	word := func(n int) string { return randomWord(r, alphabet, n) }
	hits := 0
	for range 20000 {
		needles := make([]string, 1+r.IntN(6))
		for i := range needles {
			needles[i] = word(1 + r.IntN(5))
		}
		set := NewFoldSubstrings(needles...)
		lower := make([]string, len(needles))
		for i, n := range needles {
			lower[i] = LowerASCII(n)
		}
		var b strings.Builder
		for range r.IntN(8) {
			if r.IntN(3) == 0 {
				b.WriteString(needles[r.IntN(len(needles))])
			} else {
				b.WriteString(word(r.IntN(5)))
			}
		}
		s := b.String()
		want := containsAny(LowerASCII(s), lower)
		if want {
			hits++
		}
		if got := set.In(s); got != want {
			t.Fatalf("needles %q, text %q: In = %v, want %v", needles, s, got, want)
		}
	}
	if hits < 2000 || hits > 18000 {
		t.Errorf("%d of 20000 random texts hold a needle: the test reads too few of one kind", hits)
	}
}

func TestFoldSubstrings(t *testing.T) {
	set := NewFoldSubstrings("Seen", "pictured")
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"The pier is SEEN at dusk.", true},
		{"A ferry, Pictured in May.", true},
		{"The pier is shown at dusk.", false},
		{"The pier is \u017feen at dusk.", false}, // no Unicode folding
	} {
		if got := set.In(tt.in); got != tt.want {
			t.Errorf("In(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// randomWord returns n bytes drawn by r from alphabet.
func randomWord(r *rand.Rand, alphabet string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}
