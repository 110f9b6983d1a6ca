package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage: a quotation that runs over
// three sentences or more leaves its middle ones without a mark of their
// own (`Osei said: "We lost the pier.`, `It will take years to
// rebuild.`, `We will start in May."`; balanceQuotes closes the first
// part and opens the last), and a summary that picks a middle one shows
// a speaker's words as its own: "It will take years to rebuild." When the
// article credits the quotation to a person by full name at its last or
// first part, in words that part itself holds (voices.Attribute; a
// speaker voices carries over from the quotation before counts only for a
// first part that opens with its mark), the sentence is written as the
// quotation it is, with that speaker: `"It will take years to rebuild,"
// Maria Osei said.` — the surname alone when the summary has named the
// person in full before, and no speaker when the summary's sentence
// before it is an earlier part of the same quotation. A sentence that
// names the speaker itself ("Osei's bill ...") is the writer's, cut off
// from a quotation whose closing mark the page lost, and is left. The
// words are the sentence's and the article's attribution; only the full
// stop becomes the comma before the speaker.
//
// Multi-News validation (h31quote): 9 summaries change, read all: 9
// better (a middle sentence of a statement, a tweet or a speech gets its
// speaker). Train lines 1-38,000: 47 change, 40 read: 38 better, 1
// worse (a son's words credited by the surname the summary gave his
// father), 1 the same (a speaker voices carried over, unsure). Fill
// ROUGE unchanged: the rule runs on a reader's summary only.

// innerQuoteSpan is one quotation a sentence stands inside (innerQuote):
// its document and the positions of its first and last parts there.
type innerQuoteSpan struct{ doc, first, last int }

// attributeInnerQuotes writes as a quotation, with its speaker, each
// sentence of sum without a quotation mark that its article reads inside
// a quotation credited to a named person (innerQuoteSpeaker), unless the
// sentence before it leaves a quotation open, and adds the words it
// writes to sum.Words.
func (c *cluster) attributeInnerQuotes(sum *chorus.Summary) {
	var before strings.Builder                  // the summary so far, lower case
	prev, prevAt := innerQuoteSpan{doc: -1}, -1 // the quotation the sentence before stands inside, and where
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		span, at := innerQuoteSpan{doc: -1}, -1
		if !lex.ContainsAny(s, "\"“”") && (i == 0 || quoteMarkCount(sum.Sentences[i-1].Text)%2 == 0) {
			var name string
			span, at, name = c.innerQuoteSpeaker(s, before.String())
			if name != "" {
				if f := lex.SpaceFieldsShared(name); len(f) > 1 && strings.Contains(before.String(), lex.Lower(name)) {
					name = f[len(f)-1] // met before in full: the surname
				}
				t, ok := withSpeaker(`"`+strings.TrimSpace(s)+`"`, name)
				if prev == span && prevAt < at {
					t, ok = `"`+strings.TrimSpace(s)+`"`, true // the quotation goes on from the sentence before, its speaker given
				}
				if ok {
					sum.Words += countWords(t) - countWords(s)
					sum.Sentences[i].Text = t
					s = t
				} else {
					span.doc = -1
				}
			} else {
				span.doc = -1
			}
		}
		prev, prevAt = span, at
		before.WriteString(lex.Lower(s))
		before.WriteByte(' ')
	}
}

// innerQuoteSpeaker returns, for the candidate sentence reading s, the
// quotation it stands inside (innerQuote), its position in its article,
// and the full name (two words or more) of the person the article credits
// that quotation to at its last part, or else at its first, in words that
// part holds; the name is "" when none is found or s is no candidate's
// text. A speaker the article names by surname alone counts when before,
// the summary so far (lower case), names that surname and the cluster
// writes it after a given name somewhere (surnameOfGiven).
func (c *cluster) innerQuoteSpeaker(s, before string) (innerQuoteSpan, int, string) {
	none := innerQuoteSpan{doc: -1}
	ci := c.candIndex(s)
	if ci < 0 || c.cands[ci].doc >= len(c.docs) {
		return none, -1, ""
	}
	di := c.cands[ci].doc
	doc := c.docs[di].cands
	at := slices.Index(doc, ci)
	first, last := c.innerQuote(di, at)
	if first < 0 {
		return none, -1, ""
	}
	span := innerQuoteSpan{di, first, last}
	credits := c.docAttributions(di)
	for _, part := range []int{last, first} {
		text := lex.Lower(c.cands[doc[part]].text)
		for _, a := range credits {
			if !a.Quote || !slices.Contains(a.Sentences, part) {
				continue
			}
			f := lex.SpaceFields(a.Name)
			if len(f) == 0 || !containsWord(text, lex.Lower(f[len(f)-1])) && !(part == first && opensWithMark(text)) {
				continue // a speaker carried over to words that name their own, or none
			}
			if containsWord(lex.Lower(s), lex.Lower(f[len(f)-1])) {
				return none, -1, "" // "Osei's bill ...": the writer's words about the speaker
			}
			if nameSuffixes[lex.Lower(strings.TrimSuffix(f[len(f)-1], "."))] {
				continue // "Jr." is no surname to credit
			}
			met := len(f) == 1 && !a.Pronoun && containsWord(before, lex.Lower(f[0])) && c.surnameOfGiven(lex.Lower(f[0]))
			if (a.Full && len(f) >= 2 && (givenIn(f) || c.boundName(f)) || met) && nameWords(f) {
				return span, at, a.Name
			}
		}
	}
	return span, at, ""
}

