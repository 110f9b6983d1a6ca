package lang

import (
	"strings"
	"testing"
)

// TestPlainlyEnglish checks the shortcut on the invented articles of
// lang_test.go: English prose takes it, other languages and a short
// English notice before foreign text do not.
func TestPlainlyEnglish(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want bool
	}{
		{"english names", englishNames, true},
		{"english lower-cased", englishLower, true},
		{"english upper-cased", strings.ToUpper(englishLower), true},
		{"english past the bytes read", strings.Repeat(englishLower+" ", 3) + french, true},
		{"french", french, false},
		{"german", german, false},
		{"spanish", spanish, false},
		{"french short", frenchShort, false},
		{"english notice before french", "Copy the code below to embed this post. " + french, false},
		{"french then english past the bytes read", strings.Repeat(french+" ", 3) + englishLower, false},
		{"empty", "", false},
		{"no letters", "12 34 -- 56", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := plainlyEnglish(c.text); got != c.want {
				t.Errorf("plainlyEnglish = %v, want %v", got, c.want)
			}
			// The shortcut never changes the policy's answer on these.
			if c.want {
				if d := Detect(c.text); d.Sure() && !d.English() {
					t.Errorf("Detect calls plain English %v", d)
				}
			}
		})
	}
}

// TestTooShort checks the second shortcut: a text whose opening has fewer
// than MinWords words is never a sure call, so skipping the detector for it
// keeps the policy's answer.
func TestTooShort(t *testing.T) {
	words := func(n int) string { return strings.Repeat("mot ", n) }
	for _, c := range []struct {
		name string
		text string
		want bool
	}{
		{"french short", frenchShort, true},
		{"39 words", words(MinWords - 1), true},
		{"40 words", words(MinWords), false},
		{"french", french, false},
		{"words past the bytes read", strings.Repeat("x", maxBytes) + " " + french, true},
		{"empty", "", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tooShort(c.text); got != c.want {
				t.Errorf("tooShort = %v, want %v", got, c.want)
			}
			if d := Detect(c.text); c.want && d.Sure() {
				t.Errorf("Detect is sure of a text too short: %v", d)
			}
		})
	}
}
