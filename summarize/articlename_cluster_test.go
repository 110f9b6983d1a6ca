package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// TestNameFromCluster checks that a speaking bare surname takes the full
// name another article of the cluster writes, when its own article
// writes none, and only in a speaker's place.
func TestNameFromCluster(t *testing.T) {
	own := "the ferry hit the pier on monday. tessaly said the crew swam ashore."
	tests := []struct {
		name   string
		other  string // the second article
		chosen string // own's sentence the summary keeps
		want   string
	}{
		{"another article names the speaker",
			"the ferry ran aground. harbour coroner orvind tessaly said the fog was thick.",
			"tessaly said the crew swam ashore.",
			"Orvind Tessaly said the crew swam ashore."},
		{"a verb of saying before the surname",
			"the ferry ran aground. \" it was thick fog, \" says orvind tessaly.",
			"\" the crew swam ashore, \" says tessaly.",
			"\" the crew swam ashore, \" says Orvind Tessaly."},
		{"a role the title lists lack",
			"the ferry ran aground. neurosurgeon orvind tessaly, who treated the crew, spoke.",
			"tessaly said the crew swam ashore.",
			"Orvind Tessaly said the crew swam ashore."},
		{"not in a speaker's place",
			"the ferry ran aground. harbour coroner orvind tessaly said the fog was thick.",
			"the crew thanked tessaly for the rescue.",
			"the crew thanked tessaly for the rescue."},
		{"two people of the name across the articles",
			"coroner mira tessaly said the fog was thick. coroner orvind tessaly said the tide was high.",
			"tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore."},
		{"a family word beside the name",
			"the ferry ran aground. her brother, orvind tessaly, said the fog was thick.",
			"tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore."},
		{"another given name before the surname elsewhere",
			"coroner orvind tessaly said the fog was thick. we saw katharine tessaly on the pier.",
			"tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore."},
		{"a capitalised word before the summary's surname",
			"the ferry ran aground. coroner orvind tessaly said the fog was thick.",
			"chief Don tessaly said the crew swam ashore.",
			"chief Don tessaly said the crew swam ashore."},
		{"no full name anywhere",
			"the ferry ran aground. the fog was thick, the coroner said.",
			"tessaly said the crew swam ashore.",
			"tessaly said the crew swam ashore."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			article := own
			if tt.chosen != "tessaly said the crew swam ashore." {
				article = "the ferry hit the pier on monday. " + tt.chosen
			}
			c := &cluster{docs: []document{{article: &chorus.Article{Text: article}}, {article: &chorus.Article{Text: tt.other}}}}
			c.cands = append(c.cands, candidate{doc: 0, text: tt.chosen, prevInDoc: -1})
			c.facts = append(c.facts, fact{rep: 0})
			sum := chorus.Summary{Words: 10, Sentences: []chorus.Sentence{{Text: tt.chosen}}}
			c.nameFromArticle([]int{0}, &sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if added := countWords(tt.want) - countWords(tt.chosen); sum.Words != 10+added {
				t.Errorf("Words = %d, want %d", sum.Words, 10+added)
			}
		})
	}
}

// TestSpeakerAt checks the places where a bare surname speaks.
func TestSpeakerAt(t *testing.T) {
	tests := []struct {
		s    string
		j    int
		want bool
	}{
		{"Tessaly said the crew swam ashore.", 0, true},
		{"\"We swam,\" says Tessaly.", 3, true},
		{"The crew thanked Tessaly.", 3, false},
		{"As he said, Tessaly swam.", 3, false},
	}
	for _, tt := range tests {
		if got := speakerAt(lex.SpaceFields(tt.s), tt.j); got != tt.want {
			t.Errorf("speakerAt(%q, %d) = %v, want %v", tt.s, tt.j, got, tt.want)
		}
	}
}
