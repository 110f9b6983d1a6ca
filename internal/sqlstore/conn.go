package sqlstore

import (
	"context"
	"fmt"
)

// Conn is one transaction of a backend, seen through what the shared
// Reader and Writer need: each backend adapts its driver's transaction in a
// few lines.
type Conn interface {
	// QueryRow runs a query that returns at most one row.
	QueryRow(ctx context.Context, query string, args ...any) Scanner
	// Query runs a query that returns rows.
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	// Exec runs a statement and returns the number of rows it affected.
	Exec(ctx context.Context, query string, args ...any) (int64, error)
	// IsNoRows reports whether err is the driver's "no rows" error of
	// QueryRow's Scan.
	IsNoRows(err error) bool
	// Wrap returns err as "cannot op: err", mapping the driver's rejections
	// of the input to chorus errors where the backend has any.
	Wrap(op string, err error) error
}

// Deferrer is a Conn that can hold a statement whose result nobody needs
// at once and send it with the next statement, or with COMMIT, in one
// round trip (the postgres store). Writer.Lock defers its lock on such a
// Conn: the lock is taken just before the statement that follows it, which
// reports its error; the Later writes (PutAndQueueArticleLater,
// AssignAndLogLater) defer theirs, their results read at the commit.
type Deferrer interface {
	// Defer holds query to run just before the next statement; what
	// names it in its error ("cannot what: ...").
	Defer(what, query string, args ...any)
	// DeferRow holds query, which returns one row, to run just before the
	// next statement or with the transaction's COMMIT; scan reads the row
	// then, and its error (wrapped by scan) fails that statement or the
	// commit. checked says that scan may reject a row the server accepted
	// (a count of rows updated that must not be zero, say): the row is
	// then read before COMMIT is sent, so that the rejection rolls the
	// transaction back.
	DeferRow(what, query string, checked bool, scan func(Scanner) error, args ...any)
}

// Rows is the result of Query: a *sql.Rows (adapted) or pgx.Rows.
type Rows interface {
	Scanner
	Next() bool
	Err() error
	Close()
}

// Reader implements chorus.StoreReader on one transaction.
type Reader struct {
	c Conn
	q *Queries
}

// Writer implements chorus.StoreTx on one write transaction.
type Writer struct {
	Reader
	enqueue Enqueuer
	touched map[int64]touched // stories changed, for Flush
	queued  int               // inbox entries added
	// queuedIDs are the articles of those entries, in order.
	queuedIDs []string
	// notify is the channel QueueArticle notifies (NotifyQueue), notified
	// whether it did.
	notify string
	// from names the writing process in each notification of notify
	// (NotifyQueue).
	from     string
	notified bool
	changed  int        // change log entries appended
	decided  []Decision // inbox entries assigned, for Decisions
}

// NewReader returns a reader running queries q on c.
func NewReader(c Conn, q *Queries) *Reader { return &Reader{c: c, q: q} }

// NewWriter returns a writer running queries q on c that queues summary
// jobs through enqueue (on Flush).
func NewWriter(c Conn, q *Queries, enqueue Enqueuer) *Writer {
	return &Writer{Reader: Reader{c: c, q: q}, enqueue: enqueue}
}

// Conn returns the transaction r runs on, for a backend's own statements.
func (r *Reader) Conn() Conn { return r.c }

// each calls fn for each row of a query; what names the rows in errors.
func (r *Reader) each(ctx context.Context, what string, fn func(Scanner) error, query string, args ...any) error {
	rows, err := r.c.Query(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("cannot list %s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("cannot list %s: %w", what, err)
	}
	return nil
}
