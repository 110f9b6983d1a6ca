package summarize

import "testing"

// TestScoopLine checks which sentences read as lines telling only who
// made news known, and the outlet each names, on invented sentences.
func TestScoopLine(t *testing.T) {
	tests := []struct {
		s, outlet string
		ok        bool
	}{
		{"The letters were first published by the Harbour Ledger.", "harbour ledger", true},
		{"The memo was first reported by Ana Varga of the Harbour Ledger on Tuesday.", "harbour ledger", true},
		{"The ferry sale was originally reported by kessia radio this week.", "kessia radio", true},
		{"the plans had been disclosed by the tarnwick courier.", "tarnwick courier", true},
		{"The letters were published by the Harbour Ledger and Kessia Radio.", "", false},
		{"The letters, which were first published by the Harbour Ledger, name the mayor.", "", false},
		{"The bridge was built by a firm from Ostrel.", "", false},
		{"The memo was first reported by the Harbour Ledger, which said the mayor knew.", "", false},
		{"Runcorn said the memo was first reported by the Harbour Ledger.", "", false},
	}
	for _, tt := range tests {
		_, outlet, ok := scoopLine(tt.s)
		if ok != tt.ok || outlet != tt.outlet {
			t.Errorf("scoopLine(%q) = %q, %v; want %q, %v", tt.s, outlet, ok, tt.outlet, tt.ok)
		}
	}
}

// TestCreditsOutlet checks which sentences credit an outlet by its name,
// on invented sentences.
func TestCreditsOutlet(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The memo, first reported by the Harbour Ledger, asks for a new ferry.", true},
		{"The mayor knew of the sale, the Harbour Ledger reported.", true},
		{"The mayor told the Harbour Ledger she would not resign.", true},
		{"According to the Harbour Ledger, the mayor knew of the sale.", true},
		{"The Harbour Ledger's editor, Ana Varga, has resigned.", false},
		{"The mayor wrote a column for the Harbour Ledgers of Ostrel.", false},
	}
	for _, tt := range tests {
		if got := creditsOutlet(tt.s, "harbour ledger"); got != tt.want {
			t.Errorf("creditsOutlet(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestCreditedTwice checks which credit lines read as telling again a
// credit an earlier sentence gives, on invented sentences.
func TestCreditedTwice(t *testing.T) {
	first := "A leaked memo, first reported by the Harbour Ledger, shows Tarnwick mayor Tessa Runcorn knew of the ferry sale."
	tests := []struct {
		name, later string
		want        bool
	}{
		{"the memo credited again", "The memo was first published by Ana Varga of the Harbour Ledger.", true},
		{"another outlet", "The memo was first published by Kessia Radio.", false},
		{"a subject of its own", "The harbour board's reply was first reported by the Harbour Ledger.", false},
		{"a named subject of its own", "The Ostrander letters were first reported by the Harbour Ledger.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, first, tt.later)
			if got := c.creditedTwice(b, []int{a}); got != tt.want {
				t.Errorf("creditedTwice = %v, want %v", got, tt.want)
			}
		})
	}
}
