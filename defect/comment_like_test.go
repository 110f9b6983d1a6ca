package defect

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// isCommentLikeSearches is isCommentLike as it was before chatterPieces:
// one strings.Contains per piece.
func isCommentLikeSearches(s, lower string) bool {
	if strings.Contains(s, "!!") || strings.Contains(s, "?!") {
		return !hasQuote(s)
	}
	if !strings.Contains(lower, "lol") && !strings.Contains(lower, "lmao") && !strings.Contains(lower, "omg") &&
		!strings.Contains(lower, "hah") && !strings.Contains(lower, "imho") && !strings.Contains(lower, "smh") &&
		!strings.Contains(lower, "wtf") && !strings.Contains(lower, ":)") && !strings.Contains(lower, ":(") {
		return false
	}
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != ':' && r != ')' && r != '(' }) {
		switch w {
		case "lol", "lmao", "omg", "haha", "hahaha", "imho", "smh", "wtf", ":)", ";)", ":(":
			return true
		}
	}
	return false
}

// TestCommentLikeOnePass holds isCommentLike to the searches it replaced on
// random sentences of chatter words whole, cut and run into others.
func TestCommentLikeOnePass(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 3))
	words := []string{"lol", "LOL", "lo", "ol", "lmao", "lma", "omg", "om", "mg", "hah", "haha", "hahaha", "ha",
		"imho", "imh", "smh", "sm", "wtf", "wt", ":)", ":(", ";)", ":", ")", "(", "!!", "?!", "!", "\"", "the",
		"council", "voted", "Marlow", "said", "caf\u00e9", ",", ".", "molten", "shahs"}
	hits := 0
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(3) != 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		lower := strings.ToLower(s)
		want := isCommentLikeSearches(s, lower)
		if want {
			hits++
		}
		if got := isCommentLike(s, lower); got != want {
			t.Fatalf("isCommentLike(%q) = %v, the searches say %v", s, got, want)
		}
	}
	if hits < 5000 || hits > 45000 {
		t.Errorf("%d of 50000 random sentences read as comments: too few of one kind", hits)
	}
}
