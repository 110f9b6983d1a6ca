package summarize

import "testing"

// TestCorrectionNote checks a page's notes on its own earlier versions
// against sentences that report a correction as news.
func TestCorrectionNote(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"previous version", "A previous version of this story misstated the ferry's timetable.", true},
		{"graphic", "An earlier version of this graphic gave the wrong toll for the Tarnwick storm.", true},
		{"under a label", "Corrections & clarifications: a previous version of this story misstated the pier's opening hours.", true},
		{"correction label", "Correction to this article: a previous version of this article named the wrong harbour.", true},
		{"short line", "The article has been corrected.", true},
		{"this story", "This story has been corrected.", true},
		{"news of a correction", "The number of medals the sailor received has been corrected after an inquiry.", false},
		{"long correction news", "The harbour trust said the figures in the report have been corrected since Monday.", false},
		{"version of a law", "A previous version of the bill would have closed the Tarnwick pier to ferries.", false},
		{"plain news", "Anna Varga said the ferry would sail again on Monday.", false},
	} {
		if got := correctionNote(tc.s); got != tc.want {
			t.Errorf("%s: correctionNote(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}
