package defect

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
	"unicode"
)

// Normalize returns the form of sentence s that labels are keyed on: its
// runs of letters and digits, lower-cased and joined by single spaces, so
// that a change of punctuation spacing or case does not change the key.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inWord := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !inWord && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			inWord = true
			continue
		}
		inWord = false
	}
	return b.String()
}

// TextHash returns the first 12 hex digits of the SHA-1 of Normalize(s):
// the part of a label key that identifies the sentence without its text.
func TextHash(s string) string {
	sum := sha1.Sum([]byte(Normalize(s)))
	return hex.EncodeToString(sum[:])[:12]
}
