package clean

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// cardTitles are the words that may stand before a politician's surname
// when a page's name card follows it ("president trump donald john
// trump…").
var cardTitles = map[string]bool{
	"president": true, "president-elect": true, "sen.": true, "senator": true,
	"rep.": true, "speaker": true, "leader": true, "secretary": true,
	"gov.": true, "governor": true, "mogul": true, "tycoon": true,
	"counselor": true, "candidate": true, "front-runner": true,
	"nominee": true, "adviser": true, "mr.": true, "mrs.": true, "ms.": true,
}

// cardWindow is how many words a name card's headlines may run before
// its closing "more".
const cardWindow = 80

// stripNameCards removes the name card some political sites run inside a
// sentence after a politician's name: the full legal name, its surname
// glued to the first of a few related headlines, and a closing "more"
// ("president trump donald john trumpex-aide says … more said monday
// …" → "president trump said monday …"). The card opens where a surname
// is followed by one to four given names (a nickname in parentheses among
// them) and the same surname with more letters glued on, and the surname
// comes after one of those names (or, with two or more given names, a
// title); a card whose "more" was cut
// off ends the paragraph. The trigger is narrow on purpose: "more" alone
// is a common word.
//
// Validation: 25 summaries changed (the card's sentence fixed or the
// freed lede chosen): 9 better / 2 worse / 14 same, the worse two a
// selection shift (a full name after its short form; a venue told twice).
func stripNameCards(p string) string {
	var b strings.Builder
	last := 0 // p[last:] is not yet copied to b
	var ring [8]span
	n := 0 // words seen
	for pos := 0; pos < len(p); {
		w, ok := nextSpan(p, pos)
		if !ok {
			break
		}
		pos = w.end
		ring[n&7] = w
		n++
		// The glued word holds a surname of three letters or more and
		// two more: a shorter word, or one whose first letter is not the
		// surname's, opens no card (cardOpens would say so, dearer).
		if w.end-w.start < 5 {
			continue
		}
		c0 := p[w.start] | 0x20
		for g := 1; g <= 4 && n >= g+3; g++ {
			sur := ring[(n-g-2)&7]
			if ls := sur.end - sur.start; ls < 3 || w.end-w.start < ls+2 || p[sur.start]|0x20 != c0 {
				continue
			}
			if sur.start < last || !cardOpens(p, ring[(n-g-3)&7], sur, &ring, n, g, w) {
				continue
			}
			stop, tail := cardEnd(p, w.end)
			if stop < 0 {
				continue
			}
			b.WriteString(p[last:sur.end])
			b.WriteString(tail)
			last, pos = stop, stop
			n = 0
			break
		}
	}
	if last == 0 {
		return p
	}
	b.WriteString(p[last:])
	return b.String()
}

// span is a word of a paragraph: p[start:end].
type span struct{ start, end int }

// nextSpan returns the first word of p at or after pos.
func nextSpan(p string, pos int) (span, bool) {
	for pos < len(p) && p[pos] == ' ' {
		pos++
	}
	if pos >= len(p) {
		return span{}, false
	}
	end := pos
	for end < len(p) && p[end] != ' ' {
		end++
	}
	return span{pos, end}, true
}

// cardOpens reports whether a name card opens after the surname sur: the
// g words after it are given names, the word w after those is the same
// surname with more glued on, and the word before sur is one of the given
// names or a title.
func cardOpens(p string, before, sur span, ring *[8]span, n, g int, w span) bool {
	s, glued := p[sur.start:sur.end], p[w.start:w.end]
	if len(s) < 3 || len(glued) < len(s)+2 || !strings.EqualFold(glued[:len(s)], s) || !asciiLetters(s) || !headlineStart(glued[len(s):]) {
		return false
	}
	bw := p[before.start:before.end]
	named := false // the word before sur is one of the given names
	for k := g; k >= 1; k-- {
		gw := ring[(n-1-k)%len(ring)]
		name := p[gw.start:gw.end]
		if len(name) > 2 && name[0] == '(' && name[len(name)-1] == ')' {
			name = name[1 : len(name)-1] // a nickname: "(Jeff)"
		}
		if !givenName(name) {
			return false
		}
		named = named || strings.EqualFold(name, bw)
	}
	// One given name needs the first name said twice.
	return named || g > 1 && cardTitles[strings.ToLower(bw)]
}

// cardEnd returns where the card's closing "more" ends, scanning at most
// cardWindow words from pos, with what stays glued to the surname (the
// "'s" of "more's", the comma of "more,"); a card that runs to the paragraph's end within the
// window ends there. It returns -1 when the card has no end.
func cardEnd(p string, pos int) (int, string) {
	for k := 0; k < cardWindow; k++ {
		w, ok := nextSpan(p, pos)
		if !ok {
			return len(p), ""
		}
		pos = w.end
		if word := p[w.start:w.end]; len(word) >= 4 && strings.EqualFold(word[:4], "more") && cardTail(word[4:]) {
			return w.end, word[4:]
		}
	}
	return -1, ""
}

// inflections are word endings that make a glued "surname" an ordinary
// word of the text ("teacher high school teachers, …").
var inflections = map[string]bool{"s": true, "es": true, "ed": true, "er": true, "ers": true, "ing": true, "ly": true}

// headlineStart reports whether rest, what follows the surname in a glued
// word, may open a headline: two letters or digits, and not an inflection.
func headlineStart(rest string) bool {
	word := strings.ToLower(strings.TrimRight(rest, ",.;:!?'’\""))
	if len(word) < 2 || inflections[word] {
		return false
	}
	for i := 0; i < 2; i++ {
		if c := word[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// cardTail reports whether s may follow a card's closing "more" in the
// same word: nothing, a possessive, or punctuation ("more,", "more's").
func cardTail(s string) bool {
	switch s {
	case "", "'s", "’s", ",", ".", ";", ":":
		return true
	}
	return false
}

// givenName reports whether w may be a given name of a card: a plain word
// of letters that is not a stop word.
func givenName(w string) bool {
	return len(w) >= 2 && asciiLetters(w) && !lex.IsStopword(strings.ToLower(w))
}

// asciiLetters reports whether s is made only of ASCII letters.
func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}
