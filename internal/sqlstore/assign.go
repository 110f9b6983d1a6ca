package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// This file holds the store side of story assignment: the inbox of
// articles waiting for the assigner and the ordered change log it appends
// to (see service's assigner).

// Inbox implements chorus.StoreReader.
func (r *Reader) Inbox(ctx context.Context, limit int) ([]chorus.InboxEntry, error) {
	var out []chorus.InboxEntry
	err := r.each(ctx, "inbox", func(s Scanner) error {
		var e chorus.InboxEntry
		var pub, ing, upd int64
		a := &e.Article
		if err := s.Scan(&e.Seq, &a.Seq, &a.ID, &a.Key, &a.Hash, &a.URL, &a.Title, &a.Source, &pub, &a.Text,
			&a.StoryID, &a.DuplicateOf, &ing, &upd, &a.Owner); err != nil {
			return fmt.Errorf("cannot read inbox entry: %w", err)
		}
		a.Published, a.Ingested, a.Updated = Dec(pub), Dec(ing), Dec(upd)
		out = append(out, e)
		return nil
	}, r.q.Inbox, limit)
	return out, err
}

// Waiting implements chorus.StoreReader.
func (r *Reader) Waiting(ctx context.Context, seqs []int64) (int, error) {
	if len(seqs) == 0 {
		return 0, nil
	}
	b, err := json.Marshal(seqs)
	if err != nil {
		return 0, fmt.Errorf("cannot encode inbox entries: %w", err)
	}
	var n int
	if err := r.c.QueryRow(ctx, r.q.Waiting, string(b)).Scan(&n); err != nil {
		return 0, r.c.Wrap("count waiting articles", err)
	}
	return n, nil
}

// Changes implements chorus.StoreReader.
func (r *Reader) Changes(ctx context.Context, after int64, limit int) ([]chorus.Change, error) {
	var out []chorus.Change
	err := r.each(ctx, "changes", func(s Scanner) error {
		var c chorus.Change
		var at int64
		if err := s.Scan(&c.Seq, &c.Kind, &c.Article, &c.Story, &c.From, &c.DuplicateOf, &c.Inbox, &c.Holder, &at); err != nil {
			return fmt.Errorf("cannot read change: %w", err)
		}
		c.At = Dec(at)
		out = append(out, c)
		return nil
	}, r.q.Changes, after, limit)
	return out, err
}

// LastChange implements chorus.StoreReader.
func (r *Reader) LastChange(ctx context.Context) (int64, error) {
	var seq int64
	if err := r.c.QueryRow(ctx, r.q.LastChange).Scan(&seq); err != nil {
		return 0, r.c.Wrap("read the last change", err)
	}
	return seq, nil
}

// LatestIngested implements chorus.StoreReader.
func (r *Reader) LatestIngested(ctx context.Context) (time.Time, error) {
	var last int64
	if err := r.c.QueryRow(ctx, r.q.LatestIngested).Scan(&last); err != nil {
		return time.Time{}, r.c.Wrap("read the latest ingestion time", err)
	}
	return Dec(last), nil
}

// Lock implements chorus.StoreTx: the names are locked in sorted order, so
// two writers locking the same names cannot deadlock. On a Deferrer
// (PostgreSQL) the locks go out with the transaction's next statement,
// which reports their error.
func (w *Writer) Lock(ctx context.Context, names ...string) error {
	if w.q.Lock == "" || len(names) == 0 {
		return nil
	}
	sorted := slices.Clone(names)
	slices.Sort(sorted)
	if d, ok := w.c.(Deferrer); ok {
		d.Defer("lock", w.q.Lock, slices.Compact(sorted))
		return nil
	}
	if _, err := w.c.Exec(ctx, w.q.Lock, slices.Compact(sorted)); err != nil {
		return w.c.Wrap("lock", err)
	}
	return nil
}

