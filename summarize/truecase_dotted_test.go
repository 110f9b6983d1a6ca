package summarize

import "testing"

func TestRaiseDottedIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"initials and surname", "Author k.m. varga read in Tarnwick.", "Author K.M. Varga read in Tarnwick."},
		{"half raised at the opening", "T.j. holt says the harbour is full.", "T.J. Holt says the harbour is full."},
		{"surname already raised", "A.v. Varga's novel sold well.", "A.V. Varga's novel sold well."},
		{"a country", "The u.k. government and the e.u. met.", "The U.K. government and the E.U. met."},
		{"three letters", "The f.b.i. said the c.i.a. knew.", "The F.B.I. said the C.I.A. knew."},
		{"last stop left out", "She moved to Washington, d.c and stayed.", "She moved to Washington, D.C and stayed."},
		{"a thing's initials", "A t.v. show and a b.c. man.", "A T.V. show and a B.C. man."},
		{"stopword after initials", "Comic c.k. and his friends.", "Comic C.K. and his friends."},
		{"verb of saying after initials", "Comic c.k. writes often.", "Comic C.K. writes often."},
		{"a verb after initials", "Comic c.k. performed twice.", "Comic C.K. performed twice."},
		{"a common word after initials", "Comic c.k. took the stage.", "Comic C.K. took the stage."},
		{"an unknown verb after initials", "Rapper t.i. vouchsafed it.", "Rapper T.I. vouchsafed it."},
		{"a surname that is a word too", "Maker l.l. bean opened a shop.", "Maker L.L. Bean opened a shop."},
		{"times of day", "At 9 a.m. and 5 p.m. the ferry sails.", "At 9 a.m. and 5 p.m. the ferry sails."},
		{"lower-case abbreviations", "Fish, e.g. cod, i.e. food, a.k.a. dinner.", "Fish, e.g. cod, i.e. food, a.k.a. dinner."},
		{"a degree", "Anna Varga, ph.d., spoke.", "Anna Varga, ph.d., spoke."},
		{"an address", "See www.a.b.org for more.", "See www.a.b.org for more."},
		{"a single initial", "Anna k. varga spoke.", "Anna k. varga spoke."},
		{"already in capitals", "The U.S. and J.K. Holt.", "The U.S. and J.K. Holt."},
		{"a party and a state", "Sen. Anna Varga (r-s.c.) spoke.", "Sen. Anna Varga (R-S.C.) spoke."},
		{"a surname's particle", "Historian k.m. van holt wrote it.", "Historian K.M. van holt wrote it."},
		{"a hyphened word after", "A j.j. holt-directed film.", "A J.J. holt-directed film."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseDottedIn(tt.in); got != tt.want {
				t.Errorf("raiseDottedIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
