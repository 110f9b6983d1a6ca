package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A subheading, a caption's name or a headline's tag run into a paragraph
// that opens on a fronted phrase: "Harbour repair budget in a letter to
// the council, the ferry board said ...", "Anna Varga during the storm,
// Anna Varga stayed on the pier ...", "Second thoughts at the last
// meeting, the mayor withdrew ...". With the line break gone the words
// before the phrase's preposition or subordinator ("in", "during",
// "when", ...) stand as nothing: they have no verb, and the clause after
// the phrase's comma has its own subject and finite verb, so they are no
// subject either (a sentence's subject before a fronted phrase goes on
// with its verb: "The board, in a letter, said ..."). cutFrontedSubheads
// keeps the paragraph from its fronted phrase, first letter in upper
// case. The heading holds two to frontedHeadMax words, no verb, "-ing",
// "-ly" or "-ed" word, word of time, number, pronoun, plural subject
// noun, page label or punctuation, and no stopword but "of", "on", "for"
// and "and" inside it; the phrase ends at a comma within
// frontedPhraseMax words (a relative clause, ", which ...,", may follow
// it); the clause's verb is no verb of saying that ends the sentence or
// stands before a comma (", she said,": the words before it are then
// the quoted or fronted matter of a real sentence). The cut is made after
// selection, so only the sentence changes.
//
// Measured against 2e04780 (reader's summaries; Fill unchanged; every
// change read): validation 7 changed: 7 better / 0 worse / 0 same (a
// subheading, a photo credit, a caption's name or a section tag before
// "in a letter, ...", "on <weekday>, ...", "in <year>, ...", "while
// ..."); train 1-38,000, the 1,747 clusters whose summary holds a
// sentence of the shape, 12 changed: 12 / 0 / 0. Five worse cuts there
// set the guards: "Born <name> in <town>, ..." (frontedParticiples), a
// date's comma ("on <weekday>, <month> 18 announced"), a list of places
// after the comma, "<place> in <town>, <region> has ..." and "<noun> in
// <field>, ..." (a phrase of one word must be a time).

// Bounds of frontedSubhead.
const (
	// frontedHeadMax is the most words of the heading.
	frontedHeadMax = 5
	// frontedPhraseMax is the most words of the fronted phrase, its
	// comma's word included.
	frontedPhraseMax = 12
	// frontedRelativeMax is the most words of a relative clause after
	// the phrase.
	frontedRelativeMax = 14
	// frontedSubjectMax is the most words of the clause's subject.
	frontedSubjectMax = 6
	// frontedStoryMin is the fewest words of the sentence kept.
	frontedStoryMin = 10
)

// subheadFrontOpeners open a fronted phrase or clause after a heading.
// "For", "with", "by", "from" and "as" are left out: they join a noun
// phrase's own words ("Job offers for nurses", "Photo by ...").
var subheadFrontOpeners = lex.Set("in", "on", "at", "after", "before", "during", "since", "when", "while", "despite",
	"amid", "following", "although", "though", "because")

// subheadFrontPreps are the prepositions of subheadFrontOpeners: the
// phrase they open holds no verb.
var subheadFrontPreps = lex.Set("in", "on", "at", "during", "despite", "amid", "following")

// frontedDeterminers open a clause's subject besides auxSubjects:
// "some residents", "many owners".
var frontedDeterminers = lex.Set("some", "many", "most", "several", "both", "few", "other", "another")

// frontedHeadTies are the stopwords a heading may hold inside it:
// "Dependence on <noun>", "Price of <noun>".
var frontedHeadTies = lex.Set("of", "on", "for", "and")

// frontedParticiples are past participles without "-ed" that open a
// fronted phrase of their own ("Born <name> in <town>, the actress
// ...", "Known as ...").
var frontedParticiples = lex.Set("born", "known", "shown", "grown", "drawn", "written", "hidden", "beaten", "given",
	"taken", "seen", "gone", "done", "sworn", "worn", "torn", "stolen", "frozen", "chosen", "spoken", "broken",
	"forgotten", "forgiven", "raised", "bred", "led", "held", "built", "set", "made", "left", "caught", "brought")

// frontedRelatives open a relative clause after the fronted phrase.
var frontedRelatives = lex.Set("which", "who", "whom", "whose", "where")

// frontedPronouns stand alone as the clause's subject.
var frontedPronouns = lex.Set("he", "she", "they", "it", "we", "i", "you")

// cutFrontedSubheads cuts, in each sentence of a reader's summary, a
// heading run into a fronted phrase (frontedSubhead). Nothing but the
// sentence's text changes.
func cutFrontedSubheads(sum *chorus.Summary) {
	cutEach(sum, frontedSubhead)
}

