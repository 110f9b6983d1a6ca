package clean

import (
	"strings"
	"testing"
)

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

// FuzzHasDashOrBar: hasDashOrBar is strings.IndexAny(s, "-–—|") >= 0.
func FuzzHasDashOrBar(f *testing.F) {
	for _, s := range []string{"Tarnwick – a ferry", "a\xe2\x80", "\xe2\xe2\x80\x94", "\xf0\xe2\x80\x93x", "plain", "x|y", "—"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasDashOrBar(s), strings.IndexAny(s, "-–—|") >= 0; got != want {
			t.Errorf("hasDashOrBar(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzAtStationDateline checks atStationDateline against the expression
// its prefilter guards.
func FuzzAtStationDateline(f *testing.F) {
	for _, s := range []string{
		"Brannock ( kxvt ) -- the mayor of the town said",
		"Port Ellis, ost. (wbzq-tv) – a storm came",
		"Tarn (kqq7/wzzr) — rain fell",
		"Jane Roe ( d-ohio ) -- who spoke",
		"Ostel (the town) ( kxvt ) - x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := atStationDateline(s), stationDateline.MatchString(s); got != want {
			t.Errorf("atStationDateline(%q) = %v, want %v", s, got, want)
		}
	})
}