// innerQuote returns the indices in c.docs[di].cands of the first and the
// last part of the quotation the sentence at stands inside with no mark
// of its own: balanceQuotes closed the first part and opened the last
// (quoteEdge, quoteEnd), and the sentences between them, quoteRunMax at
// most, hold no quotation mark. A quotation that opens or ends with
// someone else's words in single marks ("'We give up,' they think.") is
// no one voice, and a sentence that opens single marks may be cut inside
// them: it returns -1, -1 then, and when there is none.
func (c *cluster) innerQuote(di, at int) (first, last int) {
	doc := c.docs[di].cands
	if at < 0 || c.cands[doc[at]].edge != edgeNone || lex.ContainsAny(c.cands[doc[at]].text, "\"“”") {
		return -1, -1
	}
	first = at - 1
	for ; first >= 0 && c.cands[doc[first]].edge != edgeClosed; first-- {
		if cd := &c.cands[doc[first]]; at-first > quoteRunMax || cd.edge != edgeNone || lex.ContainsAny(cd.text, "\"“”") {
			return -1, -1
		}
	}
	if first < 0 {
		return -1, -1
	}
	last = c.quoteEnd(di, first)
	if last <= at {
		return -1, -1
	}
	if t := joinContractions(c.cands[doc[at]].text); singleQuoted(t) {
		return -1, -1 // "The rules say, ' proper attire.": a quotation inside, cut
	}
	for _, k := range doc[first : last+1] {
		if t := c.cands[k].text; strings.Contains(t, `"'`) || strings.Contains(t, `'"`) {
			return -1, -1
		}
	}
	return first, last
}

// opensWithMark reports whether s opens with a quotation mark: a
// quotation with no words of its own before it, whose speaker voices may
// carry over from the quotation before it.
func opensWithMark(s string) bool {
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“")
}

// givenIn reports whether a word of the name f before its surname is a
// given name (lex.IsGivenName): "Maria Osei", "Boss Maria Osei", not a
// phrase voices read as a name ("First Time Osei").
func givenIn(f []string) bool {
	for _, w := range f[:len(f)-1] {
		if lex.IsGivenName(lex.Lower(w)) {
			return true
		}
	}
	return false
}

// boundName reports whether the cluster's sentences write the name f
// twice or more, and each word of it before its surname nowhere but
// before the name's next word: "antony jenkins", where "antony" is no
// listed given name, and not "first time osei" in a cluster that writes
// "the first time" elsewhere, nor "oust osei" written once.
func (c *cluster) boundName(f []string) bool {
	low := make([]string, len(f))
	for i, w := range f {
		low[i] = lex.Lower(w)
	}
	alone := make([]int, len(f)-1) // times each word stands without the next
	whole := 0                     // times the name's first two words stand together
	for i := range c.cands {
		words := lex.LetterWords(c.cands[i].text, -1)
		for k, w := range words {
			for j, n := range low[:len(low)-1] {
				if w != n {
					continue
				}
				if k+1 == len(words) || words[k+1] != low[j+1] {
					alone[j]++
				} else if j == 0 {
					whole++
				}
			}
		}
	}
	if whole < 2 {
		return false
	}
	for _, n := range alone {
		if n > 0 {
			return false
		}
	}
	return true
}

// nameSuffixes end a name after its surname.
var nameSuffixes = lex.Set("jr", "sr", "ii", "iii", "iv")

// surnameOfGiven reports whether a sentence of the cluster writes the
// lower-case word w after a given name (lex.IsGivenName): a surname, not
// a word that describes the speaker ("the matriarch added").
func (c *cluster) surnameOfGiven(w string) bool {
	for i := range c.cands {
		words := lex.LetterWords(c.cands[i].text, -1)
		for k := 1; k < len(words); k++ {
			if words[k] == w && lex.IsGivenName(words[k-1]) {
				return true
			}
		}
	}
	return false
}
