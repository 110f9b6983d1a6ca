package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
)

// oneArticle returns the article selected by query, or chorus.ErrNotFound.
func (r *Reader) oneArticle(ctx context.Context, query string, arg any) (*chorus.ArticleRecord, error) {
	a, err := ScanArticle(r.c.QueryRow(ctx, query, arg))
	if r.c.IsNoRows(err) {
		return nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, r.c.Wrap("read article", err)
	}
	return a, nil
}

// Article implements chorus.StoreReader.
func (r *Reader) Article(ctx context.Context, id string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, r.q.ArticleByID, id)
}

// ArticleByKey implements chorus.StoreReader.
func (r *Reader) ArticleByKey(ctx context.Context, key string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, r.q.ArticleByKey, key)
}

// ArticleByHash implements chorus.StoreReader.
func (r *Reader) ArticleByHash(ctx context.Context, hash string) (*chorus.ArticleRecord, error) {
	return r.oneArticle(ctx, r.q.ArticleByHash, hash)
}

// ArticleByKeyOrHash returns the article stored under key and the first
// stored with text hash, each nil when there is none: ArticleByKey and
// ArticleByHash in one statement, for ingest's look-up of a new article.
func (r *Reader) ArticleByKeyOrHash(ctx context.Context, key, hash string) (byKey, byHash *chorus.ArticleRecord, err error) {
	err = r.each(ctx, "articles", func(s Scanner) error {
		var which int
		a, err := ScanArticle(prefixScanner{s, &which})
		if err != nil {
			return fmt.Errorf("cannot read article: %w", err)
		}
		if which == 1 {
			byKey = a
		} else {
			byHash = a
		}
		return nil
	}, r.q.ArticleByKeyOrHash, key, hash)
	if err != nil {
		return nil, nil, r.c.Wrap("read article", err)
	}
	return byKey, byHash, nil
}

// prefixScanner scans a row whose first column goes to first and whose
// other columns go to the destinations of Scan.
type prefixScanner struct {
	s     Scanner
	first any
}

// Scan implements Scanner.
func (p prefixScanner) Scan(dest ...any) error {
	return p.s.Scan(append([]any{p.first}, dest...)...)
}

// articles calls fn for each article of a query.
func (r *Reader) articles(ctx context.Context, fn func(chorus.ArticleRecord) error, query string, args ...any) error {
	return r.each(ctx, "articles", func(s Scanner) error {
		a, err := ScanArticle(s)
		if err != nil {
			return fmt.Errorf("cannot read article: %w", err)
		}
		return fn(*a)
	}, query, args...)
}

// Articles implements chorus.StoreReader.
func (r *Reader) Articles(ctx context.Context, ids []string) ([]chorus.ArticleRecord, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	b, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("cannot encode article IDs: %w", err)
	}
	var out []chorus.ArticleRecord
	err = r.articles(ctx, func(a chorus.ArticleRecord) error { out = append(out, a); return nil },
		r.q.ArticlesByID, string(b))
	return out, err
}

// StoryArticles implements chorus.StoreReader.
func (r *Reader) StoryArticles(ctx context.Context, storyID int64) ([]chorus.ArticleRecord, error) {
	var out []chorus.ArticleRecord
	err := r.articles(ctx, func(a chorus.ArticleRecord) error { out = append(out, a); return nil },
		r.q.StoryArticles, storyID)
	return out, err
}

// StoryArticlePage implements chorus.StoreReader.
func (r *Reader) StoryArticlePage(ctx context.Context, storyID int64, limit, offset int) ([]chorus.ArticleRecord, error) {
	var out []chorus.ArticleRecord
	err := r.articles(ctx, func(a chorus.ArticleRecord) error { out = append(out, a); return nil },
		r.q.StoryArticlePage, storyID, limit, offset)
	return out, err
}

// RecentArticles implements chorus.StoreReader.
func (r *Reader) RecentArticles(ctx context.Context, since time.Time, fn func(chorus.ArticleRecord) error) error {
	return r.articles(ctx, fn, r.q.RecentArticles, Enc(since))
}

// LastSeq implements chorus.StoreReader.
func (r *Reader) LastSeq(ctx context.Context) (int64, error) {
	var seq int64
	if err := r.c.QueryRow(ctx, r.q.LastSeq).Scan(&seq); err != nil {
		return 0, r.c.Wrap("read the last article seq", err)
	}
	return seq, nil
}

