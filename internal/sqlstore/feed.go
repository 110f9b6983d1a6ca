package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
)

// oneFeed returns the feed selected by query, or chorus.ErrNotFound.
func (r *Reader) oneFeed(ctx context.Context, query string, arg any) (*chorus.Feed, error) {
	f, err := ScanFeed(r.c.QueryRow(ctx, query, arg))
	if r.c.IsNoRows(err) {
		return nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, r.c.Wrap("read feed", err)
	}
	return f, nil
}

// Feed implements chorus.StoreReader.
func (r *Reader) Feed(ctx context.Context, id int64) (*chorus.Feed, error) {
	return r.oneFeed(ctx, r.q.Feed, id)
}

// FeedByURL implements chorus.StoreReader.
func (r *Reader) FeedByURL(ctx context.Context, url string) (*chorus.Feed, error) {
	return r.oneFeed(ctx, r.q.FeedByURL, url)
}

// Feeds implements chorus.StoreReader.
func (r *Reader) Feeds(ctx context.Context) ([]chorus.Feed, error) {
	var out []chorus.Feed
	err := r.each(ctx, "feeds", func(s Scanner) error {
		f, err := ScanFeed(s)
		if err != nil {
			return fmt.Errorf("cannot read feed: %w", err)
		}
		out = append(out, *f)
		return nil
	}, r.q.Feeds)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// AddFeed implements chorus.StoreTx.
// It refuses a URL longer than chorus.MaxURLBytes.
func (w *Writer) AddFeed(ctx context.Context, url string, now time.Time) (*chorus.Feed, error) {
	if err := chorus.CheckField("url", url, chorus.MaxURLBytes); err != nil {
		return nil, fmt.Errorf("cannot add feed: %w", err)
	}
	if _, err := w.c.Exec(ctx, w.q.AddFeed, url, Enc(now)); err != nil {
		return nil, w.c.Wrap("add feed "+url, err)
	}
	return w.FeedByURL(ctx, url)
}

// RemoveFeed implements chorus.StoreTx.
func (w *Writer) RemoveFeed(ctx context.Context, id int64) error {
	n, err := w.c.Exec(ctx, w.q.RemoveFeed, id)
	if err != nil {
		return w.c.Wrap(fmt.Sprintf("remove feed %d", id), err)
	}
	if n != 1 {
		return fmt.Errorf("cannot remove feed %d: %w", id, chorus.ErrNotFound)
	}
	return nil
}

// UpdateFeed implements chorus.StoreTx.
// It refuses a title longer than chorus.MaxTitleBytes and a last error
// longer than chorus.MaxErrorBytes.
func (w *Writer) UpdateFeed(ctx context.Context, f chorus.Feed) error {
	if err := chorus.CheckField("title", f.Title, chorus.MaxTitleBytes); err != nil {
		return fmt.Errorf("cannot update feed %d: %w", f.ID, err)
	}
	if err := chorus.CheckField("last error", f.LastError, chorus.MaxErrorBytes); err != nil {
		return fmt.Errorf("cannot update feed %d: %w", f.ID, err)
	}
	n, err := w.c.Exec(ctx, w.q.UpdateFeed, f.Title, f.ETag, f.LastModified,
		Enc(f.LastPolled), Enc(f.NextPoll), f.Failures, f.LastError, f.ID)
	if err != nil {
		return w.c.Wrap(fmt.Sprintf("update feed %d", f.ID), err)
	}
	if n != 1 {
		return fmt.Errorf("cannot update feed %d: %w", f.ID, chorus.ErrNotFound)
	}
	return nil
}
