package summarize

import "testing"

func TestPairHalfSpacedQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"she sang on 'Tonight Live ' and left", "she sang on 'Tonight Live' and left"},
		{"the ' Quiet Hours' star spoke", "the 'Quiet Hours' star spoke"},
		{"a fan of 'the handmaid's tale ' wrote", "a fan of 'the handmaid's tale' wrote"},
		{"showing 'Harbor Lights.", "showing 'Harbor Lights."},
		{"the judges ' ruling came", "the judges ' ruling came"},
		{"'one ' and 'two ' both", "'one ' and 'two ' both"},
		{"a ' long quotation of far too many words to be one title at all' here", "a ' long quotation of far too many words to be one title at all' here"},
	} {
		if got := pairHalfSpacedQuotes(c.in); got != c.want {
			t.Errorf("pairHalfSpacedQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPairHalfSpacedQuotesElision(t *testing.T) {
	in := `she said "the band is rockin ' and rollin.'"`
	if got := pairHalfSpacedQuotes(in); got != in {
		t.Errorf("pairHalfSpacedQuotes(%q) = %q, want it unchanged", in, got)
	}
}