// frontedSubhead returns s from its fronted phrase, first letter in upper
// case, and true when the words before the phrase are a heading (see
// above); s and false otherwise.
func frontedSubhead(s string) (string, bool) {
	if len(s) < 40 || !strings.Contains(s, ", ") {
		return s, false
	}
	starts, words := fieldStarts(s, frontedHeadMax+frontedPhraseMax+frontedRelativeMax+frontedSubjectMax+2)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for k := 1; k <= frontedHeadMax && k < len(words); k++ {
		if !frontedHeadWord(words, k-1, raw(k-1)) {
			return s, false
		}
		if k < 2 || !subheadFrontOpeners[words[k]] || raw(k) != words[k] || frontedHeadTies[words[k-1]] {
			continue
		}
		if !frontedClause(words, k, raw) || countWords(s[starts[k]:]) < frontedStoryMin {
			continue
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[k]:]))
		if !storyOpening(lede) || seenCaption(words[k:]) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// frontedHeadWord reports whether word i (raw as it stands) can stand in
// a heading before a fronted phrase (see the file's comment); a tie
// (frontedHeadTies) only inside it.
func frontedHeadWord(words []string, i int, raw string) bool {
	w := words[i]
	if w == "" || lex.HasDigit(w) || lex.ContainsAny(raw, `,;:!?"“”()[]—–/|&*#@'’`) || strings.HasSuffix(raw, ".") && !abbrevLike(raw) ||
		strings.HasPrefix(raw, "-") || strings.HasSuffix(raw, "-") {
		return false
	}
	if lex.IsStopword(w) || bareHeadStop[w] || auxSubjects[w] {
		return i > 0 && frontedHeadTies[w]
	}
	if topicVerbLike(w) || lex.IsAttributionVerb(w) || clauseVerbs[w] || headlineVerbs[w] || restartVerbs[w] || frontedParticiples[w] ||
		len(w) > 3 && strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") ||
		subheadTimeWords[w] || numberWords[w] || subheadSubjects[w] || subheadFurniture[w] || headlineTies[w] {
		return false
	}
	// A plural "-s" is as often a subject's or a verb's ("Crews at the
	// pier, ...", "Tarnwick wins after ...").
	return !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || w == "news"
}

// frontedClause reports whether word k opens a fronted phrase that ends
// at a comma within frontedPhraseMax words, a relative clause of at most
// frontedRelativeMax words may follow, and then a clause with a subject
// of at most frontedSubjectMax words and a finite verb that is no
// attribution closing the sentence or set between commas.
func frontedClause(words []string, k int, raw func(int) string) bool {
	c := frontedComma(words, k+1, frontedPhraseMax, raw)
	if c < 0 {
		return false
	}
	if c == k+1 && !subheadTimeWords[words[c]] && !lex.HasDigit(words[c]) {
		return false // "<heading> in <place>, <region> has ...", "<noun> in <field>, ...": a phrase of one word is a time's
	}
	if subheadFrontPreps[words[k]] {
		for i := k + 1; i <= c; i++ {
			if topicVerbLike(words[i]) || lex.IsAttributionVerb(words[i]) {
				return false // "<place> in <town> closed, ...": a headline's clause
			}
		}
	}
	if c+1 < len(words) && frontedRelatives[words[c+1]] {
		if c = frontedComma(words, c+2, frontedRelativeMax, raw); c < 0 {
			return false
		}
	}
	j := c + 1 // the clause's first word
	if j+2 >= len(words) {
		return false
	}
	if first := words[j]; first == "" || frontedRelatives[first] || lex.IsStopword(first) && !auxSubjects[first] && !frontedDeterminers[first] ||
		topicVerbLike(first) || strings.HasSuffix(first, "ing") || subheadTimeWords[first] || lex.HasDigit(first) {
		return false // "<name> on <weekday>, <month> 18 announced ...": a date's comma
	}
	for m := j; m < len(words) && m <= j+frontedSubjectMax; m++ {
		w, r := words[m], raw(m)
		verb := m > j && (topicVerbLike(w) || lex.IsAttributionVerb(w)) ||
			m == j+1 && frontedPronouns[words[j]] && len(w) > 2 && strings.HasSuffix(w, "s") ||
			m >= j+2 && len(w) >= 5 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
		if verb {
			said := w == "said" || w == "says" || w == "told" || lex.IsAttributionVerb(w)
			if said && (m+3 >= len(words) || strings.ContainsAny(r[len(r)-1:], ",.")) {
				return false // ", she said," or ", she said.": a real sentence's parenthesis
			}
			return true
		}
		if frontedPronouns[words[j]] && m == j+1 || m > j && lex.IsStopword(w) && !subjectTies[w] && !auxSubjects[w] {
			return false // "..., the day after she left ...", "... of <place>, <place> and <place> designed ...": no subject
		}
		r = strings.TrimSuffix(strings.TrimSuffix(r, "'s"), "’s")
		if lex.ContainsAny(r, `,;:!?"“”()[]—–/|`) || strings.HasSuffix(r, ".") && !abbrevLike(r) {
			return false
		}
	}
	return false
}

// frontedComma returns the index of the first word from i on, within n
// words, that a comma closes, or -1 when none does or a word before it
// holds other punctuation.
func frontedComma(words []string, i, n int, raw func(int) string) int {
	for j := i; j < len(words) && j < i+n; j++ {
		r := raw(j)
		if strings.HasSuffix(r, ",") {
			return j
		}
		if lex.ContainsAny(r, `;:!?"“”()[]—–|`) || strings.HasSuffix(r, ".") && !abbrevLike(r) || words[j] == "" {
			return -1
		}
	}
	return -1
}
