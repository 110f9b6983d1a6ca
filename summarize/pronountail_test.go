package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestDropPronounTails(t *testing.T) {
	article := "The pier reopened on friday. The crews thanked the volunteers and mayor ilse varga."
	credited := `" we tried for years to fix it, " bram said.`
	tail := `" she had the idea first. "`
	lead := "The Tarnwick pier reopened on Friday after a year of repairs."
	tests := []struct {
		name, article, lead, credited, tail string
		kept                                []int
	}{
		{"left out", article, lead, credited, tail, []int{0, 1}},
		{"given name", "The pier reopened. Its engineer linda osei was there.", lead, credited, tail, []int{0, 1}},
		{"summary names her", article, "Ilse Varga reopened the Tarnwick pier on Friday.", credited, tail, []int{0, 1, 2}},
		{"a woman before", article, "A woman reopened the Tarnwick pier on Friday.", credited, tail, []int{0, 1, 2}},
		{"a part before", article, "The chief engineer reopened the pier.", credited, tail, []int{0, 1, 2}},
		{"gender disagrees", "The pier reopened. Its engineer linda osei was there.", lead, credited, `" he had the idea first. "`, []int{0, 1, 2}},
		{"no one named before", "The pier reopened on friday.", lead, credited, tail, []int{0, 1, 2}},
		{"no credit", article, lead, `" we tried for years to fix it. "`, tail, []int{0, 1, 2}},
		{"not a bare quote", article, lead, credited, `" she had the idea first, " bram said.`, []int{0, 1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{
				docs: []document{{}, {article: &chorus.Article{Text: tt.article + " " + tt.credited + " " + tt.tail}}},
				cands: []candidate{
					{doc: 0, pos: 0, prevInDoc: -1, text: tt.lead},
					{doc: 1, pos: 2, prevInDoc: -1, text: tt.credited},
					{doc: 1, pos: 3, prevInDoc: 1, text: tt.tail},
				},
				facts: []fact{{rep: 0}, {rep: 1}, {rep: 2}},
			}
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.lead}, {Text: tt.credited}, {Text: tt.tail}}}
			if got := c.dropPronounTails([]int{0, 1, 2}, &sum); !slices.Equal(got, tt.kept) {
				t.Errorf("dropPronounTails = %v, want %v", got, tt.kept)
			}
		})
	}
}
