package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/jackc/pgx/v5"
)

// StoryAndArticles returns story id and its articles, read on one snapshot
// in one round trip: BEGIN, the two reads and ROLLBACK (the transaction
// only read) go out in one pipeline, where a View of the two takes three
// (BEGIN with the first read, the second, ROLLBACK). A summary job reads its story this way
// (service). A missing story is chorus.ErrNotFound.
func (db *DB) StoryAndArticles(ctx context.Context, id int64) (*chorus.StoryRecord, []chorus.ArticleRecord, error) {
	c, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot begin read: %w", err)
	}
	defer c.Release()
	b := &pgx.Batch{}
	b.BeginTx(beginRead)
	b.Queue(q.Story, id)
	b.Queue(q.StoryArticles, id)
	b.Queue("rollback")
	var st *chorus.StoryRecord
	var arts []chorus.ArticleRecord
	err = sendTx(ctx, c.Conn(), b, func(br pgx.BatchResults) (err error) {
		st, arts, err = readStoryAndArticles(br, id)
		return err
	}, func(err error) error { return fmt.Errorf("cannot read story %d: %w", id, err) })
	if err != nil {
		return nil, nil, err
	}
	return st, arts, nil
}

// readStoryAndArticles reads the results of StoryAndArticles's pipeline up
// to the articles.
func readStoryAndArticles(br pgx.BatchResults, id int64) (*chorus.StoryRecord, []chorus.ArticleRecord, error) {
	if _, err := br.Exec(); err != nil {
		return nil, nil, fmt.Errorf("cannot begin read: %w", err)
	}
	st, err := sqlstore.ScanStory(br.QueryRow())
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read story %d: %w", id, err)
	}
	rows, err := br.Query()
	if err != nil {
		return nil, nil, fmt.Errorf("cannot list articles of story %d: %w", id, err)
	}
	defer rows.Close()
	var arts []chorus.ArticleRecord
	for rows.Next() {
		a, err := sqlstore.ScanArticle(rows)
		if err != nil {
			return nil, nil, fmt.Errorf("cannot read article: %w", err)
		}
		arts = append(arts, *a)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("cannot list articles of story %d: %w", id, err)
	}
	return st, arts, nil
}

// SaveCurrentSummary saves sum, computed from story id at version, when
// version is still the story's Version and newer than its stored summary
// (SaveSummary's conditions, and current), in one round trip: BEGIN, the
// update and COMMIT in one pipeline, where an Update takes two (BEGIN with
// the update, COMMIT). It reports whether it saved; when it did not (the
// story moved on, merged, or a newer summary is stored), nothing changed
// and the caller saves through Update, which queues the next summary when
// the story moved on. A summary job saves this way (service).
func (db *DB) SaveCurrentSummary(ctx context.Context, id, version int64, title string, sum chorus.StorySummary, updated time.Time) (bool, error) {
	js, err := json.Marshal(sum)
	if err != nil {
		return false, fmt.Errorf("cannot encode summary of story %d: %w", id, err)
	}
	c, err := db.pool.Acquire(ctx)
	if err != nil {
		return false, fmt.Errorf("cannot begin write: %w", err)
	}
	defer c.Release()
	b := &pgx.Batch{}
	b.BeginTx(beginWrite)
	b.Queue(q.SaveCurrentSummary, string(js), version, title, sqlstore.Enc(updated),
		sqlstore.SearchText(title, &sum), id, version, version)
	b.Queue("commit")
	saved := false
	err = sendTx(ctx, c.Conn(), b, func(br pgx.BatchResults) error {
		if _, err := br.Exec(); err != nil {
			return err
		}
		tag, err := br.Exec()
		if err != nil {
			return err
		}
		_, err = br.Exec() // COMMIT
		saved = tag.RowsAffected() == 1
		return err
	}, nil)
	if err != nil {
		return false, storeErr(fmt.Sprintf("save summary of story %d", id), err)
	}
	return saved, nil
}

// sendTx sends b on c, a transaction begun and ended within it (BEGIN, its
// statements, then COMMIT or ROLLBACK: one round trip), and reads its
// results with read. It returns read's error, else that of ending the
// pipeline, passed through closeErr unless nil. When a statement failed,
// so that the rest of the pipeline (the end of the transaction) was
// skipped, it rolls the transaction back (the pool closes a connection
// that cannot).
func sendTx(ctx context.Context, c *pgx.Conn, b *pgx.Batch, read func(pgx.BatchResults) error, closeErr func(error) error) error {
	br := c.SendBatch(ctx, b)
	err := read(br)
	if cerr := br.Close(); err == nil && cerr != nil {
		err = cerr
		if closeErr != nil {
			err = closeErr(cerr)
		}
	}
	if c.PgConn().TxStatus() != 'I' {
		br.Tx().Rollback(context.WithoutCancel(ctx))
	}
	return err
}
