package summarize

import "testing"

func TestRaiseUSBeforeNoun(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Two other us soldiers were hurt near the border.", "Two other US soldiers were hurt near the border."},
		{"The smuggler was wanted by us authorities.", "The smuggler was wanted by US authorities."},
		{"Us officials said the talks had stalled.", "US officials said the talks had stalled."},
		{"Under us law, the firm must report it.", "Under US law, the firm must report it."},
		{"A guide told us officials were on their way.", "A guide told us officials were on their way."},
		{"The coach gave us intelligence on the rivals.", "The coach gave us intelligence on the rivals."},
		{"She joined us for dinner.", "She joined us for dinner."},
		{"It is hard for us to say.", "It is hard for us to say."},
		{"Those of us who stayed were lucky.", "Those of us who stayed were lucky."},
		{"the bonus went to us-based staff", "the bonus went to us-based staff"},
	}
	for _, c := range cases {
		if got := raiseUSBeforeNounIn(c.in); got != c.want {
			t.Errorf("raiseUSBeforeNounIn(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
