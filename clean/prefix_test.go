package clean

import "testing"

// FuzzStampClock: stampClock passes every text leadStamp or sentenceStamp
// finds a stamp in, so stripStamp may skip the expressions without it.
func FuzzStampClock(f *testing.F) {
	for _, s := range []string{"Ferry fares rise Mar. 4, 2021, 7: 05 pm et by Tove Lindqvar The ferry between two islands will cost more.",
		"updated at 11:30 a.m. The bridge at Karsk reopened.", "The mayor said: 12 boats", "9:5 am", "no stamp here", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (leadStamp.MatchString(s) || sentenceStamp.MatchString(s)) && !stampClock(s) {
			t.Errorf("stampClock(%q) = false; a stamp matches", s)
		}
	})
}
