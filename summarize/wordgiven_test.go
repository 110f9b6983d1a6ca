package summarize

import (
	"testing"
)

func TestWordGivenNamesInFull(t *testing.T) {
	tests := []struct {
		name    string
		sources [][]string // one list of sentences per article
		sum     []string
		want    []string
	}{
		{"a role before the given name",
			[][]string{
				{"the ferry was found adrift, harbour undersheriff don velmor said.", "velmor said no one was aboard."},
			},
			[]string{"The ferry was found adrift near Tarnwick.", "Velmor said no one was aboard."},
			[]string{"The ferry was found adrift near Tarnwick.", "Don Velmor said no one was aboard."}},
		{"a list of a cast",
			[][]string{
				{"the director introduced his cast, including mark velmor, anna varga and ilse brenn.", "velmor and the composer got standing ovations."},
			},
			[]string{"The premiere was held in Tarnwick.", "Velmor and the composer got standing ovations."},
			[]string{"The premiere was held in Tarnwick.", "Mark Velmor and the composer got standing ovations."}},
		{"a determiner shows the common word",
			[][]string{
				{"the bill velmor introduced passed on monday.", "velmor said the bill would help the harbour."},
			},
			[]string{"A bill passed in Tarnwick.", "Velmor said the bill would help the harbour."},
			[]string{"A bill passed in Tarnwick.", "Velmor said the bill would help the harbour."}},
		{"a verb before a place",
			[][]string{
				{"the town threatened to cut ties and sue tarnwick over the ferry.", "tarnwick said it would fight the suit."},
			},
			[]string{"The town may go to court.", "Tarnwick said it would fight the suit."},
			[]string{"The town may go to court.", "Tarnwick said it would fight the suit."}},
		{"a middle name after a name's word",
			[][]string{
				{"singer billy ray velmor spoke on monday.", "velmor said the tour is off."},
			},
			[]string{"A tour was called off in Tarnwick.", "Velmor said the tour is off."},
			[]string{"A tour was called off in Tarnwick.", "Velmor said the tour is off."}},
		{"the surname is a common word",
			[][]string{
				{"he gave up his buddy holly glasses frames.", "the glasses, he said, were a burden."},
			},
			[]string{"The actor changed his look.", "He gave up the glasses."},
			[]string{"The actor changed his look.", "He gave up the glasses."}},
		{"more of a name after the surname",
			[][]string{
				{"guests including holly varga li ling were at home.", "varga said he was innocent."},
			},
			[]string{"A doctor was charged in Tarnwick.", "Varga said he was innocent."},
			[]string{"A doctor was charged in Tarnwick.", "Varga said he was innocent."}},
		{"a people's word",
			[][]string{
				{"bankers came to woo rich tarnwickians and their money.", "tarnwickians said they were wooed."},
			},
			[]string{"A bank was fined.", "Tarnwickians said they were wooed."},
			[]string{"A bank was fined.", "Tarnwickians said they were wooed."}},
		{"the summary writes the given name as a verb",
			[][]string{
				{"a deal between dj mark velmor and the ferry line was signed.", "velmor said the deal would mark a first."},
			},
			[]string{"A deal between Velmor and the ferry line will mark a first."},
			[]string{"A deal between Velmor and the ferry line will mark a first."}},
		{"the surname names a firm",
			[][]string{
				{"chairman bill velmor said the plant stays.", "velmor motor co. will keep the plant."},
			},
			[]string{"The plant stays.", "Velmor Motor Co. will keep the plant."},
			[]string{"The plant stays.", "Velmor Motor Co. will keep the plant."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFullNames(t, tt.sources, tt.sum, tt.want)
		})
	}
}
