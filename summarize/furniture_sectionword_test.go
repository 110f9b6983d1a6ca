package summarize

import "testing"

// TestCutSectionWord checks that a section label or a button's name run
// into a sentence leaves it, and that such a word as the subject stays.
func TestCutSectionWord(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
		ok            bool
	}{
		{"section before the", "Politics the harbour board's new chair, Anna Varga, won a second vote in Tarnwick.", "The harbour board's new chair, Anna Varga, won a second vote in Tarnwick.", true},
		{"more before a", "More a jury in Tarnwick on Monday indicted a ferry captain.", "A jury in Tarnwick on Monday indicted a ferry captain.", true},
		{"films before the", "Films the firm of Varga and Holm is a small one in Tarnwick.", "The firm of Varga and Holm is a small one in Tarnwick.", true},
		{"button before a phrase", "Twitter in her third season with the club, Anna Varga scored twelve goals.", "In her third season with the club, Anna Varga scored twelve goals.", true},
		{"button before a phrase and pronoun", "Facebook before you board the Tarnwick ferry, you may want to book a seat.", "Before you board the Tarnwick ferry, you may want to book a seat.", true},
		{"button before a lower-case subject", "Twitter in her third season with the club, anna varga scored twelve goals.", "In her third season with the club, anna varga scored twelve goals.", true},
		{"button before a relative", "Twitter in a post on the Tarnwick pier, which the board ran, asked for calm.", "Twitter in a post on the Tarnwick pier, which the board ran, asked for calm.", false},
		{"button as subject", "Twitter on Monday suspended the account of the Tarnwick harbour board, its chair said.", "Twitter on Monday suspended the account of the Tarnwick harbour board, its chair said.", false},
		{"button as subject with verb", "Google for the first time has found that ferry ads ran in Tarnwick, the board said.", "Google for the first time has found that ferry ads ran in Tarnwick, the board said.", false},
		{"time adverb", "Google this week updated its maps of the Tarnwick harbour and pier.", "Google this week updated its maps of the Tarnwick harbour and pier.", false},
		{"noun phrase", "Music of the harbour towns is played at the Tarnwick festival each May.", "Music of the harbour towns is played at the Tarnwick festival each May.", false},
		{"news that", "News that the ferry would close spread quickly through Tarnwick.", "News that the ferry would close spread quickly through Tarnwick.", false},
		{"section before a phrase", "Science in the valley, a lab in Tarnwick found new gulls.", "Science in the valley, a lab in Tarnwick found new gulls.", false},
		{"too short", "Politics the vote is in.", "Politics the vote is in.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := cutSectionWord(tc.s)
			if got != tc.want || ok != tc.ok {
				t.Errorf("cutSectionWord(%q) = %q, %v; want %q, %v", tc.s, got, ok, tc.want, tc.ok)
			}
		})
	}
}
