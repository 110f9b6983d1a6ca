package summarize

import "testing"

func TestCutPictureAside(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The Tarnwick town hall, seen here in june 2011, voted to close the pier.", "The Tarnwick town hall voted to close the pier."},
		{"Ilse Varga ( pictured ) said the ferry would run again in may.", "Ilse Varga said the ferry would run again in may."},
		{"Ilse Varga (pictured) said the ferry would run again in may.", "Ilse Varga said the ferry would run again in may."},
		{"Tarnwick's mayor, above, told reporters the bridge was safe.", "Tarnwick's mayor told reporters the bridge was safe."},
		{"Singer Olan Pryce, seen here in 1998 and known for his ballads, died on friday.", "Singer Olan Pryce, known for his ballads, died on friday."},
		{"The giant hailstone (above) smashed a roof in Westvale.", "The giant hailstone smashed a roof in Westvale."},
		{"Olan Pryce ( second from left ) and Ilse Varga won the regatta.", "Olan Pryce and Ilse Varga won the regatta."},
		{"Ilse Varga, pictured in Westvale in 2015, had been hurt before.", "Ilse Varga had been hurt before."},
		// Left alone: a party or clause letter, a place, too little left.
		{"State sen. Olan Pryce ( r ) sponsored the bill.", "State sen. Olan Pryce ( r ) sponsored the bill."},
		{"The fund is a 501( c ) ( 3 ) group in Tarnwick.", "The fund is a 501( c ) ( 3 ) group in Tarnwick."},
		{"Voters on the left and the right backed the levy.", "Voters on the left and the right backed the levy."},
		{"The river rose above, then below, the old mark.", "The river rose above, then below, the old mark."},
		{"Claims have piled up on Varga, above and beyond the old suit.", "Claims have piled up on Varga, above and beyond the old suit."},
		{"Varga, pictured, smiles.", "Varga, pictured, smiles."},
	} {
		if got := cutPictureAside(c.in); got != c.want {
			t.Errorf("cutPictureAside(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
