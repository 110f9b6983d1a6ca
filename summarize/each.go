package summarize

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/chorusnews/chorus"
)

// SummarizeEach summarizes every cluster, workers at a time (0: one per
// CPU), and calls fn with each cluster's index, summary and error in input
// order, one call at a time and from the calling goroutine, so that its
// output is the same as a loop over Summarize. At most a few clusters per
// worker are summarized ahead of the one fn waits for. It returns the first
// error fn returns, or ctx's error when ctx ends first; either stops the
// remaining work, and fn is not called again. A cluster's own Query focuses
// its summary when opts.Query is empty.
//
// The calling goroutine is one of the workers: while the next cluster in
// order is not ready it summarizes another instead of waiting, so the
// workers seldom need waking and an overloaded machine costs little more
// than the lost CPU time.
func (s *Summarizer) SummarizeEach(ctx context.Context, clusters []chorus.Cluster, opts chorus.Options, workers int, fn func(i int, sum chorus.Summary, err error) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(min(workers, len(clusters)), 1)
	type outcome struct {
		sum chorus.Summary
		err error
	}
	var (
		results = make([]outcome, len(clusters))
		ready   = make([]chan struct{}, len(clusters)) // closed once results[i] is set
		claimed atomic.Int64                           // clusters handed out
		// ahead holds a token per cluster claimed and not yet given to
		// fn: its capacity bounds the work done ahead of fn.
		ahead = make(chan struct{}, 2*workers)
	)
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	// work claims and summarizes the next cluster, and reports whether
	// there was one.
	work := func() bool {
		i := int(claimed.Add(1) - 1)
		if i >= len(clusters) {
			return false
		}
		o := opts
		if o.Query == "" {
			o.Query = clusters[i].Query
		}
		sum, err := s.Summarize(clusters[i].Articles, o)
		results[i] = outcome{sum, err}
		close(ready[i])
		return true
	}

	var wg sync.WaitGroup
	defer wg.Wait() // after cancel: no goroutine outlives the call
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range workers - 1 {
		wg.Go(func() {
			for {
				select {
				case ahead <- struct{}{}:
				case <-ctx.Done():
					return
				}
				if !work() {
					<-ahead
					return
				}
			}
		})
	}
	for i := range clusters {
		// Until cluster i is ready, summarize others if the window allows.
		for wait := true; wait; {
			select {
			case <-ready[i]:
				wait = false
				continue
			default:
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			select {
			case ahead <- struct{}{}:
				if !work() {
					<-ahead
					wait = false // everything is claimed: wait below
				}
			default:
				wait = false // the window is full: wait below
			}
		}
		select {
		case <-ready[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		o := results[i]
		results[i] = outcome{}
		<-ahead
		if err := fn(i, o.sum, o.err); err != nil {
			return err
		}
	}
	return nil
}