// PutArticle implements chorus.StoreTx.
// It refuses an article that breaks a limit of chorus.CheckArticle: the
// service checks first, so this is the last line against a caller that
// does not.
func (w *Writer) PutArticle(ctx context.Context, a chorus.ArticleRecord) (int64, error) {
	if err := chorus.CheckArticle(a.Article); err != nil {
		return 0, fmt.Errorf("cannot store article: %w", err)
	}
	var seq int64
	if err := w.c.QueryRow(ctx, w.q.PutArticle, putArgs(a)...).Scan(&seq); err != nil {
		return 0, w.c.Wrap("store article "+a.ID, err)
	}
	return seq, nil
}

// putArgs returns the arguments of the PutArticle statement, in its
// column order; PutAndQueueArticle's statement takes them first too.
func putArgs(a chorus.ArticleRecord) []any {
	return []any{a.ID, a.Key, a.Hash, a.URL, a.Title, a.Source, Enc(a.Published), a.Text, a.StoryID,
		a.DuplicateOf, Enc(a.Ingested), Enc(a.Updated), a.Owner}
}

// PutAndQueueArticle stores an article as PutArticle does and queues it
// for the story assigner as QueueArticle does, returning the inbox entry:
// in one statement where the dialect can (WriteCTE), one round trip
// rather than two.
func (w *Writer) PutAndQueueArticle(ctx context.Context, a chorus.ArticleRecord, now time.Time) (int64, error) {
	if w.q.PutAndQueueArticle == "" {
		if _, err := w.PutArticle(ctx, a); err != nil {
			return 0, err
		}
		return w.QueueArticle(ctx, a.ID, now)
	}
	if err := chorus.CheckArticle(a.Article); err != nil {
		return 0, fmt.Errorf("cannot store article: %w", err)
	}
	query, args := w.putAndQueue(a, now)
	var seq int64
	if err := w.c.QueryRow(ctx, query, args...).Scan(&seq); err != nil {
		return 0, w.c.Wrap("store and queue article "+a.ID, err)
	}
	return seq, nil
}

// putAndQueue returns the one statement that stores and queues a (with
// the notification of NotifyQueue, where the dialect can) and its
// arguments, and counts the article queued.
func (w *Writer) putAndQueue(a chorus.ArticleRecord, now time.Time) (string, []any) {
	query, args := w.q.PutAndQueueArticle, append(putArgs(a), Enc(now))
	notify := w.notify != "" && w.q.PutAndQueueArticleNotify != ""
	if notify {
		query, args = w.q.PutAndQueueArticleNotify, append(args, w.notify, QueuePayload(w.from, a.ID))
	}
	w.queued++
	w.queuedIDs = append(w.queuedIDs, a.ID)
	w.notified = w.notified || notify
	return query, args
}

// PutAndQueueArticleLater is PutAndQueueArticle for a caller that needs
// the inbox entry only once the transaction commits (Ingest: for the
// wait for its story). On a Deferrer the statement is held to go out with
// the transaction's next statement or its COMMIT, one round trip fewer per
// stored article, and its error fails that statement or the commit; the
// returned entry is set once the statement has run. Elsewhere it runs at
// once.
func (w *Writer) PutAndQueueArticleLater(ctx context.Context, a chorus.ArticleRecord, now time.Time) (*int64, error) {
	d, ok := w.c.(Deferrer)
	if !ok || w.q.PutAndQueueArticle == "" {
		seq, err := w.PutAndQueueArticle(ctx, a, now)
		if err != nil {
			return nil, err
		}
		return &seq, nil
	}
	if err := chorus.CheckArticle(a.Article); err != nil {
		return nil, fmt.Errorf("cannot store article: %w", err)
	}
	query, args := w.putAndQueue(a, now)
	seq, what := new(int64), "store and queue article "+a.ID
	// Unchecked: the upsert and the inbox insert return their row or fail
	// on the server.
	d.DeferRow(what, query, false, func(s Scanner) error {
		if err := s.Scan(seq); err != nil {
			return w.c.Wrap(what, err)
		}
		return nil
	}, args...)
	return seq, nil
}
