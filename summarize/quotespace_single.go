package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A quotation in single marks run into the word after it ("the
// 'night shift'plan", "called it 'reckless,'said the mayor"): pages whose
// headline or caption lost a space, and text a tokenizer glued, give the
// closing mark no space, and a reader sees one odd word. spaceSingleClose
// gives it back ("the 'night shift' plan"). The opening mark must stand
// at the sentence's start or after a space, "(", or a dash, before a
// letter or digit; its closing mark is the first later one that is no
// apostrophe of a contraction or possessive ("don't", "mayor's": a
// mark between letters with "s", "t", "d", "m", "ll", "re" or "ve" and
// no more letters after it), with at least two characters between them
// and a letter just after it. A sentence with no such pair is left as it
// is (the "'70s", a lone opening mark).
//
// Measured against 18fe4fe, Multi-News default summaries: validation 18
// of 5,598 changed, all read: 18 better (17 marks spaced, "the 'kill
// switch' says"; one headline run in through its quotation now cut by
// the rules that cut run-in headlines); train 1-38,000 75 of 37,857, all
// read: 75 better (a mark spaced from the word after it, a show's,
// film's or slogan's title most often). Tried: a mark after a space as a
// closing one split two transliterated names and a clan's name (2
// worse), hence the guard.

// spaceSingleClose returns s with a space after each closing single mark
// that a letter follows (see above).
func spaceSingleClose(s string) string {
	if strings.IndexByte(s, '\'') < 0 {
		return s
	}
	var b strings.Builder
	from := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\'' || !singleOpens(s, i) {
			continue
		}
		j := singleCloses(s, i+1)
		if j < 0 {
			break
		}
		if s[j-1] == ' ' {
			i = j - 1 // a mark after a space opens: the one at i was none ("the 'Ndrangheta ... the 'Ndrangheta")
			continue
		}
		if j-i > 2 {
			if r, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsLetter(r) {
				b.WriteString(s[from : j+1])
				b.WriteByte(' ')
				from = j + 1
			}
		}
		i = j
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// singleOpens reports whether the single mark at s[i] may open a
// quotation: at the start or after a space, "(" or a dash, before a
// letter or a digit.
func singleOpens(s string, i int) bool {
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if p != ' ' && p != '(' && p != '—' && p != '–' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// singleCloses returns the index of the first single mark at or after
// from that is no apostrophe of a contraction or possessive, or -1.
func singleCloses(s string, from int) int {
	for j := from; j < len(s); j++ {
		if s[j] != '\'' {
			continue
		}
		if !contractionMark(s, j) {
			return j
		}
	}
	return -1
}

// contractionMark reports whether the single mark at s[j] stands between
// a letter and the ending of a contraction or possessive ("don't",
// "she'll", "mayor's") with no letter after that ending.
func contractionMark(s string, j int) bool {
	if j == 0 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:j])
	if !unicode.IsLetter(p) {
		return false
	}
	rest := s[j+1:]
	for _, end := range [...]string{"ll", "re", "ve", "s", "t", "d", "m", "S", "T", "D", "M", "LL", "RE", "VE"} {
		if t, ok := strings.CutPrefix(rest, end); ok {
			r, _ := utf8.DecodeRuneInString(t)
			return !unicode.IsLetter(r)
		}
	}
	return false
}
