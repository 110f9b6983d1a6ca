package summarize

import (
	"github.com/chorusnews/chorus"
)

// A live blog's clock stamp with no colon run into the entry after it: "0710 the
// harbour board has closed the north pier until further notice.", "2215
// ferries out of Tarnwick are cancelled.". The page sets the time, four digits on
// the 24-hour clock, before each entry; once the markup is gone it opens
// the sentence. cutBareClockStamp cuts it after selection, so no other
// sentence moves. A year opens sentences the same way ("2016 was the
// warmest year", "1971 was a hard year for ..."), so the stamp must be
// no year a story tells: its hour opens on "0" or lies from 21 to 23
// (bareClockNotYear), and a lower-case word follows it.
// The colon stamps ("21:07 the council ...") are cutClockStamp's
// (furniture_stamp.go). Measured against 9faa3c0: validation 1 changed,
// better; train 1–38,000 1, better.

// bareClockMinRest is the fewest words of the entry after the stamp.
const bareClockMinRest = 5

// bareClockNotYear reports whether the four digits d read as a time of
// day on the 24-hour clock and not as a year: minutes 00 to 59, an hour
// from 00 to 09 or from 21 to 23.
func bareClockNotYear(d string) bool {
	if len(d) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	hour := int(d[0]-'0')*10 + int(d[1]-'0')
	return d[2] <= '5' && (hour <= 9 || hour >= 21 && hour <= 23)
}

// cutBareClockStamp returns s without a clock stamp that opens it
// (bareClockNotYear, then a space and a lower-case letter, then at
// least bareClockMinRest words), its first letter in upper case, and
// true; s and false otherwise.
func cutBareClockStamp(s string) (string, bool) {
	if len(s) < 7 || s[4] != ' ' || !bareClockNotYear(s[:4]) || s[5] < 'a' || s[5] > 'z' {
		return s, false
	}
	rest := s[5:]
	if countWords(rest) < bareClockMinRest {
		return s, false
	}
	return capitalizeFirst(rest), true
}

// cutBareClockStamps cuts, in each sentence of a reader's summary, a live
// blog's clock stamp that opens it (cutBareClockStamp).
func cutBareClockStamps(sum *chorus.Summary) {
	cutEach(sum, cutBareClockStamp)
}
