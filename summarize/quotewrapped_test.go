package summarize

import "testing"

func TestWrappedAttribution(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"speaker after the verb", `The pier closed in May " for the winter, said harbour master ilse varga."`,
			`The pier closed in May " for the winter, " said harbour master ilse varga.`},
		{"speaker before the verb", `The ferry stopped when the ice came " to the north bay, varga told the radio by phone. "`,
			`The ferry stopped when the ice came " to the north bay, " varga told the radio by phone.`},
		{"mark after a comma", `We will reopen, "the mayor said."`, `We will reopen, "the mayor said."`},
		{"a verb of saying before the mark", `The mayor said " the pier is safe, varga told the radio."`,
			`The mayor said " the pier is safe, varga told the radio."`},
		{"no attribution after the comma", `The pier closed " for the winter, and the ferry stopped."`,
			`The pier closed " for the winter, and the ferry stopped."`},
		{"a clause, no speaker", `Nobody came " to the hall, when the mayor said so."`, `Nobody came " to the hall, when the mayor said so."`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wrappedAttribution(tt.s); got != tt.want {
				t.Errorf("wrappedAttribution(%q)\n got %q\nwant %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestQuoteAfterCutClause(t *testing.T) {
	tests := []struct {
		name, prev, s string
		want          bool
	}{
		{"cut after a stopword", `" with the new ferry we will...`, `Carry twice as many cars " across the bay, varga said.`, true},
		{"cut after a noun", `" we waited for the ferry...`, `Then it came, " varga said.`, false},
		{"quotation closed before", `" we will... carry more cars, " she said.`, `Carry twice as many cars " across the bay, varga said.`, false},
		{"no ellipsis", `" with the new ferry we will.`, `Carry more cars, " varga said.`, false},
		{"tail opens with a subject and a speaker", `" with the new ferry we will...`, `We never meant to carry trucks, " varga said.`, false},
		{"tail opens with a subject, no speaker", `" with the new ferry we will...`, `We carry trucks " across the bay.`, true},
		{"tail opens with a subject after a comma", `" with the new ferry we will...`, `In all honesty, we never meant it, " varga said.`, false},
		{"subject only after the closing mark", `" with the new ferry we will...`, `Including two trucks, " the captain said.`, true},
		{"no mark in s", `" with the new ferry we will...`, `Carry more cars across the bay.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteAfterCutClause(tt.prev, tt.s); got != tt.want {
				t.Errorf("quoteAfterCutClause(%q, %q) = %v, want %v", tt.prev, tt.s, got, tt.want)
			}
		})
	}
}
