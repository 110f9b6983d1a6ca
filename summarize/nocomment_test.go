package summarize

import "testing"

func TestNoCommentNote(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		want bool
	}{
		{"not reached", "Anna Varga's agent could not be reached for comment.", true},
		{"not reached day", "Tomas Rell couldn't be reached for comment Wednesday.", true},
		{"no response", "The harbour board did not answer a request for comment on Friday.", true},
		{"not immediately return", "A spokesman for the Tarnwick police did not immediately return phone calls seeking comment.", true},
		{"message not returned", "A message left for Tomas Rell was not returned.", true},
		{"declined", "A spokeswoman for the ferry company declined to comment.", true},
		{"declined on", "Rell's agent declined to comment on the harbour master's remarks on Monday.", true},
		{"as did", "Representatives for the ferry company and the union declined to comment, as did Anna Varga.", true},
		{"no comment", "The Tarnwick harbour board had no immediate comment.", true},
		{"appositive", "Rell's lawyer, Anna Varga, couldn't be reached for comment.", true},
		{"unlisted", "No phone listing could be found for Rell.", true},
		{"listing for", "A telephone listing for Tomas Rell could not be found.", true},
		{"not available", "Tarnwick harbour officials were not immediately available to comment.", true},
		{"which clause", "The harbour board, which runs the ferries, also had no immediate comment.", true},
		{"which said", "The harbour board, which runs the ferries, said the pier will close and had no further comment.", false},
		{"but statement", "The two owners declined to comment but put out a statement on the ferry sale.", false},
		{"confirmed but", "The board confirmed it had written to the union, but declined to comment on the letter.", false},
		{"relative", "Anna Varga, who first reported the leak at the pier and later resigned, didn't answer a request for comment.", false},
		{"treatment", "The boy had a rash that didn't respond to standard ointment.", false},
		{"movie", "When Anna Varga didn't return the movie, the shop owner went to a magistrate.", false},
		{"fire", "The navy did not respond to the ship's returned fire.", false},
		{"said", "The harbour master said the ferry company had not responded to his calls for months.", false},
		{"quote", `"We could not be reached by the coast guard," Rell said.`, false},
		{"second clause", "A Tarnwick spokeswoman declined to comment, and the union also had no comment on the plan.", false},
		{"returned home", "Anna Varga has returned to Tarnwick after three years away.", false},
		{"long subject", "The six members of the Tarnwick harbour board who voted last spring to sell the ferry to a firm from Velmora declined to comment.", false},
	} {
		if got := noCommentNote(c.s); got != c.want {
			t.Errorf("%s: noCommentNote(%q) = %v, want %v", c.name, c.s, got, c.want)
		}
	}
}
