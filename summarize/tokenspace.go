package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step. Multi-News's
// tokenizer spaced out the apostrophe of a pronoun's contraction ("i ' m",
// "you ' ll", "they ' re") and of an Irish surname ("o ' brien", "o '
// clock"), single quotation marks ("a ' fiscal cliff ' deal"), square
// brackets ("[ the pardoned birds ]", "[ t ] he") and the marks of handles
// and tags ("@ cityhall", "# storm"), and the summary copied the spaces;
// joinTokenizerSpaces writes them as an editor would ("I'm", "O'Brien",
// "a 'fiscal cliff' deal", "[the pardoned birds]", "[t]he", "@cityhall").
// It runs after truecasing and every other rule, so that they read the
// words as before.

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

// joinTokenizerSpaces removes the tokenizer's spaces from the sentences,
// voices and disputes of sum.
func joinTokenizerSpaces(sum *chorus.Summary) {
	for i := range sum.Sentences {
		sum.Sentences[i].Text = untokenizeLast(sum.Sentences[i].Text)
	}
	for i := range sum.Voices {
		v := &sum.Voices[i]
		v.Name = untokenizeLast(v.Name)
		v.Role = untokenizeLast(v.Role)
		for j := range v.Statements {
			v.Statements[j].Text = untokenizeLast(v.Statements[j].Text)
		}
	}
	for i := range sum.Disputes {
		d := &sum.Disputes[i]
		d.Topic = untokenizeLast(d.Topic)
		for j := range d.Claims {
			d.Claims[j].Text = untokenizeLast(d.Claims[j].Text)
			d.Claims[j].Speaker = untokenizeLast(d.Claims[j].Speaker)
		}
	}
}

// untokenizeLast removes the tokenizer's spaces from one text: around
// contractions' and surnames' apostrophes, inside a pair of single
// quotation marks, inside square brackets and after a handle's or a tag's
// mark.
func untokenizeLast(s string) string {
	return joinHandleMarks(tightenBrackets(pairHalfSpacedQuotes(pairSingleQuotes(joinDecadeApostrophes(joinSpacedApostrophes(s))))))
}

// joinDecadeApostrophes attaches a free-standing apostrophe to the decade
// after it ("the ' 80s" → "the '80s"), so that it is not taken for a
// quotation mark.
func joinDecadeApostrophes(s string) string {
	const gap = " ' "
	if !strings.Contains(s, gap) {
		return s
	}
	var b strings.Builder
	from := 0
	for i := 0; ; {
		k := strings.Index(s[i:], gap)
		if k < 0 {
			break
		}
		k += i
		i = k + len(gap)
		d := s[i:]
		if len(d) < 2 || !clockDigit(d[0]) || !clockDigit(d[1]) {
			continue
		}
		if len(d) < 3 || d[2] != 's' {
			continue // "' 48 years '" may be a quotation
		}
		if rest := d[3:]; rest != "" && (clockDigit(rest[0]) || isASCIILetter(rest[0])) {
			continue // "' 80sth": not a decade
		}
		b.WriteString(s[from : k+2])
		from = i
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
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

// singleQuoteMaxWords bounds the words between a pair of single marks: a
// quotation in single marks is a phrase ("a ' fiscal cliff ' deal"); two
// marks far apart are two plural possessives ("the coaches ' vote ... the
// players ' union").
const singleQuoteMaxWords = 8

// attachedOpeningMark reports whether s holds a single mark attached to the
// word after it (" 'very low"): the sentence's marks are spaced unevenly
// and the free-standing ones cannot be paired by position.
func attachedOpeningMark(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == ' ' || s[i] == '"') && s[i+1] == '\'' && isASCIILetter(s[i+2]) {
			return true
		}
	}
	return len(s) > 1 && s[0] == '\'' && isASCIILetter(s[1])
}

// sWords end in "s" but have no plural possessive: "was ' fair '" is a
// quotation.
var sWords = map[string]bool{
	"is": true, "was": true, "has": true, "as": true, "says": true, "this": true,
	"his": true, "its": true, "us": true, "does": true, "yes": true, "thus": true,
}

// pairSingleQuotes attaches a pair of single quotation marks to the words
// they enclose ("a ' fiscal cliff ' deal" → "a 'fiscal cliff' deal") when
// s holds exactly two free-standing marks with at most singleQuoteMaxWords
// words between them and the first does not follow a word ending in "s"
// other than sWords (which may be a plural possessive's apostrophe: "the
// judges ' ruling").
func pairSingleQuotes(s string) string {
	const gap = " ' "
	padded := " " + s + " "
	if strings.Count(padded, gap) != 2 || attachedOpeningMark(s) {
		return s
	}
	open := strings.Index(padded, gap)
	close := open + 2 + strings.Index(padded[open+2:], gap)
	inner := strings.TrimSpace(padded[open+2 : close+1])
	if inner == "" || lex.CountFields(inner) > singleQuoteMaxWords {
		return s
	}
	if w := apostropheWordBefore(padded, open); w != "" && (w[len(w)-1]|0x20) == 's' && !sWords[strings.ToLower(w)] {
		return s
	}
	out := padded[:open+1] + "'" + inner + "'" + padded[close+2:]
	return out[1 : len(out)-1]
}

// tightenBrackets removes the spaces inside square brackets ("[ the
// birds ]" → "[the birds]") and after a bracketed letter inside a word
// ("[ t ] he" → "[t]he"), when every opening bracket of s has its closing
// one.
func tightenBrackets(s string) string {
	if !strings.Contains(s, "[ ") && !strings.Contains(s, " ]") {
		return s
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth < 0 {
				return s
			}
		}
	}
	if depth != 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '[' && i+1 < len(s) && s[i+1] == ' ':
			b.WriteByte('[')
			i++ // the space after it
		case c == ' ' && i+1 < len(s) && s[i+1] == ']':
			// the space before a closing bracket
		case c == ']' && bracketedLetter(s, i) && i+2 < len(s) && s[i+1] == ' ' && isASCIILetter(s[i+2]):
			b.WriteByte(']')
			i++ // "[ t ] he": the word goes on after the bracket
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// bracketedLetter reports whether the closing bracket at s[i] closes a
// single letter that begins a word ("[ t ] he", not "[ a ] new" or
// "forfeit[ s ] any").
func bracketedLetter(s string, i int) bool {
	j := i - 1
	if j >= 0 && s[j] == ' ' {
		j--
	}
	if j < 1 || !isASCIILetter(s[j]) {
		return false
	}
	k := j - 1
	if k >= 0 && s[k] == ' ' {
		k--
	}
	// "[ a ]" and "[ i ]" are words of their own: "[ a ] tea party"; a
	// bracket attached to the word before ends that word: "forfeit[ s ]".
	if k < 0 || s[k] != '[' || s[j]|0x20 == 'a' || s[j]|0x20 == 'i' {
		return false
	}
	return k == 0 || !isASCIILetter(s[k-1])
}

// joinHandleMarks attaches a spaced "@" or "#" that starts a word to the
// handle or tag after it ("@ cityhall" → "@cityhall", "# storm" →
// "#storm").
func joinHandleMarks(s string) string {
	if !strings.Contains(s, "@ ") && !strings.Contains(s, "# ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		b.WriteByte(c)
		if (c == '@' || c == '#') && (i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == '"') &&
			i+2 < len(s) && s[i+1] == ' ' && handleByte(s[i+2]) {
			i++ // the space after the mark
		}
	}
	return b.String()
}

func handleByte(c byte) bool { return isASCIILetter(c) || clockDigit(c) || c == '_' }
