package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRetoldRelative(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		before []string
		want   string // "" when s stays
	}{
		{"role told before, between commas",
			"Okafor, who was the Tarnwick club's head coach, will move to Harlow next season, the club said.",
			[]string{"The Harlow club has named Tarnwick head coach Ada Okafor as its new manager."},
			"Okafor will move to Harlow next season, the club said."},
		{"a defining clause",
			"The second victim was identified as a 52-year-old ferryman who died in hospital.",
			[]string{"Two people were killed when the ferry sank off Marlow, and a ferryman later died in a hospital."},
			""},
		{"a second instance",
			"Divers found the body of the captain, who was also killed in the sinking.",
			[]string{"A deckhand was killed in the sinking of the ferry off Marlow."},
			""},
		{"a count of its own",
			"The disease is carried by sheep, which have one copy of the gene.",
			[]string{"A copy of the gene in sheep carries the disease, the study found."},
			""},
		{"after a comma at the end",
			"Divers on Tuesday reached the wreck of the ferry, which sank off Marlow.",
			[]string{"A ferry sank off Marlow on Monday, killing two."},
			"Divers on Tuesday reached the wreck of the ferry."},
		{"a word of its own",
			"Divers on Tuesday reached the wreck of the ferry, which sank off Harlow.",
			[]string{"A ferry sank off Marlow on Monday, killing two."},
			""},
		{"another month",
			"Vasek also praised the singer Lida Marr, who died in May.",
			[]string{"The band's drummer Dorn Marr, who died in July, was remembered on Sunday by Vasek."},
			""},
		{"another person",
			"Vasek also praised the singer Milo Brandt, who died in July.",
			[]string{"The band's drummer Dorn Marr, who died in July, was remembered on Sunday by Vasek."},
			""},
		{"a number left bare",
			"Police arrested four people on Sunday, including two, who were charged with arson.",
			[]string{"Ilse Brandt, 22, was charged with arson in the Tarnwick fire."},
			""},
		{"a reported clause, not a relative",
			"The mayor of Tarnwick told reporters on Monday that the bridge had closed.",
			[]string{"The bridge in Tarnwick closed on Monday, the mayor said."},
			""},
		{"a denial",
			"Rescuers searched for the second hiker, who was not found on the ridge.",
			[]string{"The second hiker was not found on the ridge."},
			""},
		{"a quotation",
			`"We will find the hiker who was lost on the ridge," Brandt said.`,
			[]string{"A hiker was lost on the ridge on Monday."},
			""},
		{"too little left",
			"Milo Brandt, who was lost on the ridge, returned.",
			[]string{"Hiker Milo Brandt was lost on the ridge on Monday."},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.s
			}
			got, ok := retoldRelative(tt.s, tt.before)
			if got != want || ok != (tt.want != "") {
				t.Errorf("retoldRelative(%q) = %q, %v; want %q", tt.s, got, ok, want)
			}
		})
	}
}

func TestCutRetoldRelatives(t *testing.T) {
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "A ferry sank off Marlow on Monday, killing two."},
		{Text: "Divers on Tuesday reached the wreck of the ferry, which sank off Marlow."},
	}}
	cutRetoldRelatives(&sum)
	if got, want := sum.Sentences[1].Text, "Divers on Tuesday reached the wreck of the ferry."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := sum.Sentences[0].Text, "A ferry sank off Marlow on Monday, killing two."; got != want {
		t.Errorf("opening changed: %q", got)
	}
}
