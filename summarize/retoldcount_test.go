package summarize

import (
	"testing"
)

// TestReplaceSpreadCounts checks that a sentence giving again a count
// another chosen sentence gives, its other words given by the rest of
// the summary, is left out, and that one adding a number, a name, a
// denial, a second instance or words of its own stays, on invented
// sentences.
func TestReplaceSpreadCounts(t *testing.T) {
	lead := "Inspectors took 312 stray cats from a farm outside Dunmere on Friday, the county said."
	farm := "The farm's owner, Edda Tallis, had kept the animals in three barns for years."
	vets := "Volunteer vets in Dunmere are checking the cats before they are offered for adoption."
	tests := []struct {
		name, last string
		want       bool // left out
	}{
		{"the count retold", "In all, 312 cats were found in the barns of the Dunmere farm, the county said.", true},
		{"a describing word between", "The 312 stray cats will be offered for adoption, the county said.", true},
		{"a number of its own", "In all, 312 cats were found in the barns, and 40 of them were sick.", false},
		{"another count", "In all, 315 cats were found in the barns of the Dunmere farm.", false},
		{"a second instance", "Another 312 cats were found in the barns of a second Dunmere farm.", false},
		{"a denial", "Tallis denies that 312 cats were kept in the barns of the Dunmere farm.", false},
		{"a name of its own", "In all, 312 cats were found in the barns, Sheriff Orla Brennick said.", false},
		{"words of its own", "The 312 cats were found after a neighbour complained about the smell drifting across the valley road.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastLeftOut(t, (*cluster).replaceSpreadCounts, tt.want, lead, farm, vets, tt.last)
		})
	}
}

// TestCountUnit checks that a figure's noun is read past a word
// describing it, and that other figures differ.
func TestCountUnit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"They found 312 stray cats.", "They found 312 cats.", true},
		{"They found 312 cats.", "They found 312 cats.", true},
		{"They found 312 cats.", "They found 312 dogs.", false},
		{"Turnout was 62.5%.", "It won 62.5 percent.", true},
	}
	for _, tt := range tests {
		fa, fb := countedFigures(tt.a), countedFigures(tt.b)
		if len(fa) != 1 || len(fb) != 1 {
			t.Fatalf("figures %v and %v, want one each", fa, fb)
		}
		if got := countUnit(fa[0], fb[0]); got != tt.want {
			t.Errorf("countUnit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
