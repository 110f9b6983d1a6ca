package postgres

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus/queue"
)

// TestJobsStartOnTheTick checks queue.Queue.AlignDue on PostgreSQL: a
// runner on the real clock has summary jobs fall due on a grid of its
// Poll and fetches them at each tick, so a job starts just after its due
// time instead of at River's next poll (any time within a Poll).
func TestJobsStartOnTheTick(t *testing.T) {
	db := OpenTest(t)
	const tick = 400 * time.Millisecond
	type start struct {
		due, at time.Time
	}
	var mu sync.Mutex
	var starts []start
	done := make(chan struct{}, 10)
	r, err := db.Queue(queue.Config{Poll: tick, Work: func(ctx context.Context, job queue.Job) error {
		mu.Lock()
		starts = append(starts, start{job.Scheduled, time.Now()})
		mu.Unlock()
		done <- struct{}{}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		r.Run(ctx)
	}()
	defer func() {
		cancel()
		<-stopped
	}()
	const jobs = 5
	for i := range jobs {
		// Due at a moment off the grid, a little later each time.
		at := time.Now().Add(tick/2 + time.Duration(i)*37*time.Millisecond)
		tx, err := db.pool.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.jobs.EnqueueTx(ctx, tx, int64(i+1), 0, at); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("job %d did not start", i+1)
		}
		mu.Lock()
		s := starts[len(starts)-1]
		mu.Unlock()
		if s.due.UnixNano()%int64(tick) != 0 || s.due.Before(at) || s.due.Sub(at) >= tick {
			t.Errorf("job %d asked for %s is due at %s, not at the next multiple of %s", i+1, at.Format("15:04:05.000"), s.due.Format("15:04:05.000"), tick)
		}
		// River's poll would find it anywhere within a tick (400-440
		// ms); the tick's fetch within milliseconds.
		if lag := s.at.Sub(s.due); lag > 150*time.Millisecond {
			t.Errorf("job %d started %s after it was due", i+1, lag)
		}
	}
}
