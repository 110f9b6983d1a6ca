package lex

import (
	"strings"
	"testing"
	"unsafe"
)

// TestLowerWords checks Lower against strings.ToLower across the
// eight-byte words lowerASCIIPrefix reads.
func TestLowerWords(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"empty", ""},
		{"short lower", "mayor"},
		{"short upper", "Mayor"},
		{"lower sentence", "the harbour council of westmere met on tuesday."},
		{"upper late", "the harbour council of westmere met on Tuesday."},
		{"edges of the upper range", "@[`{AZaz@[`{"},
		{"upper in the tail", "abcdefghijklmnoP"},
		{"capitals in several words", "The Harbour Council Of Westmere Met On Tuesday, Said Its CHAIR."},
		{"non-ASCII", "the café in östra vik"},
		{"non-ASCII upper", "ÅSA LINDQVIST spoke"},
		{"control and high ASCII", "a\x00b\x7fc\td\ne~f\x7f\x7f\x7f\x7f\x7f"},
		{"invalid UTF-8", "abc\xffdefghi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := Lower(tt.in), strings.ToLower(tt.in); got != want {
				t.Errorf("Lower(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
	// Every single byte, alone and inside lower-case text at each place
	// of an eight-byte word.
	for b := 0; b < 256; b++ {
		for at := 0; at < 10; at++ {
			in := strings.Repeat("q", at) + string([]byte{byte(b)}) + "rstuvwxyz"
			if got, want := Lower(in), strings.ToLower(in); got != want {
				t.Fatalf("Lower(%q) = %q, want %q", in, got, want)
			}
		}
	}
}

func TestLowerKeepsLowerText(t *testing.T) {
	s := "a lower-case sentence, with 3 figures: 1,204 in all."
	if got := Lower(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Errorf("Lower copied %q", s)
	}
}

func BenchmarkLower(b *testing.B) {
	s := "the harbour council of westmere met on tuesday to weigh the new ferry timetable."
	b.Run("Lower", func(b *testing.B) {
		for b.Loop() {
			_ = Lower(s)
		}
	})
	b.Run("strings.ToLower", func(b *testing.B) {
		for b.Loop() {
			_ = strings.ToLower(s)
		}
	})
}

// lowerASCIIRef is LowerASCII a byte at a time.
func lowerASCIIRef(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestLowerASCIIWords checks LowerASCII against lowerASCIIRef for every
// byte at each place of an eight-byte word.
func TestLowerASCIIWords(t *testing.T) {
	for b := 0; b < 256; b++ {
		for at := 0; at < 10; at++ {
			for _, rest := range []string{"rstuvwxyz", "RSTÜVWXYZ", ""} {
				in := strings.Repeat("q", at) + string([]byte{byte(b)}) + rest
				if got, want := LowerASCII(in), lowerASCIIRef(in); got != want {
					t.Fatalf("LowerASCII(%q) = %q, want %q", in, got, want)
				}
			}
		}
	}
}

func FuzzLowerASCII(f *testing.F) {
	for _, s := range []string{"", "Harbour", "the Café ÖSTRA vik", "\xff\xc0ABC"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := LowerASCII(s), lowerASCIIRef(s); got != want {
			t.Errorf("LowerASCII(%q) = %q, want %q", s, got, want)
		}
	})
}
