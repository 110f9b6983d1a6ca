package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
)

// enqueue queues a summary job for a story where the dialect's CreateStory
// and TouchStory do not; an already queued job keeps its place and becomes
// due at once.
func (w *Writer) enqueue(ctx context.Context, storyID int64, now time.Time) error {
	if w.q.Enqueue == "" {
		return nil
	}
	if _, err := w.c.Exec(ctx, w.q.Enqueue, storyID, Enc(now)); err != nil {
		return fmt.Errorf("cannot queue story %d: %w", storyID, err)
	}
	return nil
}

// Jobs implements chorus.StoreReader.
func (r *Reader) Jobs(ctx context.Context, now time.Time, limit int) ([]chorus.Job, error) {
	if limit <= 0 {
		limit = 1
	}
	var out []chorus.Job
	err := r.each(ctx, "jobs", func(s Scanner) error {
		j, err := ScanJob(s)
		if err != nil {
			return fmt.Errorf("cannot read job: %w", err)
		}
		out = append(out, j)
		return nil
	}, r.q.Jobs, Enc(now), limit)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DropJob implements chorus.StoreTx.
func (w *Writer) DropJob(ctx context.Context, storyID int64) error {
	if _, err := w.c.Exec(ctx, w.q.DropJob, storyID); err != nil {
		return fmt.Errorf("cannot drop job of story %d: %w", storyID, err)
	}
	return nil
}

// FailJob implements chorus.StoreTx.
func (w *Writer) FailJob(ctx context.Context, storyID int64, notBefore time.Time, msg string) error {
	if _, err := w.c.Exec(ctx, w.q.FailJob, Enc(notBefore), msg, storyID); err != nil {
		return w.c.Wrap(fmt.Sprintf("record failed job of story %d", storyID), err)
	}
	return nil
}

// QueueStats implements chorus.StoreReader.
func (r *Reader) QueueStats(ctx context.Context) (int, time.Time, error) {
	var n int
	var oldest int64
	if err := r.c.QueryRow(ctx, r.q.QueueStats).Scan(&n, &oldest); err != nil {
		return 0, time.Time{}, r.c.Wrap("count jobs", err)
	}
	return n, Dec(oldest), nil
}
