package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after raiseUS. A
// numbered road is a name ("Interstate 5", "Highway 101", "Route 66"),
// but the truecase model, which reads "highway" and "route" as the
// common nouns they mostly are, leaves them low in a lower-cased
// cluster: "a crash on interstate 5", "off highway 78". raiseRoadNumbers
// writes the road's word with a capital when a number follows it, and
// "state" right before it ("State Highway 121"). Left low: the word
// before a count of a unit ("the route 3 miles long") and after "bus"
// or "en" ("bus route 5", "en route").
//
// Measured against 720b3ea (letter case alone): validation 22 summaries
// changed, all read: 22 better ("on Interstate 5", "off Highway 78",
// "State Highway 121", "the Route 91 music festival"), 0 worse. Train
// 1-6,000: 30 changed, 0 worse in those read.

// roadWords are the words that name a road before its number.
var roadWords = lex.Set("interstate", "highway", "route", "freeway")

// roadNotBefore are the words after which a road's word and a number are
// no road's name.
var roadNotBefore = lex.Set("bus", "en", "flight", "train", "subway")

// roadUnits are the words after a number that make it a count, not a
// road's number.
var roadUnits = lex.Set("miles", "mile", "km", "kilometers", "kilometres", "mph", "percent",
	"times", "people", "feet", "minutes", "hours", "years", "days")

// raiseRoadNumbers raises the numbered roads of the sentences, voice
// statements and claims of sum.
func raiseRoadNumbers(sum *chorus.Summary) {
	rewriteTexts(sum, raiseRoadNumbersIn)
}

// raiseRoadNumbersIn is raiseRoadNumbers for one text.
func raiseRoadNumbersIn(s string) string {
	if !strings.Contains(s, "way ") && !strings.Contains(s, "route ") && !strings.Contains(s, "interstate ") {
		return s
	}
	fields := lex.SpaceFields(s)
	changed := false
	for j := 0; j+1 < len(fields); j++ {
		if !roadWords[fields[j]] || !roadNumber(fields[j+1]) {
			continue
		}
		if j > 0 && roadNotBefore[lex.Lower(fields[j-1])] {
			continue
		}
		if j+2 < len(fields) && !strings.ContainsAny(fields[j+1], ",.;:)") && roadUnits[lex.Lower(lex.TrimRightPunct(fields[j+2], ",.;:"))] {
			continue
		}
		fields[j] = lex.UpperFirst(fields[j])
		if j > 0 && fields[j-1] == "state" && fields[j] == "Highway" {
			fields[j-1] = "State"
		}
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// roadNumber reports whether f is a road's number: one to three digits
// (four are a year's: "the highway 2016 plan"),
// maybe a letter after them ("101a") and closing punctuation.
func roadNumber(f string) bool {
	f = lex.TrimRightPunct(f, ",.;:)")
	n := digitsEnd(f, 0)
	if n == 0 || n > 3 {
		return false
	}
	rest := f[n:]
	return rest == "" || len(rest) == 1 && ('a' <= rest[0] && rest[0] <= 'z' || 'A' <= rest[0] && rest[0] <= 'Z')
}
