package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestCreditedPassive checks that a present-passive caption with no sign
// of its own is read beside a photo's credit, and not without one, nor
// when it tells a video or a view.
func TestCreditedPassive(t *testing.T) {
	tests := []struct {
		name    string
		article string
		scene   string // the sentence asked about, as it opens
		want    bool
	}{
		{"lower-cased hosts beside a slash credit",
			"the morning show's new boss was fired on monday, two people at the network said. hosts ilse varga, tomas rell and ana roe are seen on the set of the show at the velmora studios. ( peter rell/harbour pictures ) the show's ratings fell all year.",
			"Hosts ilse varga", true},
		{"beside an agency's credit",
			"The harbour board fired its chief on Monday, two board members said. The former chief is shown at his desk in the old customs house. ( ap photo/ana roe ) The board will name a new chief next month.",
			"The former chief is shown", true},
		{"no credit near",
			"The harbour board fired its chief on Monday, two board members said. Tomas Rell is shown at his desk in the old customs house. The board will name a new chief next month.",
			"Tomas Rell is shown", false},
		{"a view, not a picture",
			"The harbour board fired its chief on Monday, two board members said. ( ap photo/ana roe ) Tomas Rell is seen as a rival by the board's chair. The board will name a new chief next month.",
			"Tomas Rell is seen", false},
		{"a video",
			"The harbour board fired its chief on Monday, two board members said. ( ap photo/ana roe ) Tomas Rell is seen in the video at his desk in the old customs house. The board will name a new chief next month.",
			"Tomas Rell is seen", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
			if !c.prepare([]chorus.Article{{ID: "a", Text: tt.article}}) {
				t.Fatal("prepare failed")
			}
			found := false
			for i := range c.cands {
				if !strings.HasPrefix(c.cands[i].text, tt.scene) {
					continue
				}
				found = true
				if got := c.creditedPassive(i); got != tt.want {
					t.Errorf("creditedPassive(%q) = %v, want %v", c.cands[i].text, got, tt.want)
				}
			}
			if !found {
				t.Fatalf("no candidate opens with %q", tt.scene)
			}
		})
	}
}
