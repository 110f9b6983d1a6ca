package chorus

import (
	"testing"
	"unicode/utf8"
)

func TestValidUTF8(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"valid kept", "café — “ok”", "café — “ok”"},
		{"latin-1 byte", "caf\xe9", "café"},
		{"cp1252 quotes", "\x93quoted\x94 \x96 dash", "“quoted” – dash"},
		{"euro", "\x80 5", "€ 5"},
		{"undefined cp1252 byte", "a\x81b", "a\u0081b"},
		{"truncated sequence", "ab\xe2\x82", "abâ‚"},
		{"valid around invalid", "na\xefve — caf\xe9", "naïve — café"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ValidUTF8(tt.in)
			if got != tt.want || !utf8.ValidString(got) {
				t.Errorf("ValidUTF8(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzValidUTF8(f *testing.F) {
	f.Add("caf\xe9")
	f.Add("\x93\x94\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		got := ValidUTF8(s)
		if !utf8.ValidString(got) {
			t.Fatalf("ValidUTF8(%q) = %q, not valid UTF-8", s, got)
		}
		if utf8.ValidString(s) && got != s {
			t.Fatalf("ValidUTF8 changed valid %q to %q", s, got)
		}
	})
}
