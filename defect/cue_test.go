package defect

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// matchEvery is cueTable.match as it read every byte pair of lower, the
// reference TestCueMatchSame holds match to.
func (t *cueTable) matchEvery(lower string) Set {
	var set Set
	lead := strings.TrimLeft(lower, `"'([•*·-–— `)
	for _, c := range cues {
		if (c.prefix || len(c.phrase) < 2) && c.match(lower, lead) {
			set = set.With(c.class)
		}
	}
	for i := 0; i+1 < len(lower); i++ {
		k := int(lower[i])<<8 | int(lower[i+1])
		if t.some[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, j := range t.pairs[k] {
			c := &cues[j]
			if set.Has(c.class) || !strings.HasPrefix(lower[i:], c.phrase) {
				continue
			}
			if i == 0 || !isLetter(c.phrase[0]) || !isLetter(lower[i-1]) {
				set = set.With(c.class)
			}
		}
	}
	return set
}

// TestCueMatchSame compares cueTable.match with matchEvery on strings
// drawn from the cues' phrases, their pieces, letters and punctuation, so
// that cues often sit inside words and often start them.
func TestCueMatchSame(t *testing.T) {
	var pieces []string
	for _, c := range cues {
		pieces = append(pieces, c.phrase, c.phrase[:len(c.phrase)/2], c.phrase[len(c.phrase)/2:])
	}
	pieces = append(pieces, "a", "x", "Q", " ", ", ", "(", "é", "-", "tarnwick ", "9")
	rng := rand.New(rand.NewPCG(1, 17))
	found := 0
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := cueIndex.matchEvery(s)
		if want != 0 {
			found++
		}
		if got := cueIndex.match(s); got != want {
			t.Fatalf("match(%q) = %v, the reference says %v", s, got, want)
		}
	}
	if found < 10000 || found > 90000 {
		t.Errorf("%d of 100000 strings hold a cue: the draw tests too little", found)
	}
}
