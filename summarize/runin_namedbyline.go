package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline and its reporter's credit run into the story with no mark
// between them, in lower-cased text: "Harbour board weighs pier closure
// by tom reyes gazette staff writer westvale harbour board members will
// ...", "Late penalty costs skipper his title by kyle dunne the late
// penalty didn't end ...". cutHeadlineByline wants a dash after the name
// and a story that restates the headline, cutOpeningByline a byline that
// opens the sentence; here the credit's first given name is a listed one
// and the story after it opens as a story does (a story on "The <noun>"
// only when the headline names the noun: chosenStoryOpening). The cut is
// made on a reader's summary after selection (cutNamedBylines): only the
// sentence changes. Measured on Multi-News, the shape is rare: 1 of 5,602
// validation summaries and 4 of 37,869 development ones change, all read
// better.

// Bounds of cutNamedByline.
const (
	// namedBylineHeadMin and namedBylineHeadMax bound the headline's
	// words before "by".
	namedBylineHeadMin = 4
	namedBylineHeadMax = 25
	// namedBylineNames is the most names the credit lists.
	namedBylineNames = 3
	// namedBylineRoleMax is the most words of an outlet and a role after
	// the names, the role included ("gazette staff writer").
	namedBylineRoleMax = 3
)

// cutNamedBylines cuts, in each sentence of a reader's summary of
// lower-cased text, a headline and a reporter's credit run into its story
// (cutNamedByline). Nothing but the sentence's text changes.
func cutNamedBylines(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutNamedByline)
}

// cutNamedByline returns s from its story and true when a headline and a
// credit run into it: "by" stands namedBylineHeadMin to
// namedBylineHeadMax words in, after no sentence end, no stopword, no
// comma or colon and no verb's participle ("... was written by ...");
// one to namedBylineNames names follow it (namedBylineNamesEnd), then
// maybe an outlet and a role ending in a role word (bylineRoles: "gazette
// staff writer") and a lone dash with no second dash within asideWords
// words (an aside: "... poems by <name> – <aside> – have been found").
// After a role or a dash the story opens on no stopword but "the", "a"
// or "an" and a pronoun subject, and on no word that goes on a clause
// (headBylineNoStory); after the names alone it opens on "the", "a" or
// "an" and a noun phrase that a finite verb follows (subjectThenAux, subjectThenSaid or a negated auxiliary:
// "the ferry didn't ..."). The story holds fusedLedeMinWords words or
// more, opens a story (storyOpening) and is no caption. It returns s and
// false otherwise.
func cutNamedByline(s string) (string, bool) {
	if !strings.Contains(s, " by ") {
		return s, false
	}
	starts, words := fieldStarts(s, namedBylineHeadMax+40)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for b := 1; b+3 < len(words) && b <= namedBylineHeadMax; b++ {
		if lex.ContainsAny(raw(b-1), ".!?") && !abbrevLike(raw(b-1)) {
			return s, false // the words before "by" end a sentence: no headline
		}
		if raw(b) != "by" || b < namedBylineHeadMin || lex.IsStopword(words[b-1]) || bylineParticiple(words[b-1]) ||
			lex.ContainsAny(raw(b-1), `,;:`) {
			continue
		}
		p := namedBylineNamesEnd(words, raw, b+1)
		if p < 0 {
			continue
		}
		q, marked := namedBylineRoleEnd(words, raw, p), false
		if q > p {
			marked = true
		}
		if q < len(words) && dashAlone(raw(q)) {
			q, marked = q+1, true
			if dashWithin(raw, q, min(len(words), q+asideWords)) {
				continue // "<work> by <name> – <aside> – <verb> ...": the dash opens an aside
			}
		}
		if q >= len(words) || !namedBylineStory(words, raw, q, marked) || countWords(s[starts[q]:]) < fusedLedeMinWords {
			continue
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[q]:]))
		h := headFields{chosen: true}
		if !h.storyOpening(lede, words[:b]) || seenCaption(words[q:]) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// namedBylineNamesEnd returns the index of the field after the names of a
