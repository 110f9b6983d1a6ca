package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage: a reader's summary sentence
// that is a whole quote and nothing else (`" the ferry will run again. "`),
// first or after a sentence that names no speaker, is a quote no one says. When its
// article credits the quote to a person by full name (voices.Attribute:
// the speaker the article gives in the same sentence's frame, the next
// one's "..., Osei said", or the quote before it that the quote continues;
// or, when the splitter cut one quote in two, the speaker credited after
// its second half: quoteEdge), the sentence is written with that speaker
// as the article attributes it: `" the ferry will run again, " Hana Osei
// said.` — the surname alone when the summary has named the person
// before. The words are the quote's and
// the article's attribution; only the full stop inside the quote becomes
// the comma before a speaker.

// attributeQuotes writes the speaker of each speakerless quote of sum
// (speakerlessQuote) that its article credits to a named person, and
// adds the words it writes to sum.Words.
func (c *cluster) attributeQuotes(sum *chorus.Summary) {
	var before strings.Builder // the summary so far, lower case
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if speakerlessQuote(s) && (i == 0 || !namesSpeaker(sum.Sentences[i-1].Text)) {
			next := ""
			if i+1 < len(sum.Sentences) {
				next = sum.Sentences[i+1].Text
			}
			if name := c.quoteSpeaker(s, next, before.String()); name != "" {
				f := lex.SpaceFieldsShared(name)
				if containsWord(before.String(), lex.Lower(f[len(f)-1])) {
					name = f[len(f)-1] // met before: the surname
				}
				if t, ok := withSpeaker(s, name); ok {
					sum.Words += countWords(t) - countWords(s)
					sum.Sentences[i].Text = t
					s = t
				}
			}
		}
		before.WriteString(lex.Lower(s))
		before.WriteByte(' ')
	}
}

// speakerlessQuote reports whether s is a quote and nothing else: it opens
// and ends with a quotation mark, its marks pair, and no word stands
// outside them.
func speakerlessQuote(s string) bool {
	t := strings.TrimSpace(s)
	if !(strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“")) || !(strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”")) {
		return false
	}
	out, ok := unquoted(t)
	return ok && len(out) == 0 && strings.Count(t, "\"")+strings.Count(t, "“")+strings.Count(t, "”") == 2
}

// namesSpeaker reports whether s has a verb of saying or a quotation mark:
// the quote after it may continue a speaker's words it gives.
func namesSpeaker(s string) bool {
	return lex.ContainsAny(s, "\"“”") || hasSpeechVerb(wordsOf(s))
}

// wordsOf returns the lower-case letter words of s that hasSpeechVerb
// reads.
func wordsOf(s string) []string {
	out, _ := unquoted(s)
	if out == nil {
		return nil
	}
	return out
}

// quoteSpeaker returns the full name (two words or more) of the person
// the article of the candidate sentence reading s credits its quote to,
// or "" when none is found or s is no candidate's text. A sentence the
// article credits to no one takes the speaker of the sentence that ends
// the same quote (balanceQuotes closed the one and opened the other:
// quoteEnd) when that sentence is not next, the summary's sentence after
// s.
// A speaker the article names by surname alone counts when before, the
// summary so far (lower case), names that surname.
func (c *cluster) quoteSpeaker(s, next, before string) string {
	ci := c.candIndex(s)
	if ci < 0 {
		return ""
	}
	di := c.cands[ci].doc
	at := slices.Index(c.docs[di].cands, ci)
	credits := c.docAttributions(di)
	// The splitter cut one quote in two or more: balanceQuotes closed this
	// sentence's part and opened the last one's (quoteEdge, quoteEnd).
	end := c.quoteEnd(di, at)
	split := end > at && lex.Collapse(c.cands[c.docs[di].cands[end]].text) != next // not when the summary reads the last part next, with its speaker
	tail := ""
	for _, a := range credits {
		if slices.Contains(a.Sentences, at) {
			tail = "-" // the article credits this sentence: to that speaker only
		}
		f := lex.SpaceFieldsShared(a.Name)
		met := len(f) == 1 && !a.Pronoun && containsWord(before, lex.Lower(f[0])) // a surname the summary has named
		if !a.Quote || !(a.Full && len(f) >= 2 || met) || !nameWords(f) {
			continue
		}
		if slices.Contains(a.Sentences, at) {
			return a.Name
		}
		if tail == "" && split && slices.Contains(a.Sentences, end) {
			tail = a.Name
		}
	}
	if tail == "-" {
		return ""
	}
	return tail
}

