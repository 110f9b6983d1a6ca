package summarize

import "testing"

func TestGluedSentence(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"two function words opening", "Butthey told the Tarnwick gazette the pier would close.", true},
		{"content word and that", "The harbour board criticised the court's rulingthat the pier must close.", true},
		{"and then a verb", "Anna Varga andwere married in Tarnwick in May.", true},
		{"to and the", "She spoke tothe harbour board on Friday night.", true},
		{"the then a noun", "The council held therally outside the harbour office.", true},
		{"from then a noun", "Sailors who learned fromyoung age kept the boats.", true},
		{"name ending and", "Police said tom selland was held in Tarnwick.", false},
		{"idiom this close", "The show brought us thisclose to the end.", false},
		{"plain sentence", "The harbour master said the pier would close on Friday.", false},
		{"name like has-an", "Tarnwick mayor anna hasan said the pier would close.", false},
		{"name like the-sing", "Police named the men as tom harris and luke thesing on Friday.", false},
		{"name opening with the", "Theodor Varga opened the harbour office in 1990.", false},
		{"dictionary word whereupon", "The board met, whereupon the mayor resigned.", false},
		{"dictionary word therewith", "The ferry and the fees charged therewith were cut.", false},
		{"dictionary word behave", "Sailors behave badly when the pubs close early.", false},
		{"capitalised mid-sentence", "The race was won by Thesing, a Tarnwick sailor.", false},
		{"four letters", "The board cut the fee asit had to.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := gluedSentence(tc.s); got != tc.want {
				t.Errorf("gluedSentence(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

// TestGluedMaySplit: every word the two shapes of gluedWord make passes
// gluedMaySplit, its test before the model is read.
func TestGluedMaySplit(t *testing.T) {
	contents := []string{"harbor", "tunnel", "ferryman", "quietly", "orchard"}
	for a := range gluedFunction {
		for b := range gluedFunction {
			if len(b) >= 3 && len(a+b) >= gluedMinLen && !gluedMaySplit(a+b) {
				t.Errorf("gluedMaySplit(%q) = false", a+b)
			}
		}
		for _, c := range contents {
			if gluedSecond[a] && !gluedMaySplit(c+a) {
				t.Errorf("gluedMaySplit(%q) = false", c+a)
			}
			if gluedFirst[a] && !gluedMaySplit(a+c) {
				t.Errorf("gluedMaySplit(%q) = false", a+c)
			}
		}
	}
	for _, w := range []string{"harbor", "tunnels", "quietly"} {
		if gluedMaySplit(w) {
			t.Errorf("gluedMaySplit(%q) = true", w)
		}
	}
}
