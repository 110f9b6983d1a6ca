package summarize

import "testing"

func TestCutAdvertLabel(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want string
	}{
		{"after a colon before a quote", `The harbour board wrote in a statement: advertisement "we will rebuild the pier by spring."`,
			`The harbour board wrote in a statement: "we will rebuild the pier by spring."`},
		{"after a colon with a dash", "The paper printed the letter in full: advertisement - addressed to the mayor, it asked for the pier to reopen.",
			"The paper printed the letter in full: addressed to the mayor, it asked for the pier to reopen."},
		{"closing after a colon", "The ferry fans are not a crowd to cross, as the mayor learned: advertisement.",
			"The ferry fans are not a crowd to cross, as the mayor learned."},
		{"before a dash after a headline", "Ferry line wins harbour award Advertisement - the ferry line won the award for the third year in a row on Monday.",
			"The ferry line won the award for the third year in a row on Monday."},
		{"capitalised after a full stop", "The board met in Tarnwick, Ost. Advertisement the members argue that the fares must rise before the summer season.",
			"The board met in Tarnwick, Ost. The members argue that the fares must rise before the summer season."},
		{"between a headline and a story", "Ferry line wins harbour award advertisement the ferry line won the award for the third year in a row.",
			"The ferry line won the award for the third year in a row."},
		{"before a possessive", "Velmora ferry vote tally advertisement velmora's mayor says the count will take two more days.",
			"Velmora's mayor says the count will take two more days."},
		{"the sentence's noun before a preposition", "The ferry line has put out an explanatory advertisement after its captain posted a rude note last week.",
			"The ferry line has put out an explanatory advertisement after its captain posted a rude note last week."},
		{"the sentence's noun", "The ferry line released a new advertisement on Monday.", "The ferry line released a new advertisement on Monday."},
		{"the sentence's noun before a dash", "The ferry line ran an advertisement - a full page - in the harbour gazette on Monday and Tuesday.",
			"The ferry line ran an advertisement - a full page - in the harbour gazette on Monday and Tuesday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutAdvertLabel(tt.s)
			if got != tt.want || ok != (tt.want != tt.s) {
				t.Errorf("cutAdvertLabel(%q) = %q, %v, want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

func TestAdvertCounter(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Continued from the harbour page advertisement 4.", true},
		{"The ferry line ran advertisement 4 in the gazette.", false},
		{"The ferry line bought advertisement space.", false},
	}
	for _, tt := range tests {
		if got := advertCounter(tt.s); got != tt.want {
			t.Errorf("advertCounter(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
