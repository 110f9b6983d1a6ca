package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/jackc/pgx/v5"
)

// Story implements chorus.StoreReader.
func (r *reader) Story(ctx context.Context, id int64) (*chorus.StoryRecord, error) {
	s, err := sqlstore.ScanStory(r.tx.QueryRow(ctx, q.Story, id))
	if errors.Is(err, pgx.ErrNoRows) {
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
	if err := r.tx.QueryRow(ctx, count, args...).Scan(&total); err != nil {
		return nil, 0, storeErr("count stories", err)
	}
	limit, offset := f.Limit, f.Offset
	if limit <= 0 {
		limit = 20
	}
	if offset < 0 {
		offset = 0
	}
	rows, err := r.tx.Query(ctx, list, append(args, limit, offset)...)
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
// queued summary job, both written in one statement.
func (w *writer) CreateStory(ctx context.Context, s chorus.StoryRecord) (int64, error) {
	var id int64
	err := w.tx.QueryRow(ctx, `WITH s AS (INSERT INTO stories (title, created, updated, last, version, search)
			VALUES ($1, $2, $2, $3, 1, $4) RETURNING id)
		INSERT INTO jobs (story_id, enqueued) SELECT id, $2 FROM s RETURNING story_id`,
		s.Title, sqlstore.Enc(s.Created), sqlstore.Enc(s.Last), sqlstore.SearchText(s.Title, nil)).Scan(&id)
	if err != nil {
		return 0, storeErr("create story", err)
	}
	return id, nil
}

// TouchStory implements chorus.StoreTx. The story and its job are written
// in one statement; a queued job keeps its place and becomes due at once.
func (w *writer) TouchStory(ctx context.Context, id int64, last, now time.Time) error {
	tag, err := w.tx.Exec(ctx, `WITH s AS (UPDATE stories SET version = version + 1, last = greatest(last, $1)
			WHERE id = $2 AND merged_into IS NULL RETURNING id)
		INSERT INTO jobs (story_id, enqueued) SELECT id, $3 FROM s
		ON CONFLICT (story_id) DO UPDATE SET not_before = 0, attempts = 0`,
		sqlstore.Enc(last), id, sqlstore.Enc(now))
	if err != nil {
		return fmt.Errorf("cannot touch story %d: %w", id, err)
	}
	if tag.RowsAffected() != 1 {
		return fmt.Errorf("cannot touch story %d: %w", id, chorus.ErrNotFound)
	}
	return nil
}

// MergeStory implements chorus.StoreTx.
func (w *writer) MergeStory(ctx context.Context, from, into int64, now time.Time) error {
	if from == into {
		return chorus.Errorf(chorus.EINVALID, "cannot merge story %d into itself", from)
	}
	var last int64
	err := w.tx.QueryRow(ctx, q.LiveStoryLast, from).Scan(&last)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("cannot merge story %d: %w", from, chorus.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("cannot merge story %d: %w", from, err)
	}
	for _, s := range []string{q.MoveArticles, q.MoveMerged, q.MarkMerged} {
		if _, err := w.tx.Exec(ctx, s, into, from); err != nil {
			return fmt.Errorf("cannot merge story %d into %d: %w", from, into, err)
		}
	}
	if err := w.DropJob(ctx, from); err != nil {
		return err
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
	err = w.tx.QueryRow(ctx, q.SaveSummary, string(b), version, title, sqlstore.Enc(updated),
		sqlstore.SearchText(title, &sum), id, version, version).Scan(&cur)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, fmt.Errorf("cannot save summary of story %d: %w", id, chorus.ErrVersion)
	}
	if err != nil {
		return false, storeErr(fmt.Sprintf("save summary of story %d", id), err)
	}
	if cur != version {
		return false, nil // the story moved on: its job stays
	}
	return true, w.DropJob(ctx, id)
}