// QueueArticle implements chorus.StoreTx.
func (w *Writer) QueueArticle(ctx context.Context, id string, now time.Time) (int64, error) {
	var seq int64
	query, args := w.q.QueueArticle, []any{id, Enc(now)}
	notify := w.notify != "" && w.q.QueueArticleNotify != ""
	if notify {
		query, args = w.q.QueueArticleNotify, append(args, w.notify, QueuePayload(w.from, id))
	}
	if err := w.c.QueryRow(ctx, query, args...).Scan(&seq); err != nil {
		return 0, w.c.Wrap("queue article "+id, err)
	}
	w.queued++
	w.queuedIDs = append(w.queuedIDs, id)
	w.notified = w.notified || notify
	return seq, nil
}

// NotifyQueue has QueueArticle also notify channel with the commit, in the
// statement that queues the article, where the dialect can (Notify):
// one round trip fewer than a notification of its own. A backend that
// wakes the assigner of another process calls it before the writes. Each
// notification's payload is QueuePayload(from, article), so that the
// assigner can address the decision to the process that waits for it.
func (w *Writer) NotifyQueue(channel, from string) { w.notify, w.from = channel, from }

// QueuePayload is the payload of the notification of an article queued
// by process from: "from article".
func QueuePayload(from, article string) string { return from + " " + article }

// ParseQueuePayload returns the process and article of a QueuePayload
// payload; ok is false for any other payload (an empty one, or one of
// another version).
func ParseQueuePayload(payload string) (from, article string, ok bool) {
	from, article, ok = strings.Cut(payload, " ")
	return from, article, ok && from != "" && article != "" && !strings.Contains(article, " ")
}

// QueuedArticles returns the articles of the inbox entries added in the
// transaction, in order.
func (w *Writer) QueuedArticles() []string { return w.queuedIDs }

// NotifiedQueue reports whether QueueArticle notified NotifyQueue's
// channel.
func (w *Writer) NotifiedQueue() bool { return w.notified }

// Queued reports whether the transaction added to the inbox, so that a
// backend can wake the assigner when it commits.
func (w *Writer) Queued() bool { return w.queued > 0 }

// AssignArticle implements chorus.StoreTx.
func (w *Writer) AssignArticle(ctx context.Context, id string, story int64, dupOf string) error {
	n, err := w.c.Exec(ctx, w.q.AssignArticle, story, dupOf, id)
	if err != nil {
		return w.c.Wrap("assign article "+id, err)
	}
	if n == 0 {
		return fmt.Errorf("cannot assign article %s: %w", id, chorus.ErrNotFound)
	}
	return nil
}

// Dequeue implements chorus.StoreTx.
func (w *Writer) Dequeue(ctx context.Context, seq int64) error {
	n, err := w.c.Exec(ctx, w.q.Dequeue, seq)
	if err != nil {
		return w.c.Wrap(fmt.Sprintf("dequeue inbox entry %d", seq), err)
	}
	if n == 0 {
		return fmt.Errorf("cannot dequeue inbox entry %d: %w", seq, chorus.ErrVersion)
	}
	return nil
}

// AppendChange implements chorus.StoreTx.
func (w *Writer) AppendChange(ctx context.Context, c chorus.Change) (int64, error) {
	var seq int64
	err := w.c.QueryRow(ctx, w.q.AppendChange, c.Kind, c.Article, c.Story, c.From, c.DuplicateOf,
		c.Inbox, c.Holder, Enc(c.At)).Scan(&seq)
	if w.c.IsNoRows(err) {
		return 0, fmt.Errorf("cannot log change of inbox entry %d: %w", c.Inbox, chorus.ErrVersion)
	}
	if err != nil {
		return 0, w.c.Wrap("log change", err)
	}
	w.changed++
	if c.Kind == chorus.ChangeMerge {
		// Entries placed earlier in this transaction follow their story.
		for i := range w.decided {
			if w.decided[i].Story == c.From {
				w.decided[i].Story = c.Story
			}
		}
	} else {
		w.decided = append(w.decided, Decision{Inbox: c.Inbox, Story: c.Story, DuplicateOf: c.DuplicateOf, Article: c.Article})
	}
	return seq, nil
}

