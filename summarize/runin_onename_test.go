package summarize

import "testing"

func TestOneNameHeadline(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a subheading that is a sentence", "Varga feared the vote was lost to her Varga also said that she would ask the harbour board for a second count on Friday.",
			"Varga said that she would ask the harbour board for a second count on Friday."},
	} {
		got, _ := oneNameHeadline(tc.in)
		if got != tc.want {
			t.Errorf("%s: oneNameHeadline(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestOneNameHeadlineLeft(t *testing.T) {
	for _, s := range []string{
		"Varga told the gazette her 6-year-old son tobin Varga showed he was ready to sail the dinghy alone.",
		"Skiffy a new ferry app called Skiffy made a quiet start on Monday, but not all riders were pleased.",
		"Varga says the harbour board told reporters Varga would resign before the vote on the pier.",
		"Tarnwick and Westvale agreed on Monday that Tarnwick will run the ferry for the next ten years.",
		"Varga's lawyer said on Friday that the board's case against Varga had no merit at all.",
	} {
		if got, ok := oneNameHeadline(s); ok {
			t.Errorf("oneNameHeadline(%q) = %q, want it left", s, got)
		}
	}
}
