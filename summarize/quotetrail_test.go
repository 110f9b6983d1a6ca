package summarize

import "testing"

func TestQuoteCommaTrail(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"comma then ellipsis", `The board met on Monday and "agreed that the ferry will run again by June,"...`, true},
		{"curly mark", "The board said the ferry \u201cwill run again by June,\u201d\u2026", true},
		{"spaced mark", `The board met on Monday and " agreed that the ferry will run again by June, "...`, true},
		{"full stop", `She called it "a fair deal."...`, false},
		{"ellipsis inside", `"We will run again by June..."`, false},
		{"no ellipsis", `The board said the ferry "will run again," officials said.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteCommaTrail(tt.in); got != tt.want {
				t.Errorf("quoteCommaTrail(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutQuoteEllipsis(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"full stop", `She called the offer "a fair deal."...`, `She called the offer "a fair deal."`},
		{"question", `"Who pays for the ferry?" ...`, `"Who pays for the ferry?"`},
		{"comma", `The board said "the ferry will run,"...`, `The board said "the ferry will run,"...`},
		{"unpaired", `the ferry will run." ...`, `the ferry will run." ...`},
		{"plain ellipsis", `The ferry will run...`, `The ferry will run...`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutQuoteEllipsis(tt.in)
			if got != tt.want || ok != (tt.in != tt.want) {
				t.Errorf("cutQuoteEllipsis(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}
