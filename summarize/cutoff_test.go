package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestCutOff checks that only the last sentence of a document, and only
// without closing punctuation, is taken for a sentence cut off by a
// truncated source.
func TestCutOff(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		want []bool // fragment, per candidate
	}{
		{"cut off at the end", "The harbor board fined the ferry owners on friday.\n\nRiders said the fine came far too late for the families who had waited months for refunds and human", []bool{false, true}},
		{"whole last sentence", "The harbor board fined the ferry owners on friday.\n\nRiders said the fine came far too late for the families who had waited months.", []bool{false, false}},
		{"unpunctuated line inside", "Ferry owners fined after months of late boats and missing refunds for riders\n\nThe harbor board fined the ferry owners on friday and ordered refunds.", []bool{false, false}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			c.read([]chorus.Article{{ID: "a", Text: tt.text}})
			c.markCutOff()
			if len(c.cands) != len(tt.want) {
				t.Fatalf("%d candidates, want %d", len(c.cands), len(tt.want))
			}
			for i, cd := range c.cands {
				if got := cd.flags&flagFragment != 0; got != tt.want[i] {
					t.Errorf("%q: fragment = %v, want %v", cd.text, got, tt.want[i])
				}
			}
		})
	}
}
