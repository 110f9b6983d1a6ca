package chorus

import (
	"strings"
	"unicode/utf8"
)

// ValidUTF8 is Chorus's one policy for text that is not valid UTF-8: it
// returns s unchanged when it is valid, and otherwise reads every byte that
// does not belong to a valid UTF-8 sequence as Windows-1252 (a superset of
// Latin-1 and the usual encoding of such news text), so "caf\xe9" becomes
// "café" and "\x93quoted\x94" becomes "“quoted”". Nothing is dropped and
// nothing becomes U+FFFD.
//
// It is applied where bytes enter Chorus: files and standard input (package
// input, so `chorus summarize` and `chorus ingest`), API request bodies
// (package http, before the JSON is decoded), feed documents that do not
// declare another encoding (package feed), and article text given to the
// summarizer directly (package clean). Package service is a storage
// boundary, not a way in: it refuses text that is still not valid UTF-8
// (CheckArticle) rather than guess.
func ValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(cp1252(s[i]))
			i++
			continue
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// cp1252High maps the bytes 0x80–0x9F of Windows-1252 to runes; the five
// bytes it leaves undefined map to the C1 controls of the same value, as
// in Latin-1.
var cp1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// cp1252 returns the rune of a Windows-1252 byte.
func cp1252(c byte) rune {
	if 0x80 <= c && c < 0xA0 {
		return cp1252High[c-0x80]
	}
	return rune(c)
}
