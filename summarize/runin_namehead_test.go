package summarize

import "testing"

func TestCutNameHeadline(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"full name again", "Ilse Varga quits the ferry board over audit Ilse Varga has stepped down from the Tarnwick ferry board after an audit found missing funds.",
			"Ilse Varga has stepped down from the Tarnwick ferry board after an audit found missing funds."},
		{"given name in the headline", "Tomas makes peace with water, not rum Tomas Rell has surprised the harbour crowd by raising a glass of water at the launch on Sunday.",
			"Tomas Rell has surprised the harbour crowd by raising a glass of water at the launch on Sunday."},
		{"a caption's two names", "Anna and Jon Brask Anna Brask was one of two teachers hurt when the old school roof fell in on Friday.",
			"Anna and Jon Brask Anna Brask was one of two teachers hurt when the old school roof fell in on Friday."},
		{"an appositive after the name", "Ilse Varga, founder and owner Ilse Varga, has run the Tarnwick ferries for thirty years now.",
			"Ilse Varga, founder and owner Ilse Varga, has run the Tarnwick ferries for thirty years now."},
		{"part of a longer name", "Harbour sifts the wreck for clues the Tarnwick Harbour Board will resume its search of the sunken ferry.",
			"Harbour sifts the wreck for clues the Tarnwick Harbour Board will resume its search of the sunken ferry."},
		{"another name goes on", "Deputy Mayor Ilse Varga and Deputy Mayor Tomas Rell disagreed with the board's decision to close the pier.",
			"Deputy Mayor Ilse Varga and Deputy Mayor Tomas Rell disagreed with the board's decision to close the pier."},
		{"a phrase runs into the name", "Ilse Varga and the ferries, part two unease about the power of chairman Ilse Varga dominated the harbour meeting tonight.",
			"Ilse Varga and the ferries, part two unease about the power of chairman Ilse Varga dominated the harbour meeting tonight."},
		{"a name after a name", "Ilse Varga takes on the council over Tomas Rell Ilse Varga unleashed a torrent of complaints at the meeting on Monday.",
			"Ilse Varga unleashed a torrent of complaints at the meeting on Monday."},
		{"a past verb before", "Ilse Varga worried that Ilse Varga would lose her seat on the ferry board before the vote in the spring.",
			"Ilse Varga worried that Ilse Varga would lose her seat on the ferry board before the vote in the spring."},
		{"an auxiliary before", "Tomas Rell was sure Tomas Rell would be named captain of the new ferry when the old one was sold.",
			"Tomas Rell was sure Tomas Rell would be named captain of the new ferry when the old one was sold."},
		{"a comma before", "Ilse Varga on her last day at sea, Ilse Varga said the harbour had changed more than she had in forty years.",
			"Ilse Varga on her last day at sea, Ilse Varga said the harbour had changed more than she had in forty years."},
		{"a preposition before", "Tarnwick voters backed the plan put forward by the mayor of Tarnwick Council on Monday after a long night of talks.",
			"Tarnwick voters backed the plan put forward by the mayor of Tarnwick Council on Monday after a long night of talks."},
		{"a possessive before", "Westvale resident Ana Roe's Westvale Cottage is on the market for a modest sum, the agents say this week.",
			"Westvale resident Ana Roe's Westvale Cottage is on the market for a modest sum, the agents say this week."},
		{"another person", "Ilse Varga and Ilse Brask were named to the ferry board on Monday after the old members resigned.",
			"Ilse Varga and Ilse Brask were named to the ferry board on Monday after the old members resigned."},
	} {
		got, _ := cutNameHeadline(tc.in)
		if got != tc.want {
			t.Errorf("%s: cutNameHeadline(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}
