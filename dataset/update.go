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
func readDUCSplit(path string, limit int, fn func(Example) error) error {
	return readDUCLines(path, limit, func(d ducLine) error {
		ex := ducExample(d, false)
		arts := slices.Clone(ex.Cluster.Articles)
		slices.SortStableFunc(arts, func(a, b chorus.Article) int {
			if c := a.Published.Compare(b.Published); c != 0 {
				return c
			}
			return strings.Compare(a.ID, b.ID)
		})
		half := len(arts) / 2
		ex.Before, ex.Cluster.Articles = arts[:half:half], arts[half:]
		return fn(ex)
	})
}
