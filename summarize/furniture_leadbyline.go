package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A writer's byline run into the story's first sentence with no mark
// between them, in lower-cased text: "By ilse varga the council voted
// ...", "By ilse varga and tom reyes tarnwick — the council ...". The
// cleaner cuts it only when the given name is listed (clean.leadByline);
// the others reach a reader's summary as its opening words and are cut
// there (cutOpeningBylines), after selection, so no other sentence moves.

// openBylineMinRest is the fewest words of story left after the byline.
const openBylineMinRest = 6

// openBylineDatelineWords bounds the words of a dateline after the byline
// and before its dash ("tarnwick —", "tarnwick may 28 -").
const openBylineDatelineWords = 4

// cutOpeningByline returns s without a byline that opens it, and true:
// "By" and a name of two words ("<given> <surname>"), of a given name, an
// initial and a surname ("<given> q. <surname>") or two such names joined
// by "and", every name word of letters (inner apostrophes and hyphens) and
// no stopword, the first no word of a prose opening "By <noun> ..."
// (openByNotNames, words in -ing, -ly, -ed) nor an outlet's name
// (openCreditOutlets: "By <network> <city> ..."), the second no listed
// given name before a word that is no stopword (a middle name, maybe);
// then the story, at least
// openBylineMinRest words, opening on no word that would continue the
// name's phrase (openByNotNext), on a lone dash, on a mark with no letter
// or digit ("****") or on a word with a colon or slash (a credit's
// "photo:", "w/caption", an e-mail address: page text either way) or on a word and a comma
// ("By social media standards, ..."), but maybe on a dateline
// of up to openBylineDatelineWords words (a station's "(<outlet>)" among
// them) and its lone dash, which is cut too. s and false otherwise.
func cutOpeningByline(s string) (string, bool) {
	if len(s) < len("by jo roe a b c d e f") || s[0] != 'B' && s[0] != 'b' || s[1] != 'y' {
		return s, false
	}
	f := lex.SpaceFieldsShared(s[:min(len(s), 300)])
	if len(f) < 4 || f[0] != "By" && f[0] != "by" {
		return s, false
	}
	next := openBylineName(f, 1)
	if next == 0 {
		return s, false
	}
	if next+2 < len(f) && f[next] == "and" {
		if k := openBylineName(f, next+1); k > 0 {
			next = k
		}
	}
	if next >= len(f) || openByNotNext[lex.Lower(f[next])] || dashAlone(f[next]) ||
		!hasLetterOrDigit(f[next]) || lex.ContainsAny(f[next], ":/,@") {
		return s, false
	}
	// A dateline and its dash after the name: "tarnwick — ...".
	for k := next; k < len(f) && k <= next+openBylineDatelineWords; k++ {
		if dashAlone(f[k]) {
			if k > next && countWords(afterFields(s, k+1)) >= openBylineMinRest {
				next = k + 1
			}
			break
		}
		if !labelWord(f[k]) && !isDayNumber(f[k]) && !outletTag(f[k]) {
			break
		}
	}
	rest := afterFields(s, next)
	if countWords(rest) < openBylineMinRest {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// openBylineName returns the index of the field after a byline's name at
// f[i] (cutOpeningByline), or 0 when f[i:] opens with none.
func openBylineName(f []string, i int) int {
	if i+1 >= len(f) {
		return 0
	}
	given := f[i]
	lg := lex.Lower(given)
	if !labelWord(given) || len(given) < 2 || lex.IsStopword(lg) || openByNotNames[lg] ||
		strings.HasSuffix(lg, "ing") || strings.HasSuffix(lg, "ly") || strings.HasSuffix(lg, "ed") {
		return 0
	}
	j := i + 1
	if w := f[j]; len(w) == 2 && w[1] == '.' && (w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z') {
		j++ // a middle initial
		if j >= len(f) {
			return 0
		}
	}
	sur := f[j]
	ls := lex.Lower(sur)
	if !labelWord(sur) || len(sur) < 2 || lex.IsStopword(ls) || openByNotNames[ls] || openCreditOutlets[lg] {
		return 0
	}
	// A listed given name second may be a middle name before the surname
	// ("By ilse kate varga ..."): where the name ends is unsure.
	if j == i+1 && lex.IsGivenName(ls) && j+1 < len(f) && !lex.IsStopword(lex.Lower(f[j+1])) {
		return 0
	}
	return j + 1
}

// labelWord reports whether w holds only letters, inner apostrophes and
// hyphens.
func labelWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && i < len(w)-1 && (c == '\'' || c == '-')) {
			return false
		}
	}
	return w != ""
}

// isDayNumber reports whether w is a day of the month in a wire dateline
// ("may 28 -").
func isDayNumber(w string) bool {
	return len(w) <= 2 && w != "" && strings.Trim(w, "0123456789") == ""
}

// openByNotNames are words that open a prose "By <word> ..." (a time, a
// means, a measure) and so no byline's name.
var openByNotNames = lex.Set(
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"jan", "feb", "aug", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"late", "early", "mid", "noon", "midnight", "morning", "evening", "night", "afternoon", "nightfall", "dawn", "daybreak",
	"sunrise", "sunset", "day", "week", "month", "year", "decade", "century", "today", "tonight", "tomorrow", "yesterday",
	"then", "now", "contrast", "comparison", "far", "law", "design", "default", "choice", "nature", "definition",
	"accident", "chance", "hand", "train", "car", "bus", "air", "sea", "land", "foot", "phone", "email", "mail", "telephone",
	"most", "many", "much", "some", "every", "each", "next", "last", "one", "two", "three", "four", "five", "ten",
	"virtue", "means", "request", "order", "popular", "federal", "state", "some", "all", "way", "itself", "themselves",
	"himself", "herself", "yourself", "myself", "ourselves", "far", "even", "sheer", "sundown", "lunchtime", "weekend",
	"summer", "winter", "spring", "fall", "autumn", "christmas", "halloween", "thanksgiving", "easter")

// openByNotNext are words after two name words that would continue the
// phrase of a prose opening ("By post office rules and ...") or say that
// it is the sentence's subject.
var openByNotNext = lex.Set("and", "or", "of", "to", "is", "was", "are", "were", "has", "have", "had", "will",
	"would", "can", "could", "said", "says", "'s", "’s", "as", "than", "nor", "but")

// cutOpeningBylines cuts, in each sentence of a reader's summary of
// lower-cased text, a byline run into its opening (cutOpeningByline), or
// one with a comma and the writer's role (cutRoleByline).
func cutOpeningBylines(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutBylineOpening)
}

// outletTag reports whether w is a station's or agency's tag in a
// dateline: "(wxyz)", "(cbs)".
func outletTag(w string) bool {
	return len(w) > 2 && w[0] == '(' && w[len(w)-1] == ')' && labelWord(w[1:len(w)-1])
}
