package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A quotation whose closing mark the page set a few words early, before
// the quotation's last words instead of after them, reads in a sentence
// that holds the quotation's tail with a mark after a word and none
// before it: balanceQuotes takes that mark for an opening one and closes
// it at the end, so the marks enclose the quotation's last words and its
// attribution (`The pier closed in May "for the winter, said harbour
// master Ilse Varga."`). frontQuoteMark reads only a mark after a comma
// or a stop; wrappedAttribution moves the closing mark to the quotation's
// last comma, which the attribution follows (`The pier closed in May "for
// the winter, " said harbour master Ilse Varga.`). No word is added.
//
// When the quotation was cut by an ellipsis in mid-clause (`"With the
// ferry gone we will... Stay at home "for the winter, said ..."`), its
// tail is no sentence (no subject: "Stay at home for the winter"), and
// quoteAfterCutClause leaves it out of a reader's candidates so that
// another sentence takes its place.
//
// quoteAfterCutClause leaves a tail in when it opens with a subject
// (opensWithSubject: "We never meant ...", or "In all honesty, we ..."
// before its closing mark) and names its speaker.
//
// Measured against acad605, every change read: validation 3 of 5,598
// changed, 3 better / 0 worse / 0 same (one mark moved, two cut tails
// left out); train 1-6,000 1 changed, 1 better; train 6,001-22,000 8
// changed, 7 better / 1 worse / 0 same (worse: a cut tail left out let a
// bare reply open the summary and pulled in lines that lean on context);
// train 22,001-38,000 5 changed, 2 better / 0 worse / 3 same.

// wrappedAttribution returns s, whose two straight marks enclose a
// quotation's last words and its attribution (`<words> "<words>, said
// <speaker>."`), with the second mark moved before the attribution: the
// first mark stands after a word (a space and a letter before it, no
// verb of saying among the quotingReach words before it), the second ends s after a full stop, and the
// words after the last comma between them are an attribution (a verb of
// saying first, or among the first quoteHeadWords words after a speaker
// that opens no clause) and hold no other comma. Any other s is returned
// as it is.
func wrappedAttribution(s string) string {
	p := strings.IndexByte(s, '"')
	if p < 2 || s[p-1] != ' ' || !isASCIILetter(s[p-2]) || !strings.HasSuffix(s, ".\"") && !strings.HasSuffix(s, ". \"") ||
		strings.Count(s, "\"") != 2 {
		return s
	}
	if h := lex.LetterWords(s[:p], -1); introducesQuote(h[max(0, len(h)-quotingReach):]) {
		return s
	}
	body := strings.TrimRight(strings.TrimRight(s[:len(s)-1], " "), " ")
	inner := body[p+1:]
	c := strings.LastIndex(inner, ", ")
	if c <= 0 || countWords(inner[:c]) < 2 {
		return s
	}
	attr := inner[c+2:]
	w := lex.LetterWords(attr, quoteHeadWords)
	if len(w) == 0 || clauseOpeners[w[0]] || strings.Contains(attr, ",") || !frontSpeaker(w) ||
		frontSpeaker(lex.LetterWords(inner[:c], -1)) {
		return s
	}
	return body[:p+1] + inner[:c+1] + " \" " + attr
}

// quoteAfterCutClause reports whether s, a sentence of its paragraph,
// closes a quotation (an odd number of straight marks) that prev, the
// sentence before it, opened and stopped at an ellipsis after a word
// that ends no clause (a stopword: "it will..."): s goes on from the cut
// clause and is no sentence. A tail that opens with a subject (a pronoun
// or a determiner: "We never meant ...") and names its own speaker (a
// verb of saying) reads as a whole quotation and is not reported.
func quoteAfterCutClause(prev, s string) bool {
	if strings.Count(s, "\"")%2 == 0 || strings.Count(prev, "\"")%2 == 0 || opensWithSubject(s) {
		return false
	}
	t := strings.TrimRight(prev, " ")
	switch {
	case strings.HasSuffix(t, "..."):
		t = t[:len(t)-3]
	case strings.HasSuffix(t, "…"):
		t = t[:len(t)-len("…")]
	default:
		return false
	}
	f := lex.LetterWords(t, -1)
	return len(f) > 0 && !strings.HasSuffix(t, " ") && isASCIILetter(t[len(t)-1]) && lex.IsStopword(f[len(f)-1])
}

// opensWithSubject reports whether s opens with a subject pronoun or a
// determiner ("We ...", "The crew ...") or does so after a comma before
// its closing mark ("In all honesty, we ...") and holds a verb of saying
// ("..., " she said.): a sentence of its own, not the rest of a clause.
func opensWithSubject(s string) bool {
	w := lex.LetterWords(s, -1)
	if len(w) < 2 {
		return false
	}
	subject := func(x string) bool { return subjectPronouns[x] || determiners[x] || x == "there" }
	opens := subject(w[0])
	for q, rest := strings.IndexByte(s, '"'), s; !opens && q > 0; {
		c := strings.Index(rest[:q], ", ")
		if c < 0 {
			break
		}
		next := lex.LetterWords(rest[c+2:q], 1)
		opens = len(next) == 1 && subject(next[0])
		rest, q = rest[c+2:], q-c-2
	}
	if !opens {
		return false
	}
	for _, x := range w[1:] {
		if lex.IsAttributionVerb(x) || moreSpeechVerbs[x] {
			return true
		}
	}
	return false
}
