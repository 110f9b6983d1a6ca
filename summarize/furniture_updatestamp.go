package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A gossip page's update stamp, a clock time and a time zone before a
// dash, left at a sentence's front with the headline above it: "Ilse
// varga sued over ferry deal (update) 4:10 pm pt -- her lawyer says the
// suit has no merit." reads "Her lawyer says the suit has no merit." The
// cut is made on a reader's summary after selection (cutUpdateStamps): only
// the sentence changes.

// Bounds of cutUpdateStamp.
const (
	updateStampMaxAt   = 45 // the stamp's clock time stands within this many words
	updateStampMinRest = 5  // the fewest words of the story after the stamp
)

// cutUpdateStamp returns s, a sentence of a reader's summary, from the
// story after an update stamp and true: a clock time ("4:10", hour and
// minutes), "am" or "pm", a time zone (updateStampZones) and a dash ("--",
// "—", "–") as four fields, the time within the first updateStampMaxAt
// words; the words before it (a headline, "(update)", "exclusive") hold
// no sentence end but an abbreviation's dot and no quotation mark; the
// story holds updateStampMinRest words or more and opens on a letter. It
// returns s and false otherwise.
func cutUpdateStamp(s string) (string, bool) {
	if !strings.Contains(s[:min(len(s), 400)], ":") {
		return s, false
	}
	f := lex.SpaceFieldsShared(s)
	for i := 0; i+3 < len(f) && i <= updateStampMaxAt; i++ {
		if updateStampClock(f[i]) && updateStampHalves[lex.Lower(f[i+1])] && updateStampZones[lex.Lower(f[i+2])] && updateStampDashes[f[i+3]] {
			rest := afterFields(s, i+4)
			if countWords(rest) < updateStampMinRest || !unicode.IsLetter(rune(rest[0])) {
				return s, false
			}
			return lex.UpperFirst(rest), true
		}
		if lex.ContainsAny(f[i], `"“”`) || lex.ContainsAny(f[i], ".!?") && !abbrevLike(lex.Lower(f[i])) {
			return s, false
		}
	}
	return s, false
}

// updateStampClock reports whether w is an hour and minutes: "4:10", "11:59".
func updateStampClock(w string) bool {
	h, m, ok := strings.Cut(w, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, c := range h + m {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// updateStampHalves are the halves of the day after a clock time.
var updateStampHalves = lex.Set("am", "pm")

// updateStampZones are the time zones an update stamp names.
var updateStampZones = lex.Set("pt", "et", "ct", "mt", "pst", "pdt", "est", "edt", "cst", "cdt", "gmt", "bst")

// updateStampDashes end an update stamp.
var updateStampDashes = lex.Set("--", "—", "–")

// cutUpdateStamps cuts, in each sentence of a reader's summary, an update
// stamp and the headline before it (cutUpdateStamp).
func cutUpdateStamps(sum *chorus.Summary) {
	cutEach(sum, cutUpdateStamp)
}
