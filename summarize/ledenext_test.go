package summarize

import (
	"slices"
	"testing"
)

// nextCluster is frameCluster with the first two sentences one article's
// first and second and the rest other articles' openings.
func nextCluster(texts ...string) *cluster {
	c := frameCluster(texts...)
	for i := 1; i < len(c.cands); i++ {
		c.cands[i].doc = i - 1
	}
	c.cands[1].doc, c.cands[1].pos = 0, 1
	return c
}

// TestOpenWithNextLede: an opening above its article's news (a caption,
// a quip, background) gives the front to its article's second sentence
// when that one introduces its subject with "a"/"an" and tells what has
// happened; the rest keeps its order.
func TestOpenWithNextLede(t *testing.T) {
	for name, texts := range map[string][]string{
		"caption": {
			"Anna Varga was last seen by a ferryman on the Tarnwick quay in 1958.",
			"A woman who vanished from a Tarnwick boarding house in 1958 has been found by her nephew in Brellin.",
			"Varga was reported missing by her husband in 1965.",
		},
		"quip": {
			"Leave it to the harbour town to find a use for its old ferries.",
			"A group of Tarnwick fishermen have turned two retired ferries into a floating market, the council said.",
			"The market opens on weekends from May.",
		},
		"verb after a comma": {
			"Tarnwick is not the first port to try it.",
			"A study by the Brellin coast institute, published in a marine journal, has found that floating markets draw visitors.",
			"The study counted visitors at six ports.",
		},
	} {
		c := nextCluster(texts...)
		picked := []int{0, 1, 2}
		c.openWithNextLede(picked)
		if want := []int{1, 0, 2}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", name, picked, want)
		}
		if c.lead != 1 {
			t.Errorf("%s: lead %d, want 1", name, c.lead)
		}
	}
}

// TestOpenWithNextLedeKeeps: the order stands when the opening tells its
// own news (a day, the present perfect, an indefinite subject), when the
// second sentence tells no event in the present perfect, tells it in a
// clause only or opens with no subject it introduces, when it is another
// article's, and for a Fill summary.
func TestOpenWithNextLedeKeeps(t *testing.T) {
	const caption = "Anna Varga was last seen by a ferryman on the Tarnwick quay in 1958."
	const lede = "A woman who vanished from a Tarnwick boarding house in 1958 has been found by her nephew in Brellin."
	for _, tc := range []struct {
		name    string
		texts   []string
		fill    bool
		another bool
	}{
		{"opening names its day", []string{"The Tarnwick ferry board fired its captain on Monday.", "A deckhand has been named to stand in for him until June."}, false, false},
		{"opening in the perfect", []string{"Tarnwick has closed its harbour to ferries for the winter.", "A storm has damaged the pier at the harbour mouth."}, false, false},
		{"indefinite opening", []string{"A ferry captain was fired in Tarnwick.", "A deckhand has been named to stand in for him until June."}, false, false},
		{"no perfect", []string{caption, "A neighbour told police in 1965 that she had seen Varga board a ferry."}, false, false},
		{"perfect in a clause", []string{"Tarnwick fishermen sold their catch at the quay for a century.", "A market may seem odd without them, which is why the council has decided to keep the quay open."}, false, false},
		{"no subject introduced", []string{caption, "A week later the police have found her car in Brellin."}, false, false},
		{"another article", []string{caption, lede}, false, true},
		{"fill", []string{caption, lede}, true, false},
	} {
		c := nextCluster(tc.texts...)
		if tc.another {
			c.cands[1].doc = 1
		}
		c.reader = !tc.fill
		picked := []int{0, 1}
		c.openWithNextLede(picked)
		if want := []int{0, 1}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}

// TestNextLedePerfect: the present perfect is read in a part of the
// sentence no "which", "who" ... opens, the part opening on the verb too.
func TestNextLedePerfect(t *testing.T) {
	for s, want := range map[string]bool{
		"A woman who vanished six decades back has been found by her nephew.":       true,
		"A group of three pupils, Anna Varga, 14, have invented a glowing buoy.":    true,
		"A lack of wind has forced the regatta's organizers to shorten the course.": true,
		"A market may seem odd, which is why the council has decided to keep it.":   false,
		"A neighbour told police in 1965 that she had seen Varga board a ferry.":    false,
		"A deckhand who has served ten years was named captain.":                    false,
	} {
		if got := nextLedePerfect(s); got != want {
			t.Errorf("nextLedePerfect(%q) = %v, want %v", s, got, want)
		}
	}
}
