package summarize

import (
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, beside fullname.go: the
// name index of a lower-cased cluster (lowerGivenNamesOf) reads a word
// it does not list as a given name (lex.IsGivenName) before a surname
// only when the word has four letters or more, so that short common
// words run before a surname ("new velm", "top velm") are not read as
// names. Short given names ("pat velm", "kip velm") were lost with them:
// shortGiven lets a three-letter word stand as a given name when cased
// text writes it mostly with a capital (truecase: "Pat", not "new"),
// and it is no month's or day's abbreviation ("Jan", "Sat") and no
// acronym (truecase writes "BBC", "USA": "bbc turkey" is no name).
// Measured with namepossessive.go (see there): a three-letter given name
// gave "Kim <surname>" and "Pat <surname>" on validation; tried and not
// kept: any three-letter word the model writes capitalised, which read
// "Jan" (a month), "BBC" and "USA" as given names ("Rep. Jan <surname>"
// lost its capital, "BBC Turkey's ruling party", "Usa Today, ..."):
// train 1-38,000 4 more changed, 3 worse, 1 better.

// shortGiven reports whether lower-case w, three letters long, may be an
// unlisted given name: the truecase model knows it, mostly capitalised.
func shortGiven(w string) bool {
	if len(w) != 3 {
		return false
	}
	tc := truecase.Default()
	known, capital := tc.Known(w)
	return known && capital && !calendarAbbrevs[w] && tc.Apply(w, nil) == nameCase(w)
}

// calendarAbbrevs are the months' and days' abbreviations, capitalised
// in cased text but no given names.
var calendarAbbrevs = lex.Set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun")
