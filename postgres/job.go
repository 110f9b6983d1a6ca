package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
)

// Jobs implements chorus.StoreReader.
func (r *reader) Jobs(ctx context.Context, now time.Time, limit int) ([]chorus.Job, error) {
	if limit <= 0 {
		limit = 1
	}
	rows, err := r.tx.Query(ctx, q.Jobs, sqlstore.Enc(now), limit)
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
	if _, err := w.tx.Exec(ctx, q.DropJob, storyID); err != nil {
		return fmt.Errorf("cannot drop job of story %d: %w", storyID, err)
	}
	return nil
}

// FailJob implements chorus.StoreTx.
func (w *writer) FailJob(ctx context.Context, storyID int64, notBefore time.Time, msg string) error {
	if _, err := w.tx.Exec(ctx, q.FailJob, sqlstore.Enc(notBefore), msg, storyID); err != nil {
		return storeErr(fmt.Sprintf("record failed job of story %d", storyID), err)
	}
	return nil
}
