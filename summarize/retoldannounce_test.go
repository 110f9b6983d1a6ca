package summarize

import "testing"

// TestAnnounceRetold checks which later sentences read as telling only
// that the news of an earlier one was made known, on invented sentences.
func TestAnnounceRetold(t *testing.T) {
	news := "Tarnwick mayor Tessa Runcorn will not seek a third term after a row over the harbour ferries."
	tests := []struct {
		name, later string
		want        bool
	}{
		{"the decision and its venue", "Runcorn announced the decision at a news conference.", true},
		{"a day and a venue", "The mayor explained her decision on Monday on local television and radio.", true},
		{"a pronoun", "She announced the move in a post on her website.", true},
		{"the news broken first by another", "Hours after the harbour master, Piet Ostrander, broke the news, the mayor explained her decision on local radio.", true},
		{"a subject of its own", "Ostrel Media, the owner of the harbour paper, announced the decision on Monday.", false},
		{"a named subject of its own", "Council clerk Anna Varga announced the decision on Monday.", false},
		{"who made the decision", "Runcorn announced the decision by the harbour board on Monday.", false},
		{"an aim", "Runcorn announced her decision to sell the ferries at a news conference.", false},
		{"a clause after the frame", "Runcorn announced the decision in a memo that faulted the ferry company.", false},
		{"what is said", "Runcorn announced the decision on Monday, saying she was tired.", false},
		{"a quotation", "Runcorn confirmed the news in a statement: \"I am done.\"", false},
		{"a number", "Runcorn announced the decision on May 4 at the town hall.", false},
		{"a long frame", "Runcorn announced the decision on Monday at the town hall in front of a large crowd of angry ferry workers and their families.", false},
		{"made the announcement", "The mayor made the announcement on Thursday morning.", true},
		{"delivered the news", "Runcorn delivered the news at a hastily called meeting.", true},
		{"the news broken to someone", "Runcorn broke the news to her staff.", false},
		{"a person in the frame", "Runcorn made the announcement at the town hall with Ostrel mayor John Ostrander.", false},
		{"no pointing object", "Runcorn announced a new ferry timetable at a news conference.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, news, tt.later)
			if got := c.announceRetold(b, []int{a}); got != tt.want {
				t.Errorf("announceRetold = %v, want %v", got, tt.want)
			}
		})
	}
}
