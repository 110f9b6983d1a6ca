package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
)

// q is the store's query text in SQLite's dialect.
var q = sqlstore.NewQueries(sqlstore.SQLite)

// reader implements chorus.StoreReader on one transaction.
type reader struct{ tx *sql.Tx }

// writer implements chorus.StoreTx on one write transaction.
type writer struct{ reader }

// oneArticle returns the article selected by query, or chorus.ErrNotFound.
func (r *reader) oneArticle(ctx context.Context, query string, arg any) (*chorus.ArticleRecord, error) {
	a, err := sqlstore.ScanArticle(r.tx.QueryRowContext(ctx, query, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read article: %w", err)
	}
	return a, nil
}

// Article implements chorus.StoreReader.
func (r *reader) Article(ctx context.Context, id string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, q.ArticleByID, id)
}

// ArticleByKey implements chorus.StoreReader.
func (r *reader) ArticleByKey(ctx context.Context, key string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, q.ArticleByKey, key)
}

// ArticleByHash implements chorus.StoreReader.
func (r *reader) ArticleByHash(ctx context.Context, hash string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, q.ArticleByHash, hash)
}

// articles calls fn for each article of a query.
func (r *reader) articles(ctx context.Context, fn func(chorus.ArticleRecord) error, query string, args ...any) error {
	rows, err := r.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("cannot list articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := sqlstore.ScanArticle(rows)
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
		q.StoryArticles, storyID)
	return out, err
}

// RecentArticles implements chorus.StoreReader.
func (r *reader) RecentArticles(ctx context.Context, since time.Time, fn func(chorus.ArticleRecord) error) error {
	return r.articles(ctx, fn, q.RecentArticles, sqlstore.Enc(since))
}

// LastSeq implements chorus.StoreReader.
func (r *reader) LastSeq(ctx context.Context) (int64, error) {
	var seq int64
	if err := r.tx.QueryRowContext(ctx, q.LastSeq).Scan(&seq); err != nil {
		return 0, fmt.Errorf("cannot read the last article seq: %w", err)
	}
	return seq, nil
}

// PutArticle implements chorus.StoreTx.
func (w *writer) PutArticle(ctx context.Context, a chorus.ArticleRecord) (int64, error) {
	var seq int64
	err := w.tx.QueryRowContext(ctx, q.PutArticle,
		a.ID, a.Key, a.Hash, a.URL, a.Title, a.Source, sqlstore.Enc(a.Published), a.Text, a.StoryID,
		a.DuplicateOf, sqlstore.Enc(a.Ingested), sqlstore.Enc(a.Updated)).Scan(&seq)
	if err != nil {
		return 0, fmt.Errorf("cannot store article %s: %w", a.ID, err)
	}
	return seq, nil
}
