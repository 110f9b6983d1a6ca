package service

import (
	"context"
	"time"

	"github.com/chorusnews/chorus"
)

// awaitStories waits, up to Options.AssignWait, until the inbox entries
// queued (of results[at[i]]) are assigned and every result has a story,
// then fills in the results' stories and copy decisions. When this process
// assigns, each batch hands its decisions over in memory and wakes it.
// Otherwise it reads the stories from the store: where the store tells of
// every process's batches (PostgreSQL), only after a batch committed since
// since, taken before the ingest transaction committed (a batch that
// assigned the entries commits after them), and then after each batch,
// polling only as a fallback; elsewhere it polls every few milliseconds.
func (s *Service) awaitStories(ctx context.Context, queued []int64, at []int, results []chorus.IngestResult, since <-chan struct{}) error {
	start := time.Now()
	pending := func() bool {
		for _, r := range results {
			if r.StoryID == 0 {
				return true
			}
		}
		return false
	}
	if len(queued) == 0 && !pending() {
		return nil
	}
	s.watch(queued)
	defer s.unwatch(queued)
	deadline := time.NewTimer(s.opts.AssignWait)
	defer deadline.Stop()
	// Where the store tells of other processes' batches (PostgreSQL), a
	// store poll is only a fallback.
	watcher, _ := s.store.(assignWatcher)
	backoff, maxBackoff := time.Millisecond, 25*time.Millisecond
	if watcher != nil {
		backoff, maxBackoff = 25*time.Millisecond, 200*time.Millisecond
	}
	if since != nil {
		backoff = maxBackoff
	}
	timedOut := false // the last wait was the fallback timer's
	// The assigner of this process hands its decisions over: the store
	// is read only when that takes long (the role moved meanwhile).
	// Where the store's notifications carry the assigner's decisions, a
	// follower reads the store only every maxBackoff, as a fallback.
	_, hasDecisions := s.store.(decisionSource)
	hears := since != nil && hasDecisions && len(queued) > 0
	polled := time.Now()
	if watcher == nil || (since != nil && !hears) {
		polled = time.Time{}
	}
	for {
		if s.looping.Load() == 0 {
			s.assignHere(ctx)
		}
		s.mu.Lock()
		woken, leads := s.assigned, s.lead != nil
		s.mu.Unlock()
		var notified <-chan struct{}
		if watcher != nil && !leads {
			notified = watcher.Assigned()
		}
		done := s.decided(queued, at, results) && !pending()
		// Nothing to read before a batch committed after the entries, but
		// on the fallback timer (a notification lost while the store's
		// listener reconnects).
		batched := true
		if since != nil {
			select {
			case <-since:
			default:
				batched = timedOut || leads
			}
		}
		if !done && batched && since != nil && !leads {
			done = s.heard(queued, at, results) && !pending()
		}
		mayRead := !leads || time.Since(polled) >= 25*time.Millisecond
		if hears && !leads {
			mayRead = time.Since(polled) >= maxBackoff
		}
		var err error
		if !done && batched && mayRead {
			polled = time.Now()
			done, err = s.readStories(ctx, queued, results)
		}
		if err != nil {
			return err
		}
		if done && !pending() {
			s.metrics.assignWait.Observe(time.Since(start).Seconds())
			return nil
		}
		t := time.NewTimer(backoff)
		timedOut = false
		select {
		case <-woken:
		case <-notified:
		case <-t.C:
			timedOut = true
		case <-ctx.Done():
		case <-deadline.C:
		}
		t.Stop()
		if ctx.Err() != nil || time.Since(start) >= s.opts.AssignWait {
			s.metrics.pending.Inc()
			s.log.Warn("stories pending after the assignment wait", "articles", len(results), "waited_ms", time.Since(start).Milliseconds())
			return nil
		}
		backoff = min(2*backoff, maxBackoff)
	}
}

// assignWatcher is a store that tells when a story assigner commits a
// batch (the postgres and sqlite stores; SQLite only of its own process).
type assignWatcher interface {
	// Assigned returns a channel closed at the next batch committed.
	Assigned() <-chan struct{}
}

// everyAssigner is an assignWatcher whose Assigned tells of the batches of
// the assigner of any process sharing the store (the postgres store).
type everyAssigner interface {
	assignWatcher
	// AssignedAnywhere reports whether Assigned tells of any process's
	// batches.
	AssignedAnywhere() bool
}

// decisionSource is a store whose batch notifications carry the
// assigner's decisions (the postgres store).
type decisionSource interface {
	// Decision returns the story and copy decision of an inbox entry when
	// a batch notification heard by this process carried it.
	Decision(inbox int64) (story int64, dupOf string, ok bool)
}

// heard fills results[at[i]] from the decisions the store heard for
// queued and reports whether it heard them all.
func (s *Service) heard(queued []int64, at []int, results []chorus.IngestResult) bool {
	src, ok := s.store.(decisionSource)
	if !ok {
		return false
	}
	stories, dups := make([]int64, len(queued)), make([]string, len(queued))
	for i, q := range queued {
		if stories[i], dups[i], ok = src.Decision(q); !ok {
			return false
		}
	}
	for i := range queued {
		results[at[i]].StoryID, results[at[i]].DuplicateOf = stories[i], dups[i]
	}
	return true
}

// batchSignal returns the channel of the store's next assignment batch
// when this process does not assign and the store tells of every
// process's batches, else nil.
func (s *Service) batchSignal() <-chan struct{} {
	s.mu.Lock()
	leads := s.lead != nil
	s.mu.Unlock()
	if w, ok := s.store.(everyAssigner); ok && !leads && w.AssignedAnywhere() {
		return w.Assigned()
	}
	return nil
}

// readStories reads the stories of results from the store once the inbox
// entries queued are assigned, reporting whether they were.
func (s *Service) readStories(ctx context.Context, queued []int64, results []chorus.IngestResult) (bool, error) {
	done := false
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		n, err := r.Waiting(ctx, queued)
		if err != nil || n > 0 {
			return err
		}
		for i := range results {
			a, err := r.Article(ctx, results[i].ID)
			if err != nil {
				return err
			}
			results[i].StoryID, results[i].DuplicateOf = a.StoryID, a.DuplicateOf
		}
		done = true
		return nil
	})
	return done, err
}

// assignment is the assigner's decision for one inbox entry, handed to the
// Ingest of this process that waits for it.
type assignment struct {
	story   int64
	dupOf   string
	decided bool
}

// handOver is a decision of the batch being assigned for an inbox entry
// that an Ingest of this process waits for; it is handed over on commit.
type handOver struct {
	seq int64
	a   assignment
}

// watch registers inbox entries this process's Ingest waits for, so that
// this process's assigner hands their decisions over in memory.
func (s *Service) watch(seqs []int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, q := range seqs {
		s.watched[q] = assignment{}
	}
}

// unwatch forgets the entries of watch.
func (s *Service) unwatch(seqs []int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, q := range seqs {
		delete(s.watched, q)
	}
}

// decided fills results[at[i]] from the decisions handed over for queued
// and reports whether all were.
func (s *Service) decided(queued []int64, at []int, results []chorus.IngestResult) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, q := range queued {
		if !s.watched[q].decided {
			return false
		}
	}
	for i, q := range queued {
		a := s.watched[q]
		results[at[i]].StoryID, results[at[i]].DuplicateOf = a.story, a.dupOf
	}
	return true
}
