package postgres

import (
	"context"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// A transaction's BEGIN costs a round trip of its own when sent alone, as
// pgx's BeginTx does; every Update, View and assignment batch pays it. A
// lazyTx sends BEGIN in one pipeline with the transaction's first
// statement instead (PostgreSQL runs a pipeline's statements in order, and
// an explicit BEGIN in it opens a transaction that outlives the pipeline),
// so a transaction of n statements takes n+1 round trips (its statements
// and COMMIT or ROLLBACK) instead of n+2. Statements whose results nobody
// needs before the commit (Defer, DeferRow: a lock, an ingest's insert,
// an assignment's change-log entry, a notification) wait for the next
// statement's pipeline or COMMIT's, so a write whose last statement is
// deferred commits in the round trip that sends it. With four processes sharing two
// cores a round trip is dearer than with one (the waiting process's
// scheduler goes idle and back), so saving one per transaction does more
// for the processes that do not lead.

// The options of the store's transactions: writes (Update, the assigner's
// batches) and reads (View, on one snapshot).
var (
	beginWrite = pgx.TxOptions{IsoLevel: pgx.ReadCommitted}
	beginRead  = pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}
)

// lazyTx is a pgx.Tx on c, begun with opts by its first statement: QueryRow,
// Exec and Query send BEGIN and the statement in one pipeline (pgx's
// Batch.BeginTx); the other methods begin on their own first. Once begun,
// it is pgx's own transaction (commit, rollback, savepoints, a connection
// that cannot roll back closed). A transaction that runs no statement
// sends nothing at all.
type lazyTx struct {
	c    *pgx.Conn
	opts pgx.TxOptions
	tx   pgx.Tx // once begun
	done bool   // ended by this lazyTx: committed in a pipeline, or ended before it began
	// deferred are statements whose results nobody waits for, held to go
	// out in the pipeline of the next statement or of COMMIT (Defer,
	// DeferRow).
	deferred []deferredStmt
}

// deferredStmt is a statement held by Defer or DeferRow; what names it in
// its error; scan, when set, reads its row, and checks it when checked.
type deferredStmt struct {
	what, sql string
	args      []any
	scan      func(pgx.Row) error
	checked   bool
}

// Defer holds a statement whose only result is its error (a lock, say) to
// send it in one pipeline with the transaction's next statement, which
// reports its error ("cannot what: ..."); Commit sends what is still held,
// Rollback drops it. PostgreSQL runs a pipeline's statements in order, each
// on a snapshot taken when it starts (READ COMMITTED), so a statement
// after a deferred lock sees what the lock's previous holder committed.
func (t *lazyTx) Defer(what, sql string, args ...any) {
	t.deferred = append(t.deferred, deferredStmt{what: what, sql: sql, args: args})
}

// DeferRow holds a statement returning one row that nobody needs before
// the transaction commits (an insert whose new key is read after the
// commit, say), as Defer does; scan reads its row when the pipeline that
// carries it runs, and its error (returned as is: scan wraps it) fails
// that pipeline's statement, or Commit. A checked statement's scan may
// reject a row the server accepted: Commit then reads it before it sends
// COMMIT, a round trip of its own, so that the rejection rolls the
// transaction back; an unchecked one goes out with COMMIT, and scan's own
// error (a row it cannot read) would come after the server committed.
func (t *lazyTx) DeferRow(what, sql string, checked bool, scan func(pgx.Row) error, args ...any) {
	t.deferred = append(t.deferred, deferredStmt{what: what, sql: sql, args: args, scan: scan, checked: checked})
}

// newLazyTx returns a transaction on c begun with opts when first used.
func newLazyTx(c *pgx.Conn, opts pgx.TxOptions) *lazyTx { return &lazyTx{c: c, opts: opts} }

var _ pgx.Tx = (*lazyTx)(nil)

// start begins the transaction and sends the deferred statements, when
// either is due, in one pipeline of their own.
func (t *lazyTx) start(ctx context.Context) error {
	if t.direct() {
		return nil
	}
	br, err := t.pipeline(ctx, nil)
	if err != nil {
		return err
	}
	return br.Close()
}

