package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A person or thing introduced again: a later sentence that names its
// subject with an apposition an earlier sentence of the summary already
// gave (invented: "Ostrel Mining chief Lida Marr has resigned." and, two
// sentences on, "Marr, the chief of Ostrel Mining, left after nine
// years."). The apposition is cut, so it reads "Marr left after nine
// years." (cutRetoldAppositions, after selection: only the sentence
// changes). The apposition must be a noun phrase ("a/an/the ...", "<x>'s
// ...") whose content words, and the name's, the earlier sentence all
// holds, so no fact goes with the cut. A number in the apposition ("a
// senior 112 dispatcher", "the 41st president") is a content word like
// the others: the earlier sentence must hold it too. Measured against
// 29bd75c (h40redund), letting numbers in so: validation 1 of 5,599
// changed, read: 1 better (a dispatcher's role given twice); train
// 1-38,000 1 of 37,863, read: 1 better (a president's rank given
// twice). Fill is unchanged.

const (
	// retoldApposMaxName is the most words of the name before the
	// apposition.
	retoldApposMaxName = 3
	// retoldApposMaxWords is the most words of the apposition.
	retoldApposMaxWords = 10
	// retoldApposMinTerms is the fewest content words of the apposition.
	retoldApposMinTerms = 2
)

// retoldApposShape reads "<name>, <apposition>, <rest>": a name of one to
// retoldApposMaxName words, an apposition opening on an article or a
// possessive.
var retoldApposShape = regexp.MustCompile(`^((?:[\pL.'’-]+ ){0,2}[\pL.'’-]+), ((?:[Aa]n?|[Tt]he|[\pL]+['’]s) [^,;:()"“”—–]+), (\pL+)`)

// retoldApposMayOpen reports whether s could match retoldApposShape: the
// name holds no comma, so the first comma of s closes it, a space after
// it, and the name before it is at most three words (two spaces). It is
// only a cheap test before the expression.
func retoldApposMayOpen(s string) bool {
	i := strings.IndexByte(s, ',')
	return i > 0 && i+1 < len(s) && s[i+1] == ' ' && strings.Count(s[:i], " ") <= 2
}

// retoldApposition returns s without an apposition after its opening
// name, and true, when one of before holds every content term of the name
// and of the apposition, the apposition holds retoldApposMinTerms terms
// or more and at most retoldApposMaxWords words, no term of the name (a
// relative of the same surname), no quotation mark, relative pronoun or
// denial (a number only as a content term before holds too), and a verb
// (verbAt, or a saying verb) follows it.
// s and false otherwise.
func retoldApposition(s string, before []string) (string, bool) {
	if !retoldApposMayOpen(s) {
		return s, false
	}
	m := retoldApposShape.FindStringSubmatchIndex(s)
	if m == nil || lex.ContainsAny(s[:m[1]], "\"“”") {
		return s, false
	}
	name, appos := s[m[2]:m[3]], s[m[4]:m[5]]
	if countWords(name) > retoldApposMaxName || countWords(appos) > retoldApposMaxWords {
		return s, false
	}
	for _, w := range lex.LetterWords(appos, -1) {
		if w == "who" || w == "which" || w == "that" || w == "whose" || w == "and" || w == "or" {
			return s, false
		}
	}
	rest := s[m[6]:]
	ws := lex.LetterWords(rest, -1)
	if len(ws) < 3 || !(verbAt(ws, 0) || lex.IsAttributionVerb(ws[0]) || retoldPredSaying[ws[0]]) {
		return s, false
	}
	nt, _, _ := retoldPredTerms(name)
	at, _, neg := retoldPredTerms(appos)
	if neg || len(nt) == 0 || len(at) < retoldApposMinTerms || retoldPredOwn(nt, at) < len(nt) {
		return s, false // "<surname>, the brother of <given> <surname>, ...": the name alone tells neither
	}
	for _, b := range before {
		bt, _, _ := retoldPredTerms(b)
		if retoldPredOwn(nt, bt) == 0 && retoldPredOwn(at, bt) == 0 {
			return name + " " + rest, true
		}
	}
	return s, false
}

// cutRetoldAppositions cuts, in each sentence of a reader's summary after
// the first, an apposition an earlier sentence already gives
// (retoldApposition).
func cutRetoldAppositions(sum *chorus.Summary) {
	for j := 1; j < len(sum.Sentences); j++ {
		before := make([]string, j)
		for i := range before {
			before[i] = sum.Sentences[i].Text
		}
		if t, ok := retoldApposition(sum.Sentences[j].Text, before); ok {
			sum.Sentences[j].Text = t
		}
		if t, ok := retoldAlias(sum.Sentences[j].Text, before); ok {
			sum.Sentences[j].Text = t // "<name>, also known as <other name given before>, ..." (retoldalias.go)
		}
		if t, ok := retoldCredit(sum.Sentences[j].Text, before); ok {
			sum.Sentences[j].Text = t // "..., said <name>, <role given before>." (retoldcredit.go)
		}
	}
}
