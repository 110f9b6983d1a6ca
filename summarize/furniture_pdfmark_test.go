package summarize

import "testing"

// TestCutPDFMark checks that a parenthesised PDF marker leaves a sentence
// and other parentheses stay.
func TestCutPDFMark(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
		ok            bool
	}{
		{"inside", "Researchers in Tarnwick claimed to have found (pdf) that gulls nest early.", "Researchers in Tarnwick claimed to have found that gulls nest early.", true},
		{"before a comma", "According to a new survey (PDF), most ferries run late.", "According to a new survey, most ferries run late.", true},
		{"spaced", "The harbour board released a report ( pdf ) on the flooding.", "The harbour board released a report on the flooding.", true},
		{"two", "The mayor issued a pair (pdf) of orders (pdf link) last year.", "The mayor issued a pair of orders last year.", true},
		{"opening", "(pdf) the harbour board voted to close the pier.", "The harbour board voted to close the pier.", true},
		{"other parentheses", "Anna Varga (pictured) filed a report on the pier.", "Anna Varga (pictured) filed a report on the pier.", false},
		{"word pdf", "The board posted the PDF of its report online.", "The board posted the PDF of its report online.", false},
		{"too short", "Report (pdf).", "Report (pdf).", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := cutPDFMark(tc.s)
			if got != tc.want || ok != tc.ok {
				t.Errorf("cutPDFMark(%q) = %q, %v; want %q, %v", tc.s, got, ok, tc.want, tc.ok)
			}
		})
	}
}
