package voices

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// kind is the kind of a token.
type kind uint8

const (
	word   kind = iota
	comma       // ","
	colon       // ":"
	stop        // ".", "!", "?", ";"
	mark        // a quotation mark
	dash        // a dash or other punctuation that breaks a phrase
	quoted      // in a frame: the place of a quoted stretch
)

// token is one word or punctuation mark of a sentence.
type token struct {
	text       string // as written
	low        string // lower-cased, without a trailing period
	start, end int    // byte offsets in the sentence
	// kind sits beside dir and flags: a token is 56 bytes, not 64 with
	// padding after a leading kind (tokenize and track allocate many).
	kind kind
	// dir is the direction of a quotation mark: 1 opening (“ ``), -1
	// closing (” ''), 0 straight (").
	dir int8
	// flags are what isName asks of a word, read once by tokenize.
	flags uint8
}

// The flags of a word token.
const (
	// notNameWord: a title, description, stop or honorific word, a
	// possessive, a word with a digit or mojibake: never in a name.
	notNameWord uint8 = 1 << iota
	// upperWord: it starts with an upper-case letter.
	upperWord
	// particleWord: a name particle ("de", "van").
	particleWord
	// stopWord: a stopword of lex.IsStopword.
	stopWord
)

// wordFlags returns the flags of a word token with the given text and
// lower-cased form.
func wordFlags(text, low string) uint8 {
	var f uint8
	if mayBeListed(low) {
		f = listed[low]
	}
	ascii, digit := true, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= 0x80:
			ascii = false
		case '0' <= c && c <= '9':
			digit = true
		}
	}
	// The digits of low are those of text; mojibake needs a non-ASCII
	// letter.
	if digit || strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s") || !ascii && mojibake(text) {
		f |= notNameWord
	}
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsUpper(r) {
		f |= upperWord
	}
	if lex.IsStopword(low) {
		f |= stopWord
	}
	return f
}

// listed are the flags the word lists give: notNameWord for the words
// isName rejects by list (roles, commons, determiners, stopName,
// honorifics), particleWord for particles.
var listed = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, set := range []map[string]bool{roles, commons, determiners, stopName} {
		for w := range set {
			m[w] |= notNameWord
		}
	}
	for w := range honorifics {
		m[w] |= notNameWord
	}
	for w := range particles {
		m[w] |= particleWord
	}
	return m
}()

// listedBits is the size in bits of listedFilter.
const listedBits = 4096

// listedFilter has the bit listedBit of every word of listed set: a word
// whose bit is clear is not listed, so that most words of a sentence skip
// the map lookup (tokenize looks up every word).
var listedFilter = func() *[listedBits / 64]uint64 {
	var b [listedBits / 64]uint64
	for w := range listed {
		if w != "" {
			k := listedBit(w)
			b[k/64] |= 1 << (k % 64)
		}
	}
	return &b
}()

// listedBit hashes a non-empty word's first and last bytes and length.
func listedBit(w string) uint {
	return (uint(w[0])*131 + uint(w[len(w)-1])*31 + uint(len(w))) % listedBits
}

// mayBeListed reports whether w may be a key of listed: false only when
// it is not.
func mayBeListed(w string) bool {
	if w == "" {
		return true
	}
	k := listedBit(w)
	return listedFilter[k/64]&(1<<(k%64)) != 0
}

// upper reports whether the token starts with an upper-case letter.
func (t token) upper() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// tokenize splits sentence s into tokens. Typographic, wire (“ ”) and
// straight double quotation marks are marks; single quotes are not (they
// are apostrophes far more often).
func tokenize(s string) []token {
	return tokenizeInto(make([]token, 0, tokenGuess(s)), s)
}

// tokenGuess is the tokens tokenize makes room for in sentence s at first.
func tokenGuess(s string) int { return len(s)/5 + 1 }

// tokenizeInto is tokenize appending to out, which is empty.
func tokenizeInto(out []token, s string) []token {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r == '“' || r == '„' || r == '«':
			out = append(out, token{kind: mark, text: s[i : i+n], start: i, end: i + n, dir: 1})
			i += n
		case r == '”' || r == '»':
			out = append(out, token{kind: mark, text: s[i : i+n], start: i, end: i + n, dir: -1})
			i += n
		case r == '"':
			out = append(out, token{kind: mark, text: `"`, start: i, end: i + 1})
			i++
		case strings.HasPrefix(s[i:], "``"):
			out = append(out, token{kind: mark, text: "``", start: i, end: i + 2, dir: 1})
			i += 2
		case strings.HasPrefix(s[i:], "''"):
			out = append(out, token{kind: mark, text: "''", start: i, end: i + 2, dir: -1})
			i += 2
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(s, i)
			t := token{kind: word, text: s[i:j], start: i, end: j}
			t.low = strings.TrimSuffix(lex.Lower(t.text), ".")
			t.flags = wordFlags(t.text, t.low)
			out = append(out, t)
			i = j
		default:
			k := dash
			switch r {
			case ',':
				k = comma
			case ':':
				k = colon
			case '.', '!', '?', ';', '…':
				k = stop
			}
			out = append(out, token{kind: k, text: s[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return out
}

// wordEnd returns the end of the word that starts at i: letters and digits
// with inner apostrophes, hyphens and periods ("O'Brien", "U.S."), and the
// period of a short capitalised abbreviation or initial ("Mr.", "W.").
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			j++ // an ASCII letter or digit, without decoding
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' && j-segment(s[i:j]) <= 2 {
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); j+n < len(s) && (unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
				j += n
				continue
			}
		}
		break
	}
	if j < len(s) && s[j] == '.' {
		w := s[i:j]
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) <= 3 && abbrevs[lex.Lower(w)] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) {
			j++
		}
	}
	return j
}

// segment returns the offset in w after its last period (0 for none): the
// start of the letters an inner period would follow.
func segment(w string) int {
	return strings.LastIndexByte(w, '.') + 1
}

// abbrevs are the titles written with a period before a name.
var abbrevs = lex.Set("mr", "ms", "mrs", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "maj", "capt", "jr", "sr", "st", "rev", "pres", "adm", "cmdr", "supt", "det", "u.s", "u.n", "d.c")
