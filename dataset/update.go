package dataset

import (
	"fmt"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
)

// readDUCUpdate streams the DUC 2007 update task: 10 topics, each as sets
// A, B and C in that order, references one sentence per line. Each example
// carries in Before the documents of the earlier sets its line names in
// update_after, which must precede it in the file. It holds one topic's
// earlier sets at a time.
func readDUCUpdate(path string, limit int, fn func(Example) error) error {
	seen := map[string][]chorus.Article{}
	return readDUCLines(path, limit, func(d ducLine) error {
		ex := ducExample(d, false)
		for _, id := range d.UpdateAfter {
			arts, ok := seen[id]
			if !ok {
				return fmt.Errorf("cannot read update set %s: earlier set %s not read before it", d.ID, id)
			}
			ex.Before = append(ex.Before, arts...)
		}
		if len(d.UpdateAfter) == 0 {
			clear(seen) // a new topic: the earlier topic's sets are done with
		}
		seen[d.ID] = slices.Clip(ex.Cluster.Articles)
		return fn(ex)
	})
}

// readDUCSplit streams duc2006-split, a development proxy of the update
// task made from DUC 2006: each topic's documents are ordered by date (then
// id), the earlier half (the smaller, for an odd count) is what the reader
// has read (Before) and the later half is the cluster. The references are
// DUC 2006's own, written for the whole topic and not as update
// summaries: they reward what the later half tells, whether or not the
// earlier half told it too, so the set measures what an update summary
// costs in content and not whether it leaves out the right things.
//
// duc2003-split is the same cut of DUC 2003's clusters (tokenized: its
// references are detokenized as duc2003's). DUC 2003 has no topic, so it
// measures an update without a query: its references summarize a news
// event for no stated question, and do not answer a topic by
// construction as DUC 2006's do. Its clusters are TDT events of 9 or 10
// documents, so its new sets (5 documents; 3 or 4 in duc2003-update) are
// smaller than DUC 2006's and often summarized in the few-sources regime
// (summarize.Tuning.MinSources).
func readDUCSplit(path string, tokenized bool, limit int, fn func(Example) error) error {
	return readDUCLines(path, limit, func(d ducLine) error {
		ex := ducExample(d, tokenized)
		arts := byDate(ex.Cluster.Articles)
		half := len(arts) / 2
		ex.Before, ex.Cluster.Articles = arts[:half:half], arts[half:]
		return fn(ex)
	})
}

// byDate returns the articles ordered by date, then id.
func byDate(articles []chorus.Article) []chorus.Article {
	arts := slices.Clone(articles)
	slices.SortStableFunc(arts, func(a, b chorus.Article) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return arts
}

// readDUCSets streams duc2006-update, a development proxy of the update
// task shaped like the DUC 2007 one: each DUC 2006 topic's documents,
// ordered by date (then id), are cut into sets A, B and C in the DUC 2007
// proportions 10 : 8 : 7 (of 25 documents; A at least one), and each set
// is an example, B read after A and C after A and B (Before), cluster ids
// suffixed "-A", "-B", "-C"; an empty set is left out. As in
// duc2006-split, the references are DUC 2006's own, written for the
// whole topic, so every set of a topic is scored against the same four.
// limit counts sets. duc2003-update is the same cut of DUC 2003 (sets of
// about 4, 3 and 3 documents; see readDUCSplit).
func readDUCSets(path string, tokenized bool, limit int, fn func(Example) error) error {
	n := 0
	return readDUCLines(path, 0, func(d ducLine) error {
		ex := ducExample(d, tokenized)
		arts := byDate(ex.Cluster.Articles)
		a := max(len(arts)*10/25, 1)
		b := max(len(arts)*18/25, a)
		bounds := [][2]int{{0, min(a, len(arts))}, {min(a, len(arts)), b}, {b, len(arts)}}
		for i, r := range bounds {
			if r[1] <= r[0] {
				continue
			}
			if limit > 0 && n >= limit {
				return errStop
			}
			set := ex
			set.Cluster.ID = d.ID + "-" + string(rune('A'+i))
			set.Cluster.Articles = arts[r[0]:r[1]:r[1]]
			set.Before = arts[:r[0]:r[0]]
			if r[0] == 0 {
				set.Before = nil
			}
			if err := fn(set); err != nil {
				return err
			}
			n++
		}
		return nil
	})
}
