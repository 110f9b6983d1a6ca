package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutAbstractHeading(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"abstract and introduction", "Abstract and introduction abstract in 2004 the harbour board began a survey of ferry delays, a survey that continues.",
			"In 2004 the harbour board began a survey of ferry delays, a survey that continues."},
		{"importance", "Importance tidal flooding along the northern coast has doubled since the harbour was dredged.",
			"Tidal flooding along the northern coast has doubled since the harbour was dredged."},
		{"background and a date", "Background in 2009, the harbour board found that ferries ran late on most days.",
			"In 2009, the harbour board found that ferries ran late on most days."},
		{"findings", "Findings in this survey of 900 ferry pilots, those who slept less made more errors.",
			"In this survey of 900 ferry pilots, those who slept less made more errors."},
		{"findings this", "Findings this survey of harbour towns included 4 212 adult residents.",
			"This survey of harbour towns included 4 212 adult residents."},
		{"results", "Results tidal gauges recorded higher water in 41 of the 52 harbours studied.",
			"Tidal gauges recorded higher water in 41 of the 52 harbours studied."},
		{"methods we", "Methods we surveyed ferry pilots in twelve harbour towns over two winters.",
			"We surveyed ferry pilots in twelve harbour towns over two winters."},
		{"conclusions and relevance", "Conclusions and relevance shorter shifts for ferry pilots may reduce errors at sea.",
			"Shorter shifts for ferry pilots may reduce errors at sea."},
		{"findings/results", "Findings/results: recent figures show that, across the harbour towns, two in five ferries ran late.",
			"Recent figures show that, across the harbour towns, two in five ferries ran late."},
		// Left as they are.
		{"results of", "Results of the harbour study were published on monday in a journal of the sea.", ""},
		{"results showed", "Results showed that ferry pilots who slept less made more errors at sea.", ""},
		{"results are", "Results are expected next week from the harbour board's survey of pilots.", ""},
		{"results in", "Results in other harbours pointed to a close vote on the new ferry line.", ""},
		{"findings published", "Findings published last week suggest that pilots who slept less made errors.", ""},
		{"importance of", "Importance of sleep for ferry pilots has long been argued by the harbour board.", ""},
		{"meaning that", "Meaning that the ferry will not sail again until the harbour is dredged.", ""},
		{"short rest", "Importance tidal flooding has doubled.", ""},
		{"capital after", "Background In 2009 the harbour board found that ferries ran late on most days.", ""},
		{"no heading", "Backgrounds of the ferry pilots were checked by the harbour board on monday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutAbstractHeading(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("cutAbstractHeading(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}

func TestCutAbstractHeadingsCased(t *testing.T) {
	in := "Importance tidal flooding along the northern coast has doubled since the harbour was dredged."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutAbstractHeadings(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text cut: %q", sum.Sentences[0].Text)
	}
	cutAbstractHeadings(&sum, true)
	if want := "Tidal flooding along the northern coast has doubled since the harbour was dredged."; sum.Sentences[0].Text != want {
		t.Errorf("got %q, want %q", sum.Sentences[0].Text, want)
	}
}
