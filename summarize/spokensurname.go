package summarize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// raiseSpokenSurnames raises a surname a lower-cased cluster's summary
// writes in lower case before "said", "says", "told" or "added", after a
// comma or opening a sentence (`," wolf said`, "Sunday, winter said"),
// when the summary writes it in full after a listed given name ("Michelle
// Wolf"): a surname that is also a common word ("wolf", "smart", "law")
// the truecaser leaves lower-case alone. Run after truecaseSummary.
//
// Multi-News validation: 7 of 5,599 summaries change, all read, 7 better
// ("Sunday, Winter said" after "Ed Winter"); train 1-38,000: 38 of
// 37,865, all read, 38 better ("," Holder added", "," Plank said").
func raiseSpokenSurnames(sum *chorus.Summary) {
	if !slices.ContainsFunc(evidenceTexts(sum), func(s string) bool { return saysVerb(s) && spokenSurname.MatchString(s) }) {
		return // most summaries: no lower-case word before a verb of saying
	}
	forms := map[string]string{}
	for _, st := range sum.Sentences {
		for _, m := range givenSurname.FindAllStringSubmatch(st.Text, -1) {
			if lex.IsGivenName(strings.ToLower(m[1])) {
				forms[strings.ToLower(m[2])] = m[2]
			}
		}
	}
	if len(forms) == 0 {
		return
	}
	rewriteTexts(sum, func(s string) string {
		if !saysVerb(s) {
			return s
		}
		return spokenSurname.ReplaceAllStringFunc(s, func(x string) string {
			m := spokenSurname.FindStringSubmatch(x)
			form, ok := forms[m[2]]
			if !ok {
				return x
			}
			return m[1] + form + x[len(m[1])+len(m[2]):]
		})
	})
}

var (
	// givenSurname matches a capitalised word pair: "Michelle Wolf".
	givenSurname = regexp.MustCompile(`\b([A-Z][a-z]+) ([A-Z][a-z]+)\b`)
	// spokenSurname matches a lower-case word before a verb of saying,
	// opening the text or after a comma (and a closing quote).
	spokenSurname = regexp.MustCompile(`(^|,["”]? )([a-z]+) (?:said|says|told|added)\b`)
)

// saysVerb reports whether s holds a word spokenSurname ends on, the
// cheap test before the expression runs.
func saysVerb(s string) bool {
	return strings.Contains(s, " said") || strings.Contains(s, " says") || strings.Contains(s, " told") || strings.Contains(s, " added")
}
