package sqlstore

import (
	"context"
	"fmt"
	"sort"
	"time"
)

// Enqueuer queues the summary job of one story version inside the
// transaction a Writer runs on (package queue, through the backend's
// driver), due at at.
type Enqueuer func(ctx context.Context, storyID, version int64, at time.Time) error

// touched is the latest change of a story in a transaction.
type touched struct {
	version int64
	at      time.Time
}

// touch notes that a story changed to version in this transaction; Flush
// queues its summary job.
func (w *Writer) touch(id, version int64, at time.Time) {
	if w.touched == nil {
		w.touched = make(map[int64]touched)
	}
	w.touched[id] = touched{version, at}
}

// Flush queues one summary job for the last version of every story changed
// in the transaction. Backends call it just before they commit, so a story
// changed several times in one transaction is summarized once, and the job
// commits with the change.
func (w *Writer) Flush(ctx context.Context) error {
	if len(w.touched) == 0 {
		return nil
	}
	if w.enqueue == nil {
		return fmt.Errorf("cannot queue summaries: the store has no job queue")
	}
	ids := make([]int64, 0, len(w.touched))
	for id := range w.touched {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		t := w.touched[id]
		if err := w.enqueue(ctx, id, t.version, t.at); err != nil {
			return err
		}
	}
	w.touched = nil
	return nil
}

// Requeue queues the summary job of every live story whose summary is older
// than its version, due at the story's last update. Backends call it on
// open: unique jobs make it a no-op for the stories queued already, so it
// only carries over the old jobs table (migration 0003) and retries jobs
// River discarded.
func (w *Writer) Requeue(ctx context.Context) error {
	err := w.each(ctx, "stale stories", func(s Scanner) error {
		var id, version, updated int64
		if err := s.Scan(&id, &version, &updated); err != nil {
			return fmt.Errorf("cannot read story: %w", err)
		}
		w.touch(id, version, Dec(updated))
		return nil
	}, w.q.StaleStories)
	if err != nil {
		return err
	}
	return w.Flush(ctx)
}
