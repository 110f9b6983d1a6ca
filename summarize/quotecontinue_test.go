package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

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

func TestSameLetters(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{`He called it the 'night shift'plan.`, `He called it the 'night shift' plan.`, true},
		{`the pier is closed, " osei said.`, `The pier is closed," Osei said.`, true},
		{`The pier reopens in May.`, `The pier reopens in June.`, false},
		{`Ferry news the pier reopens.`, `The pier reopens.`, false},
		{``, ` "`, true},
	}
	for _, tt := range tests {
		if got := sameLetters(tt.a, tt.b); got != tt.want {
			t.Errorf("sameLetters(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestQuoteTailUnfit(t *testing.T) {
	tests := []struct {
		tail string
		want bool
	}{
		{`It reopens in May," Osei said.`, false},
		{`It reopens in May."`, false},
		{`We are all looking forward to the summer in Tarnwick,"`, true},
		{`I told him: I'm staying, ' " she recalled.`, true},
		{`#ferry12 @harbourboard please answer."`, true},
		{`Still sailing on Sunday ⛵."`, true},
		{`Prices rose 5% — a record."`, false},
		{`I have not read it," Osei said on Harbour Radio`, true},
		{`Is it safe?" she asked.`, false},
	}
	for _, tt := range tests {
		if got := quoteTailUnfit(tt.tail); got != tt.want {
			t.Errorf("quoteTailUnfit(%q) = %v, want %v", tt.tail, got, tt.want)
		}
	}
}

func TestTellsAgain(t *testing.T) {
	sum := []chorus.Sentence{
		{Text: `The harbour master called the new pier "a sturdy, handsome structure."`},
		{Text: "Hundreds of ferries were held in port during the storm."},
	}
	tests := []struct {
		tail string
		want bool
	}{
		{`I think it is a sturdy, handsome structure."`, true},
		{`As a result, hundreds of ferries stayed in port."`, true},
		{`It opens to walkers in May."`, false},
		{`It is one of the best in the region."`, false}, // "one of the": stopwords
	}
	for _, tt := range tests {
		if got := tellsAgain(tt.tail, sum); got != tt.want {
			t.Errorf("tellsAgain(%q) = %v, want %v", tt.tail, got, tt.want)
		}
	}
	if !creditsAfter(`It is a sturdy structure," Osei said.`) || creditsAfter(`It is a sturdy structure."`) {
		t.Error("creditsAfter: a speaker after the closing mark is a credit; a closing mark alone is none")
	}
}
