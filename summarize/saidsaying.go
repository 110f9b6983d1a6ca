package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
)

// A speech verb said twice, where a page's edit left two wordings of one
// attribution: "The harbour board said in a statement, saying, "the pier
// will close."" reads "The harbour board said in a statement, "the pier
// will close."" cutSaidSaying drops the second verb ("saying" and its
// comma) when it comes right after "said" or "said in a <statement,
// release, post, tweet, letter or email>," and before a quotation mark;
// "said it would close, saying the pier was unsafe" (a clause between,
// no quote) stays. Measured against d3760c9 with the rules before it:
// validation 1 changed, better; train 1-38,000 none changed.

// saidSaying matches the doubled verb: "said" or "said in a <medium>",
// then ", saying," or ", saying" before a quotation mark; group 1 is
// what stays.
var saidSaying = regexp.MustCompile(`\b((?:said|says)(?: in an? (?:statement|release|post|tweet|letter|email|e-mail))?), saying,? (["“])`)

// cutSaidSayingOne returns s with a doubled speech verb cut (see above)
// and whether it cut one.
func cutSaidSayingOne(s string) (string, bool) {
	if !strings.Contains(s, ", saying") {
		return s, false // saidSaying needs it
	}
	t := saidSaying.ReplaceAllString(s, "$1, $2")
	return t, t != s
}

// cutSaidSaying cuts, in each sentence of a reader's summary, a speech
// verb said twice (cutSaidSayingOne).
func cutSaidSaying(sum *chorus.Summary) {
	cutEach(sum, cutSaidSayingOne)
}
