package defect

import (
	"strings"
	"testing"
)

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
		{"no outlet after the slash", "the harbor news desk said riders and/or drivers wait at the pier.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasOutletCredit(tt.in); got != tt.want {
				t.Errorf("hasOutletCredit(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestOutletNamesCoverCredit holds outletNameIn, hasOutletCredit's
// prefilter, to the outlet words outletCredit's expression names.
func TestOutletNamesCoverCredit(t *testing.T) {
	_, alts, ok := strings.Cut(outletCredit.String(), "(?:news|")
	if !ok {
		t.Fatal("outletCredit names no outlet words")
	}
	alts, _, _ = strings.Cut(alts, ")")
	for _, w := range append(strings.Split(alts, "|"), "news") {
		if !outletNameIn(w) {
			t.Errorf("outletNameIn(%q) = false: outletCredit matches it", w)
		}
	}
}

func TestOutletCreditIsCaption(t *testing.T) {
	s := "Ferry chief quits amid fines jane roe/tarnwick gazette the chief of the ferry line resigned on friday."
	if got := Furniture(s); got != Caption {
		t.Errorf("Furniture(%q) = %v, want %v", s, got, Caption)
	}
}

func TestPhotoCaption(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"In this may 2, 2015, file photo, the westvale ferry leaves the pier at dawn.", true},
		{"File - in this tuesday, june 9, 2014 photo, mayor jane roe speaks at the westvale pier.", true},
		{"This undated photo provided by the westvale police shows the stolen ferry bell.", true},
		{"This image made from video shows smoke over the westvale pier on monday.", true},
		{"Above, a ferry at the westvale pier before the fire.", true},
		{"Jane roe, the mayor's aide, is seen outside the westvale court on monday.", true},
		{"Actress jane roe attends the premiere of the harbour at the westvale cinema on may 5, 2015.", true},
		{"In this picture-perfect harbour town, the ferry is the only way in.", false},
		{"In this town, the ferry is the only way in and out of the harbour.", false},
		{"The mayor, who is seen by many as a reformer, closed the westvale pier.", false},
		{"This still shows how little the council knew about the pier.", false},
		{"Jane roe attended the premiere of the harbour at the westvale cinema on may 5.", false},
		{"The ferry is seen as the town's lifeline by most of its residents.", false},
	}
	for _, tt := range tests {
		if got := PhotoCaption(tt.s); got != tt.want {
			t.Errorf("PhotoCaption(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if got := Detect(tt.s, Context{}).Has(Caption); tt.want && !got {
			t.Errorf("Detect(%q) has no caption", tt.s)
		}
	}
}
