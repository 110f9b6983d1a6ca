package summarize

import (
	"slices"
	"testing"
)

// introCluster builds a cluster whose facts are the sentences of texts,
// one a fact, each the first of its own article.
func introCluster(texts ...string) *cluster {
	c := &cluster{lead: -1}
	for i, s := range texts {
		c.cands = append(c.cands, candidate{text: s, prevInDoc: -1, fact: i})
		c.facts = append(c.facts, fact{rep: i})
	}
	return c
}

// TestIntroduceFirst: a body sentence opening "The <role>" that a later
// sentence introduces ("A <role> for ...") comes after it; nothing else
// moves.
func TestIntroduceFirst(t *testing.T) {
	c := introCluster(
		"Ferries from Tarnwick to Brellin were halted on Monday after a hull cracked.",
		"The spokesman didn't say when the crossings would resume.",
		"Ilse Varga, a deckhand, said the crack ran a metre.",
		"A spokesman for the Tarnwick harbour board declined to comment.",
		"The board meets on Friday.",
	)
	picked := []int{0, 1, 2, 3, 4}
	c.introduceFirst(picked)
	if want := []int{0, 3, 1, 2, 4}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
}

// TestIntroduceFirstKeeps: the order stands when an earlier sentence
// names the thing, when the later "a <noun>" goes on with another noun
// ("a ferry pilot"), writes it in the singular for a plural ("an
// account" for "The accounts"), when the opening is a possessor ("The
// ferry's owner"), when "a <noun>" may describe someone else ("was a
// mother of three", "a 2008 tipster"), and for the lead.
func TestIntroduceFirstKeeps(t *testing.T) {
	for _, texts := range [][]string{
		{"A ferry sank off Tarnwick on Monday.", "The ferry carried forty people.", "Marit Osei boarded a ferry at dawn."},
		{"Ferries were halted at Tarnwick.", "The ferry left late.", "Marit Osei, a ferry pilot, said the sea was calm."},
		{"Ferries were halted at Tarnwick.", "The accounts were sold on Monday.", "By opening an account, you agree to the terms."},
		{"Ferries were halted at Tarnwick.", "The ferry's owner is not known.", "Always check that a ferry is insured."},
		{"The spokesman said the ferries stopped.", "Crossings resume on Friday.", "A spokesman for the board confirmed it."},
		{"Ferries were halted at Tarnwick.", "The mother, 32, boarded at dawn.", "The donor was a mother of three from Brellin."},
		{"Ferries were halted at Tarnwick.", "The tipster said the pilot was asleep.", "A 2008 tipster told police the ferry was unsafe."},
	} {
		c := introCluster(texts...)
		picked := []int{0, 1, 2}
		c.introduceFirst(picked)
		if want := []int{0, 1, 2}; !slices.Equal(picked, want) {
			t.Errorf("%q: order %v, want %v", texts[1], picked, want)
		}
	}
}

// TestIntroduceFirstAttached: a sentence its article's next sentence
// reads on from is not moved away from it.
func TestIntroduceFirstAttached(t *testing.T) {
	c := introCluster(
		"Ferries from Tarnwick were halted on Monday.",
		"The spokesman declined to comment.",
		"A spokesman for the harbour board spoke to reporters.",
		"He said the crossings would resume on Friday.",
	)
	c.cands[3].prevInDoc = 2
	picked := []int{0, 1, 2, 3}
	c.introduceFirst(picked)
	if want := []int{0, 1, 2, 3}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
}

// TestIntroduceFirstApposition: a name with "a <role>" in apposition
// introduces the role too.
func TestIntroduceFirstApposition(t *testing.T) {
	c := introCluster(
		"Ferries were halted at Tarnwick.",
		"The pilot was praised by the board.",
		"Marit Osei, a pilot, said the sea was calm.",
	)
	picked := []int{0, 1, 2}
	c.introduceFirst(picked)
	if want := []int{0, 2, 1}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
}
