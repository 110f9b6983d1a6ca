package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
)

// Story implements chorus.StoreReader.
func (r *reader) Story(ctx context.Context, id int64) (*chorus.StoryRecord, error) {
	s, err := sqlstore.ScanStory(r.tx.QueryRowContext(ctx, q.Story, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read story %d: %w", id, err)
	}
	return s, nil
}

// Stories implements chorus.StoreReader.
func (r *reader) Stories(ctx context.Context, f chorus.StoryFilter) ([]chorus.StoryRecord, int, error) {
	count, list := q.CountStories, q.Stories
	var args []any
	if f.Text != "" {
		count, list = q.CountStoriesText, q.StoriesText
		args = append(args, strings.ToLower(f.Text))
	}
	var total int
	if err := r.tx.QueryRowContext(ctx, count, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("cannot count stories: %w", err)
	}
	limit, offset := f.Limit, f.Offset
	if limit <= 0 {
		limit = 20
	}
	if offset < 0 {
		offset = 0
	}
	rows, err := r.tx.QueryContext(ctx, list, append(args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("cannot list stories: %w", err)
	}
	defer rows.Close()
	var out []chorus.StoryRecord
	for rows.Next() {
		s, err := sqlstore.ScanStory(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("cannot read story: %w", err)
		}
		out = append(out, *s)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("cannot list stories: %w", err)
	}
	return out, total, nil
}

// CreateStory implements chorus.StoreTx. The new story has Version 1 and a
// queued summary job.
func (w *writer) CreateStory(ctx context.Context, s chorus.StoryRecord) (int64, error) {
	var id int64
	err := w.tx.QueryRowContext(ctx, `INSERT INTO stories (title, created, updated, last, version, search)
		VALUES (?, ?, ?, ?, 1, ?) RETURNING id`,
		s.Title, sqlstore.Enc(s.Created), sqlstore.Enc(s.Created), sqlstore.Enc(s.Last),
		sqlstore.SearchText(s.Title, nil)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("cannot create story: %w", err)
	}
	if err := w.enqueue(ctx, id, s.Created); err != nil {
		return 0, err
	}
	return id, nil
}

// TouchStory implements chorus.StoreTx.
func (w *writer) TouchStory(ctx context.Context, id int64, last, now time.Time) error {
	res, err := w.tx.ExecContext(ctx, `UPDATE stories SET version = version + 1, last = max(last, ?)
		WHERE id = ? AND merged_into IS NULL`, sqlstore.Enc(last), id)
	if err != nil {
		return fmt.Errorf("cannot touch story %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return fmt.Errorf("cannot touch story %d: %w", id, chorus.ErrNotFound)
	}
	return w.enqueue(ctx, id, now)
}

// MergeStory implements chorus.StoreTx.
func (w *writer) MergeStory(ctx context.Context, from, into int64, now time.Time) error {
	if from == into {
		return chorus.Errorf(chorus.EINVALID, "cannot merge story %d into itself", from)
	}
	var last int64
	err := w.tx.QueryRowContext(ctx, q.LiveStoryLast, from).Scan(&last)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("cannot merge story %d: %w", from, chorus.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("cannot merge story %d: %w", from, err)
	}
	for _, s := range []string{q.MoveArticles, q.MoveMerged, q.MarkMerged} {
		if _, err := w.tx.ExecContext(ctx, s, into, from); err != nil {
			return fmt.Errorf("cannot merge story %d into %d: %w", from, into, err)
		}
	}
	if _, err := w.tx.ExecContext(ctx, q.DropJob, from); err != nil {
		return fmt.Errorf("cannot merge story %d into %d: %w", from, into, err)
	}
	return w.TouchStory(ctx, into, sqlstore.Dec(last), now)
}

// SaveSummary implements chorus.StoreTx. The version check and the write
// are one statement, and writers are serialized, so a summary older than
// the stored one never lands.
func (w *writer) SaveSummary(ctx context.Context, id, version int64, title string, sum chorus.StorySummary, updated time.Time) (bool, error) {
	b, err := json.Marshal(sum)
	if err != nil {
		return false, fmt.Errorf("cannot encode summary of story %d: %w", id, err)
	}
	var cur int64
	err = w.tx.QueryRowContext(ctx, q.SaveSummary, string(b), version, title, sqlstore.Enc(updated),
		sqlstore.SearchText(title, &sum), id, version, version).Scan(&cur)
	if errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("cannot save summary of story %d: %w", id, chorus.ErrVersion)
	}
	if err != nil {
		return false, fmt.Errorf("cannot save summary of story %d: %w", id, err)
	}
	if cur != version {
		return false, nil // the story moved on: its job stays
	}
	return true, w.DropJob(ctx, id)
}
