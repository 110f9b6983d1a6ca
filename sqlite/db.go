// Package sqlite implements chorus.Store on an embedded SQLite database
// (modernc.org/sqlite, pure Go). It sits in the service half of Chorus:
// ingested articles, their stories, summaries, feeds and the durable summary
// work queue all live in one database file.
//
// The database runs in WAL mode with synchronous=FULL, so a transaction is on
// disk when its commit returns: an acknowledged article survives a crash or a
// power cut. Writes go through one connection, serialized; reads use a small
// pool of read-only connections that see consistent snapshots. The schema is
// a series of embedded migrations applied in order on open and recorded in
// the schema_version table.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/chorusnews/chorus/queue"
	"github.com/riverqueue/river/riverdriver/riversqlite"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Options controls Open. The zero value means defaults.
type Options struct {
	// Readers is the size of the read connection pool; zero means 4.
	Readers int
	// BusyTimeout is how long a connection waits for a lock; zero means 10s.
	BusyTimeout time.Duration
}

// DB is a chorus.Store backed by one SQLite database file.
type DB struct {
	path string
	w    *sql.DB // one connection: every write is serialized through it
	r    *sql.DB // read-only pool
	jobs *queue.Queue[*sql.Tx]
	// queued gets a token when a write that queued articles commits,
	// waking this process's assigner (Leadership.Wait).
	queued chan struct{}
	// assigned fires when a write that appended to the change log commits.
	assigned sqlstore.Signal
}

var (
	_ chorus.Store = (*DB)(nil)
	_ queue.Store  = (*DB)(nil)
)

// Open opens (creating if missing) the SQLite database at path and applies
// any pending migrations.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if path == "" {
		return nil, chorus.Errorf(chorus.EINVALID, "no database path")
	}
	if opts.Readers <= 0 {
		opts.Readers = 4
	}
	if opts.BusyTimeout <= 0 {
		opts.BusyTimeout = 10 * time.Second
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(FULL)")
	wq := url.Values{}
	for k, v := range q {
		wq[k] = append([]string(nil), v...)
	}
	wq.Add("_pragma", "journal_mode(WAL)")
	wq.Set("_txlock", "immediate")
	u := url.URL{Scheme: "file", Opaque: path}

	db := &DB{path: path, queued: make(chan struct{}, 1)}
	var err error
	u.RawQuery = wq.Encode()
	if db.w, err = sql.Open("sqlite", u.String()); err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	}
	db.w.SetMaxOpenConns(1)
	db.w.SetMaxIdleConns(1)
	db.w.SetConnMaxLifetime(0)
	db.w.SetConnMaxIdleTime(0)
	// River over the write connection: SQLite has no LISTEN/NOTIFY, so
	// workers poll (queue.Config.Poll) rather than River's 50 ms emulation.
	if db.jobs, err = queue.New(riversqlite.New(db.w), "", true); err != nil {
		db.w.Close()
		return nil, err
	}
	if err := db.migrate(ctx); err != nil {
		db.w.Close()
		return nil, err
	}
	q.Add("_pragma", "query_only(1)")
	u.RawQuery = q.Encode()
	if db.r, err = sql.Open("sqlite", u.String()); err != nil {
		db.w.Close()
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	}
	db.r.SetMaxOpenConns(opts.Readers)
	db.r.SetMaxIdleConns(opts.Readers)
	return db, nil
}

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// Close closes the database.
func (db *DB) Close() error {
	return errors.Join(db.r.Close(), db.w.Close())
}

// View runs fn in a read-only transaction on a snapshot of the database.
func (db *DB) View(ctx context.Context, fn func(chorus.StoreReader) error) error {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("cannot begin read: %w", err)
	}
	defer tx.Rollback()
	return fn(sqlstore.NewReader(conn{tx}, &q))
}

// Update runs fn in a write transaction and commits it when fn returns nil.
// The commit is durable (synchronous=FULL) when Update returns nil.
func (db *DB) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("cannot begin write: %w", err)
	}
	// Rolls back when fn fails or panics, so the single writer connection
	// is never left inside a transaction; a no-op after Commit.
	defer tx.Rollback()
	w := sqlstore.NewWriter(conn{tx}, &q, func(ctx context.Context, jobs []queue.Summary) error {
		return db.jobs.EnqueueManyTx(ctx, tx, jobs)
	})
	if err := fn(w); err != nil {
		return err
	}
	if err := w.Flush(ctx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("cannot commit: %w", err)
	}
	if w.Queued() {
		select {
		case db.queued <- struct{}{}:
		default:
		}
	}
	if w.Changed() {
		db.assigned.Fire()
	}
	return nil
}

// Assigned returns a channel closed when the story assigner of this process
// next commits a batch (another process's batches are not seen: waiters
// poll for them).
func (db *DB) Assigned() <-chan struct{} { return db.assigned.Wait() }

// Queue implements queue.Store: a Runner of the summary jobs queued in
// this database.
func (db *DB) Queue(cfg queue.Config) (queue.Runner, error) { return db.jobs.Runner(cfg) }

// Check verifies the database: SQLite's integrity and foreign-key checks,
// and the service's own invariants (every article in a live story, a
// summary job for every stale summary). It returns nil when all hold.
func (db *DB) Check(ctx context.Context) error {
	var errs []error
	var res string
	if err := db.r.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("cannot check integrity: %w", err)
	}
	if res != "ok" {
		errs = append(errs, fmt.Errorf("integrity check: %s", res))
	}
	checks := append([]sqlstore.Invariant{
		{What: "foreign key violations", Query: "SELECT count(*) FROM pragma_foreign_key_check"},
	}, sqlstore.Invariants(sqlstore.SQLite)...)
	for _, c := range checks {
		var n int
		if err := db.r.QueryRowContext(ctx, c.Query).Scan(&n); err != nil {
			return fmt.Errorf("cannot count %s: %w", c.What, err)
		}
		if n > 0 {
			errs = append(errs, fmt.Errorf("%d %s", n, c.What))
		}
	}
	return errors.Join(errs...)
}