// pipeline sends, in one pipeline, BEGIN when the transaction has not
// begun, the deferred statements and then stmt (none when nil), and
// returns the pipeline's results with those of BEGIN and the deferred
// statements read: stmt's result is next. On an error the pipeline is
// closed.
func (t *lazyTx) pipeline(ctx context.Context, stmt *pgx.QueuedQuery) (pgx.BatchResults, error) {
	if t.done {
		return nil, pgx.ErrTxClosed
	}
	b := &pgx.Batch{}
	begin := t.tx == nil
	if begin {
		b.BeginTx(t.opts)
	}
	held := t.deferred
	t.deferred = nil
	for _, d := range held {
		b.Queue(d.sql, d.args...)
	}
	if stmt != nil {
		b.Queue(stmt.SQL, stmt.Arguments...)
	}
	var br pgx.BatchResults
	if begin {
		br = t.c.SendBatch(ctx, b)
		t.tx = br.Tx()
	} else {
		br = t.tx.SendBatch(ctx, b)
	}
	if begin {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return nil, err
		}
	}
	for _, d := range held {
		if d.scan != nil {
			if err := d.scan(br.QueryRow()); err != nil {
				br.Close()
				return nil, &deferredError{err}
			}
			continue
		}
		if _, err := br.Exec(); err != nil {
			br.Close()
			return nil, &deferredError{storeErr(d.what, err)}
		}
	}
	return br, nil
}

// deferredError is the error of a deferred statement, reported by the
// statement or the COMMIT whose pipeline carried it: "cannot what: ...".
type deferredError struct{ err error }

// Error implements error.
func (e *deferredError) Error() string { return e.err.Error() }

// Unwrap returns the statement's error.
func (e *deferredError) Unwrap() error { return e.err }

// direct reports whether a statement can go out on its own: the
// transaction has begun, is not over, and holds no deferred statement.
func (t *lazyTx) direct() bool { return t.tx != nil && !t.done && len(t.deferred) == 0 }

// QueryRow implements pgx.Tx.
func (t *lazyTx) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	if t.direct() {
		return t.tx.QueryRow(ctx, sql, args...)
	}
	br, err := t.pipeline(ctx, &pgx.QueuedQuery{SQL: sql, Arguments: args})
	if err != nil {
		return errRow{err}
	}
	return &batchRow{row: br.QueryRow(), br: br}
}

// Exec implements pgx.Tx.
func (t *lazyTx) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	if t.direct() {
		return t.tx.Exec(ctx, sql, args...)
	}
	br, err := t.pipeline(ctx, &pgx.QueuedQuery{SQL: sql, Arguments: args})
	if err != nil {
		return pgconn.CommandTag{}, err
	}
	tag, err := br.Exec()
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	return tag, err
}

// Query implements pgx.Tx.
func (t *lazyTx) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	if t.direct() {
		return t.tx.Query(ctx, sql, args...)
	}
	br, err := t.pipeline(ctx, &pgx.QueuedQuery{SQL: sql, Arguments: args})
	if err != nil {
		return nil, err
	}
	rows, err := br.Query()
	if err != nil {
		br.Close()
		return nil, err
	}
	return &batchRows{Rows: rows, br: br}, nil
}

