package summarize

import "testing"

// TestCutReaderPrompt checks the prompts cut from a sentence's front
// against news that opens with the same words.
func TestCutReaderPrompt(t *testing.T) {
	for _, tc := range []struct {
		s, want string
		cut     bool
	}{
		{"Get the latest flash player ilse varga hosted the harbour awards in tarnwick last night.", "Ilse varga hosted the harbour awards in tarnwick last night.", true},
		{"Follow @tarnwick_gazette follow @velmora99 the ferry service resumed on monday after the storm.", "The ferry service resumed on monday after the storm.", true},
		{"Follow velmoranews on facebook and twitter the council voted to close the old pier.", "The council voted to close the old pier.", true},
		{"Read about it here: the man behind the ferry video is a local pilot.", "The man behind the ferry video is a local pilot.", true},
		{"Follow the money, the inspector told the council of tarnwick.", "", false},
		{"Get the latest flash player now.", "", false},
		{"Read the report here: it is long.", "", false},
	} {
		got, cut := cutReaderPrompt(tc.s)
		if !tc.cut {
			tc.want = tc.s
		}
		if got != tc.want || cut != tc.cut {
			t.Errorf("cutReaderPrompt(%q) = %q, %v, want %q, %v", tc.s, got, cut, tc.want, tc.cut)
		}
	}
}

// TestPromptOnly checks the sentences that are a prompt alone.
func TestPromptOnly(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Follow ilse on facebook for news of the harbour.", true},
		{"Follow tarnwick ferries on twitter @tarnferries and on facebook.", true},
		{"Email notifications are only sent once a day, and only if there are new items.", true},
		{"Follow velmoranews on facebook and twitter the council voted to close the old pier.", false},
		{"Followers of the mayor on twitter asked about the pier.", false},
		{"Follow the money, the inspector said.", false},
	} {
		if got := promptOnly(tc.s); got != tc.want {
			t.Errorf("promptOnly(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
