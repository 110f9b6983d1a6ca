package summarize

import (
	"testing"
)

// TestConfirmsTold checks that a sentence telling only who confirmed a
// death a chosen sentence tells is passed over, and that one adding a
// cause, a denial, a number or a quotation, or one after no death, is not.
func TestConfirmsTold(t *testing.T) {
	death := "Lorna Vell, the Tarnwick folk singer whose ballads filled village halls, died Sunday at 71."
	tests := []struct {
		name, picked, text string
		want               bool
	}{
		{"the death confirmed", death, "Her label, Graywick Records, confirmed the death in a statement.", true},
		{"the news confirmed", death, "Vell's publicist confirmed the news on Twitter.", true},
		{"the death announced, passive", death, "Vell's death was announced by her manager on Monday morning.", true},
		{"a cause added", death, "Her label confirmed the death, saying she had suffered a stroke.", false},
		{"the cause confirmed", death, "Doctors will confirm the cause of death next week.", false},
		{"a denial", death, "Her label has not confirmed the death.", false},
		{"much that is new", death, "Her label confirmed the death of the ballad revival's best-loved fiddler from the Ostrel hills.", false},
		{"the death itself told", death, "Vell died of a stroke at her home, her publicist confirmed to Ostrel Radio News.", false},
		{"a name told first", "Graywick Records mourned the Tarnwick folk singer on Monday.", "Vell's label confirmed her death on Monday.", false},
		{"no death told", "Lorna Vell, the Tarnwick folk singer, will retire after one last tour.", "Her label confirmed the news in a statement.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := oneEach(t, tt.picked, tt.text)
			p, f := c.cands[0].fact, c.cands[1].fact
			c.said = sortUnique(append(c.said, c.cands[0].terms...))
			if got := c.confirmsTold(f, []int{p}); got != tt.want {
				t.Errorf("confirmsTold = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestConfirmsToldFirst checks that an announcement reached before the
// death it announces is passed over when another sentence of the
// cluster tells that death, and kept when none does.
func TestConfirmsToldFirst(t *testing.T) {
	confirm := "Vell's label confirmed her death on Monday."
	for _, tt := range []struct {
		name, other string
		want        bool
	}{
		{"the death told elsewhere", "Lorna Vell, the Tarnwick folk singer, died Sunday at 71.", true},
		{"no death told", "Lorna Vell, the Tarnwick folk singer, toured Ostrel for a decade.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := oneEach(t, confirm, tt.other)
			if got := c.confirmsTold(c.cands[0].fact, nil); got != tt.want {
				t.Errorf("confirmsTold = %v, want %v", got, tt.want)
			}
		})
	}
}
