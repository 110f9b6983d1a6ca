package summarize

import (
	"strings"
	"testing"
)

func TestCutsWordAt(t *testing.T) {
	s := "U.s. president anna roe's administration - well-known ferry"
	for _, c := range []struct {
		name string
		at   string // the cut falls before this text
		want bool
	}{
		{"inside a possessive", "s administration", true},
		{"at a space", " administration", false},
		{"after a spaced dash", "well-known", false},
		{"inside a hyphened word", "known ferry", true},
		{"before the apostrophe", "'s administration", true},
	} {
		i := strings.Index(s, c.at)
		if i < 0 {
			t.Fatalf("%s: bad fixture", c.name)
		}
		if got := cutsWordAt(s, i); got != c.want {
			t.Errorf("%s: cutsWordAt(%q) = %v, want %v", c.name, s[:i]+"|"+s[i:], got, c.want)
		}
	}
	if cutsWordAt(s, 0) || cutsWordAt(s, len(s)) {
		t.Error("a cut at an edge is inside a word")
	}
}
