package summarize

import "testing"

func TestCutHeresHeadline(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"headline", "Ferry fares to rise in spring here's what riders on the Tarnwick line need to know about the change.",
			"Here's what riders on the Tarnwick line need to know about the change."},
		{"caption name", "Ilse Varga here's another twist in the long saga of the harbour board and its missing funds.",
			"Here's another twist in the long saga of the harbour board and its missing funds."},
		{"typographic apostrophe", "Harbour crane topples in gale here’s the latest from the docks on the night's damage.",
			"Here’s the latest from the docks on the night's damage."},
		{"a clause joined by and", "The ferry board met on Monday, and here's what the members decided about the fares.",
			"The ferry board met on Monday, and here's what the members decided about the fares."},
		{"a joining word", "The fares will rise, so here's what riders can do before the spring timetable starts.",
			"The fares will rise, so here's what riders can do before the spring timetable starts."},
		{"a stop before", "The fares will rise: here's what riders can do before the spring timetable starts.",
			"The fares will rise: here's what riders can do before the spring timetable starts."},
		{"an open quotation", `"I cannot promise much, here's the truth of it," Ilse Varga told the harbour crowd.`,
			`"I cannot promise much, here's the truth of it," Ilse Varga told the harbour crowd.`},
		{"here are", "The officials here are quick to blame the weather for the late ferries this winter.",
			"The officials here are quick to blame the weather for the late ferries this winter."},
		{"a short story", "Ferry fares to rise here's why.", "Ferry fares to rise here's why."},
		{"a list promised", "Three hurt as gale topples harbour crane here's what you need to know tonight, from road closures to power cuts.",
			"Three hurt as gale topples harbour crane here's what you need to know tonight, from road closures to power cuts."},
		{"one word before", "Look here's the ferry timetable for the spring season on the Tarnwick line.",
			"Look here's the ferry timetable for the spring season on the Tarnwick line."},
	} {
		got, _ := cutHeresHeadline(tc.in)
		if got != tc.want {
			t.Errorf("%s: cutHeresHeadline(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}
