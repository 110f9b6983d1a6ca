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

func TestStripStamp(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"one name", "Mar. 4, 2031, 2: 15 am gmt by tom arden for months, riders have complained about late boats.", "For months, riders have complained about late boats."},
		{"two names", "Mar. 4, 2031, 2: 15 am gmt by tom arden and ada brisk the harbour board voted on monday to close the pier.", "The harbour board voted on monday to close the pier."},
		{"three words and two", "Mar. 4, 2031, 2: 15 am gmt by mi sun park and ada brisk anna varga and her husband sold the ferry on monday.", "Anna varga and her husband sold the ferry on monday."},
		{"a list", "Mar. 4, 2031, 2: 15 am gmt by tom arden, ada brisk and ian pell the harbour board voted on monday to close the pier.", "The harbour board voted on monday to close the pier."},
		{"no clock", "By tom arden and ada brisk the harbour board voted on monday to close the pier.", "By tom arden and ada brisk the harbour board voted on monday to close the pier."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripStamp(tt.in, true); got != tt.want {
				t.Errorf("stripStamp(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
