package summarize

import "testing"

func TestJunkLead(t *testing.T) {
	tests := []struct {
		name        string
		s           string
		junk, junky bool // junkLead, junkish
	}{
		{"news lede", "The Harlow Playhouse cancelled the season of The Glass Orchard on Saturday.", false, false},
		{"teaser cut off", "Dell Haverly has walked out of The Glass Orchard days before opening night...", false, true},
		{"teaser with a unicode ellipsis", "Pop duo Marren split after a decade…", false, true},
		{"headline cut and run into the lede", "Bakery chain to sell frozen pies that mark its first... kesterton — the frozen pie is coming home.", false, true},
		{"quotation cut short", `Residents of Vale Street found notes on their doors that read, "the water will be off until..."`, false, false},
		{"ellipsis inside a quotation", `The mayor said "we will ... rebuild every home" on Monday.`, false, false},
		{"capitalised sentence after an ellipsis", "The talks stalled... Then the union walked out on Friday.", false, false},
		{"headline restated by its lede", "Cyclist, 41, hurt by delivery van in Dunmore a 41-year-old cyclist was hurt by a delivery van in Dunmore on Friday.", false, true},
		{"lede repeating a name only", "Mayor Ines Roth opened the bridge on Friday, and Roth said the bridge would carry 9,000 cars a day.", false, false},
		{"tweet", "@ harborfan: @ dunmorecity just closed the pier again.", true, false},
		{"retweet", "Rt @ someone: the debate was the worst in years.", true, false},
		{"handle later is news", "The governor sent her first post today from @ govmarsh, an account with 10,000 followers.", false, false},
		{"list lead-in", "Here are the answers to this week's puzzle.", true, false},
		{"list lead-in below", "Below are the statements by the theatre and by the actor.", true, false},
		{"list item", "First up is Kell 12, a dwarf star 20 light years away.", true, false},
		{"teaser imperative", "Stay tuned for a couple of new apps.", true, false},
		{"abstract label", "Importance exercise below the guideline still lowers the risk of death.", true, false},
		{"empty", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := junkLead(tt.s); got != tt.junk {
				t.Errorf("junkLead(%q) = %v, want %v", tt.s, got, tt.junk)
			}
			if got := junkish(tt.s); got != tt.junky {
				t.Errorf("junkish(%q) = %v, want %v", tt.s, got, tt.junky)
			}
		})
	}
}
