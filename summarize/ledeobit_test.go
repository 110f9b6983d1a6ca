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
	kept := slices.Clone(picked)
	c.openWithDeath(picked)
	if !slices.Equal(picked, kept) {
		t.Errorf("a possessive: order %v, want %v", picked, kept)
	}

	// An opening that is not a biography stays.
	c = ledeCluster(t, obitArticles...)
	picked = pick(c, "harbor museum", "has died at the age")
	kept = slices.Clone(picked)
	c.openWithDeath(picked)
	if !slices.Equal(picked, kept) {
		t.Errorf("no biography: order %v, want %v", picked, kept)
	}
}
