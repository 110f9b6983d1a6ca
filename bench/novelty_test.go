package bench

import (
	"math"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestNewContent checks the new-content recall on invented articles: a
// reference bigram counts only when the new articles hold it and the seen
// ones do not, and the summary is cut at the budget.
func TestNewContent(t *testing.T) {
	seen := []chorus.Article{{ID: "s1", Title: "Harbor crane collapses", Text: "A harbor crane collapsed on Monday. Dock workers escaped unhurt."}}
	fresh := []chorus.Article{{ID: "n1", Text: "Inspectors blamed rusted bolts. The harbor crane collapsed after rusted bolts failed. The port authority ordered new cranes."}}
	// Stemmed content bigrams of the reference: "harbor crane" (seen),
	// "crane fell", "ordered checks" and "purple elephants" (in no new
	// article), and four new ones: "rusted bolts", "bolts failed", "port
	// authority", "authority ordered".
	refs := [][]string{{"The harbor crane fell.", "Rusted bolts failed and the port authority ordered checks.", "Purple elephants."}}
	tests := []struct {
		name    string
		summary []string
		seen    []chorus.Article
		words   int
		want    float64
		ok      bool
	}{
		{"nothing seen", []string{"Rusted bolts failed."}, nil, 100, 0, false},
		{"one new bigram", []string{"Inspectors blamed rusted bolts."}, seen, 100, 0.25, true},
		{"seen bigram earns nothing", []string{"The harbor crane collapsed."}, seen, 100, 0, true},
		{"all new bigrams", []string{"Rusted bolts failed.", "The port authority ordered new cranes."}, seen, 100, 1, true},
		{"cut at the budget", []string{"Rusted bolts failed.", "The port authority ordered new cranes."}, seen, 4, 0.5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := newContent(tt.summary, tt.seen, fresh, refs, tt.words)
			if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("newContent = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
	if _, ok := newContent([]string{"Rusted bolts failed."}, seen, fresh, [][]string{{"Dock workers escaped."}}, 100); ok {
		t.Errorf("references with no new bigram: ok, want not ok")
	}
}
