package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaiseHonorificGivenNamesIn(t *testing.T) {
	// The cluster writes "bill" before "varga" twice of two uses, "chad"
	// before "osei" once, "rules" elsewhere too.
	pairs := map[string][2]int{
		"bill\x00varga":  {2, 2},
		"chad\x00osei":   {1, 1},
		"rules\x00osei":  {1, 4},
		"elect\x00varga": {3, 3},
		"tosses\x00osei": {1, 1},
		"rand\x00osei":   {1, 1},
	}
	uses := map[string]int{"bill": 2, "chad": 1, "rules": 4, "elect": 3, "tosses": 1, "rand": 1}
	pairUses := func(a, b string) (int, int) {
		p := pairs[a+"\x00"+b]
		return p[0], uses[a]
	}
	tests := []struct{ name, in, want string }{
		{"after an abbreviated title", "Sen. bill Varga spoke in Tarnwick.", "Sen. Bill Varga spoke in Tarnwick."},
		{"a possessive surname", "The rival of Mayor bill Varga's plan left.", "The rival of Mayor Bill Varga's plan left."},
		{"one use after a capitalised title", "Sheriff chad Osei said no.", "Sheriff Chad Osei said no."},
		{"one use after a lower-case title", "the sheriff chad Osei said no.", "the sheriff chad Osei said no."},
		{"a word used elsewhere", "Judge rules Osei may stay.", "Judge rules Osei may stay."},
		{"a longer title", "President elect Varga spoke.", "President elect Varga spoke."},
		{"a verb in s", "Judge tosses Osei ticket.", "Judge tosses Osei ticket."},
		{"no honorific", "The spokesman rand Osei said no.", "The spokesman rand Osei said no."},
		{"no capitalised surname", "Mayor bill tarnwick left.", "Mayor bill tarnwick left."},
		{"already raised", "Sen. Bill Varga spoke.", "Sen. Bill Varga spoke."},
	}
	tc := truecase.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseHonorificGivenNamesIn(tt.in, tc, pairUses); got != tt.want {
				t.Errorf("raiseHonorificGivenNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
