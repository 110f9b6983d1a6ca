package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// This file belongs to the reading stage's last step. Multi-News's
// tokenizer spaced out the apostrophe of a pronoun's contraction ("i ' m",
// "you ' ll", "they ' re") and of an Irish surname ("o ' brien", "o '
// clock"), and the summary copied the spaces; joinContractions writes them
// as an editor would ("I'm", "you'll", "O'Brien", "o'clock"). It runs after
// truecasing so that the truecaser reads the words as before.

// contractionPronouns are the words whose "'m", "'ll", "'re", "'ve" and
// "'d" are joined: a pronoun or a wh-word before a free-standing
// apostrophe and one of those endings is a contraction, never a quotation.
var contractionPronouns = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true,
	"they": true, "that": true, "who": true, "there": true, "what": true,
	"where": true, "here": true,
}

// contractionEndings are the endings joined to a contractionPronouns word.
var contractionEndings = map[string]bool{"m": true, "ll": true, "re": true, "ve": true, "d": true}

// joinContractions joins the spaced contractions and O' surnames of the
// sentences, voices and disputes of sum.
func joinContractions(sum *chorus.Summary) {
	for i := range sum.Sentences {
		sum.Sentences[i].Text = joinSpacedApostrophes(sum.Sentences[i].Text)
	}
	for i := range sum.Voices {
		v := &sum.Voices[i]
		v.Name = joinSpacedApostrophes(v.Name)
		v.Role = joinSpacedApostrophes(v.Role)
		for j := range v.Statements {
			v.Statements[j].Text = joinSpacedApostrophes(v.Statements[j].Text)
		}
	}
	for i := range sum.Disputes {
		d := &sum.Disputes[i]
		d.Topic = joinSpacedApostrophes(d.Topic)
		for j := range d.Claims {
			d.Claims[j].Text = joinSpacedApostrophes(d.Claims[j].Text)
			d.Claims[j].Speaker = joinSpacedApostrophes(d.Claims[j].Speaker)
		}
	}
}

// joinSpacedApostrophes rewrites each " ' " of s that stands between a
// pronoun and a contraction's ending ("you ' ll" → "you'll") or after a
// lone "o" before a word ("o ' brien" → "O'Brien", "o ' clock" →
// "o'clock"); every other apostrophe, a quotation's mark among them, is
// left as it is.
func joinSpacedApostrophes(s string) string {
	const gap = " ' "
	if !strings.Contains(s, gap) {
		return s
	}
	var b strings.Builder
	from := 0 // start of the text not written yet
	for i := 0; ; {
		k := strings.Index(s[i:], gap)
		if k < 0 {
			break
		}
		k += i
		i = k + len(gap)
		before := apostropheWordBefore(s, k)
		after := apostropheWordAfter(s, k+len(gap))
		if before == "" || after == "" {
			continue
		}
		lb := strings.ToLower(before)
		la := strings.ToLower(after)
		switch {
		case contractionPronouns[lb] && contractionEndings[la]:
			b.WriteString(s[from:k])
			b.WriteByte('\'')
			from = k + len(gap)
		case lb == "o" && la == "clock":
			b.WriteString(s[from:k])
			b.WriteByte('\'')
			from = k + len(gap)
		case lb == "o" && utf8.RuneCountInString(after) > 1 && la != "joe": // "cup o ' joe" is no surname
			b.WriteString(s[from : k-1])
			b.WriteString("O'")
			r, n := utf8.DecodeRuneInString(after)
			b.WriteRune(unicode.ToUpper(r))
			from = k + len(gap) + n
		}
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// apostropheWordBefore returns the letters of s that end at byte end and
// follow a space, the start of s, punctuation or an opening single mark;
// "" when none or when an apostrophe joins them to a word before.
func apostropheWordBefore(s string, end int) string {
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			if r == '\'' || r == '’' {
				// An opening single mark ("'i ' m") may stand before the
				// word; an apostrophe inside a word ("rock'n ' roll") not.
				if p, _ := utf8.DecodeLastRuneInString(s[:start-n]); start-n > 0 && unicode.IsLetter(p) {
					return ""
				}
			}
			break
		}
		start -= n
	}
	return s[start:end]
}

// apostropheWordAfter returns the letters of s from byte start up to the first
// rune that is not a letter; "" when a digit or apostrophe follows them
// (not a word).
func apostropheWordAfter(s string, start int) string {
	end := start
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			if unicode.IsDigit(r) || r == '\'' || r == '’' {
				return ""
			}
			break
		}
		end += n
	}
	return s[start:end]
}
