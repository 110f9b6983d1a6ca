package summarize

import "testing"

func TestQuotesWhole(t *testing.T) {
	tests := []struct {
		name, y, x string
		want       bool
	}{
		{"a line reported, then said",
			`The mayor of Brenmoor says the town is "done waiting for a bridge that never comes" after the vote.`,
			`"We said it before, and now we are done waiting for a bridge that never comes," the mayor said.`, true},
		{"after a colon",
			`The clerk told her, "keep the receipt for the old ferry ticket."`,
			`Later a guard told her: "keep the receipt for the old ferry ticket."`, true},
		{"a title quoted twice",
			`Her first novel, "the lamps of the quiet harbor town," sold well.`,
			`The novel "the lamps of the quiet harbor town" was made into a film.`, false},
		{"too short",
			`He called it "the real face of ostrel".`,
			`"He showed the real face of ostrel," the minister said.`, false},
		{"only part of the line",
			`She said the plan "will open the valley road next spring to trucks".`,
			`"It will open the valley road next spring," she said.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quotesWhole(tt.y, tt.x); got != tt.want {
				t.Errorf("quotesWhole(%q, %q) = %v, want %v", tt.y, tt.x, got, tt.want)
			}
		})
	}
}
