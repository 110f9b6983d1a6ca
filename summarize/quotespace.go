package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// tidyQuotes writes the straight quotation marks of a reader's summary the
// way an editor would: attached to the words they enclose. Multi-News's
// tokenised text spaces them out ('" the whole issue is silly, " says
// ...'), so a quotation opens with a mark that stands alone and closes
// with one after a space, and balanceQuotes adds marks to that spacing.
// A sentence's marks are paired in order — the first opens, the second
// closes, and so on — and the spaces inside each pair are removed; a
// quotation that opens the sentence starts with a capital. A sentence is
// left as it is unless every pair reads as one: an even number of marks,
// each opening mark at the start or after a space with a word after it,
// each closing mark after a word or punctuation with nothing, a space or
// punctuation after it, and no mark that opens after sentence-ending
// punctuation inside the sentence (a closing mark whose pair was cut off).
// Voices' statements and disputes' claims are written the same way.
func tidyQuotes(sum *chorus.Summary) {
	keep := casedNames(sum)
	rewriteTexts(sum, func(s string) string {
		return lowerAfterNameEnd(lowerAfterStop(tidySentenceQuotes(untokenize(s)), keep)) // nameendcase.go
	})
}

// rewriteTexts replaces every text a reader reads as written prose in sum
// — its sentences, voices' statements and disputes' claims — with f of it.
func rewriteTexts(sum *chorus.Summary, f func(string) string) {
	for i := range sum.Sentences {
		sum.Sentences[i].Text = f(sum.Sentences[i].Text)
	}
	for i := range sum.Voices {
		for j := range sum.Voices[i].Statements {
			st := &sum.Voices[i].Statements[j]
			st.Text = f(st.Text)
		}
	}
	for i := range sum.Disputes {
		for j := range sum.Disputes[i].Claims {
			cl := &sum.Disputes[i].Claims[j]
			cl.Text = f(cl.Text)
		}
	}
}

// Tokenised text: Multi-News (and some feeds) write "$ 1 million",
// "( in 2015 )", "40 %", "1: 05 p.m." and "the leaders ' calls" with the spaces of
// their tokenizer; untokenize writes them as an editor would.
var (
	spacedDollar   = regexp.MustCompile(`([$£€]) (\d)`)
	spacedOpen     = regexp.MustCompile(`\( +`)
	spacedClose    = regexp.MustCompile(` +\)`)
	spacedPercent  = regexp.MustCompile(`(\d) %`)
	spacedPlurPoss = regexp.MustCompile(`(\ws) ' (\w)`)
	spacedClock    = regexp.MustCompile(`\b(\d{1,2}): (\d\d)\b`)
)

// untokenize removes the tokenizer's spaces inside a currency amount, a
// parenthesis, a percentage and a clock time ("1: 05 p.m."), and before the apostrophe of a plural
// possessive ("leaders ' calls" → "leaders' calls") when it is the
// sentence's only free-standing apostrophe (two are a quotation in single
// marks: "' accidentally '").
func untokenize(s string) string {
	if strings.Contains(s, "$ ") || strings.Contains(s, "£ ") || strings.Contains(s, "€ ") {
		s = spacedDollar.ReplaceAllString(s, "$1$2")
	}
	if strings.Contains(s, "( ") || strings.Contains(s, " )") {
		if strings.Count(s, "(") == strings.Count(s, ")") {
			s = spacedClose.ReplaceAllString(spacedOpen.ReplaceAllString(s, "("), ")")
		}
	}
	if clockColon(s) {
		s = spacedClock.ReplaceAllString(s, "$1:$2")
	}
	if strings.Contains(s, " %") {
		s = spacedPercent.ReplaceAllString(s, "$1%")
	}
	if strings.IndexByte(s, '\'') >= 0 {
		if strings.Count(" "+s+" ", " ' ") == 1 {
			s = spacedPlurPoss.ReplaceAllString(s, "$1' $2")
		}
		s = spaceSingleClose(s) // quotespace_single.go
	}
	return s
}

// clockColon reports whether s holds ": " between a digit and two more
// ("9: 30"), as every match of spacedClock does.
func clockColon(s string) bool {
	for i := 1; i+3 < len(s); i++ {
		k := strings.Index(s[i:], ": ")
		if k < 0 {
			return false
		}
		i += k
		if i+3 < len(s) && clockDigit(s[i-1]) && clockDigit(s[i+2]) && clockDigit(s[i+3]) {
			return true
		}
	}
	return false
}

func clockDigit(c byte) bool { return '0' <= c && c <= '9' }

