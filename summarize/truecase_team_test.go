package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestTeamNamesIn(t *testing.T) {
	tc := truecase.Default()
	tests := []struct {
		name, in, want string
		nicks          map[string]bool
	}{
		{"whole", "Orla Vance joined the green bay packers in May.", "Orla Vance joined the Green Bay Packers in May.", map[string]bool{"packers": false}},
		{"after a capitalised city", "He left the New York jets, his agent said.", "He left the New York Jets, his agent said.", map[string]bool{"jets": false}},
		{"after the, sourced", "The packers' coach resigned.", "The Packers' coach resigned.", map[string]bool{"packers": true}},
		{"before a game word", "Fans cheered at a diamondbacks game.", "Fans cheered at a Diamondbacks game.", map[string]bool{"diamondbacks": true}},
		{"not sourced", "The packers' coach resigned.", "The packers' coach resigned.", map[string]bool{"packers": false}},
		{"a common word", "Two fighter jets and the jets' pilots.", "Two fighter jets and the jets' pilots.", map[string]bool{"jets": true}},
		{"a common word before a game word", "The jets quarterback threw twice.", "The Jets quarterback threw twice.", map[string]bool{"jets": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := teamNamesIn(tt.in, tt.nicks, tc); got != tt.want {
				t.Errorf("teamNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
