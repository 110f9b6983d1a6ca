package lex

import (
	"strings"
	"testing"
)

// TestCollapseWords checks Collapse against strings.Fields for every
// byte, and a double space, at each place of an eight-byte word.
func TestCollapseWords(t *testing.T) {
	for b := 0; b < 256; b++ {
		for at := 0; at < 18; at++ {
			for _, rest := range []string{"rst uvwx yz.", "rst  uvwx", " the quay", "", "\u00a0ab", "é b"} {
				in := strings.Repeat("q", at%9) + strings.Repeat(" ", at/9) + string([]byte{byte(b)}) + rest
				if got, want := Collapse(in), strings.Join(strings.Fields(in), " "); got != want {
					t.Fatalf("Collapse(%q) = %q, want %q", in, got, want)
				}
			}
		}
	}
	for _, in := range []string{"the ferry to westmere left at noon.", "the ferry  to westmere", "the ferry to westmere ", " the ferry", "a b c d e f g h i j k", "abcdefg  hijklmno"} {
		if got, want := Collapse(in), strings.Join(strings.Fields(in), " "); got != want {
			t.Errorf("Collapse(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"", "the ferry to westmere", "two  spaces", " lead", "tail ", "tab\there", "nbsp\u00a0here", "\xffbad  byte"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(s), " ")
		if got := Collapse(s); got != want {
			t.Errorf("Collapse(%q) = %q, want %q", s, got, want)
		}
		if got := collapsed(s); got != (want == s) {
			t.Errorf("collapsed(%q) = %v, want %v", s, got, want == s)
		}
	})
}

// TestCollapsedSpaces checks collapsed against Collapse for every
// Unicode space (unicode.IsSpace) at a text's edges and inside it.
func TestCollapsedSpaces(t *testing.T) {
	for _, sp := range []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"} {
		for _, in := range []string{sp + "quay", "quay" + sp, "the" + sp + "quay", "the " + sp + "quay", "ferries" + sp + sp + "to the quay"} {
			if got, want := collapsed(in), Collapse(in) == in; got != want {
				t.Errorf("collapsed(%q) = %v, want %v", in, got, want)
			}
		}
	}
}
