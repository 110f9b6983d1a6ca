package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/defect"
)

func TestNewOne(t *testing.T) {
	tests := []struct {
		name   string
		chosen []string // sentences chosen before
		s      string
		want   bool
	}{
		{"modifier new, noun only plural", []string{"Papers shed light on Tarnwick's role in building boats for the navy."},
			"The cargo boat was steered by Anna Varga.", true},
		{"noun named singular", []string{"A boat sank off Tarnwick on Monday."},
			"The cargo boat was steered by Anna Varga.", false},
		{"modifier named", []string{"Tarnwick builds cargo boats for the navy."},
			"The cargo boat was steered by Anna Varga.", false},
		{"counted plural", []string{"Two boats left Tarnwick on Monday."},
			"The cargo boat sank in the storm.", false},
		{"ordinal picks one", []string{"Tarnwick builds boats for the navy."},
			"The first boat was launched in 1990.", false},
		{"generic", []string{"Tarnwick pays its teachers well."},
			"The typical teacher in Tarnwick earns more.", false},
		{"name says which", []string{"Papers shed light on the role of boats."},
			"The Tarnwick boat was steered by Anna Varga.", false},
		{"phrase runs on", []string{"Papers shed light on the role of waves."},
			"The big wave surfer fell off his board at dawn.", false},
		{"hyphenated", []string{"Stalls sell fried cakes at the fair."},
			"The deep-fried cake is moving to the oven.", false},
		{"nothing named", nil,
			"The cargo boat was steered by Anna Varga.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nm := (&cluster{cands: []candidate{{text: tt.s}}}).newNames()
			for _, s := range tt.chosen {
				nm.add(s)
			}
			if got := nm.newOne(0, defect.DefiniteHeads(tt.s)); got != tt.want {
				t.Errorf("newOne(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
