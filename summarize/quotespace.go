package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
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
	tidy := func(s string) string { return tidySentenceQuotes(untokenize(s)) }
	for i := range sum.Sentences {
		sum.Sentences[i].Text = tidy(sum.Sentences[i].Text)
	}
	for i := range sum.Voices {
		for j := range sum.Voices[i].Statements {
			st := &sum.Voices[i].Statements[j]
			st.Text = tidy(st.Text)
		}
	}
	for i := range sum.Disputes {
		for j := range sum.Disputes[i].Claims {
			cl := &sum.Disputes[i].Claims[j]
			cl.Text = tidy(cl.Text)
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
	if strings.Contains(s, ": ") {
		s = spacedClock.ReplaceAllString(s, "$1:$2")
	}
	if strings.Contains(s, " %") {
		s = spacedPercent.ReplaceAllString(s, "$1%")
	}
	if strings.Count(" "+s+" ", " ' ") == 1 {
		s = spacedPlurPoss.ReplaceAllString(s, "$1' $2")
	}
	return s
}

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
