package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after the names are
// raised. A named storm is a name of two words ("Hurricane Matthew",
// "Typhoon Haiyan", "Tropical Storm Lee"), but in a lower-cased cluster
// the rules raise the storm's own name, a given name, and the truecase
// model leaves the storm's kind as the common noun it mostly is:
// "hurricane Matthew slammed into ...". raiseStormNames writes the kind
// with a capital right before a capitalised name that is no day or month
// ("the hurricane Friday") nor a word the model holds as common ("the
// typhoon Warning"); the plural stays lower-case, as cased news writes it
// ("hurricanes Irma and Maria"), and so does "storm" alone ("storm Reid"
// is an actress).
//
// Measured against 6cfaca0 (letter case alone): validation 11 of 5,598
// summaries changed, all read: 11 better ("Hurricane Matthew", "Tropical
// Storm Isaac", "Tropical Storm Debby"), 0 worse, 0 same; train 1-38,000
// 102 changed, 30 drawn and read: 30 better, 0 worse.

// stormKinds are the words that name a storm's kind before its name.
var stormKinds = lex.Set("hurricane", "typhoon", "cyclone", "superstorm")

// raiseStormNames raises the storms' kinds before their names in the
// sentences, voice statements and claims of sum.
func raiseStormNames(sum *chorus.Summary) {
	rewriteTexts(sum, raiseStormNamesIn)
}

// raiseStormNamesIn is raiseStormNames for one text.
func raiseStormNamesIn(s string) string {
	if !strings.Contains(s, "ane ") && !strings.Contains(s, "oon ") && !strings.Contains(s, "one ") && !strings.Contains(s, "storm ") {
		return s
	}
	fields := lex.SpaceFields(s)
	changed := false
	for j := 0; j+1 < len(fields); j++ {
		f := fields[j]
		tropical := f == "storm" && j > 0 && (fields[j-1] == "tropical" || fields[j-1] == "Tropical")
		if !stormKinds[f] && !tropical || !stormName(fields[j+1]) {
			continue
		}
		fields[j] = lex.UpperFirst(f)
		if tropical {
			fields[j-1] = "Tropical"
		}
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// stormName reports whether the field f is a storm's name after its kind:
// capitalised, a letter after its capital in lower case, no day or month
// nor a word the truecase model holds as a common one.
func stormName(f string) bool {
	if len(f) < 2 || f[0] < 'A' || f[0] > 'Z' || f[1] < 'a' || f[1] > 'z' {
		return false
	}
	w := lex.Lower(lex.TrimRightPunct(f, ",.;:)\"'"))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return !givenDates[w] && !truecase.Default().Common(w) && !truecase.Default().MostlyLower(w)
}
