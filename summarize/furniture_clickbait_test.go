package summarize

import "testing"

// TestClickbaitOnly checks that a click's bait alone is found, and a
// speaker's words or a story's sentence are not.
func TestClickbaitOnly(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"never guess", "You will never guess which team he plays for.", true},
		{"won't believe", "You won't believe what the ferry carried!", true},
		{"quoted", "\"You won't believe what the ferry carried,\" she said.", false},
		{"no question word", "You won't believe it until you see the pier.", false},
		{"story", "The ferry carried 300 passengers on its last run.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clickbaitOnly(tc.s); got != tc.want {
				t.Errorf("clickbaitOnly(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

// TestCutClickbaitTail checks that a click's bait run onto a story's
// sentence is cut, and a quotation's words are left.
func TestCutClickbaitTail(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"dash", "The mayor finally took the ferry - and you won't believe who sat beside him.", "The mayor finally took the ferry."},
		{"comma", "The mayor took the ferry, and you'll never guess where it went!", "The mayor took the ferry."},
		{"quoted", "\"The mayor took the ferry - and you won't believe who sat beside him,\" she said.", "\"The mayor took the ferry - and you won't believe who sat beside him,\" she said."},
		{"quote before", "\"It was late,\" she said - and you won't believe why.", "\"It was late,\" she said - and you won't believe why."},
		{"none", "The mayor took the ferry.", "The mayor took the ferry."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutClickbaitTail(tc.s); got != tc.want {
				t.Errorf("cutClickbaitTail(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
