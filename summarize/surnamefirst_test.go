package summarize

import "testing"

func TestNameSurnameFirst(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		sum     []string
		want    []string
	}{
		{"honorific before a surname-first name",
			[]string{"Voters in Tarnwick backed Sung Min-ji on Sunday.", "Mr. Sung, the favourite, spoke at the pier."},
			[]string{"Mr. Sung, the favourite, spoke at the pier."},
			[]string{"Sung Min-ji, the favourite, spoke at the pier."}},
		{"lower-cased sources and a possessive",
			[]string{"voters in tarnwick backed sung min-ji on sunday.", "mr sung's party won."},
			[]string{"Mr Sung's party won the vote in Tarnwick."},
			[]string{"Sung Min-ji's party won the vote in Tarnwick."}},
		{"the more frequent of two given names",
			[]string{"Sung Min-ji won.", "Sung Min-ji spoke.", "Sung Ho-rim, her father, watched.", "Sung Min-ji thanked him."},
			[]string{"Ms. Sung won the vote."},
			[]string{"Sung Min-ji won the vote."}},
		{"two given names as frequent",
			[]string{"Sung Min-ji won.", "Sung Ho-rim, her father, watched."},
			[]string{"Ms. Sung won the vote."},
			[]string{"Ms. Sung won the vote."}},
		{"another person of the surname with the given name in two words",
			[]string{"Tarn Min-ji, the leader, spoke.", "tarn ho yeon, her half-brother, was attacked at the airport.", "Mr Tarn died last week."},
			[]string{"Mr Tarn died last week at the airport."},
			[]string{"Mr Tarn died last week at the airport."}},
		{"named earlier in the summary",
			[]string{"Voters backed Sung Min-ji on Sunday.", "Mr. Sung spoke."},
			[]string{"Voters in Tarnwick backed Sung Min-ji.", "Mr. Sung spoke at the pier."},
			[]string{"Voters in Tarnwick backed Sung Min-ji.", "Mr. Sung spoke at the pier."}},
		{"a hyphenated English word after the surname",
			[]string{"Pell co-founded the Tarnwick ferry line.", "Mr. Pell re-elected nobody."},
			[]string{"Mr. Pell spoke at the pier."},
			[]string{"Mr. Pell spoke at the pier."}},
		{"inside a quotation",
			[]string{"Voters backed Sung Min-ji on Sunday."},
			[]string{"\"We trust Mr. Sung,\" a voter said."},
			[]string{"\"We trust Mr. Sung,\" a voter said."}},
		{"a man and a woman of the surname",
			[]string{"Sung Min-ji won.", "Mr Sung and Mrs Sung voted."},
			[]string{"Mr Sung voted in Tarnwick."},
			[]string{"Mr Sung voted in Tarnwick."}},
		{"no honorific",
			[]string{"Voters backed Sung Min-ji on Sunday.", "Sung spoke."},
			[]string{"Sung spoke at the pier."},
			[]string{"Sung spoke at the pier."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNameRewrite(t, tt.sources, tt.sum, tt.want, (*cluster).nameSurnameFirst)
		})
	}
}
