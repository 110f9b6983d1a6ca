package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/jackc/pgx/v5"
)

const feedColumns = `id, url, title, etag, last_modified, last_polled, next_poll, failures, last_error`

func scanFeed(s pgx.Row) (*chorus.Feed, error) {
	var f chorus.Feed
	var polled, next int64
	if err := s.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &polled, &next, &f.Failures, &f.LastError); err != nil {
		return nil, err
	}
	f.LastPolled, f.NextPoll = dec(polled), dec(next)
	return &f, nil
}

func (r *reader) oneFeed(ctx context.Context, where string, arg any) (*chorus.Feed, error) {
	f, err := scanFeed(r.tx.QueryRow(ctx, `SELECT `+feedColumns+` FROM feeds WHERE `+where, arg))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, storeErr("read feed", err)
	}
	return f, nil
}

// Feed implements chorus.StoreReader.
func (r *reader) Feed(ctx context.Context, id int64) (*chorus.Feed, error) {
	return r.oneFeed(ctx, "id = $1", id)
}

// FeedByURL implements chorus.StoreReader.
func (r *reader) FeedByURL(ctx context.Context, url string) (*chorus.Feed, error) {
	return r.oneFeed(ctx, "url = $1", url)
}

// Feeds implements chorus.StoreReader.
func (r *reader) Feeds(ctx context.Context) ([]chorus.Feed, error) {
	rows, err := r.tx.Query(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("cannot list feeds: %w", err)
	}
	defer rows.Close()
	var out []chorus.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("cannot read feed: %w", err)
		}
		out = append(out, *f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("cannot list feeds: %w", err)
	}
	return out, nil
}

// AddFeed implements chorus.StoreTx.
func (w *writer) AddFeed(ctx context.Context, url string, now time.Time) (*chorus.Feed, error) {
	_, err := w.tx.Exec(ctx, `INSERT INTO feeds (url, created) VALUES ($1, $2) ON CONFLICT (url) DO NOTHING`,
		url, enc(now))
	if err != nil {
		return nil, storeErr("add feed "+url, err)
	}
	return w.FeedByURL(ctx, url)
}

// UpdateFeed implements chorus.StoreTx.
func (w *writer) UpdateFeed(ctx context.Context, f chorus.Feed) error {
	tag, err := w.tx.Exec(ctx, `UPDATE feeds SET title = $1, etag = $2, last_modified = $3, last_polled = $4,
		next_poll = $5, failures = $6, last_error = $7 WHERE id = $8`,
		f.Title, f.ETag, f.LastModified, enc(f.LastPolled), enc(f.NextPoll), f.Failures, f.LastError, f.ID)
	if err != nil {
		return storeErr(fmt.Sprintf("update feed %d", f.ID), err)
	}
	if tag.RowsAffected() != 1 {
		return fmt.Errorf("cannot update feed %d: %w", f.ID, chorus.ErrNotFound)
	}
	return nil
}
