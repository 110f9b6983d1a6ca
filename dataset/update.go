package dataset

import (
	"fmt"
	"slices"

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