// tidySentenceQuotes is tidyQuotes for one sentence.
func tidySentenceQuotes(s string) string {
	n := strings.Count(s, `"`)
	if n == 0 || n%2 == 1 || strings.Contains(s, "''") || strings.Contains(s, "``") {
		return s
	}
	marks := make([]int, 0, n)
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			marks = append(marks, i)
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	from := 0 // start of the text not written yet
	for k, m := range marks {
		if k%2 == 0 {
			after := strings.TrimLeft(s[m+1:], " ")
			if !opensHere(s[:m], after) {
				return s
			}
			b.WriteString(s[from:m])
			b.WriteByte('"')
			from = len(s) - len(after)
			continue
		}
		inner := strings.TrimRight(s[from:m], " ")
		if !closesHere(inner, s[m+1:]) {
			return s
		}
		if len(inner) >= 3 && strings.HasSuffix(inner, " '") && lex.ContainsAny(inner[len(inner)-3:len(inner)-2], ".!?,") {
			inner = inner[:len(inner)-2] + "'" // a quotation inside it closes with it: "... 'retiring.'"
		}
		b.WriteString(inner)
		b.WriteByte('"')
		from = m + 1
	}
	b.WriteString(s[from:])
	out := b.String()
	if strings.HasPrefix(out, `"`) {
		out = `"` + lex.UpperFirst(out[1:])
	}
	return out
}

// opensHere reports whether a straight mark after before, followed by
// after (spaces trimmed), can open a quotation.
func opensHere(before, after string) bool {
	if after == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(after); !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '…' || r == '.') {
		return false
	}
	if before == "" {
		return true
	}
	if !strings.HasSuffix(before, " ") && !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, "—") {
		return false
	}
	// A mark after sentence-ending punctuation inside the sentence closes a
	// quotation whose opening was cut off.
	t := strings.TrimRight(before, " ")
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?")
}

// closesHere reports whether a straight mark after inner (trailing spaces
// trimmed) and before after can close a quotation.
func closesHere(inner, after string) bool {
	if inner == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(inner)
	if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsPunct(r)) {
		return false
	}
	if after == "" {
		return true
	}
	a, _ := utf8.DecodeRuneInString(after)
	return a == ' ' || unicode.IsPunct(a)
}

// quoteEdge says which quotation mark balanceQuotes added to a sentence.
type quoteEdge uint8

const (
	edgeNone   quoteEdge = iota
	edgeOpened           // a mark before the text: it ends a quotation opened in an earlier sentence
	edgeClosed           // a mark after the text: it opens a quotation a later sentence goes on with
)

// addedMark returns the edge of balanced, balanceQuotes(raw), that
// balanceQuotes added a quotation mark to.
func addedMark(raw, balanced string) quoteEdge {
	switch {
	case len(balanced) == len(raw):
		return edgeNone
	case strings.HasSuffix(balanced, raw):
		return edgeOpened
	default:
		return edgeClosed
	}
}

// markOpenedTails marks, for a reader's summary, each sentence that ends a
// quotation opened in an earlier sentence and names no speaker (its text,
// without the opening mark balanceQuotes gave it, is a quoteTail: "We will
// rebuild the pier. \"") as leaning on the sentence before it
// (flagRefers), as markQuoteTails does for the tails balanceQuotes left
// alone: a reader who sees it alone reads a quotation that no one says.
func (c *cluster) markOpenedTails() {
	for i := range c.cands {
		cd := &c.cands[i]
		if cd.edge != edgeOpened || cd.flags&flagDependent != 0 {
			continue
		}
		if openedTail(cd.text) {
			cd.flags |= flagRefers
		}
	}
}

// openedTail reports whether s, a sentence balanceQuotes opened, is a
// quotation's last sentence and nothing else: its one closing mark ends
// it after ".", "!", "?" or "…" (a single mark of a quotation inside it
// aside: "... 'too late. ' \"") and it holds no verb of speech.
func openedTail(s string) bool {
	body := strings.TrimPrefix(strings.TrimPrefix(s, `"`), "“")
	body, ok := strings.CutSuffix(strings.TrimRight(body, " "), `"`)
	if !ok {
		if body, ok = strings.CutSuffix(strings.TrimRight(body, " "), "”"); !ok {
			return false
		}
	}
	if lex.ContainsAny(body, `"“”`) {
		return false
	}
	body = strings.TrimRight(body, " '’")
	if !strings.HasSuffix(body, ".") && !strings.HasSuffix(body, "!") && !strings.HasSuffix(body, "?") && !strings.HasSuffix(body, "…") {
		return false
	}
	return !hasSpeechVerb(lex.LetterWords(body, 60))
}

// joinQuotes gives back to a reader's summary a quotation that runs over
// consecutive sentences of one source when the summary keeps them in a
// row: balanceQuotes closed the first sentence's quotation and opened the
// last one's ("as saying, \"no way are they splitting up.\" \"They are
// together.\""), and the reader should see one quotation, opened once and
// closed once ("as saying, \"no way are they splitting up. They are
// together.\""). Sentences between the two must hold no quotation mark.
// sum.Sentences[i] is the sentence of fact picked[i]; it runs after
// tidyQuotes, so the marks stand at the text's edges.
func (c *cluster) joinQuotes(picked []int, sum *chorus.Summary) {
	if len(picked) != len(sum.Sentences) {
		return
	}
	for i := 0; i+1 < len(picked); i++ {
		first := c.facts[picked[i]].rep
		if c.cands[first].edge != edgeClosed {
			continue
		}
		prev := first
		for j := i + 1; j < len(picked); j++ {
			k := c.facts[picked[j]].rep
			cd := &c.cands[k]
			if cd.prevInDoc != prev {
				break
			}
			if cd.edge == edgeOpened {
				a, b := &sum.Sentences[i].Text, &sum.Sentences[j].Text
				if ta, ok := cutMark(*a, false); ok {
					if tb, ok := cutMark(*b, true); ok {
						if strings.HasSuffix(tb, ` "`) {
							tb = tb[:len(tb)-2] + `"` // the closing mark tidyQuotes left spaced
						}
						*a, *b = ta, tb
					}
				}
				break
			}
			if cd.edge != edgeNone || lex.ContainsAny(cd.text, "\"“”") {
				break
			}
			prev = k
		}
	}
}

