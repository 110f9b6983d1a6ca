package story

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayCopy checks that the originals index never hides an original:
// the copy test over the articles mayCopy keeps picks what a test of every
// article of the story picks, for invented articles that copy, spin or
// merely share words with earlier ones, after merges and replacements.
func TestMayCopy(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := strings.Fields("harbour bridge council vote flood river mayor budget school strike rail port " +
		"storm tower museum court judge appeal festival market factory union pension tunnel")
	sentence := func() string {
		n := 6 + rng.IntN(8)
		w := make([]string, n)
		for i := range w {
			w[i] = words[rng.IntN(len(words))]
		}
		return strings.Join(w, " ") + "."
	}
	var pool []string // sentences earlier articles used
	article := func() string {
		var b strings.Builder
		for range 3 + rng.IntN(4) {
			if len(pool) > 0 && rng.IntN(3) > 0 {
				b.WriteString(pool[rng.IntN(len(pool))] + " ") // copied
			} else {
				s := sentence()
				pool = append(pool, s)
				b.WriteString(s + " ")
			}
		}
		return b.String()
	}
	c := New(Options{})
	decisions, copiesFound := 0, 0
	for i := range 400 {
		d := Doc{ID: fmt.Sprint(i), Title: "Invented", Text: article()}
		story := int64(1 + i%3)
		if i%50 == 49 {
			c.Merge(story, 1) // stories merge now and then
		}
		vec, sents := c.vectorize(d)
		cl := c.stories[story]
		if cl != nil && sents.Len() > 0 {
			all, _ := c.bestOriginal(d.ID, &sents, cl.members, 0, nil)
			fast, _ := c.bestOriginal(d.ID, &sents, c.mayCopy(&sents, cl, c.opts.Duplicate), 0, nil)
			_, want := c.bestOriginal(d.ID, &sents, cl.members, 0, nil)
			_, got := c.bestOriginal(d.ID, &sents, c.mayCopy(&sents, cl, c.opts.Duplicate), 0, nil)
			if (all >= c.opts.Duplicate) != (fast >= c.opts.Duplicate) || (all >= c.opts.Duplicate && got != want) {
				t.Fatalf("article %d: every article gives %.3f (%v), the index %.3f (%v)", i, all, want, fast, got)
			}
			decisions++
			if all >= c.opts.Duplicate {
				copiesFound++
			}
		}
		dup := ""
		if i%7 == 6 && cl != nil && len(cl.members) > 0 {
			dup = cl.members[0].id
		}
		c.Apply(Decision{Story: story, DuplicateOf: dup, doc: d, vec: vec, sents: sents}, story)
		if i%40 == 39 { // an update of an earlier article
			if _, held := c.Replace(Doc{ID: fmt.Sprint(i - 20), Title: "Invented", Text: article()}); !held {
				t.Fatalf("article %d not held", i-20)
			}
		}
	}
	if decisions < 300 || copiesFound < 20 || copiesFound == decisions {
		t.Fatalf("%d copy tests, %d copies: the invented stream does not exercise the index", decisions, copiesFound)
	}
}
