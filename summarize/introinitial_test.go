package summarize

import (
	"maps"
	"slices"
	"testing"
)

// TestInitialNames: a listed given name, a middle initial and a surname
// name the surname in full; an unlisted first word, a surname already
// named, and two people of one surname are left.
func TestInitialNames(t *testing.T) {
	for _, tt := range []struct {
		name  string
		texts []string
		have  map[string]string
		want  map[string]string
	}{
		{"initial", []string{"first, some background. anna k. varga built the ferry in 2004."},
			nil, map[string]string{"varga": "anna k. varga"}},
		{"unlisted first word", []string{"the tarnwick k. varga fund paid for the pier."},
			nil, map[string]string{}},
		{"named already", []string{"anna k. varga built the ferry."},
			map[string]string{"varga": "anna varga"}, map[string]string{"varga": "anna varga"}},
		{"two people", []string{"anna k. varga and peter j. varga built the ferry."},
			nil, map[string]string{}},
		{"no initial", []string{"anna varga built the ferry."},
			nil, map[string]string{}},
	} {
		out := make(map[string]string)
		maps.Copy(out, tt.have)
		facts := make([]int, len(tt.texts))
		for i := range facts {
			facts[i] = i
		}
		initialNames(facts, func(f int) string { return tt.texts[f] }, out)
		if !maps.Equal(out, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, out, tt.want)
		}
	}
}

// TestIntroduceLaterInitial: in a lower-cased cluster, the later sentence
// that names "anna k. varga" moves before the one that uses "varga"
// bare; a sentence that names her so before the bare use keeps the order.
func TestIntroduceLaterInitial(t *testing.T) {
	for _, tt := range []struct {
		name  string
		texts []string
		want  []int
	}{
		{"moves", []string{
			"The ferry from tarnwick to brellin sank on monday.",
			"A judge in brellin rejected varga's motion to end the case.",
			"First, some background. anna k. varga built the ferry in 2004.",
		}, []int{0, 2, 1}},
		{"named before", []string{
			"The ferry from tarnwick to brellin sank on monday.",
			"Anna k. varga built the ferry in 2004.",
			"A judge in brellin rejected varga's motion to end the case.",
		}, []int{0, 1, 2}},
	} {
		c := studyCluster(tt.texts...)
		for i := range c.cands {
			c.cands[i].pos = 2 * i
		}
		picked := []int{0, 1, 2}
		c.introduceLater(picked)
		if !slices.Equal(picked, tt.want) {
			t.Errorf("%s: order %v, want %v", tt.name, picked, tt.want)
		}
	}
}
