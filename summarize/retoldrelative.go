package summarize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// An event re-told in a relative clause: a later sentence that adds a
// fact of its own but names its subject with a "who" / "which" / "whose"
// clause re-telling what an earlier sentence of the summary told
// (invented: "A ferry sank off Marlow on Monday, killing two." and, two
// sentences on, "Divers reached the wreck of the ferry, which sank off
// Marlow." or "Okafor, who was named coach in May, will move to
// Harlow." after her naming in May). The clause is cut, so they read
// "Divers reached the wreck of the ferry." and "Okafor will move to
// Harlow." (cutRetoldRelatives, after selection: only the sentence
// changes). Two shapes are read, each set off by a comma: a clause
// between commas after an opening name of at most three words, a verb
// after it; and a clause that ends the sentence. The clause and the word
// before it, the name or noun it tells of, must give no content word,
// number, day or month the earlier sentence lacks, nor a negation or a
// second instance ("who was also killed"), so no fact goes with the
// cut; the sentence kept must have a verb and retoldRelMinKept words. A
// defining clause with no comma ("the five officers who were killed",
// "workers who are paid the minimum wage") stays: cut, 4 of 6 such
// changes read worse. Multi-News default summaries (h53redund, against
// 6cfaca0): validation 1 of 5,598 changed: 1 better (a new chief's
// former post told in the lede); train 1-38,000 5 of 37,856: 5 better
// (a pregnancy's months, a self-given name, a lost title, a tip's
// outlet, a birthday told before). Before the "also" and count guards,
// a second death, a fellow countryman and a chromosome count went with
// the cut (3 of 8 read worse). Fill is unchanged.

const (
	// retoldRelMinTerms is the fewest content words of the clause.
	retoldRelMinTerms = 2
	// retoldRelMaxWords is the most words of the clause.
	retoldRelMaxWords = 14
	// retoldRelMinKept is the fewest words of the sentence kept.
	retoldRelMinKept = 5
)

// retoldRelMidShape reads "<name>, who|which <clause>, <rest>": a name
// of one to three words opening the sentence.
var retoldRelMidShape = regexp.MustCompile(`^((?:[\pL.'’-]+ ){0,2}[\pL.'’-]+), (?:who|which) ([^,;:()"“”—–]+), (\pL+)`)

// retoldRelNotHeads are words before a relative pronoun that a cut
// would leave bare ("including two, who were charged", "as did
// others, who ..."): numbers, pronouns and quantifiers.
var retoldRelNotHeads = lex.Set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"those", "these", "that", "this", "anyone", "everyone", "someone", "anybody", "everybody", "somebody",
	"all", "many", "some", "few", "several", "others", "people", "ones", "who", "he", "she", "they",
	"them", "it", "something", "anything", "everything", "nothing", "thing", "things", "way", "kind", "type",
	"only", "first", "last", "man", "woman", "person", "reasons", "reason", "day", "time", "year")

// retoldRelTold reports whether one of before holds every content term
// of clause and of head (the words the clause tells of), and every day
// or month word of clause, and clause has retoldRelMinTerms terms or
// more and no negation or denial.
func retoldRelTold(head, clause string, before []string) bool {
	ct, _, neg := retoldPredTerms(clause)
	if neg || len(ct) < retoldRelMinTerms || anotherOne(clause) {
		return false
	}
	ht, _, _ := retoldPredTerms(head)
	var dated []string
	for _, w := range lex.LetterWords(clause, -1) {
		if timeWords[w] || months[w] || numberWords[w] || w == "one" || len(w) == 1 && w != "s" && w != "t" {
			dated = append(dated, w)
		}
	}
	for _, b := range before {
		bt, _, _ := retoldPredTerms(b)
		if retoldPredOwn(ct, bt) > 0 || retoldPredOwn(ht, bt) > 0 {
			continue
		}
		bw := letterWordSet(b)
		if !slices.ContainsFunc(dated, func(w string) bool { return !bw[w] }) {
			return true
		}
	}
	return false
}

// retoldRelative returns s without a relative clause that re-tells one
// of before (see the file comment) and true, or s and false.
func retoldRelative(s string, before []string) (string, bool) {
	if !strings.Contains(s, ", wh") {
		return s, false
	}
	if lex.ContainsAny(s, "\"“”") {
		return s, false
	}
	if retoldApposMayOpen(s) {
		if m := retoldRelMidShape.FindStringSubmatchIndex(s); m != nil {
			name, clause, rest := s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:]
			ws := lex.LetterWords(rest, -1)
			if countWords(clause) <= retoldRelMaxWords && len(ws) >= 3 && (verbAt(ws, 0) || lex.IsAttributionVerb(ws[0])) &&
				retoldRelTold(name, clause, before) {
				return name + " " + rest, true
			}
		}
	}
	return retoldRelativeTail(s, before)
}

// retoldRelativeTail returns s without a relative clause that ends it
// and re-tells one of before, and true, or s and false.
func retoldRelativeTail(s string, before []string) (string, bool) {
	end := strings.TrimRight(s, " ")
	if !strings.HasSuffix(end, ".") {
		return s, false
	}
	body := end[:len(end)-1]
	for _, rel := range []string{", who ", ", which ", ", whose "} {
		i := strings.LastIndex(body, rel)
		if i <= 0 {
			continue
		}
		clause := body[i+len(rel):]
		if strings.ContainsAny(clause, ",;:()—–") || countWords(clause) > retoldRelMaxWords {
			continue
		}
		head := body[:i]
		hw := lex.LetterWords(head, -1)
		if len(hw) < retoldRelMinKept || retoldRelNotHeads[hw[len(hw)-1]] {
			continue
		}
		verb := false
		for k := range hw {
			if verbAt(hw, k) || lex.IsAttributionVerb(hw[k]) {
				verb = true
				break
			}
		}
		if !verb || !retoldRelTold(hw[len(hw)-1], clause, before) {
			continue
		}
		return head + ".", true
	}
	return s, false
}

// cutRetoldRelatives cuts, in each sentence of a reader's summary after
// the first, a relative clause an earlier sentence already tells
// (retoldRelative).
func cutRetoldRelatives(sum *chorus.Summary) {
	for j := 1; j < len(sum.Sentences); j++ {
		before := make([]string, j)
		for i := range before {
			before[i] = sum.Sentences[i].Text
		}
		if t, ok := retoldRelative(sum.Sentences[j].Text, before); ok {
			sum.Sentences[j].Text = t
		}
	}
}
