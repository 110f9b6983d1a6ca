package summarize

import "testing"

// TestLetCheer checks that a writer's "Let ...!" cheer or call is found,
// and a quoted one, a "Let" line closed by a full stop and words that
// only open with "Let" are not.
func TestLetCheer(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"games begin", "Let the harbour games begin!", true},
		{"old headline", "Let the fireworks begin — the mayor's new bridge is open!", true},
		{"let's", "Let's help the ferry crew of Tarnwick get home!", true},
		{"lets", "Lets keep the old pier open for the next hundred years!", true},
		{"tokenized", "Let ' s buy the lighthouse together, people!", true},
		{"let them", "Let them know what you think of the new timetable!", true},
		{"full stop", "Let the record show that the council voted to close the pier.", false},
		{"columnist", "Let's be clear: the ferry fare rose twice this year.", false},
		{"quoted", "\"Let's go home!\" the captain shouted to his crew.", false},
		{"single quoted", "Let them eat cake, 'the baker wrote to the mayor!", false},
		{"letters", "Letters poured in from every harbour town!", false},
		{"letting", "Letting the dogs out was a mistake!", false},
		{"later", "Fans on the pier shouted let's go!", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := letCheer(tc.s); got != tc.want {
				t.Errorf("letCheer(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
