package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestOneSpelling(t *testing.T) {
	tests := []struct {
		name    string
		sources [][]string // one list of sentences per article
		sum     []string
		want    []string
	}{
		{"the sources' majority spelling",
			[][]string{
				{"Harbour master Anna Varga said Tuesday the pier will close.", "Varga spoke in Tarnwick."},
				{"Harbour master Anna Vargha said the pier is unsafe."},
				{"The pier was built in 1902, Varga said."},
			},
			[]string{"The harbour master, Anna Vargha, said the pier is unsafe.", "The pier was built in 1902, Varga said."},
			[]string{"The harbour master, Anna Varga, said the pier is unsafe.", "The pier was built in 1902, Varga said."}},
		{"a tie keeps the summary's first spelling",
			[][]string{
				{"Ferry chief Olek Maravic resigned on Monday."},
				{"The board thanked Olek Marravic for his years of service."},
			},
			[]string{"Ferry chief Olek Maravic resigned on Monday.", "The board thanked Olek Marravic for his service."},
			[]string{"Ferry chief Olek Maravic resigned on Monday.", "The board thanked Olek Maravic for his service."}},
		{"a source writing both tells two people apart",
			[][]string{
				{"Anna Jansen and Piet Jensen run the Tarnwick ferry.", "Jensen said the ferry will run."},
				{"Jansen said the fares will rise."},
			},
			[]string{"The ferry will run, said Piet Jensen.", "The fares will rise, said Anna Jansen."},
			[]string{"The ferry will run, said Piet Jensen.", "The fares will rise, said Anna Jansen."}},
		{"the last letter changed",
			[][]string{
				{"Officials met in Tarnwick with Nunes."},
				{"Nunez, the mayor, did not attend."},
			},
			[]string{"Officials met in Tarnwick with Nunes.", "The mayor, Nunez, did not attend."},
			[]string{"Officials met in Tarnwick with Nunes.", "The mayor, Nunez, did not attend."}},
		{"a listed given name",
			[][]string{
				{"The award went to Terri Holm."},
				{"Terry Holm, her cousin, spoke."},
			},
			[]string{"The award went to Terri Holm.", "Her cousin, Terry Holm, spoke."},
			[]string{"The award went to Terri Holm.", "Her cousin, Terry Holm, spoke."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{}
			for d, doc := range tt.sources {
				c.docs = append(c.docs, document{index: d, origin: d})
				for p, s := range doc {
					c.cands = append(c.cands, candidate{doc: d, pos: p, text: s})
				}
			}
			sum := chorus.Summary{}
			for _, s := range tt.sum {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			c.oneSpelling(&sum)
			for i := range tt.want {
				if got := sum.Sentences[i].Text; got != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got, tt.want[i])
				}
			}
		})
	}
}

func TestOneEditApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"morsi", "mursi", true},
		{"carell", "carrell", true},
		{"vinceti", "vincetti", true},
		{"varga", "vagra", true},
		{"nunes", "nunez", false},
		{"forsyth", "forsythe", false},
		{"morsi", "morsi", false},
		{"varga", "barga", false},
		{"varga", "vargaha", false},
	} {
		if got := oneEditApart(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
