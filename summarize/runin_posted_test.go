package summarize

import "testing"

func TestCutPostedHeadline(t *testing.T) {
	tests := []cutCase{
		{"headline and story", "Tarnwick council closes harbour ferry pier posted the tarnwick harbour council has voted to close the old ferry pier for good.",
			"The tarnwick harbour council has voted to close the old ferry pier for good."},
		{"story on a name", "Velmora decriminalises street fishing in the harbour posted velmora's council has passed a law decriminalising street fishing in the old harbour.",
			"Velmora's council has passed a law decriminalising street fishing in the old harbour."},
		{"the firm's results", "The Tarnwick ferry line posted a loss of $4 million in the third quarter as fares fell.", ""},
		{"a video posted", "A video of the harbour pier collapse posted on the council's website drew thousands of views.", ""},
		{"a day after it", "The harbour council statement about the pier posted monday said the ferry line would close.", ""},
		{"a subject before it", "Odile Farrant, the harbour master of Tarnwick, posted the notice about the ferry pier on the door.", ""},
		{"a clause before the subject", "As the mayor spoke at the pier on Thursday, the harbour council posted a list of ferry gifts that could end up in the town museum.", ""},
		{"no word again", "Tarnwick council closes harbour ferry pier posted residents of the town woke up to find their boats gone overnight.", ""},
		{"too short a headline", "Ferry pier closes posted the tarnwick ferry pier has closed after the harbour vote.", ""},
		{"story without a verb", "Tarnwick council closes harbour ferry pier posted the tarnwick harbour council and its ferry pier in the old town.", ""},
	}
	checkCuts(t, "cutPostedHeadline", cutPostedHeadline, tests)
}

// cutCase is a case of checkCuts: a sentence and what it reads after the
// cut, "" when it is left as it is.
type cutCase struct{ name, in, want string }

// checkCuts runs each case through cut (named name in messages): a case
// with a want must be cut to it, one without must come back unchanged and
// not cut.
func checkCuts(t *testing.T, name string, cut func(string) (string, bool), cases []cutCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			want, ok := tt.want, tt.want != ""
			if !ok {
				want = tt.in
			}
			if got, did := cut(tt.in); got != want || did != ok {
				t.Errorf("%s(%q) = %q, %v; want %q, %v", name, tt.in, got, did, want, ok)
			}
		})
	}
}
