package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// reader implements chorus.StoreReader on one transaction.
type reader struct{ tx pgx.Tx }

// writer implements chorus.StoreTx on one write transaction.
type writer struct{ reader }

const articleColumns = `seq, id, key, hash, url, title, source, published, text, story_id, duplicate_of, ingested, updated`

func scanArticle(s pgx.Row) (*chorus.ArticleRecord, error) {
	var a chorus.ArticleRecord
	var pub, ing, upd int64
	err := s.Scan(&a.Seq, &a.ID, &a.Key, &a.Hash, &a.URL, &a.Title, &a.Source, &pub, &a.Text,
		&a.StoryID, &a.DuplicateOf, &ing, &upd)
	if err != nil {
		return nil, err
	}
	a.Published, a.Ingested, a.Updated = dec(pub), dec(ing), dec(upd)
	return &a, nil
}

// oneArticle returns the article selected by where, or chorus.ErrNotFound.
func (r *reader) oneArticle(ctx context.Context, where string, arg any) (*chorus.ArticleRecord, error) {
	row := r.tx.QueryRow(ctx, `SELECT `+articleColumns+` FROM articles WHERE `+where+` ORDER BY seq LIMIT 1`, arg)
	a, err := scanArticle(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, storeErr("read article", err)
	}
	return a, nil
}

// Article implements chorus.StoreReader.
func (r *reader) Article(ctx context.Context, id string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, "id = $1", id)
}

// ArticleByKey implements chorus.StoreReader.
func (r *reader) ArticleByKey(ctx context.Context, key string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, "key = $1", key)
}

// ArticleByHash implements chorus.StoreReader.
func (r *reader) ArticleByHash(ctx context.Context, hash string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, "hash = $1", hash)
}

// articles calls fn for each article of a query.
func (r *reader) articles(ctx context.Context, fn func(chorus.ArticleRecord) error, query string, args ...any) error {
	rows, err := r.tx.Query(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("cannot list articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return fmt.Errorf("cannot read article: %w", err)
		}
		if err := fn(*a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("cannot list articles: %w", err)
	}
	return nil
}

// StoryArticles implements chorus.StoreReader.
func (r *reader) StoryArticles(ctx context.Context, storyID int64) ([]chorus.ArticleRecord, error) {
	var out []chorus.ArticleRecord
	err := r.articles(ctx, func(a chorus.ArticleRecord) error { out = append(out, a); return nil },
		`SELECT `+articleColumns+` FROM articles WHERE story_id = $1 ORDER BY seq`, storyID)
	return out, err
}

// RecentArticles implements chorus.StoreReader.
func (r *reader) RecentArticles(ctx context.Context, since time.Time, fn func(chorus.ArticleRecord) error) error {
	return r.articles(ctx, fn, `SELECT `+articleColumns+` FROM articles WHERE story_id IN
		(SELECT id FROM stories WHERE merged_into IS NULL AND last >= $1) ORDER BY seq`, enc(since))
}

// PutArticle implements chorus.StoreTx.
func (w *writer) PutArticle(ctx context.Context, a chorus.ArticleRecord) (int64, error) {
	var seq int64
	err := w.tx.QueryRow(ctx, `INSERT INTO articles
		(id, key, hash, url, title, source, published, text, story_id, duplicate_of, ingested, updated)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
		ON CONFLICT (id) DO UPDATE SET key = excluded.key, hash = excluded.hash, url = excluded.url,
			title = excluded.title, source = excluded.source, published = excluded.published,
			text = excluded.text, story_id = excluded.story_id, duplicate_of = excluded.duplicate_of,
			updated = excluded.updated
		RETURNING seq`,
		a.ID, a.Key, a.Hash, a.URL, a.Title, a.Source, enc(a.Published), a.Text, a.StoryID,
		a.DuplicateOf, enc(a.Ingested), enc(a.Updated)).Scan(&seq)
	if err != nil {
		return 0, storeErr("store article "+a.ID, err)
	}
	return seq, nil
}

// storeErr wraps err as "cannot what: err". The server's rejection of text
// it cannot hold (a NUL byte, invalid UTF-8) becomes a chorus.EINVALID
// error, as it is the input's fault.
func storeErr(what string, err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == "22021" || pe.Code == "22P05") {
		return chorus.Errorf(chorus.EINVALID, "cannot %s: text holds a NUL byte or invalid UTF-8", what)
	}
	return fmt.Errorf("cannot %s: %w", what, err)
}

// enc encodes a time as Unix nanoseconds, 0 for the zero time.
func enc(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// dec decodes enc's encoding into a UTC time.
func dec(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}
