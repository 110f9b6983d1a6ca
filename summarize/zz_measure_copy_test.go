package summarize

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/internal/datadir"
	"github.com/chorusnews/chorus/story"
)

var measureCopies = flag.Bool("measure-copies", false, "")

func shingleCopy(a, b *document) (bool, float64) {
	n := 0
	j := 0
	for _, h := range a.shingle {
		for j < len(b.shingle) && b.shingle[j] < h {
			j++
		}
		if j < len(b.shingle) && b.shingle[j] == h {
			n++
		}
	}
	small := min(len(a.shingle), len(b.shingle))
	if small == 0 {
		return false, 0
	}
	return small >= 5 && float64(n) >= articleOverlap*float64(small), float64(n) / float64(small)
}

// shareC is story's rule on the summarizer's candidate term sets.
func shareC(c *cluster, a, b *document) float64 {
	total := 0
	for _, ci := range a.cands {
		total += len(c.cands[ci].terms)
	}
	if total < 8 {
		return 0
	}
	copied := 0
	for _, ci := range a.cands {
		s := c.cands[ci].terms
		for _, cj := range b.cands {
			o := c.cands[cj].terms
			lo, hi := min(len(s), len(o)), max(len(s), len(o))
			if float64(lo) < 0.5*float64(hi) {
				continue
			}
			if jaccard(s, o) >= 0.5 {
				copied += len(s)
				break
			}
		}
	}
	return float64(copied) / float64(total)
}

func TestMeasureCopies(t *testing.T) {
	if !*measureCopies {
		t.Skip()
	}
	dir, _ := datadir.Find()
	var pairs, aOnly, bOnly, both int
	var cA, cB, cN, cAll, cNotA int
	out, _ := os.Create("/tmp/text-copy-disagree.txt")
	defer out.Close()
	clu := story.New(story.Options{})
	err := dataset.Read(dir, "multinews-val", 0, func(ex dataset.Example) error {
		arts := ex.Cluster.Articles
		tp := DefaultTuning()
		c := &cluster{p: &tp, bp: DefaultBoilerplate()}
		c.read(arts)
		for i := range c.docs {
			c.docs[i].shingle = sortUnique(c.docs[i].shingle)
		}
		docs := make([]story.Doc, len(arts))
		for i, a := range arts {
			docs[i] = story.Doc{ID: fmt.Sprint(i), Title: a.Title, Text: a.Text}
		}
		for i := range arts {
			for j := range arts {
				if i == j {
					continue
				}
				pairs++
				A := clu.CopyOf(docs[i], []story.Doc{docs[j]}) != ""
				B, share := shingleCopy(&c.docs[i], &c.docs[j])
				C := shareC(c, &c.docs[i], &c.docs[j]) >= 0.5
				if C {
					cAll++
					if A {
						cA++
					} else {
						cNotA++
						fmt.Fprintf(out, "=== C-notA %s %d<-%d share %.2f\n--- %s\n--- %s\n", ex.Cluster.ID, i, j, share, clip(arts[i].Text), clip(arts[j].Text))
					}
					if B {
						cB++
					}
				} else if A {
					cN++
					fmt.Fprintf(out, "=== A-notC %s %d<-%d share %.2f\n--- %s\n--- %s\n", ex.Cluster.ID, i, j, share, clip(arts[i].Text), clip(arts[j].Text))
				}
				switch {
				case A && B:
					both++
				case A:
					aOnly++
					fmt.Fprintf(out, "=== A-only %s %d<-%d share %.2f\n--- %s\n--- %s\n", ex.Cluster.ID, i, j, share, clip(arts[i].Text), clip(arts[j].Text))
				case B:
					bOnly++
					fmt.Fprintf(out, "=== B-only %s %d<-%d share %.2f\n--- %s\n--- %s\n", ex.Cluster.ID, i, j, share, clip(arts[i].Text), clip(arts[j].Text))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("ordered pairs %d: both %d, story-only %d, shingle-only %d", pairs, both, aOnly, bOnly)
	t.Logf("C (story rule on summarizer terms): %d flagged, %d also story, %d not story, %d also shingles; story pairs C misses %d", cAll, cA, cNotA, cB, cN)
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 700 {
		s = s[:700]
	}
	return s
}
