package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
)

// reader implements chorus.StoreReader on one transaction.
type reader struct{ tx *sql.Tx }

// writer implements chorus.StoreTx on one write transaction.
type writer struct{ reader }

const articleColumns = `seq, id, key, hash, url, title, source, published, text, story_id, duplicate_of, ingested, updated`

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func scanArticle(s scanner) (*chorus.ArticleRecord, error) {
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
	row := r.tx.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE `+where+` ORDER BY seq LIMIT 1`, arg)
	a, err := scanArticle(row)
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
	return r.oneArticle(ctx, "id = ?", id)
}

// ArticleByKey implements chorus.StoreReader.
func (r *reader) ArticleByKey(ctx context.Context, key string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, "key = ?", key)
}

// ArticleByHash implements chorus.StoreReader.
func (r *reader) ArticleByHash(ctx context.Context, hash string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, "hash = ?", hash)
}

// articles calls fn for each article of a query.
func (r *reader) articles(ctx context.Context, fn func(chorus.ArticleRecord) error, query string, args ...any) error {
	rows, err := r.tx.QueryContext(ctx, query, args...)
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
		`SELECT `+articleColumns+` FROM articles WHERE story_id = ? ORDER BY seq`, storyID)
	return out, err
}

// RecentArticles implements chorus.StoreReader.
func (r *reader) RecentArticles(ctx context.Context, since time.Time, fn func(chorus.ArticleRecord) error) error {
	return r.articles(ctx, fn, `SELECT `+articleColumns+` FROM articles WHERE story_id IN
		(SELECT id FROM stories WHERE merged_into IS NULL AND last >= ?) ORDER BY seq`, enc(since))
}

// PutArticle implements chorus.StoreTx.
func (w *writer) PutArticle(ctx context.Context, a chorus.ArticleRecord) (int64, error) {
	var seq int64
	err := w.tx.QueryRowContext(ctx, `INSERT INTO articles
		(id, key, hash, url, title, source, published, text, story_id, duplicate_of, ingested, updated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET key = excluded.key, hash = excluded.hash, url = excluded.url,
			title = excluded.title, source = excluded.source, published = excluded.published,
			text = excluded.text, story_id = excluded.story_id, duplicate_of = excluded.duplicate_of,
			updated = excluded.updated
		RETURNING seq`,
		a.ID, a.Key, a.Hash, a.URL, a.Title, a.Source, enc(a.Published), a.Text, a.StoryID,
		a.DuplicateOf, enc(a.Ingested), enc(a.Updated)).Scan(&seq)
	if err != nil {
		return 0, fmt.Errorf("cannot store article %s: %w", a.ID, err)
	}
	return seq, nil
}
