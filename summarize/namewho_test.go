package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestWhoAfterNamesInFull(t *testing.T) {
	tests := []struct {
		name    string
		sources [][]string // one list of sentences per article
		sum     []string
		want    []string
	}{
		{"relative clause on who shows a person",
			[][]string{
				{"a court ruled on monday that tobin varkey, who owns the pier, must open its gate.", "varkey, who bought the pier in 2010, closed it."},
				{"financier tobin varkey lost the case over the pier.", "the ruling ordered varkey to open the gate."},
			},
			[]string{"A court ordered the pier opened.", "Varkey, who bought the pier in 2010, closed it."},
			[]string{"A court ordered the pier opened.", "Tobin Varkey, who bought the pier in 2010, closed it."}},
		{"one source writes the pair",
			[][]string{
				{"a court ruled on monday that tobin varkey, who owns the pier, must open its gate.", "varkey, who bought the pier in 2010, closed it."},
				{"the ruling ordered varkey to open the gate."},
			},
			[]string{"A court ordered the pier opened.", "Varkey, who bought the pier in 2010, closed it."},
			[]string{"A court ordered the pier opened.", "Varkey, who bought the pier in 2010, closed it."}},
		{"no person shown",
			[][]string{
				{"a court ruled on monday that tobin varkey must open its gate.", "the pier varkey bought in 2010 is closed."},
				{"financier tobin varkey lost the case over the pier.", "the ruling ordered varkey to open the gate."},
			},
			[]string{"A court ordered the pier opened.", "The pier varkey bought in 2010 is closed."},
			[]string{"A court ordered the pier opened.", "The pier varkey bought in 2010 is closed."}},
		{"which is no person",
			[][]string{
				{"a court ruled on monday that tobin varkey, which owns the pier, must open its gate.", "varkey, which bought the pier in 2010, closed it."},
				{"financier tobin varkey lost the case over the pier.", "the ruling ordered varkey to open the gate."},
			},
			[]string{"A court ordered the pier opened.", "Varkey, which bought the pier in 2010, closed it."},
			[]string{"A court ordered the pier opened.", "Varkey, which bought the pier in 2010, closed it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{}
			for d, doc := range tt.sources {
				for p, s := range doc {
					c.cands = append(c.cands, candidate{doc: d, pos: p, text: s})
				}
			}
			sum := chorus.Summary{Words: 10}
			for _, s := range tt.sum {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			c.writeFullNames(&sum)
			for i := range tt.want {
				if got := sum.Sentences[i].Text; got != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got, tt.want[i])
				}
			}
		})
	}
}
