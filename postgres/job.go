package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
)

// Jobs implements chorus.StoreReader.
func (r *reader) Jobs(ctx context.Context, now time.Time, limit int) ([]chorus.Job, error) {
	if limit <= 0 {
		limit = 1
	}
	rows, err := r.tx.Query(ctx, `SELECT story_id, enqueued, not_before, attempts, last_error
		FROM jobs WHERE not_before <= $1 ORDER BY enqueued, story_id LIMIT $2`, enc(now), limit)
	if err != nil {
		return nil, fmt.Errorf("cannot list jobs: %w", err)
	}
	defer rows.Close()
	var out []chorus.Job
	for rows.Next() {
		var j chorus.Job
		var enq, nb int64
		if err := rows.Scan(&j.StoryID, &enq, &nb, &j.Attempts, &j.LastError); err != nil {
			return nil, fmt.Errorf("cannot read job: %w", err)
		}
		j.Enqueued, j.NotBefore = dec(enq), dec(nb)
		out = append(out, j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("cannot list jobs: %w", err)
	}
	return out, nil
}

// DropJob implements chorus.StoreTx.
func (w *writer) DropJob(ctx context.Context, storyID int64) error {
	if _, err := w.tx.Exec(ctx, `DELETE FROM jobs WHERE story_id = $1`, storyID); err != nil {
		return fmt.Errorf("cannot drop job of story %d: %w", storyID, err)
	}
	return nil
}

// FailJob implements chorus.StoreTx.
func (w *writer) FailJob(ctx context.Context, storyID int64, notBefore time.Time, msg string) error {
	_, err := w.tx.Exec(ctx, `UPDATE jobs SET attempts = attempts + 1, not_before = $1, last_error = $2
		WHERE story_id = $3`, enc(notBefore), msg, storyID)
	if err != nil {
		return storeErr(fmt.Sprintf("record failed job of story %d", storyID), err)
	}
	return nil
}
