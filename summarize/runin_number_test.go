package summarize

import "testing"

func TestCutCountLedeHeadline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{ // a headline, then a story opening with a count
			"Tarnwick ferry sinks near harbour wall 3 crew members were rescued after the tarnwick ferry sank near the harbour wall on sunday night.",
			"3 crew members were rescued after the tarnwick ferry sank near the harbour wall on sunday night.",
		},
		{ // a qualified count
			"Thousands gather in velmora square for lantern festival at least 5,000 people were gathered in velmora square on friday for the lantern festival.",
			"At least 5,000 people were gathered in velmora square on friday for the lantern festival.",
		},
		{ // the count qualifies the headline's own phrase
			"Tarnwick festival has seen four thefts reported over the last six days tarnwick's festival has again been marred by thefts, with four reported over six days.",
			"",
		},
		{ // the headline's verb takes the count as its object
			"Storm near tarnwick harbour kills 3 fishermen were among those lost when the storm struck tarnwick harbour late on friday night, officials said.",
			"",
		},
		{ // a comma: a list, not a story's start
			"Shots fired near tarnwick school, 2 people are in custody after shots were fired near the tarnwick school on monday, tarnwick police said.",
			"",
		},
		{ // no auxiliary after the count: no clause opens there
			"Tarnwick ferry sinks near harbour wall 3 crew members rescued from the tarnwick ferry that sank near the harbour wall on sunday night.",
			"",
		},
		{ // the story does not restate the headline
			"Velmora council opens new library wing 3 crew members were rescued after a ferry sank near the harbour wall on sunday night.",
			"",
		},
	} {
		want := tc.want
		if want == "" {
			want = tc.in
		}
		if got := cutCountLedeHeadline(tc.in, false); got != want {
			t.Errorf("cutCountLedeHeadline(%q)\n got %q\nwant %q", tc.in, got, want)
		}
		if got := cutCountLedeHeadline(tc.in, true); got != tc.in {
			t.Errorf("cased: cutCountLedeHeadline(%q) = %q, want it unchanged", tc.in, got)
		}
	}
}
