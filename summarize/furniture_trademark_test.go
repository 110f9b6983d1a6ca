package summarize

import "testing"

// TestBrandCopy checks that a firm's marketing line marked by a trademark
// sign is found, and a story's sentence naming a brand is not.
func TestBrandCopy(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"reader", "Ferrobake ® ovens bake the loaf you have always wanted.", true},
		{"exclamation", "The Harbourline™ app books a berth in seconds!", true},
		{"your", "Keep your deck spotless with Gullshine ® cleaner.", true},
		{"third person", "Two in three buyers are couples, according to the Guild of Harbour Agents ®.", false},
		{"quoted", "\"You will love the Ferrobake ® oven,\" said Anna Varga.", false},
		{"no sign", "Ferrobake ovens bake the loaf you have always wanted.", false},
		{"word inside", "The Ferrobake ® oven was first sold in Youngstown in 2002.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := brandCopy(tc.s); got != tc.want {
				t.Errorf("brandCopy(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

// TestCutTrademarkSign checks that the signs and the space before each
// leave the sentence.
func TestCutTrademarkSign(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"spaced", "The Gullshine ® cleaner works on decks.", "The Gullshine cleaner works on decks."},
		{"attached", "The Harbourline™ app opened in May.", "The Harbourline app opened in May."},
		{"before a stop", "The figures come from the Guild of Harbour Agents ®.", "The figures come from the Guild of Harbour Agents."},
		{"two", "Ferrobake ® sells Crumbles ™ in tins.", "Ferrobake sells Crumbles in tins."},
		{"none", "The ferry left at noon.", "The ferry left at noon."},
		{"the sign is the news", "Anna Varga could soon be Anna Varga ®.", "Anna Varga could soon be Anna Varga ®."},
		{"same brand twice", "Ferrobake ® ovens and Ferrobake ® tins sell well.", "Ferrobake ovens and Ferrobake tins sell well."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutTrademarkSign(tc.s); got != tc.want {
				t.Errorf("cutTrademarkSign(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
