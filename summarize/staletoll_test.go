package summarize

import "testing"

// TestStaleTollTold checks which running tolls read as overtaken by a
// higher toll of another source, on invented sentences.
func TestStaleTollTold(t *testing.T) {
	news := "Funerals were held in Ostrel on Friday for at least 52 people killed in the harbour siege, and divers searched the docks."
	tests := []struct {
		name, stale, news string
		want              bool
	}{
		{"a lower running toll", "Troops moved on the Ostrel harbour on Thursday in a siege that has left 40 people dead so far.", news, true},
		{"a toll so far", "So far the harbour siege in Ostrel has left 45 people dead, officials said.", news, true},
		{"no running verb", "Forty people died in the Ostrel harbour siege on Thursday.", news, false},
		{"another group", "The siege has left 40 other people dead in the Ostrel harbour district.", news, false},
		{"part of the dead", "The siege has left 40 people dead, including eleven police officers in the Ostrel harbour.", news, false},
		{"more than twice as high", "The Ostrel harbour siege has left 20 people dead.", news, false},
		{"the same count", "The Ostrel harbour siege has left 52 people dead.", news, false},
		{"a small count", "The Ostrel harbour siege has left two people dead.",
			"At least three people were killed in the Ostrel harbour siege.", false},
		{"another event", "A storm in Tarnwick has left 40 people dead.", news, false},
		{"a count only feared", "The Ostrel harbour siege has left 40 people dead.",
			"Officials feared at least 52 people could have been killed in the Ostrel harbour siege.", false},
		{"a doubt in another clause", "The Ostrel harbour siege has left 40 people dead.",
			"At least 52 people were killed in the Ostrel harbour siege, though divers say the count could still change.", true},
		{"more dead but fewer hurt", "The Ostrel harbour siege has left 40 people dead and 90 injured.",
			"At least 52 people were killed and 80 injured in the Ostrel harbour siege.", false},
		{"a lower newer count too", "The Ostrel harbour siege has left 40 people dead.",
			"At least 52 people were killed and 30 injured in the Ostrel harbour siege, though only 38 dead have been named.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, tt.news, tt.stale)
			if got := c.staleTollTold(b, []int{a}); got != tt.want {
				t.Errorf("staleTollTold = %v, want %v", got, tt.want)
			}
		})
	}
}
