package summarize

import "testing"

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
