package defect

import (
	"strings"
	"testing"
)

// hasQuoteDef is hasQuote's definition.
func hasQuoteDef(s string) bool {
	return strings.ContainsAny(s, "\"“”«»„") || strings.Contains(s, "``") || strings.Contains(s, "''")
}

func TestHasQuote(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"none", "The ferry left at noon.", false},
		{"empty", "", false},
		{"straight", `She said "no" twice.`, true},
		{"curly open", "He called it “a start.", true},
		{"curly close", "a start” he said", true},
		{"low open", "„Ja“", true},
		{"guillemets", "«Non»", true},
		{"wire open", "``We will,'' she said", true},
		{"apostrophe only", "The mayor's plan isn't new.", false},
		{"single backtick", "a `b` c", false},
		{"other E2 marks", "Prices rose – again — by 5 € … ‘slightly’", false},
		{"other C2 marks", "A fee of £5 and ©2031", false},
		{"cut mark at the end", "ends with \xe2\x80", false},
		{"invalid byte before a mark", "\xe2\xe2\x80\x9cquoted", true},
		{"continuation bytes alone", "\x80\x9c\xab", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasQuote(tt.s); got != tt.want {
				t.Errorf("hasQuote(%q) = %v, want %v", tt.s, got, tt.want)
			}
			if def := hasQuoteDef(tt.s); def != tt.want {
				t.Errorf("definition gives %v, want %v", def, tt.want)
			}
		})
	}
}

func FuzzHasQuote(f *testing.F) {
	for _, s := range []string{`a "b"`, "“x”", "\xe2\x80\x9c", "``", "it's", "«"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasQuote(s), hasQuoteDef(s); got != want {
			t.Errorf("hasQuote(%q) = %v, definition %v", s, got, want)
		}
	})
}
