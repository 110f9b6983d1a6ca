package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestNameFromArticle checks that a bare surname takes the full name its
// own article wrote above the sentence, and only then.
func TestNameFromArticle(t *testing.T) {
	tests := []struct {
		name    string
		article string
		chosen  string // the article's sentence the summary keeps
		before  []string
		want    string
	}{
		{"unlisted given name after a role",
			"the ferry hit the pier on monday. prosecutor orvind tessaly, 52, said the fog was thick. tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore.", nil,
			"Orvind Tessaly said the crew swam ashore."},
		{"listed given name after a sentence's end",
			"the ferry hit the pier. Karen quellan said the tide was high. the pier was shut. quellan said the crew swam ashore.",
			"quellan said the crew swam ashore.", nil,
			"Karen Quellan said the crew swam ashore."},
		{"middle initial",
			"the ferry hit the pier. captain orvind k. tessaly said the fog was thick. on monday, tessaly said the crew swam ashore.",
			"on monday, tessaly said the crew swam ashore.", nil,
			"on monday, Orvind K. Tessaly said the crew swam ashore."},
		{"a given name used as a surname, speaking",
			"the ferry hit the pier. prosecutor orvind bruce, 52, said the fog was thick. bruce said the crew swam ashore.",
			"bruce said the crew swam ashore.", nil,
			"Orvind Bruce said the crew swam ashore."},
		{"a given name used as a surname, not speaking",
			"the ferry hit the pier. prosecutor orvind bruce, 52, said the fog was thick. bruce swam ashore.",
			"bruce swam ashore.", nil,
			"bruce swam ashore."},
		{"named before in the summary",
			"the ferry hit the pier. prosecutor orvind tessaly said the fog was thick. tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore.", []string{"The pilot, tessaly, steered."},
			"tessaly said the crew swam ashore."},
		{"full name only after the sentence",
			"the ferry hit the pier. tessaly said the crew swam ashore. harbour pilot orvind tessaly said the fog was thick.",
			"tessaly said the crew swam ashore.", nil,
			"tessaly said the crew swam ashore."},
		{"two people of the name",
			"the ferry hit the pier. prosecutor orvind tessaly said the fog was thick. prosecutor mira tessaly said so too. tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore.", nil,
			"tessaly said the crew swam ashore."},
		{"a family word beside the name",
			"the ferry hit the pier. his father, orvind tessaly, said the fog was thick. tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore.", nil,
			"tessaly said the crew swam ashore."},
		{"an unlisted word used elsewhere",
			"the ferry hit the pier. prosecutor orvind tessaly said the fog was thick. the orvind was late. tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore.", nil,
			"tessaly said the crew swam ashore."},
		{"a page label, no given name",
			"the ferry hit the pier. photo tessaly said the fog was thick. tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore.", nil,
			"tessaly said the crew swam ashore."},
		{"no person shown",
			"the ferry hit the pier. a pod of orvind tessaly swam by. tessaly swam ashore.",
			"tessaly swam ashore.", nil,
			"tessaly swam ashore."},
		{"unlisted given name before a credit in parentheses",
			"the studio hired three writers: mira oskand ( \"the long tide \" ), and orvind tessaly ( \"harbour lights \" ). oskand and tessaly will each write a script.",
			"oskand and tessaly will each write a script.", []string{"Mira Oskand wrote a play."},
			"oskand and Orvind Tessaly will each write a script."},
		{"a station's call letters in a dateline",
			"follow us: harbourfeed velmora ( kvlm ) – velmora ferry riders are angry. velmora riders said the crew swam ashore.",
			"velmora riders said the crew swam ashore.", nil,
			"velmora riders said the crew swam ashore."},
		{"a party and state in parentheses",
			"the bill passed. sen. orvind tessaly ( d-wash. ) voted for it. tessaly said the vote was close.",
			"tessaly said the vote was close.", nil,
			"Orvind Tessaly said the vote was close."},
		{"a possessive before parentheses",
			"the ferry hit the pier. orvind tessaly's ( pictured ) boat sank. tessaly swam ashore.",
			"tessaly swam ashore.", nil,
			"tessaly swam ashore."},
		{"inside a quotation",
			"the ferry hit the pier. \" thank orvind tessaly, \" a diver said. tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore.", nil,
			"tessaly said the crew swam ashore."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{docs: []document{{article: &chorus.Article{Text: tt.article}}}}
			var picked []int
			sum := chorus.Summary{Words: 10}
			for i, s := range append(append([]string{}, tt.before...), tt.chosen) {
				c.cands = append(c.cands, candidate{doc: 0, text: s, prevInDoc: -1})
				c.facts = append(c.facts, fact{rep: i})
				picked = append(picked, i)
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			c.nameFromArticle(picked, &sum)
			got := sum.Sentences[len(sum.Sentences)-1].Text
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if added := countWords(tt.want) - countWords(tt.chosen); sum.Words != 10+added {
				t.Errorf("Words = %d, want %d", sum.Words, 10+added)
			}
		})
	}
}
