package sqlite

import (
	"context"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
)

// enqueue queues a summary job for a story; an already queued job keeps its
// place and becomes due at once.
func (w *writer) enqueue(ctx context.Context, storyID int64, now time.Time) error {
	_, err := w.tx.ExecContext(ctx, `INSERT INTO jobs (story_id, enqueued) VALUES (?, ?)
		ON CONFLICT(story_id) DO UPDATE SET not_before = 0, attempts = 0`, storyID, sqlstore.Enc(now))
	if err != nil {
		return fmt.Errorf("cannot queue story %d: %w", storyID, err)
	}
	return nil
}

// Jobs implements chorus.StoreReader.
func (r *reader) Jobs(ctx context.Context, now time.Time, limit int) ([]chorus.Job, error) {
	if limit <= 0 {
		limit = 1
	}
	rows, err := r.tx.QueryContext(ctx, q.Jobs, sqlstore.Enc(now), limit)
	if err != nil {
		return nil, fmt.Errorf("cannot list jobs: %w", err)
	}
	defer rows.Close()
	var out []chorus.Job
	for rows.Next() {
		j, err := sqlstore.ScanJob(rows)
		if err != nil {
			return nil, fmt.Errorf("cannot read job: %w", err)
		}
		out = append(out, j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("cannot list jobs: %w", err)
	}
	return out, nil
}

// DropJob implements chorus.StoreTx.
func (w *writer) DropJob(ctx context.Context, storyID int64) error {
	if _, err := w.tx.ExecContext(ctx, q.DropJob, storyID); err != nil {
		return fmt.Errorf("cannot drop job of story %d: %w", storyID, err)
	}
	return nil
}

// FailJob implements chorus.StoreTx.
func (w *writer) FailJob(ctx context.Context, storyID int64, notBefore time.Time, msg string) error {
	if _, err := w.tx.ExecContext(ctx, q.FailJob, sqlstore.Enc(notBefore), msg, storyID); err != nil {
		return fmt.Errorf("cannot record failed job of story %d: %w", storyID, err)
	}
	return nil
}
