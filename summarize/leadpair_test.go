package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestNameLeadPair checks that a lead's "The couple" takes the pair of
// names its article wrote just above, and only when the naming is sure.
func TestNameLeadPair(t *testing.T) {
	tests := []struct {
		name    string
		article string
		prev    string // the article's sentence before the lead, "" for none
		lead    string // the article's sentence the summary leads with, as written there
		summary string // the lead as the summary writes it
		want    string // "" for unchanged
	}{
		{"sentence just before, far down",
			"the fair at kell opened on friday with a parade of goats, a band from the coast and a stall of cheeses that drew a crowd from the villages around the lake. the mayor of kell cut a ribbon at noon and thanked the farmers who brought their herds from as far as the hills in the north. the judges gave the first prize to a goat from the valley farm run by a family that has shown goats at kell for three generations. later in the day, orla venn and tomas reddick were named the breeders of the year. the couple, who met at a fair, bought their farm in 2004. venn and reddick thanked the judges.",
			"later in the day, orla venn and tomas reddick were named the breeders of the year.",
			"the couple, who met at a fair, bought their farm in 2004.",
			"The couple, who met at a fair, bought their farm in 2004.",
			"Orla Venn and Tomas Reddick, who met at a fair, bought their farm in 2004."},
		{"far down, no sentence before kept",
			"the fair at kell opened on friday with a parade of goats, a band from the coast and a stall of cheeses that drew a crowd from the villages around the lake. the mayor of kell cut a ribbon at noon and thanked the farmers who brought their herds from as far as the hills in the north. the judges gave the first prize to a goat from the valley farm run by a family that has shown goats at kell for three generations. later in the day, orla venn and tomas reddick were named the breeders of the year. the couple, who met at a fair, bought their farm in 2004. venn and reddick thanked the judges.",
			"",
			"the couple, who met at a fair, bought their farm in 2004.",
			"The couple, who met at a fair, bought their farm in 2004.", ""},
		{"article's opening",
			"orla venn and tomas reddick have sold their farm near kell. the couple, who met at a fair, bought it in 2004 after reddick left the navy. venn now breeds goats.",
			"",
			"the couple, who met at a fair, bought it in 2004 after reddick left the navy.",
			"The couple, who met at a fair, bought it in 2004 after Tomas Reddick left the navy.",
			"Orla Venn and Tomas Reddick, who met at a fair, bought it in 2004 after Reddick left the navy."},
		{"article's opening, verb after",
			"photo credit goat breeders orla venn and tomas reddick were fined on monday for selling unlabelled cheese. they deny it. the pair were not in court. reddick said venn was ill.",
			"",
			"the pair were not in court.",
			"The pair were not in court.",
			"Orla Venn and Tomas Reddick were not in court."},
		{"surname never alone",
			"orla venn and tomas reddick have sold their farm near kell. the couple, who met at a fair, bought it in 2004.",
			"",
			"the couple, who met at a fair, bought it in 2004.",
			"The couple, who met at a fair, bought it in 2004.", ""},
		{"two pairs",
			"orla venn and tomas reddick have sold their farm. ida brook and sten malm have bought it. the couple, who met at a fair, moved in 2004. venn, reddick, brook and malm met.",
			"",
			"the couple, who met at a fair, moved in 2004.",
			"The couple, who met at a fair, moved in 2004.", ""},
		{"a couple of things",
			"orla venn and tomas reddick have sold their farm. the couple of goats they kept were sold too. venn and reddick moved.",
			"",
			"the couple of goats they kept were sold too.",
			"The couple of goats they kept were sold too.", ""},
		{"the two",
			"orla venn and tomas reddick have sold their farm. the two, who met at a fair, moved in 2004. venn and reddick moved.",
			"",
			"the two, who met at a fair, moved in 2004.",
			"The two, who met at a fair, moved in 2004.", ""},
		{"no pair",
			"the farm near kell was sold on monday. the couple, who met at a fair, bought it in 2004. venn now breeds goats.",
			"",
			"the couple, who met at a fair, bought it in 2004.",
			"The couple, who met at a fair, bought it in 2004.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{docs: []document{{article: &chorus.Article{Text: tt.article}}}}
			c.cands = []candidate{{doc: 0, text: tt.lead, prevInDoc: -1}, {doc: 0, text: tt.prev, prevInDoc: -1}}
			c.facts = []fact{{rep: 0}, {rep: 1}}
			if tt.prev != "" {
				c.cands[0].prevInDoc = 1
			}
			sum := chorus.Summary{Words: 10, Sentences: []chorus.Sentence{{Text: tt.summary}}}
			c.nameLeadPair([]int{0}, &sum)
			want := tt.want
			if want == "" {
				want = tt.summary
			}
			if got := sum.Sentences[0].Text; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
			if added := countWords(want) - countWords(tt.summary); sum.Words != 10+added {
				t.Errorf("Words = %d, want %d", sum.Words, 10+added)
			}
		})
	}
}