// AssignAndLog places the article of inbox entry c.Inbox in c.Story (copy
// of c.DuplicateOf), appends c (an insert or an update) to the change log
// and removes the entry, as AssignArticle, AppendChange and Dequeue do
// one after the other, and returns the change's Seq. Where the dialect
// can (WriteCTE) it is one statement: one round trip instead of three for
// every article the assigner places.
func (w *Writer) AssignAndLog(ctx context.Context, c chorus.Change) (int64, error) {
	if c.Kind == chorus.ChangeMerge {
		return 0, chorus.Errorf(chorus.EINVALID, "cannot assign an article by a merge")
	}
	if w.q.AssignAndLog == "" {
		if err := w.AssignArticle(ctx, c.Article, c.Story, c.DuplicateOf); err != nil {
			return 0, err
		}
		seq, err := w.AppendChange(ctx, c)
		if err != nil {
			return 0, err
		}
		return seq, w.Dequeue(ctx, c.Inbox)
	}
	var seq int64
	if err := w.assignAndLogRow(c, &seq)(w.c.QueryRow(ctx, w.q.AssignAndLog, w.assignAndLogArgs(c)...)); err != nil {
		return 0, err
	}
	return seq, nil
}

// assignAndLogArgs returns the arguments of the AssignAndLog statement for
// c, and counts the change and its decision.
func (w *Writer) assignAndLogArgs(c chorus.Change) []any {
	w.changed++
	w.decided = append(w.decided, Decision{Inbox: c.Inbox, Story: c.Story, DuplicateOf: c.DuplicateOf, Article: c.Article})
	return []any{c.Inbox, c.Story, c.DuplicateOf, c.Article,
		c.Kind, c.Article, c.Story, c.From, c.DuplicateOf, c.Inbox, c.Holder, Enc(c.At)}
}

// assignAndLogRow returns the reader of the AssignAndLog statement's row
// for c, which sets *seq to the change's Seq.
func (w *Writer) assignAndLogRow(c chorus.Change, seq *int64) func(Scanner) error {
	return func(s Scanner) error {
		var updated, dequeued int64
		err := s.Scan(&updated, &dequeued, seq)
		switch {
		case err != nil:
			return w.c.Wrap(fmt.Sprintf("assign inbox entry %d", c.Inbox), err)
		case updated == 0:
			return fmt.Errorf("cannot assign article %s: %w", c.Article, chorus.ErrNotFound)
		case dequeued == 0:
			return fmt.Errorf("cannot dequeue inbox entry %d: %w", c.Inbox, chorus.ErrVersion)
		case *seq == 0:
			return fmt.Errorf("cannot log change of inbox entry %d: %w", c.Inbox, chorus.ErrVersion)
		}
		return nil
	}
}

// AssignAndLogLater is AssignAndLog for a caller that needs the change's
// Seq only once the transaction commits (the assigner: its index's place
// in the change log). On a Deferrer the statement is held to go out with
// the transaction's next statement or its COMMIT, one round trip fewer per
// article the assigner places, and its error (the article gone, the entry
// assigned already) fails that statement or the commit; the returned Seq
// is set once the statement has run. Elsewhere it runs at once.
func (w *Writer) AssignAndLogLater(ctx context.Context, c chorus.Change) (*int64, error) {
	d, ok := w.c.(Deferrer)
	if !ok || w.q.AssignAndLog == "" || c.Kind == chorus.ChangeMerge {
		seq, err := w.AssignAndLog(ctx, c)
		if err != nil {
			return nil, err
		}
		return &seq, nil
	}
	seq := new(int64)
	// Checked: an entry assigned already (or an article gone) is a row of
	// zeros, which must roll the batch back.
	d.DeferRow(fmt.Sprintf("assign inbox entry %d", c.Inbox), w.q.AssignAndLog, true, w.assignAndLogRow(c, seq), w.assignAndLogArgs(c)...)
	return seq, nil
}

// Decision is the story of an inbox entry assigned in a transaction, as
// stored when the transaction commits.
type Decision struct {
	Inbox, Story int64
	DuplicateOf  string
	// Article is the entry's article.
	Article string
}

// Decisions returns the inbox entries assigned in the transaction, with
// their stories after the transaction's merges, in the order assigned.
func (w *Writer) Decisions() []Decision { return w.decided }

// Changed reports whether the transaction appended to the change log, so
// that a backend can wake the processes waiting for assignments when it
// commits.
func (w *Writer) Changed() bool { return w.changed > 0 }
