package main

import (
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/lang"
)

// checkLanguages applies Chorus's language policy (package lang) to the
// clusters about to be summarized, in place, workers clusters at a time
// (0: one per CPU). A cluster whose articles are all surely in another
// language than English is refused: its articles are removed and its
// refusal is returned at its index. From any other cluster the articles
// surely in another language are left out, each named in a warning on
// stderr, in input order. A nil slice means every cluster is kept.
func checkLanguages(clusters []chorus.Cluster, workers int, stderr io.Writer) []error {
	type verdict struct {
		kept    chorus.Cluster
		dropped []lang.Dropped
		err     error
	}
	// The detector reads every article that is not plainly English, and
	// on a large stream it would cost as much wall time as summarizing on
	// one core: the clusters are checked in parallel, the verdicts applied
	// in order.
	verdicts := make([]verdict, len(clusters))
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(min(workers, len(clusters)), 1) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(clusters) {
					return
				}
				v := &verdicts[i]
				v.kept, v.dropped, v.err = lang.Filter(clusters[i])
			}
		})
	}
	wg.Wait()
	var refused []error
	for i, v := range verdicts {
		if v.err != nil {
			if refused == nil {
				refused = make([]error, len(clusters))
			}
			refused[i] = v.err
			clusters[i].Articles = nil
			continue
		}
		for _, d := range v.dropped {
			fmt.Fprintf(stderr, "chorus summarize: warning: %s: article %s left out: %s\n", clusters[i].ID, d.Article.ID, chorus.ErrorMessage(d.Err))
		}
		clusters[i] = v.kept
	}
	return refused
}
