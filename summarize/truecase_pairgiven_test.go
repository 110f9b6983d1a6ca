package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaisePairGivenIn(t *testing.T) {
	// the invented cluster's counts: pair uses and all uses of the word
	counts := map[[2]string][2]int{
		{"stormy", "halvorsen"}: {5, 5},
		{"fiat", "tremont"}:     {4, 4},
		{"daily", "ledger"}:     {4, 9}, // "daily" mostly elsewhere
		{"solar", "eclipse"}:    {6, 6}, // a common word
		{"archives", "marta"}:   {5, 5}, // a plural noun
		{"isa", "brennock"}:     {3, 3}, // three, "Brennock said" elsewhere
		{"ollo", "quarne"}:      {3, 3}, // three, never a speaker
		{"von", "stade"}:        {5, 5}, // a particle
	}
	pairUses := func(a, b string) (int, int) {
		n := counts[[2]string{a, b}]
		return n[0], n[1]
	}
	speaks := func(a, b string) bool { return b == "brennock" }
	tc := truecase.Default()
	for _, tt := range []struct{ name, in, want string }{
		{"pair", "The singer (aka stormy Halvorsen) sued.", "The singer (aka Stormy Halvorsen) sued."},
		{"firm", "They sued fiat Tremont on Monday.", "They sued Fiat Tremont on Monday."},
		{"share", "The daily Ledger reported it.", "The daily Ledger reported it."},
		{"common", "The solar Eclipse drew crowds.", "The solar Eclipse drew crowds."},
		{"plural", "Photo archives Marta Quill waves.", "Photo archives Marta Quill waves."},
		{"speaker", "He wrote to isa Brennock, a producer.", "He wrote to Isa Brennock, a producer."},
		{"three", "He met ollo Quarne there.", "He met ollo Quarne there."},
		{"particle", "Prince von Stade spoke.", "Prince von Stade spoke."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := raisePairGivenIn(tt.in, tc, pairUses, speaks); got != tt.want {
				t.Errorf("raisePairGivenIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
