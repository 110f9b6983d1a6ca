package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestJoinBareQuotes checks which quotes alone join the sentence before
// them: only right after the sentence before them in their article, when
// that one credits a speaker.
func TestJoinBareQuotes(t *testing.T) {
	src := []string{
		`"The pier is unsafe," Anna Varga said.`,                  // 0
		`"We will close it for a month."`,                         // 1: goes on from 0
		"The Tarnwick ferry will not sail until June.",            // 2
		`"Nobody was hurt."`,                                      // 3: goes on from 2
		`"It was a shock," he said.`,                              // 4
		`"The boats are safe."`,                                   // 5: goes on from 4
		"The harbour board met on Monday.",                        // 6
		`"Repairs will cost more than we thought."`,               // 7: goes on from 6
		`"We have a lot of work," said harbour master Ola Brand.`, // 8
		`"It is done," Anna Varga said.`,                          // 9
		`" [series creator] Ola Brand will sail at dawn. "`,       // 10: goes on from 9
	}
	c := roleCluster(src...)
	for i := range c.cands {
		c.cands[i].prevInDoc = i - 1
		c.facts = append(c.facts, fact{rep: i, members: []int{i}})
	}
	tests := []struct {
		name   string
		picked []int
		want   []string
	}{
		{"named speaker before", []int{0, 1, 2}, []string{src[0] + " " + src[1], src[2]}},
		{"pronoun speaker before", []int{4, 5}, []string{src[4] + " " + src[5]}},
		{"no speaker before", []int{2, 3}, []string{src[2], src[3]}},
		{"not next in its article", []int{0, 5}, []string{src[0], src[5]}},
		{"speaker after, not before", []int{6, 7, 8}, []string{src[6], src[7], src[8]}},
		{"first sentence", []int{1, 2}, []string{src[1], src[2]}},
		{"spaced marks", []int{9, 10}, []string{src[9] + ` "[series creator] Ola Brand will sail at dawn."`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := chorus.Summary{}
			for k, f := range tt.picked {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: src[f], Sources: []int{k + 1}, Support: 1})
			}
			c.joinBareQuotes(tt.picked, &sum)
			var got []string
			for _, s := range sum.Sentences {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("joinBareQuotes = %q, want %q", got, tt.want)
			}
			if tt.name == "named speaker before" && !slices.Equal(sum.Sentences[0].Sources, []int{1, 2}) {
				t.Errorf("joined sources = %v, want [1 2]", sum.Sentences[0].Sources)
			}
		})
	}
}
