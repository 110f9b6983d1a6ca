package sentence

import (
	_ "embed"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// wordClass says how a word followed by a period behaves at a candidate
// sentence boundary.
type wordClass uint8

const (
	plainWord  wordClass = iota // an ordinary word: the period ends the sentence
	titleAbbr                   // "Mr.", "Sen.": never ends a sentence
	numberAbbr                  // "No.", "Vol.": ends a sentence unless a digit follows
	ambigAbbr                   // "Inc.", "U.S.", "Nov.": ends one only before a sentence starter
)

//go:embed abbreviations.txt
var abbreviationList string

//go:embed starters.txt
var starterList string

// abbreviations maps a lower-cased word (without its final period) to its
// class; starters holds lower-cased words that typically open a sentence.
// Both are built once from the embedded lists and only read afterwards.
var (
	abbreviations = parseAbbreviations(abbreviationList)
	starters      = parseWords(starterList)
)

// maxWordLen bounds the words looked up in the lists; longer words are
// plain words.
const maxWordLen = 16

func parseAbbreviations(list string) map[string]wordClass {
	m := make(map[string]wordClass)
	for line := range strings.Lines(list) {
		f := lex.SpaceFieldsShared(line)
		if len(f) != 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		switch f[1] {
		case "title":
			m[f[0]] = titleAbbr
		case "number":
			m[f[0]] = numberAbbr
		case "ambig":
			m[f[0]] = ambigAbbr
		}
	}
	return m
}

func parseWords(list string) map[string]bool {
	m := make(map[string]bool)
	for line := range strings.Lines(list) {
		w := strings.TrimSpace(line)
		if w != "" && !strings.HasPrefix(w, "#") {
			m[w] = true
		}
	}
	return m
}

// lowerASCII writes the ASCII lower case of w into buf and returns it; ok
// is false when w is too long or not ASCII letters and dots.
func lowerASCII(buf *[maxWordLen]byte, w string) (string, bool) {
	if len(w) == 0 || len(w) > maxWordLen {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', c == '.':
		default:
			return "", false
		}
		buf[i] = c
	}
	return string(buf[:len(w)]), true
}

// classify returns the class of word, the text before a period with
// leading punctuation already removed.
func classify(word string) wordClass {
	var buf [maxWordLen]byte
	lw, ok := lowerASCII(&buf, word)
	if !ok {
		return plainWord
	}
	if c, ok := abbreviations[lw]; ok {
		return c
	}
	if len(lw) == 1 {
		return ambigAbbr // an initial: "George W. Bush"
	}
	if isDotted(lw) {
		return ambigAbbr // "u.s", "a.m", "d.c"
	}
	return plainWord
}

// classifyWord is classify, but a hyphenated word ending in a dotted
// acronym is one too: "non-u.s" and "anti-u.s" qualify the word after
// them ("an elderly non-u.s. Resident"). So is one ending in a title or in
// a place name's abbreviation (hyphenPlaceAbbrs), which the name after it
// goes on: "ex-gov. Jane Roe", "westvale-st. Clair county". So is any
// listed abbreviation of two letters or more, not a title's, after a
// slash between letters ("wxyz/ch. 9").
func classifyWord(word string) wordClass {
	c := classify(word)
	if i := strings.LastIndexByte(word, '-'); c == plainWord && i > 0 && i+1 < len(word) {
		var buf [maxWordLen]byte
		if lw, ok := lowerASCII(&buf, word[i+1:]); ok {
			if isDotted(lw) {
				return ambigAbbr
			}
			if tc := abbreviations[lw]; tc == titleAbbr || hyphenPlaceAbbrs[lw] {
				return tc
			}
		}
	}
	if i := strings.LastIndexByte(word, '/'); c == plainWord && i > 0 && i+2 < len(word) && isLetter(word[i-1]) {
		// "wxyz/ch. 9", "st. Ann/st. Mark": a listed abbreviation
		// after a slash is one, but for a title's; a single letter is a
		// unit ("km/h."), a dotted acronym or title the end of a photo
		// credit ("Gazette/u.s. Navy/capt. Jane Roe").
		var buf [maxWordLen]byte
		if lw, ok := lowerASCII(&buf, word[i+1:]); ok {
			if tc, ok := abbreviations[lw]; ok && tc != titleAbbr {
				return tc
			}
		}
	}
	return c
}

// hyphenPlaceAbbrs are the abbreviations that open a place's name after a
// hyphen ("minneapolis-st. Paul", "dallas-ft. Worth").
var hyphenPlaceAbbrs = map[string]bool{"st": true, "ft": true, "mt": true}

// isDotted reports whether w looks like a dotted acronym: letter groups of
// one or two letters separated by single periods ("u.s", "ph.d").
func isDotted(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	run := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			if run == 0 {
				return false
			}
			run = 0
			continue
		}
		run++
		if run > 2 {
			return false
		}
	}
	return run > 0
}

// isStarter reports whether the capitalised word w typically opens a
// sentence. Single letters ("A", "I") count only when allowSingle is set,
// so that a run of initials ("J. A. Smith") is not split.
func isStarter(w string, allowSingle bool) bool {
	if len(w) < 2 && !allowSingle {
		return false
	}
	var buf [maxWordLen]byte
	lw, ok := lowerASCII(&buf, w)
	return ok && starters[lw]
}
