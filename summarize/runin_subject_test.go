package summarize

import "testing"

func TestCutSubjectRunIn(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// The headline's subject opens the story with a verb after it.
		{"tarnwick council chief quits over harbour audit findings tarnwick council chief ilse varga resigned on monday after an audit of the harbour accounts found gaps.",
			"Tarnwick council chief ilse varga resigned on monday after an audit of the harbour accounts found gaps."},
		{"ilse varga quits tarnwick council over harbour audit ilse varga said on monday she would leave the tarnwick council after the harbour audit.",
			"Ilse varga said on monday she would leave the tarnwick council after the harbour audit."},
		// "the" before the repeated subject would go with the story, which
		// then opens "The ..." and defect.Dangles refuses it: left alone.
		{"tarnwick ferry company apologises for harbour delays the tarnwick ferry company has apologised for a week of harbour delays and refunded fares.", ""},
		// No verb after the subject: the repeat is no story's subject.
		{"tarnwick ferry company apologises for harbour delays findings of a tarnwick ferry company review into the harbour delays were published.", ""},
		// An appositive: the repeat is not the subject.
		{"voice of tarnwick sued over harbour delays the longtime voice of tarnwick, has been sued over the harbour delays by a ferry passenger.", ""},
		// A stopword before the repeat: it sits inside a clause.
		{"tarnwick girl finds lost harbour medal when tarnwick girl walked along the harbour wall she found the lost harbour medal.", ""},
		// No restatement of the headline: a clean sentence left alone.
		{"ilse varga met dell roe at the harbour and later ilse varga said nothing more about the weather or the boats that day.", ""},
	} {
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := cutSubjectRunIn(c.in, false); got != want {
			t.Errorf("cutSubjectRunIn(%q)\n got %q\nwant %q", c.in, got, want)
		}
	}
	s := "Tarnwick council chief quits over harbour audit findings Tarnwick council chief Ilse Varga resigned on Monday after an audit of the harbour accounts found gaps."
	if got := cutSubjectRunIn(s, true); got != s {
		t.Errorf("cased text cut: %q", got)
	}
}
