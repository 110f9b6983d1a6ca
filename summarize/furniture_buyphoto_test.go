package summarize

import "testing"

// TestCutBuyPhoto checks the picture button cut with its credit or label
// from a sentence's front.
func TestCutBuyPhoto(t *testing.T) {
	for _, tc := range []struct {
		s, want string
		cut     bool
	}{
		{"Jane roe buy photo a ferry pilot in tarnwick was fired for sailing drunk, officials said.", "A ferry pilot in tarnwick was fired for sailing drunk, officials said.", true},
		{"Harbour rules buy photo velmora's council passed a rule that bans fishing from the pier.", "Velmora's council passed a rule that bans fishing from the pier.", true},
		{"The firm paid $1 billion to buy photo sharing service tarnpic last year.", "", false},
		{"Jane roe buy photo the end.", "", false},
	} {
		got, cut := cutBuyPhoto(tc.s)
		if !tc.cut {
			tc.want = tc.s
		}
		if got != tc.want || cut != tc.cut {
			t.Errorf("cutBuyPhoto(%q) = %q, %v, want %q, %v", tc.s, got, cut, tc.want, tc.cut)
		}
	}
}

// TestCutLateBuyPhoto checks the button cut with the caption and credit
// before it, further on than cutBuyPhoto reads.
func TestCutLateBuyPhoto(t *testing.T) {
	for _, tc := range []struct {
		s, want string
		cut     bool
	}{
		{"Ferry crews wait near the old pier in tarnwick as the storm passes over the bay jane roe buy photo more than 200 passengers were stranded on sunday night, officials said.",
			"More than 200 passengers were stranded on sunday night, officials said.", true},
		{"Jane roe buy photo a ferry pilot in tarnwick was fired for sailing drunk, officials said.", "", false},
		{"The firm in velmora said on monday that it had paid a great deal of money to buy photo sharing service tarnpic last year.", "", false},
		{"Ferry crews wait near the old pier in tarnwick as the storm passes over the bay buy photo it ended.", "", false},
	} {
		got, cut := cutLateBuyPhoto(tc.s)
		if !tc.cut {
			tc.want = tc.s
		}
		if got != tc.want || cut != tc.cut {
			t.Errorf("cutLateBuyPhoto(%q) = %q, %v, want %q, %v", tc.s, got, cut, tc.want, tc.cut)
		}
	}
}