// quoteRunMax is the most sentences without a quotation mark that
// quoteEnd reads between a quotation's first and last parts.
const quoteRunMax = 3

// quoteEnd returns the index in c.docs[di].cands of the sentence that
// ends the quotation the sentence at opens, when balanceQuotes closed
// that sentence's part and opened the last one's (quoteEdge) and the
// sentences between them, quoteRunMax at most, hold no quotation mark:
// `"The pier is unsafe.`, `We will close it.`, `It will reopen in May,
// " Osei said.` It returns -1 when there is none.
func (c *cluster) quoteEnd(di, at int) int {
	doc := c.docs[di].cands
	if at < 0 || c.cands[doc[at]].edge != edgeClosed {
		return -1
	}
	for j := at + 1; j < len(doc) && j <= at+1+quoteRunMax; j++ {
		cd := &c.cands[doc[j]]
		if cd.edge == edgeOpened {
			return j
		}
		if cd.edge != edgeNone || lex.ContainsAny(cd.text, "\"“”") {
			return -1
		}
	}
	return -1
}

// withSpeaker returns the quote s with name as its speaker after it: the
// full stop that ends the quoted words becomes a comma (a question or
// exclamation mark stays), and `name said.` follows the closing mark,
// spaced as s spaces it. It reports false when the quote does not end in
// a full stop, question or exclamation mark.
func withSpeaker(s, name string) (string, bool) {
	t := strings.TrimSpace(s)
	mark := "\""
	if strings.HasSuffix(t, "”") {
		mark = "”"
	}
	body := strings.TrimSuffix(t, mark)
	space := ""
	if strings.HasSuffix(body, " ") {
		space = " "
	}
	body = strings.TrimRight(body, " ")
	if body == "" {
		return s, false
	}
	switch body[len(body)-1] {
	case '.':
		if strings.HasSuffix(body, "...") {
			return s, false
		}
		if len(body) >= 3 && body[len(body)-3] == '.' {
			body += "," // a dotted abbreviation keeps its stop: "the u.n.,"
		} else {
			body = body[:len(body)-1] + ","
		}
	case '?', '!':
	default:
		return s, false
	}
	return body + space + mark + " " + name + " said.", true
}

// dropUnsaid returns picked, a reader's summary in reading order, without
// each quote no one says there: a sentence that is a quote and nothing
// else (speakerlessQuote), first or after a sentence that gives no
// speaker either (namesSpeaker, no attribution word but "called":
// creditsQuote), that its article credits to no named person
// attributeQuotes could write (quoteSpeaker, withSpeaker),
// that does not end a quote begun in a run of its article's sentences
// shown before it one of which gives the speaker, that does not open a
// quote whose last part the summary shows (showsQuoteEnd), and that is
// not followed by the second half of its quote or by another quote from
// its article that names the speaker (the reader takes the two as one
// speaker's). The opening goes only when the sentences after it hold
// adaptiveMin words: a summary of the quote alone, or of a line after it,
// says less than the quote.
// Selection takes such a sentence when the sentence before it in its
// article is chosen (speakerless), but that sentence may name no one
// ("The ferry company apologized on Monday." and then `"We meant no
// harm."`); a reader asks whose words these are. Nothing is brought in
// instead: choosing again lets a quote's other half or a weaker lead in.
func (c *cluster) dropUnsaid(picked []int) []int {
	if len(picked) < 2 {
		return picked
	}
	text := func(f int) string { return lex.Collapse(c.cands[c.facts[f].rep].text) }
	out := make([]int, 0, len(picked))
	var before strings.Builder // the summary so far, lower case
	for k, f := range picked {
		s := text(f)
		prev := ""
		if len(out) > 0 {
			prev = text(out[len(out)-1])
		}
		if (len(out) > 0 || c.wordsOf(picked[k+1:]) >= adaptiveMin) && c.unsaid(picked, k, s, prev, before.String()) {
			continue
		}
		out = append(out, f)
		before.WriteString(lex.Lower(s))
		before.WriteByte(' ')
	}
	return out
}

