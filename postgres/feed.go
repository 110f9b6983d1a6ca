package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/jackc/pgx/v5"
)

// oneFeed returns the feed selected by query, or chorus.ErrNotFound.
func (r *reader) oneFeed(ctx context.Context, query string, arg any) (*chorus.Feed, error) {
	f, err := sqlstore.ScanFeed(r.tx.QueryRow(ctx, query, arg))
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
	return r.oneFeed(ctx, q.Feed, id)
}

// FeedByURL implements chorus.StoreReader.
func (r *reader) FeedByURL(ctx context.Context, url string) (*chorus.Feed, error) {
	return r.oneFeed(ctx, q.FeedByURL, url)
}

// Feeds implements chorus.StoreReader.
func (r *reader) Feeds(ctx context.Context) ([]chorus.Feed, error) {
	rows, err := r.tx.Query(ctx, q.Feeds)
	if err != nil {
		return nil, fmt.Errorf("cannot list feeds: %w", err)
	}
	defer rows.Close()
	var out []chorus.Feed
	for rows.Next() {
		f, err := sqlstore.ScanFeed(rows)
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
	if _, err := w.tx.Exec(ctx, q.AddFeed, url, sqlstore.Enc(now)); err != nil {
		return nil, storeErr("add feed "+url, err)
	}
	return w.FeedByURL(ctx, url)
}

// UpdateFeed implements chorus.StoreTx.
func (w *writer) UpdateFeed(ctx context.Context, f chorus.Feed) error {
	tag, err := w.tx.Exec(ctx, q.UpdateFeed, f.Title, f.ETag, f.LastModified,
		sqlstore.Enc(f.LastPolled), sqlstore.Enc(f.NextPoll), f.Failures, f.LastError, f.ID)
	if err != nil {
		return storeErr(fmt.Sprintf("update feed %d", f.ID), err)
	}
	if tag.RowsAffected() != 1 {
		return fmt.Errorf("cannot update feed %d: %w", f.ID, chorus.ErrNotFound)
	}
	return nil
}
