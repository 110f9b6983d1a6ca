package summarize

import "testing"

func TestHereAfterClause(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"things to watch", "With the vote a week away, here are four things to watch in Tarnwick.", true},
		{"what we know", "As the ferry strike goes on, here's what we know.", true},
		{"ways to answer", "Beyond the fares, here are three ways the harbour board could answer.", true},
		{"a list after a colon", "As the council meets on monday, here's what the board will weigh: 1.", true},
		{"the promised words after a colon", "Asked about the pier, here's what the mayor of Tarnwick said: the harbour board will close it in june and sell the land.", false},
		{"a long statement", "For the first time in forty years, here is the pier the council of Tarnwick wants to sell to the highest bidder by june.", false},
		{"in a quotation", `"If you want the pier, here's your chance," Anna Varga told the council.`, false},
		{"no comma", "Here and there the pier was patched with planks from the old ferry.", false},
		{"here as a place", "The ferry docked at noon, here at the Tarnwick pier, and four passengers were hurt.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hereAfterClause(tt.s); got != tt.want {
				t.Errorf("hereAfterClause(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
