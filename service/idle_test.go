//go:build unix

package service

import (
	"context"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/mock"
)

// idleWindow is how long TestIdleWorkersStayIdle watches an idle service.
const idleWindow = 3 * time.Second

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime(t *testing.T) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestIdleWorkersStayIdle ingests one article into a running service, waits
// for its summary, then watches the idle process: the service itself must
// leave the store alone, and River's pollers (one job fetch a Poll, leader
// election and maintenance every few seconds; on SQLite there is no
// LISTEN/NOTIFY, so the fetch is a poll) must cost next to nothing. The old
// worker, which re-armed its own wake-up, spun a core forever (about 1 CPU
// second a second); the bound here is 3% of a core, and the test logs what
// it measured.
func TestIdleWorkersStayIdle(t *testing.T) {
	for _, workers := range []int{1, 3} {
		// The store counts the service's transactions.
		db := openDB(t, t.TempDir())
		var txs atomic.Int64
		store := &mock.Store{
			Store: db,
			ViewFn: func(ctx context.Context, fn func(chorus.StoreReader) error) error {
				txs.Add(1)
				return db.View(ctx, fn)
			},
			UpdateFn: func(ctx context.Context, fn func(chorus.StoreTx) error) error {
				txs.Add(1)
				return db.Update(ctx, fn)
			},
		}
		// The default Poll (1 s), as `chorus serve` runs.
		s, err := Open(context.Background(), store, Options{Summarize: leadSummarize, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()
		res, err := s.Ingest(ctx, []chorus.Article{damA})
		if err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(10 * time.Second); ; {
			d, err := s.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{})
			if err == nil && len(d.Summary) > 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("workers=%d: no summary after 10s", workers)
			}
			time.Sleep(5 * time.Millisecond)
		}
		// Let the job's completion land: wait until the store has seen no
		// transaction for 300 ms (a loaded machine can take longer than a
		// fixed pause), at most 5 s.
		for settle, last := time.Now().Add(5*time.Second), txs.Load(); time.Now().Before(settle); {
			time.Sleep(300 * time.Millisecond)
			n := txs.Load()
			if n == last {
				break
			}
			last = n
		}
		before, cpu := txs.Load(), cpuTime(t)
		time.Sleep(idleWindow)
		n, used := txs.Load()-before, cpuTime(t)-cpu
		if n > 0 {
			t.Errorf("workers=%d: %d service transactions in %v with no work, want 0", workers, n, idleWindow)
		}
		if share := float64(used) / float64(idleWindow); share > 0.03 {
			t.Errorf("workers=%d: idle process used %v CPU in %v (%.1f%% of a core), want under 3%%", workers, used, idleWindow, 100*share)
		} else {
			t.Logf("workers=%d: idle process used %v CPU in %v (%.2f%% of a core)", workers, used, idleWindow, 100*share)
		}
		cancel()
		<-done
		s.Close()
	}
}

// waitSummary waits (up to 20 s) until story id has a summary.
func waitSummary(t *testing.T, s *Service, id int64) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); ; {
		d, err := s.Story(context.Background(), id, chorus.StoryDetailQuery{})
		if err == nil && len(d.Summary) > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("story %d: no summary after 20s", id)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestIdleWorkersSleep checks the sleep of the job workers on SQLite:
// with nothing to do for SleepAfter they stop River (whose polls, leader
// election and maintenance cost an idle `chorus serve` about 0.8% of a core
// before), an article ingested while they sleep wakes them and is
// summarized, and they fall asleep again. It logs the CPU of the sleeping
// process; the bound is the same 3% as TestIdleWorkersStayIdle's (a timed
// bound would be flaky on a shared machine: the point is that River stops).
func TestIdleWorkersSleep(t *testing.T) {
	db := openDB(t, t.TempDir())
	s, err := Open(context.Background(), db, Options{Summarize: leadSummarize, SleepAfter: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	defer func() { cancel(); <-done }()
	waitAsleep := func(what string) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); !s.jobs.Asleep(); {
			if time.Now().After(deadline) {
				t.Fatalf("%s: workers still awake after 20s", what)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	for i, a := range []chorus.Article{damA, chess} {
		res, err := s.Ingest(ctx, []chorus.Article{a})
		if err != nil {
			t.Fatal(err)
		}
		waitSummary(t, s, res[0].StoryID)
		waitAsleep(a.Title)
		if i == 0 {
			cpu := cpuTime(t)
			time.Sleep(idleWindow)
			used := cpuTime(t) - cpu
			if !s.jobs.Asleep() {
				t.Fatalf("workers woke with nothing to do")
			}
			share := float64(used) / float64(idleWindow)
			t.Logf("sleeping process used %v CPU in %v (%.2f%% of a core)", used, idleWindow, 100*share)
			if share > 0.03 {
				t.Errorf("sleeping process used %.1f%% of a core, want under 3%%", 100*share)
			}
		}
	}
}
