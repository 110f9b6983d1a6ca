package defect

import "testing"

func TestHasOutletCredit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"credit after a headline", "ferry chief quits amid fines jane roe/tarnwick gazette the chief of the ferry line resigned on friday.", true},
		{"credit with the", "riders wait at the pier on monday. tom arden / the elmsford star riders waited two hours.", true},
		{"credit opening the sentence", "jane roe/the tarnwick herald the council voted on monday to raise fares.", false},
		{"credit after a label", "photo: jane roe/tarnwick news the council voted on monday to raise fares.", false},
		{"parenthesised credit", "the mayor waves ( jane roe/the tarnwick herald ) as the council meets.", false},
		{"poll sponsors", "a new courier news/elmsford times poll found most riders want later boats.", false},
		{"poll after a credit-like pair", "most riders in a new harbor board/tarnwick times poll want later boats.", false},
		{"no slash", "the council voted on monday to raise fares by ten percent.", false},
		{"slash in a date", "the fares rose on 3/4 after the vote in the harbor news office.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasOutletCredit(tt.in); got != tt.want {
				t.Errorf("hasOutletCredit(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestOutletCreditIsCaption(t *testing.T) {
	s := "Ferry chief quits amid fines jane roe/tarnwick gazette the chief of the ferry line resigned on friday."
	if got := Furniture(s); got != Caption {
		t.Errorf("Furniture(%q) = %v, want %v", s, got, Caption)
	}
}
