package sqlstore

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/chorusnews/chorus/queue"
)

// Enqueuer queues the summary jobs of stories inside the transaction a
// Writer runs on (package queue, through the backend's driver), all at
// once: each due at its At, After being the story's summary version
// (queue.SummaryArgs: a job of the story with the same summary version
// that is not finished is kept instead).
type Enqueuer func(ctx context.Context, jobs []queue.Summary) error

// touched is the latest change of a story in a transaction.
type touched struct {
	after int64 // the story's summary version
	at    time.Time
}

// touch notes that a story whose summary version is after changed in this
// transaction; Flush queues its summary job.
func (w *Writer) touch(id, after int64, at time.Time) {
	if w.touched == nil {
		w.touched = make(map[int64]touched)
	}
	w.touched[id] = touched{after, at}
}

// Flush queues one summary job for every story changed in the transaction
// (unless its job waits already). Backends call it just before they
// commit, so a story changed several times in one transaction is
// summarized once, and the job commits with the change.
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
	jobs := make([]queue.Summary, len(ids))
	for i, id := range ids {
		t := w.touched[id]
		jobs[i] = queue.Summary{StoryID: id, After: t.after, At: t.at}
	}
	if err := w.enqueue(ctx, jobs); err != nil {
		return err
	}
	w.touched = nil
	return nil
}

// Requeue queues the summary job of every live story whose summary is older
// than its version, due at the story's last update. Backends call it on
// open: unique jobs make it a no-op for the stories queued already, so it
// only carries over the old jobs table (migration 0003) and the jobs of
// one story version each (before one job per story), and retries jobs
// River discarded.
func (w *Writer) Requeue(ctx context.Context) error {
	err := w.each(ctx, "stale stories", func(s Scanner) error {
		var id, after, updated int64
		if err := s.Scan(&id, &after, &updated); err != nil {
			return fmt.Errorf("cannot read story: %w", err)
		}
		w.touch(id, after, Dec(updated))
		return nil
	}, w.q.StaleStories)
	if err != nil {
		return err
	}
	return w.Flush(ctx)
}

// QueueSummary implements chorus.StoreTx.
func (w *Writer) QueueSummary(ctx context.Context, id int64, at time.Time) error {
	var version, after int64
	err := w.c.QueryRow(ctx, w.q.LiveStoryVersions, id).Scan(&version, &after)
	if w.c.IsNoRows(err) {
		return nil // merged or gone: nothing to summarize
	}
	if err != nil {
		return w.c.Wrap(fmt.Sprintf("read the versions of story %d", id), err)
	}
	if after < version {
		w.touch(id, after, at)
	}
	return nil
}
