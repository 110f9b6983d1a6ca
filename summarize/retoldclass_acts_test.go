package summarize

import (
	"slices"
	"testing"
)

// TestRetoldClassActs checks that an act told with another word of its
// class (a strangling told as "choked") reads as
// the opening's act told again, and that news beside it stays, on
// invented sentences.
func TestRetoldClassActs(t *testing.T) {
	tests := []struct {
		name, lead, other string
		want              bool
	}{
		{"a strangling told as choked",
			"A Velmora man strangled his neighbour Ana Prell in her kitchen and then watched her die, prosecutors told a judge on Monday.",
			"That he choked Prell in her kitchen and watched her die.", true},
		{"a strangling with a new person",
			"A Velmora man strangled his neighbour Ana Prell in her kitchen and then watched her die, prosecutors told a judge on Monday.",
			"He also choked a second neighbour in her kitchen, prosecutors said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, tt.lead, tt.other)
			if got := c.retoldClass(b, []int{a}); got != tt.want {
				t.Errorf("retoldClass = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestClassKeysActs checks that words of one act share its class key.
func TestClassKeysActs(t *testing.T) {
	pairs := [][2]string{
		{"He strangled her.", "He choked her."},
		{"He slammed a pupil.", "He threw a pupil."},
		{"The mayor resigned.", "The mayor stepped down."},
		{"She was jailed.", "She went to prison."},
		{"He was the owner.", "He was the operator."},
	}
	for _, p := range pairs {
		_, a := classKeys(p[0])
		_, b := classKeys(p[1])
		if len(a) == 0 || !slices.Equal(a, b) {
			t.Errorf("%q classes %v, %q classes %v: want one shared class", p[0], a, p[1], b)
		}
	}
}
