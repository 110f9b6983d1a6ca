package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNicknameNamesInFull(t *testing.T) {
	tests := []struct {
		name    string
		sources [][]string // one list of sentences per article
		sum     []string
		want    []string
	}{
		{"a nickname of two words",
			[][]string{
				{`police arrested peter "dj velmo " velmora, 49, at his tarnwick home.`, "velmora was held without bail."},
			},
			[]string{"A disc jockey was arrested in Tarnwick.", "Velmora was held without bail."},
			[]string{"A disc jockey was arrested in Tarnwick.", "Peter Velmora was held without bail."}},
		{"a nickname of one word",
			[][]string{
				{`agents arrested the 81-year-old james "skipper" velmora on the pier.`, "velmora had been living in tarnwick for years."},
			},
			[]string{"Agents arrested the 81-year-old velmora on the pier."},
			[]string{"Agents arrested the 81-year-old James Velmora on the pier."}},
		{"a quotation's end before the surname",
			[][]string{
				{`"we will stay, " peter said. "it is home " velmora added.`, "velmora was held without bail."},
			},
			[]string{"A disc jockey was arrested in Tarnwick.", "Velmora was held without bail."},
			[]string{"A disc jockey was arrested in Tarnwick.", "Velmora was held without bail."}},
		{"no given name before the nickname",
			[][]string{
				{`police arrested the dj "velmo " velmora, 49, at his home.`, "velmora was held without bail."},
			},
			[]string{"A disc jockey was arrested in Tarnwick.", "Velmora was held without bail."},
			[]string{"A disc jockey was arrested in Tarnwick.", "Velmora was held without bail."}},
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
