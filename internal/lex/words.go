package lex

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Words splits text into words and lower-cases them. A word is a maximal run
// of letters and digits; with Joined set, a run also continues across an
// apostrophe or hyphen followed by a letter or digit ("don't", "cease-fire")
// and across a period or comma between two digits ("3.5", "1,200").
// Anything else separates words; invalid UTF-8 counts as a separator.
//
// Use it like bufio.Scanner:
//
//	w := lex.Words{}
//	w.Reset(s)
//	for w.Next() {
//		use(w.Word())
//	}
//
// A Words value reuses its buffer, so a long-lived one splits without
// allocating.
type Words struct {
	// Joined keeps inner apostrophes, hyphens and digit separators inside
	// words.
	Joined bool

	s          string
	i          int
	start, end int
	digit      bool
	buf        []byte
}

// Reset starts splitting s.
func (w *Words) Reset(s string) {
	w.s, w.i, w.start, w.end = s, 0, 0, 0
	w.buf = w.buf[:0]
}

// Next advances to the next word and reports whether there is one.
func (w *Words) Next() bool {
	s := w.s
	w.buf, w.digit = w.buf[:0], false
	// Skip separators.
	for w.i < len(s) {
		c := s[w.i]
		if c < utf8.RuneSelf {
			if IsASCIIAlnum(c) {
				break
			}
			w.i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[w.i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		w.i += n
	}
	if w.i >= len(s) {
		return false
	}
	w.start = w.i
	for w.i < len(s) {
		c := s[w.i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				w.buf = append(w.buf, c)
			case 'A' <= c && c <= 'Z':
				w.buf = append(w.buf, c+'a'-'A')
			case '0' <= c && c <= '9':
				w.buf = append(w.buf, c)
				w.digit = true
			default:
				if w.Joined && w.inner(c, 1) {
					w.buf = append(w.buf, c)
					break
				}
				w.end = w.i
				return true
			}
			w.i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[w.i:])
		switch {
		case unicode.IsLetter(r):
			w.buf = utf8.AppendRune(w.buf, unicode.ToLower(r))
		case unicode.IsDigit(r):
			w.buf = utf8.AppendRune(w.buf, unicode.ToLower(r))
			w.digit = true
		case w.Joined && r == '’' && w.inner(0, n):
			w.buf = append(w.buf, s[w.i:w.i+n]...)
		default:
			w.end = w.i
			return true
		}
		w.i += n
	}
	w.end = w.i
	return true
}

// inner reports whether the separator c (or, for c == 0, the n-byte
// apostrophe ’) at w.i joins the letters or digits around it.
func (w *Words) inner(c byte, n int) bool {
	if w.i+n >= len(w.s) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(w.s[w.i+n:])
	switch c {
	case '.', ',':
		prev, _ := utf8.DecodeLastRuneInString(w.s[:w.i])
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	case '\'', '-', 0:
		return unicode.IsLetter(next) || unicode.IsDigit(next)
	}
	return false
}

// Word returns the current word, lower-cased. The slice is overwritten by
// the next call to Next.
func (w *Words) Word() []byte { return w.buf }

// Span returns the byte offsets in the text at which the current word
// starts and ends.
func (w *Words) Span() (start, end int) { return w.start, w.end }

// Digit reports whether the current word holds a digit.
func (w *Words) Digit() bool { return w.digit }

// IsASCIIAlnum reports whether c is an ASCII letter or digit.
func IsASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// Fields returns the lower-cased words of s (runs of letters and digits).
func Fields(s string) []string {
	var out []string
	var w Words
	w.Reset(s)
	for w.Next() {
		out = append(out, string(w.Word()))
	}
	return out
}

// LetterWords returns up to n leading words of s, lower-cased, where a word
// is a run of letters only: "He's 42" gives "he", "s". Sentence-opening
// tests ("a pronoun opens it") read them.
func LetterWords(s string, n int) []string {
	return AppendLetterWords(make([]string, 0, 8), s, n)
}

// AppendLetterWords appends to out the words LetterWords(s, n) returns and
// returns the extended slice: a caller that reads the words of many
// sentences can reuse one slice. n counts the words appended, not those
// out already holds (a negative n, as for LetterWords, means all).
func AppendLetterWords(out []string, s string, n int) []string {
	e, at := letterWordsTable.load(s)
	if e != nil {
		w := e.words
		if n >= 0 && n < len(w) {
			w = w[:n]
		}
		return append(out, w...)
	}
	from := len(out)
	out = appendLetterWords(out, s, n)
	if (n < 0 || len(out)-from < n) && at >= 0 {
		// All of s's words: worth remembering, in a copy the caller
		// cannot overwrite.
		letterWordsTable.store(at, &textEntry{text: s, words: slices.Clone(out[from:])})
	}
	return out
}

// appendLetterWords is AppendLetterWords without the table.
func appendLetterWords(out []string, s string, n int) []string {
	if n >= 0 {
		n += len(out)
	}
	// The words as strings.FieldsFunc splits s at runs of non-letters
	// (an invalid byte is no letter), read only as far as the n-th.
	for i := 0; i < len(s) && len(out) != n; {
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				i++
				continue
			}
		} else {
			var r rune
			if r, size = utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
				i += size
				continue
			}
		}
		// plain: the word so far is lower-case ASCII, its own lower case.
		start, plain := i, size == 1 && s[i] >= 'a'
		for i += size; i < len(s); i += size {
			size = 1
			if c := s[i]; c < utf8.RuneSelf {
				if 'a' <= c && c <= 'z' {
					continue
				}
				if !('A' <= c && c <= 'Z') {
					break
				}
			} else {
				var r rune
				if r, size = utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
					break
				}
			}
			plain = false
		}
		if plain {
			out = append(out, s[start:i])
		} else {
			out = append(out, Lower(s[start:i]))
		}
	}
	return out
}
