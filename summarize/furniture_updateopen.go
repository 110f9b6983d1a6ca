package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's update label that opens a sentence with no colon to end it:
// "*** update *** the council voted ...", "Update 3 p.m. Velmora time the
// council voted ...", "updated 9:40 a.m. et the council voted ...",
// "Final update 6:25 pm -- the council voted ...", "Most recent update:
// 9:11 p.m. et the council ...". cutUpdateLabel reads a label whose stamp
// ends at a colon; here the label ends after its stars or its clock time
// (with "a.m."/"p.m.", a time zone or "<city> time", and dashes). Cut
// after selection (cutUpdateOpenings): only the sentence changes.

// updateOpenMinRest is the fewest words of the story after the label.
const updateOpenMinRest = 6

// updateOpenBefore may stand before "update": stars, "final", "latest",
// "most recent".
var updateOpenBefore = lex.Set("***", "**", "*", "final", "latest", "most", "recent", "new")

// updateOpenHalves are the halves of the day after a clock time.
var updateOpenHalves = lex.Set("am", "pm", "a.m.", "p.m.", "a.m", "p.m")

// cutUpdateOpening returns s from the story after an opening update label
// (see above) and true: at most three words of updateOpenBefore, then
// "update" or "updated" (maybe with a colon or between stars), then stars
// or a clock time ("4", "4:10", "4pm") with a half of the day (or a clock
// with minutes), then maybe a time zone (updateStampZones) or "<word>
// time" and dashes; the story after it holds updateOpenMinRest words and
// opens on a letter. s and false otherwise.
func cutUpdateOpening(s string) (string, bool) {
	if len(s) < 20 || !strings.Contains(lex.LowerASCII(s[:min(len(s), 40)]), "update") {
		return s, false
	}
	f := lex.SpaceFieldsShared(s[:min(len(s), 300)])
	i := 0
	for i < len(f) && i < 3 && updateOpenBefore[lex.Lower(f[i])] {
		i++
	}
	if i >= len(f) {
		return s, false
	}
	w := lex.Lower(strings.TrimSuffix(f[i], ":"))
	if w != "update" && w != "updated" {
		return s, false
	}
	i++
	if i >= len(f) {
		return s, false
	}
	switch {
	case strings.Trim(f[i], "*") == "" && len(f[i]) >= 2:
		i++
	case updateOpenClock(f, &i):
		if i < len(f) && updateStampZones[lex.Lower(strings.TrimSuffix(f[i], "."))] {
			i++
		} else if i+1 < len(f) && lex.Lower(f[i+1]) == "time" {
			i += 2
		}
	default:
		return s, false
	}
	for i < len(f) && strings.Trim(f[i], "-—–") == "" {
		i++
	}
	rest := afterFields(s, i)
	if countWords(rest) < updateOpenMinRest || !unicode.IsLetter(rune(rest[0])) {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// updateOpenClock reports whether f from *i holds a clock time, "4:10"
// with or without a half of the day, "4" or "4pm" with one, and moves *i
// past it.
func updateOpenClock(f []string, i *int) bool {
	w := lex.Lower(f[*i])
	for _, h := range []string{"am", "pm"} {
		if n := strings.TrimSuffix(w, h); n != w && n != "" && strings.Trim(n, "0123456789:") == "" {
			*i++
			return true
		}
	}
	if w == "" || strings.Trim(w, "0123456789:") != "" || w[0] == ':' || len(w) > 5 {
		return false
	}
	half := *i+1 < len(f) && updateOpenHalves[lex.Lower(f[*i+1])]
	if !half && !strings.Contains(w, ":") {
		return false
	}
	*i++
	if half {
		*i++
	}
	return true
}

// cutUpdateOpenings cuts, in each sentence of a reader's summary, an
// update label that opens it with no colon after its stamp
// (cutUpdateOpening).
func cutUpdateOpenings(sum *chorus.Summary) {
	cutEach(sum, cutUpdateOpening)
}
