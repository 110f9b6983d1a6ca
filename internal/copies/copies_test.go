package copies

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

func doc(text string) Doc { return NewDoc(Sentences(text, nil)) }

func TestShare(t *testing.T) {
	orig := "The Korvath dam burst on Tuesday near Valdoria. Floodwater swept through three villages below the dam. Rescue teams evacuated 4,000 residents as the reservoir emptied."
	tests := []struct {
		name     string
		text     string
		min, max float64
		copy     bool
	}{
		{"copy", orig, 1, 1, true},
		{"copy with footer", orig + " The reporter grew up in a mining village north of Valdoria.", 0.6, 0.95, true},
		{"spun", "The Korvath dam collapsed on Tuesday close to Valdoria. Floodwater swept through three villages beneath the dam. Rescue crews evacuated 4,000 residents as the reservoir drained.", 1, 1, true},
		{"half copied", "The Korvath dam burst on Tuesday near Valdoria. Engineers had warned the council about cracks in the wall for years. Insurers expect claims to top a billion.", 0.2, 0.5, false},
		{"same event, own words", "Thousands fled their homes after the Korvath dam failed near Valdoria. Engineers had reported cracks in the dam.", 0, 0, false},
		{"too short to tell", "Korvath dam burst.", 0, 0, false},
		{"unrelated", "Mira Tensk won the world chess final in Ostrel on Sunday after six drawn games.", 0, 0, false},
		{"empty", "", 0, 0, false},
	}
	base := doc(orig)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := doc(tt.text)
			if got := Share(&a, &base, 0); got < tt.min || got > tt.max {
				t.Errorf("Share = %.3f, want in [%.2f, %.2f]", got, tt.min, tt.max)
			}
			if got := Of(&a, &base); got != tt.copy {
				t.Errorf("Of = %v, want %v", got, tt.copy)
			}
		})
	}
}

// TestDirected checks that a short item quoted whole in a long article
// copies the article, while the article does not copy it.
func TestDirected(t *testing.T) {
	tweet := doc("Tarnwick will rebuild the Marrow bridge stone by stone, and trains and buses will cross it again next summer.")
	article := doc("The mayor of Tarnwick promised on Monday to restore the bridge that collapsed last week. " +
		"Tarnwick will rebuild the Marrow bridge stone by stone, and trains and buses will cross it again next summer. " +
		"Engineers estimate the cost at four million crowns. The regional government has not yet said whether it will help. " +
		"Ferries will carry commuters across the river until then.")
	if !Of(&tweet, &article) {
		t.Error("the quoted item is not found a copy of the article quoting it")
	}
	if Of(&article, &tweet) {
		t.Error("the article is found a copy of the item it quotes")
	}
}

// TestBound checks that the linear bound never changes a decision: Share
// with the bound agrees with the plain quadratic count on every pair.
func TestBound(t *testing.T) {
	texts := []string{
		"The Korvath dam burst on Tuesday near Valdoria. Floodwater swept through three villages below the dam.",
		"The Korvath dam collapsed on Tuesday close to Valdoria. Floodwater swept through three villages beneath the dam.",
		"Floodwater swept through three villages below the dam. Rescue teams evacuated 4,000 residents.",
		"Rescue teams evacuated 4,000 residents as the reservoir emptied. Engineers had warned about cracks.",
	}
	for _, need := range []float64{0, 0.3, 0.5, 0.8, 1} {
		for _, x := range texts {
			for _, y := range texts {
				a, b := doc(x), doc(y)
				got := Share(&a, &b, need) >= need
				want := plainShare(&a, &b) >= need
				if a.total < MinWords {
					want = need <= 0
				}
				if got != want {
					t.Errorf("need %.1f: bounded %v, plain %v\n%q\n%q", need, got, want, x, y)
				}
			}
		}
	}
}

func plainShare(a, b *Doc) float64 {
	copied := 0
	for _, s := range a.sents {
		for _, o := range b.sents {
			if jaccard(s, o) >= SentenceMatch {
				copied += len(s)
				break
			}
		}
	}
	return float64(copied) / float64(a.total)
}

func jaccard(a, b []uint64) float64 {
	m := map[uint64]bool{}
	for _, x := range a {
		m[x] = true
	}
	n := 0
	for _, x := range b {
		if m[x] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// TestFixtures runs the copy test on the summarizer's invented fixtures:
// the syndicated and spun copies are copies of their originals, the local
// report is no copy.
func TestFixtures(t *testing.T) {
	read := func(path string) Doc {
		b, err := os.ReadFile(filepath.Join("..", "..", "summarize", "testdata", filepath.FromSlash(path)))
		if err != nil {
			t.Fatal(err)
		}
		return doc(string(b))
	}
	tests := []struct {
		copy, orig string
		want       bool
	}{
		{"syndicated/2-copy.txt", "syndicated/1-wire.txt", true},
		{"syndicated/3-local.txt", "syndicated/1-wire.txt", false},
		{"spun/2-spun.txt", "spun/1-original.txt", true},
		{"spun/1-original.txt", "spun/2-spun.txt", true},
	}
	for _, tt := range tests {
		a, b := read(tt.copy), read(tt.orig)
		if got := Of(&a, &b); got != tt.want {
			t.Errorf("%s copies %s: %v, want %v (share %.2f)", tt.copy, tt.orig, got, tt.want, Share(&a, &b, 0))
		}
	}
}

// TestPrefix checks the prefix-filtering promise on random sets: any two
// sets whose Jaccard similarity reaches SentenceMatch share a term of their
// prefixes.
func TestPrefix(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	set := func() []uint64 {
		n := 1 + rng.IntN(12)
		s := make([]uint64, 0, n)
		for range n {
			s = append(s, uint64(rng.IntN(20)))
		}
		return lex.SortUnique(s)
	}
	met, matched := 0, 0
	for range 20000 {
		a, b := set(), set()
		if lex.Jaccard(a, b) < SentenceMatch {
			continue
		}
		matched++
		if lex.Intersect(Prefix(a), Prefix(b)) > 0 {
			met++
		} else {
			t.Errorf("sets %v and %v match but their prefixes %v and %v share no term", a, b, Prefix(a), Prefix(b))
		}
	}
	if matched < 100 {
		t.Fatalf("only %d matching pairs drawn", matched)
	}
	for _, n := range []int{0, 1, 2, 3, 10} {
		s := make([]uint64, n)
		if p := Prefix(s); len(p) > n || (n > 0 && len(p) == 0) {
			t.Errorf("Prefix of %d terms has %d", n, len(p))
		}
	}
}
