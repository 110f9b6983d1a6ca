package summarize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A partial retelling: a later sentence whose first predicate tells
// again what an earlier sentence of the summary told, joined by "and" to
// a second predicate that adds something (invented: "Dorn Vasek has been
// arrested." and, three sentences on, "Vasek was arrested and is held
// without bail at the Ostrel county jail."). Leaving the sentence out
// would lose the addition and keeping it repeats the event: the repeated
// predicate is cut, so it reads "Vasek is held without bail at the
// Ostrel county jail." (cutRetoldPredicates, after selection: only the
// sentence changes). The test asks the subject and the first predicate
// to give no content word, number or denial the earlier sentence lacks
// (retoldPredicate), so no fact goes with the cut.

const (
	// retoldPredMinTerms is the fewest content words the subject and the
	// cut predicate give together: with one, "It was sold and ..."
	// repeats nothing a reader notices.
	retoldPredMinTerms = 2
	// retoldPredMaxSubject is the most words of the subject.
	retoldPredMaxSubject = 6
	// retoldPredMinRest is the fewest words of the predicate kept.
	retoldPredMinRest = 4
	// retoldPredMaxOwn is the most content words of the cut predicate
	// the earlier sentence lacks (a synonym: "starts" for "begins"),
	// none of them a number; with one, the subject and predicate give
	// retoldPredMinTerms+1 terms or more.
	retoldPredMaxOwn = 1
)

// retoldPredStarts open a second predicate that shares the sentence's
// subject: helping verbs and verbs that tell a next step.
var retoldPredStarts = lex.Set("is", "was", "are", "were", "has", "have", "had", "will", "would", "remains",
	"remain", "faces", "face", "could", "can", "may")

// retoldPredAfter are words that, right after the second predicate's
// first word, lean on the predicate cut ("... and was also ...").
var retoldPredAfter = lex.Set("also", "too", "then", "later", "again", "still")

// retoldPredSaying are saying and thinking verbs the attribution list
// lacks: a subject before them is a speaker's, not the clause's.
var retoldPredSaying = lex.Set("say", "says", "said", "tell", "tells", "told", "think", "thinks", "believe", "believes")

// retoldPredJoin finds the "and" (after a comma or not) joining two
// predicates.
var retoldPredJoin = regexp.MustCompile(`,? and `)

// retoldPredJoins returns what retoldPredJoin.FindAllStringIndex(s, -1)
// returns, found with strings.Index: each " and " not overlapping the one
// before, from the comma before it when there is one after that one.
func retoldPredJoins(s string) [][]int {
	var locs [][]int
	for from := 0; ; {
		i := strings.Index(s[from:], " and ")
		if i < 0 {
			return locs
		}
		start, end := from+i, from+i+len(" and ")
		if start > from && s[start-1] == ',' {
			start--
		}
		locs = append(locs, []int{start, end})
		from = end
	}
}

// retoldPredWord finds a word as LetterWords reads it.
var retoldPredWord = regexp.MustCompile(`\pL+`)

// retoldPredicate returns s with its first predicate cut, and true, when
// s reads "<subject> <predicate> [,] and <helping verb> <rest>" and the
// subject and predicate give no content term, number or denial that one
// of before lacks: "<subject> <helping verb> <rest>". The subject is the
// words before the first verb (verbAt), at most retoldPredMaxSubject of
// them, with no relative pronoun; subject and predicate hold no comma,
// dash, colon or quotation mark and at least retoldPredMinTerms content
// terms; the rest holds retoldPredMinRest words and no retoldPredAfter
// word after its first. s and false otherwise.
func retoldPredicate(s string, before []string) (string, bool) {
	if s == "" || lex.ContainsAny(s, "\"“”") || strings.HasPrefix(s, "'") || strings.HasPrefix(s, "‘") {
		return s, false // a speaker's words are not rewritten
	}
	for _, loc := range retoldPredJoins(s) {
		rest := s[loc[1]:]
		ws := lex.LetterWords(rest, 2)
		if len(ws) < 2 || !retoldPredStarts[ws[0]] || retoldPredAfter[ws[1]] ||
			!strings.HasPrefix(rest, ws[0]) || countWords(rest) < retoldPredMinRest {
			continue
		}
		head := s[:loc[0]]
		if lex.ContainsAny(head, ",;:()\"“”—–") || strings.Contains(head, " - ") || strings.Contains(head, " and ") {
			return s, false
		}
		spans := retoldPredWord.FindAllStringIndex(head, -1)
		words := make([]string, len(spans))
		for i, sp := range spans {
			words[i] = lex.Lower(head[sp[0]:sp[1]])
		}
		v := -1
		for i, w := range words {
			if w == "who" || w == "which" || w == "that" || lex.IsAttributionVerb(w) || retoldPredSaying[w] {
				return s, false
			}
			if verbAt(words, i) {
				v = i
				break
			}
		}
		if v < 1 || v > retoldPredMaxSubject {
			return s, false
		}
		if !retoldPredOneClause(words[v:]) {
			return s, false
		}
		subj, _, _ := retoldPredTerms(head[:spans[v][0]])
		pred, digits, neg := retoldPredTerms(head[spans[v][0]:])
		if neg || len(pred) == 0 {
			return s, false
		}
		for _, b := range before {
			bt, _, _ := retoldPredTerms(b)
			own := retoldPredOwn(pred, bt)
			if retoldPredOwn(subj, bt) > 0 || own > retoldPredMaxOwn || retoldPredOwn(digits, bt) > 0 {
				continue
			}
			if own == 0 && len(subj)+len(pred) >= retoldPredMinTerms || len(subj)+len(pred)-own >= retoldPredMinTerms+1 {
				return head[:spans[v][0]] + rest, true
			}
		}
		return s, false
	}
	return s, false
}

// retoldPredOneClause reports whether ws, a predicate from its first verb
// on, is one clause: no saying verb ("<people> say the strays are
// dangerous and have to be ..." joins the said clause's predicates) and
// no helping verb after its first verb's own.
func retoldPredOneClause(ws []string) bool {
	lead := true
	for _, w := range ws {
		if lex.IsAttributionVerb(w) {
			return false
		}
		if subjectAux[w] || verbAdverbs[w] {
			if !lead {
				return false
			}
			continue
		}
		lead = false
	}
	return true
}

// retoldPredTerms returns the sorted content terms of s (numbers too),
// those of its numbers, and whether s holds a negation or denial.
func retoldPredTerms(s string) (terms, digits []uint64, neg bool) {
	var ws lex.Words
	ws.Reset(s)
	for ws.Next() {
		digit := ws.Digit()
		h, stop, n := lex.Term(ws.Word())
		neg = neg || n
		if !stop {
			terms = append(terms, h)
			if digit {
				digits = append(digits, h)
			}
		}
	}
	return lex.SortUnique(terms), lex.SortUnique(digits), neg
}

// retoldPredOwn counts the terms of a that sorted b lacks.
func retoldPredOwn(a, b []uint64) int {
	n := 0
	for _, h := range a {
		if _, ok := slices.BinarySearch(b, h); !ok {
			n++
		}
	}
	return n
}

// cutRetoldPredicates cuts, in each sentence of a reader's summary after
// the first, a first predicate an earlier sentence already tells
// (retoldPredicate).
func cutRetoldPredicates(sum *chorus.Summary) {
	for j := 1; j < len(sum.Sentences); j++ {
		before := make([]string, j)
		for i := range before {
			before[i] = sum.Sentences[i].Text
		}
		if t, ok := retoldPredicate(sum.Sentences[j].Text, before); ok {
			sum.Sentences[j].Text = t
		}
	}
}