// credit that start at field i, or -1 when none does: a given name (the
// first name's a listed one, lex.IsGivenName), maybe an initial ("q."),
// and a surname (bylineNameWords), the names joined by commas and "and"
// (namedBylineNames at most).
func namedBylineNamesEnd(words []string, raw func(int) string, i int) int {
	for n := 0; n < namedBylineNames; n++ {
		if i+1 >= len(words) || raw(i) != words[i] || n == 0 && !lex.IsGivenName(words[i]) ||
			n > 0 && !bylineNameWords(words[i:i+1], raw, i) {
			return -1
		}
		j := i + 1
		if r := raw(j); len(r) == 2 && r[1] == '.' && j+1 < len(words) {
			j++ // a middle initial
		}
		sur := strings.TrimSuffix(raw(j), ",")
		if !bylineNameWords(words[j:j+1], func(int) string { return sur }, j) {
			return -1
		}
		end := j + 1
		switch {
		case strings.HasSuffix(raw(j), ","):
			i = end
			if i < len(words) && words[i] == "and" {
				i++
			}
		case end < len(words) && words[end] == "and":
			i = end + 1
		default:
			return end
		}
	}
	return -1
}

// namedBylineRoleEnd returns the index of the field after an outlet and a
// role that start at field p ("gazette staff writer", "staff reporters"):
// up to namedBylineRoleMax words of letters and inner hyphens, no
// stopword, the last a role word (bylineRoles); p when there is none.
func namedBylineRoleEnd(words []string, raw func(int) string, p int) int {
	for j := p; j < len(words) && j < p+namedBylineRoleMax; j++ {
		if !labelWord(raw(j)) || lex.IsStopword(words[j]) {
			return p
		}
		if bylineRoles[words[j]] {
			for j+1 < len(words) && bylineRoles[words[j+1]] && labelWord(raw(j+1)) {
				j++ // "staff writer"
			}
			return j + 1
		}
	}
	return p
}

// namedBylinePronouns open a story after a credit set off by a role or a
// dash.
var namedBylinePronouns = lex.Set("he", "she", "they", "we", "i", "it", "there")

// namedBylineStory reports whether the story at field q opens as a story
// after a credit (cutNamedByline); marked says a role or a dash ended
// the credit.
func namedBylineStory(words []string, raw func(int) string, q int, marked bool) bool {
	w := words[q]
	if w == "" || headBylineNoStory[w] || isMonth(w) || w[0] >= '0' && w[0] <= '9' {
		return false
	}
	if ledeOpener[w] {
		if raw(q) != w || q+1 < len(words) && rateWords[words[q+1]] {
			return false
		}
		return marked || subjectThenAux(words, q, raw) || subjectThenSaid(words, q, raw) || negatedAuxAfter(words, raw, q)
	}
	return marked && (!lex.IsStopword(w) || namedBylinePronouns[w])
}

// negatedAuxAfter reports whether a negated auxiliary ("didn't",
// "won't") follows the noun phrase the article at field k opens, within
// bareSubjectMaxWords words and no punctuation between.
func negatedAuxAfter(words []string, raw func(int) string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+bareSubjectMaxWords+1; j++ {
		r := raw(j)
		if strings.HasSuffix(r, "n't") || strings.HasSuffix(r, "n’t") {
			return j > k+1
		}
		if lex.ContainsAny(r, `.,;:!?"“”()[]|/—–`) || lex.IsStopword(words[j]) && !subjectTies[words[j]] {
			return false
		}
	}
	return false
}

// dashWithin reports whether a field from i to j is a dash or holds "--".
func dashWithin(raw func(int) string, i, j int) bool {
	for k := i; k < j; k++ {
		if isDash(raw(k)) || strings.Contains(raw(k), "--") {
			return true
		}
	}
	return false
}
