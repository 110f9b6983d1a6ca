package summarize

import "testing"

func TestCutUnrepeatedHeadlineTitle(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
	}{
		{"title, name, auxiliary", "Harbour fees ferry money and cape budget file photo mayor ilse varga has asked the council to double the ferry fees by june.",
			"Mayor ilse varga has asked the council to double the ferry fees by june."},
		{"title, name, said", "Ferry strike pay talks drag on overnight ap photo senator tomas rell said on monday that a deal on pay was close.",
			"Senator tomas rell said on monday that a deal on pay was close."},
		{"possessive and noun", "Cheap fares and long queues file photo president varga's ferry plan is drawing fire from the harbour board.",
			"President varga's ferry plan is drawing fire from the harbour board."},
		{"an office before the title", "Westvale harbour and ferry workers union president tomas rell said the strike would go on into june.",
			"Westvale harbour and ferry workers union president tomas rell said the strike would go on into june."},
		{"a verb before the title", "Westvale ferry crews and dock hands praised mayor ilse varga on monday for ending the strike over pay.",
			"Westvale ferry crews and dock hands praised mayor ilse varga on monday for ending the strike over pay."},
		{"no verb after the name", "Ferry strike talks go on overnight file photo mayor ilse varga of tarnwick and the union leaders met again on monday.",
			"Ferry strike talks go on overnight file photo mayor ilse varga of tarnwick and the union leaders met again on monday."},
		{"a city before the title", "Ferry cover sparks anger among cape readers photo boston mayor ilse varga says the ferry line owes the town an apology.",
			"Ferry cover sparks anger among cape readers photo boston mayor ilse varga says the ferry line owes the town an apology."},
		{"no picture label", "Two former aides of westvale governor ilse varga were convicted on friday of closing the ferry pier.",
			"Two former aides of westvale governor ilse varga were convicted on friday of closing the ferry pier."},
		{"too few words before", "Ferry photo mayor ilse varga has asked the council to double the ferry fees by june.",
			"Ferry photo mayor ilse varga has asked the council to double the ferry fees by june."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutUnrepeatedHeadline(tt.in, false); got != tt.want {
				t.Errorf("cutUnrepeatedHeadline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