// Commit implements pgx.Tx. The deferred statements go out in one
// pipeline with COMMIT (and BEGIN, when the transaction has not begun): a
// transaction whose last statements were deferred commits in the round
// trip that sends them. Should one of them fail, PostgreSQL skips the rest
// of the pipeline, COMMIT included, and the transaction is rolled back.
// When one of them is checked (DeferRow), they go out first and COMMIT
// after. A transaction that ran nothing has nothing to commit.
func (t *lazyTx) Commit(ctx context.Context) error {
	if slices.ContainsFunc(t.deferred, func(d deferredStmt) bool { return d.checked }) {
		if err := t.start(ctx); err != nil {
			if t.tx != nil {
				t.tx.Rollback(context.WithoutCancel(ctx))
			}
			return err
		}
	}
	if len(t.deferred) == 0 {
		if t.tx != nil && !t.done {
			return t.tx.Commit(ctx)
		}
		return t.close()
	}
	br, err := t.pipeline(ctx, &pgx.QueuedQuery{SQL: "commit"})
	if err == nil {
		var tag pgconn.CommandTag
		tag, err = br.Exec()
		if cerr := br.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			// pgx's transaction never saw the COMMIT: it is over all the
			// same, and this lazyTx answers for it from now on.
			t.done = true
			if tag.String() == "ROLLBACK" {
				return pgx.ErrTxCommitRollback
			}
			return nil
		}
	}
	if t.tx != nil && !t.done {
		t.tx.Rollback(context.WithoutCancel(ctx))
	}
	return err
}

// Rollback implements pgx.Tx; the deferred statements are dropped.
func (t *lazyTx) Rollback(ctx context.Context) error {
	t.deferred = nil
	if t.tx != nil && !t.done {
		return t.tx.Rollback(ctx)
	}
	return t.close()
}

// close ends a transaction that never began, or ends it again: there is
// nothing to send.
func (t *lazyTx) close() error {
	if t.done {
		return pgx.ErrTxClosed
	}
	t.done = true
	return nil
}

// Begin implements pgx.Tx (a savepoint).
func (t *lazyTx) Begin(ctx context.Context) (pgx.Tx, error) {
	if err := t.start(ctx); err != nil {
		return nil, err
	}
	return t.tx.Begin(ctx)
}

// CopyFrom implements pgx.Tx.
func (t *lazyTx) CopyFrom(ctx context.Context, table pgx.Identifier, columns []string, src pgx.CopyFromSource) (int64, error) {
	if err := t.start(ctx); err != nil {
		return 0, err
	}
	return t.tx.CopyFrom(ctx, table, columns, src)
}

// SendBatch implements pgx.Tx.
func (t *lazyTx) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults {
	if err := t.start(ctx); err != nil {
		return pgx.FailedBatchResults(b, err)
	}
	return t.tx.SendBatch(ctx, b)
}

// LargeObjects implements pgx.Tx; the store uses none, and before the
// transaction began there are none to give.
func (t *lazyTx) LargeObjects() pgx.LargeObjects {
	if t.tx == nil {
		return pgx.LargeObjects{}
	}
	return t.tx.LargeObjects()
}

// Prepare implements pgx.Tx.
func (t *lazyTx) Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error) {
	if err := t.start(ctx); err != nil {
		return nil, err
	}
	return t.tx.Prepare(ctx, name, sql)
}

// Conn implements pgx.Tx.
func (t *lazyTx) Conn() *pgx.Conn { return t.c }

// batchRow is the row of a statement sent with BEGIN: scanning it ends the
// pipeline.
type batchRow struct {
	row pgx.Row
	br  pgx.BatchResults
}

// Scan implements pgx.Row.
func (r *batchRow) Scan(dest ...any) error {
	err := r.row.Scan(dest...)
	if cerr := r.br.Close(); err == nil {
		err = cerr
	}
	return err
}

// batchRows are the rows of a statement sent with BEGIN: closing them ends
// the pipeline.
type batchRows struct {
	pgx.Rows
	br     pgx.BatchResults
	closed bool
	err    error // of ending the pipeline
}

// Next implements pgx.Rows; after the last row it ends the pipeline.
func (r *batchRows) Next() bool {
	if r.Rows.Next() {
		return true
	}
	r.Close()
	return false
}

// Close implements pgx.Rows.
func (r *batchRows) Close() {
	if r.closed {
		return
	}
	r.closed = true
	r.Rows.Close()
	r.err = r.br.Close()
}

// Err implements pgx.Rows.
func (r *batchRows) Err() error {
	if err := r.Rows.Err(); err != nil {
		return err
	}
	return r.err
}

// errRow is a pgx.Row whose Scan returns err.
type errRow struct{ err error }

// Scan implements pgx.Row.
func (r errRow) Scan(...any) error { return r.err }
