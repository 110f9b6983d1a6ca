package summarize

import "testing"

func TestUnaskedAnswer(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"numbered answers", "There are three answers: about 40 ferries, or closer to 90.", true},
		{"short answer", "The short answer lies with the silt in the Varrow river.", true},
		{"of its own", "Geology now has an answer of its own.", true},
		{"part of", "A new survey suggests part of the answer may lie in the harbour's tides.", true},
		{"some answers", "Thanks to a county audit, residents finally have some answers.", true},
		{"find out", "You will have to wait until the spring fair to find out.", true},
		{"find out yourself", "Tarnwick's bakers hope you will taste it and find out for yourself.", true},

		{"answer to", "The answer to the ferry's delays lies with the silt.", false},
		{"answers on", "Families are still waiting for some answers on the crash.", false},
		{"verb", "The mayor refused to answer the council's letter.", false},
		{"owned", "Her answer was brief and polite.", false},
		{"asked in sentence", "Asked whether the pier would reopen, the answer was no.", false},
		{"why told", "Nobody knows why the tide turned, but the answer may lie in the silt.", false},
		{"question mark", "Is it safe? The answer is far from clear.", false},
		{"quoted", `"The answer is yes," Anna Varga said.`, false},
		{"find out more", "Investigators hope to find out what caused the fire.", false},
		{"find out whether", "The council wants to know whether the pier is safe, and hopes to find out.", false},
		{"remedy", "The harbour board thinks dredging is the answer.", false},
		{"not the answer", "A new bridge is not the answer, the mayor said.", false},
		{"quiz", "The categories were hard and the answers were harder on the quiz night.", false},
		{"clause find out", "The boys spent the money before you could find out.", true},
		{"quest", "A baker in Tarnwick wanted to find out.", false},
		{"clause find out bare", "The boys spent the money before their parents find out.", false},
		{"you'd find out", "Taste the new loaf and you'd find out.", true},
		{"long", "The answer, a new study of the Varrow estuary suggests, is that the tide and the wind together push the silt back up the river each spring, far faster than the harbour board's engineers had thought.", false},
		{"answering machine", "The mayor left a message on the answer phone.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unaskedAnswer(tt.s); got != tt.want {
				t.Errorf("unaskedAnswer(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