// cutMark returns s without the straight or curly quotation mark that
// opens it (front) or closes it, and whether it had one.
func cutMark(s string, front bool) (string, bool) {
	for _, m := range []string{`"`, "“", "”"} {
		if front && strings.HasPrefix(s, m) {
			return lex.UpperFirst(strings.TrimLeft(s[len(m):], " ")), true
		}
		if !front && strings.HasSuffix(s, m) {
			return strings.TrimRight(s[:len(s)-len(m)], " "), true
		}
	}
	return s, false
}

// lowerAfterStop returns s, a sentence of lower-cased text (lex.Cased
// false), with the capital after a dotted acronym, "jr."/"sr.", a title
// a one-letter initial (defect.IsTitleAbbrev) or a company suffix
// (companyAbbrev) inside it lower-cased: Multi-News's
// text is lower-cased but for a capital after every full stop, which such
// a stop inside a sentence keeps ("the u.s. Navy said at 6 p.m. On
// monday" reads "the u.s. navy said at 6 p.m. on monday"; "gov. Dell
// roe" and "dell j. Roe" read "gov. dell roe" and "dell j. roe", as the
// summary writes its other names). Only a capital followed by a lower-case
// letter is changed, and not a word keep holds (casedNames: a name the
// summary writes with a capital elsewhere, as the full names of
// fullname.go). It runs on the summary's text, after selection: the
// sentence splitter and the scores read the capitals as they came.
func lowerAfterStop(s string, keep map[string]bool) string {
	if !strings.Contains(s, ". ") || lex.Cased(s) {
		return s
	}
	return lowerAfter(s, keepNames(keep), func(w string) bool {
		return dottedAcronym(w) || defect.IsTitleAbbrev(w) || companyAbbrev[w]
	})
}

// companyAbbrev are the company suffixes a full stop ends inside a
// sentence: "a former Velmora Inc. Engineer" reads "... Inc. engineer".
var companyAbbrev = lex.Set("inc.", "corp.", "co.", "ltd.")

// lowerAfter returns s with the capital of each word after a word stop
// holds (lower-cased, opening quotes and brackets trimmed) lower-cased,
// when the word is a capital alone or one before a lower-case letter and
// lowers holds for it. Words are separated by spaces, which are kept as
// they are.
func lowerAfter(s string, lowers func(w string) bool, stop func(w string) bool) string {
	var b []byte
	prevStop := false
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		if prevStop && 'A' <= s[i] && s[i] <= 'Z' && (j-i == 1 || 'a' <= s[i+1] && s[i+1] <= 'z') && lowers(s[i:j]) {
			if b == nil {
				b = []byte(s)
			}
			b[i] += 'a' - 'A'
		}
		w := lex.Lower(strings.TrimLeft(s[i:j], "\"“'‘(")) // '"Mr. Roe', "(e.g."
		prevStop = stop(w)
		i = j
	}
	if b == nil {
		return s
	}
	return string(b)
}

// keepNames is lowerAfter's lowers for a word of two letters or more
// that keep does not hold (nameCore).
func keepNames(keep map[string]bool) func(w string) bool {
	return func(w string) bool { return len(w) >= 2 && !keep[nameCore(w)] }
}

// nameCore is a word as casedNames keys it: without the punctuation and
// possessive around it.
func nameCore(f string) string {
	f = strings.Trim(f, ",.;:!?()\"“”'‘’")
	f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
	return f
}

// casedNames returns the words sum's sentences write with a capital inside
// a sentence and not after a full stop: the names a summary of lower-cased
// text writes cased ("Dell Roe" written in full by fullname.go), which
// lowerAfterStop leaves cased after a title too ("mr. Roe").
func casedNames(sum *chorus.Summary) map[string]bool {
	var keep map[string]bool
	for i := range sum.Sentences {
		prev := ""
		for k, f := range lex.SpaceFieldsShared(sum.Sentences[i].Text) {
			if k > 0 && !strings.HasSuffix(prev, ".") {
				if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
					if keep == nil {
						keep = make(map[string]bool)
					}
					keep[nameCore(f)] = true
				}
			}
			prev = f
		}
	}
	return keep
}

// dottedAcronym reports whether w, lower-cased, is letters each followed
// by a full stop, two or more ("u.s.", "p.m.", "f.b.i."), or "jr." or
// "sr.".
func dottedAcronym(w string) bool {
	if w == "jr." || w == "sr." {
		return true
	}
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'a' || w[k] > 'z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}
