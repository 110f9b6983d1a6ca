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

func TestPresentHeadline(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a headline with an article", "Local baker warns of the risks of raw flour a Tarnwick baker has a message for home cooks this winter.",
			"A Tarnwick baker has a message for home cooks this winter."},
	} {
		got, _ := presentHeadline(tc.in)
		if got != tc.want {
			t.Errorf("%s: presentHeadline(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestPresentHeadlineLeft(t *testing.T) {
	for _, s := range []string{
		"Harbour crews notified the council on Monday the north pier had been closed for repairs.",
		"Harbour board members told the council on Monday the north pier had been closed for repairs.",
		"Tarnwick mayor rejects the plan a rival councillor has put forward for the pier.",
		"Police officers responding to a call found a man who was hurt on the pier.",
		"Tarnwick ferry says the new timetable will start in the spring after the repairs.",
	} {
		if got, ok := presentHeadline(s); ok {
			t.Errorf("presentHeadline(%q) = %q, want it left", s, got)
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

func TestPresentHeadlineTells(t *testing.T) {
	for _, s := range []string{
		"Harbour pilot Reyes tells the gazette a ferry captain was asleep when the boat hit the pier.",
		"Westvale clinches deal with rebels in pier standoff the harbour board has agreed to limit its term.",
	} {
		if got, ok := presentHeadline(s); ok {
			t.Errorf("presentHeadline(%q) = %q, want it left", s, got)
		}
	}
}
