package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Story implements chorus.StoreReader.
func (r *Reader) Story(ctx context.Context, id int64) (*chorus.StoryRecord, error) {
	s, err := ScanStory(r.c.QueryRow(ctx, r.q.Story, id))
	if r.c.IsNoRows(err) {
		return nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read story %d: %w", id, err)
	}
	return s, nil
}

// Stories implements chorus.StoreReader.
func (r *Reader) Stories(ctx context.Context, f chorus.StoryQuery) ([]chorus.StoryRecord, int, error) {
	count, list := r.q.CountStories, r.q.Stories
	var args []any
	if f.Text != "" {
		count, list = r.q.CountStoriesText, r.q.StoriesText
		args = append(args, strings.ToLower(f.Text))
	}
	var total int
	if err := r.c.QueryRow(ctx, count, args...).Scan(&total); err != nil {
		return nil, 0, r.c.Wrap("count stories", err)
	}
	limit, offset := f.Limit, f.Offset
	if limit <= 0 {
		limit = chorus.DefaultStoryPage
	}
	if offset < 0 {
		offset = 0
	}
	var out []chorus.StoryRecord
	err := r.each(ctx, "stories", func(sc Scanner) error {
		s, err := ScanStory(sc)
		if err != nil {
			return fmt.Errorf("cannot read story: %w", err)
		}
		out = append(out, *s)
		return nil
	}, list, append(args, limit, offset)...)
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// CreateStory implements chorus.StoreTx. The new story has Version 1 and a
// queued summary job.
func (w *Writer) CreateStory(ctx context.Context, s chorus.StoryRecord) (int64, error) {
	var id int64
	err := w.c.QueryRow(ctx, w.q.CreateStory, s.Title, Enc(s.Created), Enc(s.Created), Enc(s.Last),
		SearchText(s.Title, nil)).Scan(&id)
	if err != nil {
		return 0, w.c.Wrap("create story", err)
	}
	due := s.Created
	if !s.Updated.IsZero() {
		due = s.Updated
	}
	w.touch(id, 0, due)
	return id, nil
}

// TouchStory implements chorus.StoreTx.
func (w *Writer) TouchStory(ctx context.Context, id int64, last, now time.Time) error {
	var version, after int64
	err := w.c.QueryRow(ctx, w.q.TouchStory, Enc(last), id).Scan(&version, &after)
	if w.c.IsNoRows(err) {
		return fmt.Errorf("cannot touch story %d: %w", id, chorus.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("cannot touch story %d: %w", id, err)
	}
	w.touch(id, after, now)
	return nil
}

// MergeStory implements chorus.StoreTx.
func (w *Writer) MergeStory(ctx context.Context, from, into int64, now time.Time) error {
	if from == into {
		return chorus.Errorf(chorus.EINVALID, "cannot merge story %d into itself", from)
	}
	var last int64
	err := w.c.QueryRow(ctx, w.q.LiveStoryLast, from).Scan(&last)
	if w.c.IsNoRows(err) {
		return fmt.Errorf("cannot merge story %d: %w", from, chorus.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("cannot merge story %d: %w", from, err)
	}
	for _, s := range []string{w.q.MoveArticles, w.q.MoveMerged, w.q.MarkMerged} {
		if _, err := w.c.Exec(ctx, s, into, from); err != nil {
			return fmt.Errorf("cannot merge story %d into %d: %w", from, into, err)
		}
	}
	delete(w.touched, from) // a merged story needs no summary
	return w.TouchStory(ctx, into, Dec(last), now)
}

// SaveSummary implements chorus.StoreTx. The version check and the write
// are one statement, and writers are serialized, so a summary older than
// the stored one never lands.
func (w *Writer) SaveSummary(ctx context.Context, id, version int64, title string, sum chorus.StorySummary, updated time.Time) (bool, error) {
	b, err := json.Marshal(sum)
	if err != nil {
		return false, fmt.Errorf("cannot encode summary of story %d: %w", id, err)
	}
	var cur int64
	err = w.c.QueryRow(ctx, w.q.SaveSummary, string(b), version, title, Enc(updated),
		SearchText(title, &sum), id, version, version).Scan(&cur)
	if w.c.IsNoRows(err) {
		return false, fmt.Errorf("cannot save summary of story %d: %w", id, chorus.ErrVersion)
	}
	if err != nil {
		return false, w.c.Wrap(fmt.Sprintf("save summary of story %d", id), err)
	}
	return cur == version, nil
}
