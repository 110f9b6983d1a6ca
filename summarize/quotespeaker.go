package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
)

// This file belongs to the attribution stage: a reader's summary sentence
// that is a whole quote and nothing else (`" the ferry will run again. "`),
// after a sentence that names no speaker, is a quote no one says. When its
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
		if i > 0 && speakerlessQuote(s) && !namesSpeaker(sum.Sentences[i-1].Text) {
			next := ""
			if i+1 < len(sum.Sentences) {
				next = sum.Sentences[i+1].Text
			}
			if name := c.quoteSpeaker(s, next, before.String()); name != "" {
				f := strings.Fields(name)
				if containsWord(before.String(), strings.ToLower(f[len(f)-1])) {
					name = f[len(f)-1] // met before: the surname
				}
				if t, ok := withSpeaker(s, name); ok {
					sum.Words += countWords(t) - countWords(s)
					sum.Sentences[i].Text = t
					s = t
				}
			}
		}
		before.WriteString(strings.ToLower(s))
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
	return strings.ContainsAny(s, "\"“”") || hasSpeechVerb(wordsOf(s))
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
// article credits to no one takes the speaker of the next one when that
// goes on with the same quote (balanceQuotes closed the one and opened
// the other: quoteEdge) and is not next, the summary's sentence after s.
// A speaker the article names by surname alone counts when before, the
// summary so far (lower case), names that surname.
func (c *cluster) quoteSpeaker(s, next, before string) string {
	ci := -1
	for k := range c.cands {
		if strings.Join(strings.Fields(c.cands[k].text), " ") == s {
			ci = k
			break
		}
	}
	if ci < 0 {
		return ""
	}
	di := c.cands[ci].doc
	at := slices.Index(c.docs[di].cands, ci)
	credits := c.docAttributions(di)
	// The splitter cut one quote in two: balanceQuotes closed this
	// sentence's part and opened the next one's (quoteEdge).
	split := c.cands[ci].edge == edgeClosed && at+1 < len(c.docs[di].cands) && c.cands[c.docs[di].cands[at+1]].edge == edgeOpened &&
		strings.Join(strings.Fields(c.cands[c.docs[di].cands[at+1]].text), " ") != next // not when the summary reads the second half next, with its speaker
	tail := ""
	for _, a := range credits {
		if slices.Contains(a.Sentences, at) {
			tail = "-" // the article credits this sentence: to that speaker only
		}
		f := strings.Fields(a.Name)
		met := len(f) == 1 && !a.Pronoun && containsWord(before, strings.ToLower(f[0])) // a surname the summary has named
		if !a.Quote || !(a.Full && len(f) >= 2 || met) || !nameWords(f) {
			continue
		}
		if slices.Contains(a.Sentences, at) {
			return a.Name
		}
		if tail == "" && split && slices.Contains(a.Sentences, at+1) {
			tail = a.Name
		}
	}
	if tail == "-" {
		return ""
	}
	return tail
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
