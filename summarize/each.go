package summarize

import (
	"context"
	"runtime"
	"sync"

	"github.com/chorusnews/chorus"
)

// SummarizeEach summarizes every cluster, workers at a time (0: one per
// CPU), and calls fn with each cluster's index, summary and error in input
// order, one call at a time, so that its output is the same as a loop over
// Summarize. At most a few clusters per worker are summarized ahead of the
// one fn waits for. It returns the first error fn returns, or ctx's error
// when ctx ends first; either stops the remaining work, and fn is not
// called again.
func (s *Summarizer) SummarizeEach(ctx context.Context, clusters []chorus.Cluster, opts chorus.Options, workers int, fn func(i int, sum chorus.Summary, err error) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type outcome struct {
		sum chorus.Summary
		err error
	}
	type job struct {
		i   int
		out chan outcome
	}
	var wg sync.WaitGroup
	defer wg.Wait() // after cancel: no goroutine outlives the call
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan job)
	// order holds the outcome channels in input order; its capacity bounds
	// how far the workers run ahead of fn.
	order := make(chan chan outcome, 2*workers)
	wg.Go(func() {
		defer close(order)
		defer close(jobs)
		for i := range clusters {
			out := make(chan outcome, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{i, out}:
			case <-ctx.Done():
				return
			}
		}
	})
	for range min(workers, len(clusters)) {
		wg.Go(func() {
			for j := range jobs {
				sum, err := s.Summarize(clusters[j.i].Articles, opts)
				j.out <- outcome{sum, err}
			}
		})
	}
	i := 0
	for out := range order {
		if err := ctx.Err(); err != nil {
			return err
		}
		var o outcome
		select {
		case o = <-out:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := fn(i, o.sum, o.err); err != nil {
			return err
		}
		i++
	}
	return ctx.Err()
}
