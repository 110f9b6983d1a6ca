package summarize

import (
	"slices"
	"testing"
)

// obitArticles are an invented pilot's obituaries.
var obitArticles = []string{
	"Ilse Varga was a pilot best known for the first solo crossing of the Tarnwick strait in 1961. She flew mail planes for thirty years.",
	"Varga, the first pilot to fly alone across the strait, has died at the age of 91, her family said on Sunday. She had been ill for months.",
	"The harbor museum will open an exhibit of her planes in May. Varga's son said the family was grateful for the messages.",
	"Ilse died doing what she loved, her grandson said. She was flying over the bay.",
}

func TestOpenWithDeath(t *testing.T) {
	pick := func(c *cluster, ss ...string) []int { return factsWith(t, c, ss...) }
	c := ledeCluster(t, obitArticles...)
	picked := pick(c, "Ilse Varga was a pilot", "harbor museum", "has died at the age")
	want := []int{picked[2], picked[0], picked[1]}
	c.openWithDeath(picked)
	if !slices.Equal(picked, want) || c.lead != picked[0] {
		t.Errorf("order %v lead %d, want %v (the death first)", picked, c.lead, want)
	}

	// Only a possessive names the person: the son's words stay where they are.
	c = ledeCluster(t, obitArticles...)
	picked = pick(c, "Ilse Varga was a pilot", "harbor museum", "Varga's son said")
	checkOrder(t, "a possessive", c.openWithDeath, picked, slices.Clone(picked))

	// A death told under the given name alone stays: it would name her
	// before the biography says who she is.
	c = ledeCluster(t, obitArticles...)
	picked = pick(c, "Ilse Varga was a pilot", "harbor museum", "Ilse died doing")
	checkOrder(t, "a given name alone", c.openWithDeath, picked, slices.Clone(picked))

	// A relative's death under the full name is the news: it leads.
	c = ledeCluster(t, append(slices.Clone(obitArticles), "Ilse Varga's brother has died at the age of 88, the family said on Monday. He was a sailor.")...)
	picked = pick(c, "Ilse Varga was a pilot", "harbor museum", "brother has died")
	checkOrder(t, "a relative's death", c.openWithDeath, picked, []int{picked[2], picked[0], picked[1]})

	// An opening that is not a biography stays.
	c = ledeCluster(t, obitArticles...)
	picked = pick(c, "harbor museum", "has died at the age")
	checkOrder(t, "no biography", c.openWithDeath, picked, slices.Clone(picked))
}

// TestObitOpeningMay holds obitOpeningMay to obitOpening: wherever the
// expression matches, in any case, the test lets it.
func TestObitOpeningMay(t *testing.T) {
	matched := 0
	for _, s := range []string{
		"Ilse Varga was a pilot best known for the crossing.",
		"Dr. Ilse K. Varga, IS ONE of a kind.",
		"Varga waſ the first to cross.",
		"Tomas Rell was one of a kind.",
		"The pilot who crossed the strait was known for it.",
		"Ilse Varga died on Sunday.",
		"Varga",
		"",
	} {
		if obitOpening.MatchString(s) {
			matched++
		}
		if obitOpening.MatchString(s) && !obitOpeningMay(s) {
			t.Errorf("obitOpening matches %q, obitOpeningMay does not", s)
		}
	}
	if matched < 4 {
		t.Errorf("obitOpening matches %d texts: they test too little", matched)
	}
	if obitOpeningMay("The pilot who crossed the strait was known for it.") {
		t.Error("obitOpeningMay(a verb past the fifth word) = true")
	}
}
