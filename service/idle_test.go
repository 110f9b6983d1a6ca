package service

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/mock"
)

// TestIdleWorkersStayIdle ingests one article into a running service, waits
// for its summary, then checks that the workers leave the store alone while
// there is no work: a wake-up must be consumed, not passed back to the
// channel the same worker reads (which spun a core forever).
func TestIdleWorkersStayIdle(t *testing.T) {
	for _, workers := range []int{1, 3} {
		// The store counts its transactions.
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
		// Poll is an hour, so only a wake-up can make a worker look for work.
		s, err := Open(context.Background(), store, Options{Summarize: leadSummarize, Workers: workers, Poll: time.Hour})
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
		time.Sleep(50 * time.Millisecond) // let the workers go back to sleep
		before := txs.Load()
		time.Sleep(300 * time.Millisecond)
		if n := txs.Load() - before; n > 0 {
			t.Errorf("workers=%d: %d store transactions in 300ms with no work, want 0", workers, n)
		}
		cancel()
		<-done
		s.Close()
	}
}
