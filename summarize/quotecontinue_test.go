package summarize

import "testing"

func TestQuoteCloseSpacing(t *testing.T) {
	tests := []struct{ in, want string }{
		{`It reopens in May. "`, `It reopens in May."`},
		{`It reopens in May, " Osei said.`, `It reopens in May," Osei said.`},
		{`Will it reopen? " asked Osei.`, `Will it reopen?" asked Osei.`},
		{`It reopens in May.`, `It reopens in May.`},
	}
	for _, tt := range tests {
		if got := quoteCloseSpacing(tt.in); got != tt.want {
			t.Errorf("quoteCloseSpacing(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
