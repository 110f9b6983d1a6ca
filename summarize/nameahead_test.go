package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

// aheadCluster returns a reader's cluster of four sentences: a lead (0);
// a sentence using a surname bare (1) from the second article; another
// article's line (2); the second article's line naming the person in full
// (3), above (1) in its article.
func aheadCluster(bare, full string) (*cluster, chorus.Summary) {
	texts := []string{
		"A ferry worker from Tarnwick died on Sunday after a fall from the harbour wall, police said.",
		bare,
		"The harbour board said it would inspect the wall this week.",
		full,
	}
	c := frameCluster(texts...)
	c.cands[1].doc, c.cands[1].pos = 1, 3
	c.cands[3].doc, c.cands[3].pos = 1, 1
	var sum chorus.Summary
	for _, s := range texts {
		sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
	}
	return c, sum
}

// TestNamesAheadWritten: the sentence naming a person in full moves up to
// just before the first bare use of the surname (a possessive, after
// "Mr.", before a verb of saying); the rest keeps its order.
func TestNamesAheadWritten(t *testing.T) {
	full := "Anna Osei, 41, of Brellin, fell nearly ten metres onto the rocks below."
	for _, bare := range []string{
		"Osei's brother told police the wall had no railing along its top.",
		"Ms. Osei had worked on the ferries for twenty years.",
		"A neighbour said Osei said often that the wall was unsafe.",
	} {
		c, sum := aheadCluster(bare, full)
		picked := []int{0, 1, 2, 3}
		if !c.namesAheadWritten(picked, &sum) {
			t.Errorf("%q: no move", bare)
		}
		if want := []int{0, 3, 1, 2}; !slices.Equal(picked, want) {
			t.Errorf("%q: order %v, want %v", bare, picked, want)
		}
	}
}

// TestNamesAheadWrittenKeeps: the order stands when the name is a longer
// name's or an adjective, when the later sentence quotes someone or
// leans back, when two given names go with the surname, when the bare
// use is in the lead, and for a Fill summary.
func TestNamesAheadWrittenKeeps(t *testing.T) {
	bare := "Osei's brother told police the wall had no railing along its top."
	full := "Anna Osei, 41, of Brellin, fell nearly ten metres onto the rocks below."
	for _, tc := range []struct {
		name, bare, full string
		lead             bool
		fill             bool
	}{
		{"longer name", "The Osei Trust said the wall had no railing along its top.", full, false, false},
		{"adjective", "The Osei family said the wall had no railing along its top.", full, false, false},
		{"quote", bare, `"She loved the sea," Anna Osei's sister said of the ferry worker.`, false, false},
		{"leans back", bare, "She was Anna Osei, 41, of Brellin, a deckhand on the ferries.", false, false},
		{"two given names", bare + " Peter Osei said so too.", full, false, false},
		{"couple", bare, "The cliff path is owned by his parents, Mark and Anna Osei, of Brellin.", false, false},
		{"lead", bare, full, true, false},
		{"fill", bare, full, false, true},
	} {
		c, sum := aheadCluster(tc.bare, tc.full)
		c.reader = !tc.fill
		picked := []int{0, 1, 2, 3}
		if tc.lead {
			picked = []int{1, 0, 2, 3}
			c.lead = 1
		}
		want := slices.Clone(picked)
		if tc.lead {
			sum.Sentences[0], sum.Sentences[1] = sum.Sentences[1], sum.Sentences[0]
		}
		if c.namesAheadWritten(picked, &sum) || !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}
