package summarize

import (
	"testing"
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
			checkFullNames(t, tt.sources, tt.sum, tt.want)
		})
	}
}
