package summarize

import (
	"testing"
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
			checkFullNames(t, tt.sources, tt.sum, tt.want)
		})
	}
}
