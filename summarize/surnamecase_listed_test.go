package summarize

import (
	"testing"
)

func TestCaseSurnamesAfterListedGiven(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"spokeswoman karen barley said the mill would close.",
		"karen barley, who founded it, wept.",
		"the tommy gun and the tommy gun replica were sold.",
		"a ferry crew met karen barley again.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	for _, tt := range []struct{ in, want string }{
		{"Spokeswoman Karen barley said the mill would close.", "Spokeswoman Karen Barley said the mill would close."},
		{"A visit from Karen barley, the founder, drew crowds.", "A visit from Karen Barley, the founder, drew crowds."},
		{"Karen barley's mill is shut.", "Karen Barley's mill is shut."},
		{"Karen barley grows well.", "Karen barley grows well."},                           // no surname's place
		{"They sold the Tommy gun, police said.", "They sold the Tommy gun, police said."}, // an article before the given name
		{"Mount Karen barley's slopes.", "Mount Karen barley's slopes."},                   // a capitalised word before
		{"Karen said no.", "Karen said no."},
		{"a talk by brewer Karen barley, then", "a talk by brewer Karen Barley, then"}, // a lower-case word before: no name's
	} {
		if got := c.listedSurnamesIn(tt.in); got != tt.want {
			t.Errorf("listedSurnamesIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCaseSurnamesAfterListedGivenOnePair(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{"karen barley said so.", "karen said no more.", "karen left."} {
		c.cands = append(c.cands, candidate{text: s})
	}
	in := "Karen barley said so."
	if got := c.listedSurnamesIn(in); got != in {
		t.Errorf("listedSurnamesIn(%q) = %q, want it left: one pair of three uses", in, got)
	}
}

func TestHasCapLower(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"by Ada quill, who", true},
		{"all lower case here", false},
		{"ALL CAPS HERE", false},
		{"Ada Quill Said", false},
	} {
		if got := hasCapLower(tt.s); got != tt.want {
			t.Errorf("hasCapLower(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