// unsaid reports whether s, the text of picked[k], is a quote no one says
// after prev, the summary sentence before it (dropUnsaid).
func (c *cluster) unsaid(picked []int, k int, s, prev, before string) bool {
	rep := &c.cands[c.facts[picked[k]].rep]
	if rep.flags&flagQuote == 0 || !speakerlessQuote(s) || namesSpeaker(prev) || creditsQuote(prev) {
		return false
	}
	// The last part of a quote begun before it (balanceQuotes opened it),
	// shown right after the sentences before it in its article: one of
	// them may give the speaker.
	for j := k; rep.edge == edgeOpened && j > 0 && c.cands[c.facts[picked[j]].rep].prevInDoc == c.facts[picked[j-1]].rep; j-- {
		if t := c.cands[c.facts[picked[j-1]].rep].text; namesSpeaker(t) || attributes(t) {
			return false
		}
	}
	next := ""
	if k+1 < len(picked) {
		n := &c.cands[c.facts[picked[k+1]].rep]
		next = lex.Collapse(n.text)
		if n.prevInDoc == c.facts[picked[k]].rep && namesSpeaker(next) || n.doc == rep.doc && lex.ContainsAny(next, "\"“”") && attributes(next) {
			return false // `"The ferry will run.` and then `It must," Osei said.`, or `"It will," Osei said.`
		}
	}
	if c.showsQuoteEnd(picked, c.facts[picked[k]].rep) {
		return false // `"The pier is unsafe.`, `We will close it.`, `It reopens in May."`: one quote
	}
	name := c.quoteSpeaker(s, next, before)
	if name == "" {
		return true
	}
	_, ok := withSpeaker(s, name)
	return !ok // a speaker attributeQuotes cannot write ("I thank you..."): no one says it there
}

// showsQuoteEnd reports whether picked holds the sentence that ends the
// quotation candidate ci opens (quoteEnd): the reader gets the quote
// whole, and its last part would stand without its head.
func (c *cluster) showsQuoteEnd(picked []int, ci int) bool {
	di := c.cands[ci].doc
	doc := c.docs[di].cands
	end := c.quoteEnd(di, slices.Index(doc, ci))
	if end < 0 {
		return false
	}
	return slices.ContainsFunc(picked, func(f int) bool { return c.facts[f].rep == doc[end] })
}

// creditsQuote reports whether prev, the summary sentence before a quote,
// holds a word that may credit the quote after it (attributes), other
// than one that is most often no speaker's there ("police were
// called", "fans called it a triumph": notSpeaking).
func creditsQuote(prev string) bool {
	for _, w := range lex.LetterWords(prev, maxNameWords) {
		if !notSpeaking[w] && attributes(w) {
			return true
		}
	}
	return false
}

// notSpeaking are the words attributes reads that creditsQuote does not.
var notSpeaking = lex.Set("called")

// candIndex returns the index of the candidate whose collapsed text is s, a
// summary sentence, or -1 when none is.
func (c *cluster) candIndex(s string) int {
	for i := range c.cands {
		if lex.Collapse(c.cands[i].text) == s {
			return i
		}
	}
	return -1
}
