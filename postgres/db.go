// Package postgres implements chorus.Store on a PostgreSQL server (pgx and
// its connection pool). It sits in the service half of Chorus, beside the
// embedded sqlite store: ingested articles, their stories, summaries, feeds
// and the durable summary work queue live in one schema of a server that
// can run on another machine, be backed up and replicated on its own.
//
// Write transactions run concurrently under READ COMMITTED: writers that
// must not interleave (ingest of one article key or text) take
// transaction-scoped advisory locks named by what they write (StoreTx.Lock),
// and story assignment runs only on the connection holding the assigner's
// session lock (Lead). Every connection bounds its waits below the HTTP
// timeouts: lock_timeout 10s, statement_timeout 30s and
// idle_in_transaction_session_timeout 60s unless the DSN sets them. A commit is
// durable when it returns under the server's defaults (synchronous_commit=on,
// fsync=on). Reads run on the pool in read-only REPEATABLE READ transactions,
// each a consistent snapshot. The schema is a series of embedded migrations
// applied in order on open, recorded in the schema_version table and
// guarded by an advisory lock, so processes starting together do not race.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/chorusnews/chorus/queue"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// defaultConns is the pool size unless Options.MaxConns or the DSN's
// pool_max_conns sets one: the two connections a process holds for long
// (its listening connection; the story assigner's session lock, in the
// process that assigns) and one for the work per core Go uses (GOMAXPROCS),
// at least two — writes, reads, summary jobs and River's fetches and
// completions, each a short transaction, so that the pool queues them
// rather than the server. It was pgxpool's default (at least 4, one per
// core) plus 4: on two cores one process served by 8 connections ran its
// clients' transactions at once on the server, which cost PostgreSQL more
// CPU per article than 3 or 4 (issue 12, measured with scripts/scaleout).
func defaultConns() int32 { return 2 + int32(max(2, runtime.GOMAXPROCS(0))) }

// Options controls Open. The zero value means defaults.
type Options struct {
	// Schema is the PostgreSQL schema holding the store's tables, created if
	// missing; empty means the connection's default search_path (public).
	// Stores in different schemas of one database are independent.
	Schema string
	// MaxConns is the size of the connection pool; a serving process
	// needs 3 or more (the listening connection, the assigner's lock and
	// one for the work). Zero means pool_max_conns in the DSN, else 2
	// plus GOMAXPROCS, at least 4 (defaultConns).
	MaxConns int32
}

// DB is a chorus.Store backed by a PostgreSQL database.
type DB struct {
	pool *pgxpool.Pool
	// assignKey is the session advisory lock of the story assigner.
	assignKey int64
	// inboxChannel is notified when a write queues articles,
	// assignedChannel when the assigner commits a batch.
	inboxChannel, assignedChannel string
	// self names this process in the notifications of the articles it
	// queues; ownChannel (assignedChannel_self) is notified of the
	// assignment of those articles (see addressed.go).
	self, ownChannel string
	// owners are the processes that queued the articles, as heard by
	// this process's assigner.
	owners owners
	// assigned fires on each notification of assignedChannel and
	// ownChannel, received by the listener that Assigned starts.
	assigned   sqlstore.Signal
	decided    decisions // the decisions those notifications carried
	listenOnce sync.Once // subscribes to assignedChannel and ownChannel
	// hub is the process's one listening connection, shared by the
	// assigner, Assigned and River's notifier.
	hub *hub
	// lead is this process's assigner leadership while it holds one: its
	// own writes wake it in memory instead of notifying.
	lead atomic.Pointer[leadership]
	// migrateKey is the advisory lock held while migrating.
	migrateKey int64
	jobs       *queue.Queue[pgx.Tx]
	// river is jobs' driver, whose listeners fetchNow reaches.
	river *riverDriver
	// jobsHeard is set once the hub wakes a sleeping job runner at River's
	// notifications of new jobs (listenJobs).
	jobsMu    sync.Mutex
	jobsHeard bool
}

var (
	_ chorus.Store = (*DB)(nil)
	_ queue.Store  = (*DB)(nil)
)

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value connection string), creates Options.Schema if set, and applies
// any pending migrations.
func Open(ctx context.Context, dsn string, opts Options) (*DB, error) {
	if dsn == "" {
		return nil, chorus.Errorf(chorus.EINVALID, "no PostgreSQL connection string")
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// The parse error may quote the password: do not wrap it.
		return nil, chorus.Errorf(chorus.EINVALID, "cannot parse the PostgreSQL connection string")
	}
	if opts.Schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = pgx.Identifier{opts.Schema}.Sanitize()
	}
	for k, v := range map[string]string{"lock_timeout": "10s", "statement_timeout": "30s",
		"idle_in_transaction_session_timeout": "60s"} {
		if _, set := cfg.ConnConfig.RuntimeParams[k]; !set {
			cfg.ConnConfig.RuntimeParams[k] = v
		}
	}
	if opts.MaxConns <= 0 && !strings.Contains(dsn, "pool_max_conns") {
		cfg.MaxConns = defaultConns()
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	db := &DB{pool: pool, assignKey: lockKey("assign", opts.Schema), migrateKey: lockKey("migrate", opts.Schema),
		inboxChannel:    fmt.Sprintf("chorus_inbox_%x", uint64(lockKey("inbox", opts.Schema))),
		assignedChannel: fmt.Sprintf("chorus_assigned_%x", uint64(lockKey("assigned", opts.Schema)))}
	db.self = newProcessName()
	db.ownChannel = processChannel(db.assignedChannel, db.self)
	db.hub = newHub(pool)
	// River's tables live beside ours (search_path); workers listen for
	// new jobs (LISTEN/NOTIFY, on the hub's connection) and poll as a
	// fallback.
	db.river = newRiverDriver(pool, db.hub)
	if db.jobs, err = queue.New[pgx.Tx](db.river, "", false); err != nil {
		pool.Close()
		return nil, err
	}
	db.jobs.OnRun(db.listenJobs)
	if err := db.migrate(ctx, opts.Schema); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// lockKey returns the advisory lock key of a purpose in a schema.
func lockKey(purpose, schema string) int64 {
	h := fnv.New64a()
	h.Write([]byte("chorus\x00" + purpose + "\x00" + schema))
	return int64(h.Sum64())
}

// Close stops the listening connection and closes the connection pool.
func (db *DB) Close() error {
	db.hub.close()
	db.pool.Close()
	return nil
}

// View runs fn in a read-only transaction on a snapshot of the database.
func (db *DB) View(ctx context.Context, fn func(chorus.StoreReader) error) error {
	c, err := db.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("cannot begin read: %w", err)
	}
	defer c.Release()
	tx := newLazyTx(c.Conn(), beginRead)
	defer tx.Rollback(context.WithoutCancel(ctx))
	return fn(sqlstore.NewReader(&conn{tx}, &q))
}

// Update runs fn in a write transaction (READ COMMITTED) and commits it
// when fn returns nil. Writers run concurrently; those that must not
// interleave take StoreTx.Lock.
func (db *DB) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	c, err := db.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("cannot begin write: %w", err)
	}
	defer c.Release()
	tx := newLazyTx(c.Conn(), beginWrite)
	// Rolls back when fn fails or panics, so the connection returns to the
	// pool clean; a no-op after Commit.
	defer tx.Rollback(context.WithoutCancel(ctx))
	return db.commit(ctx, tx, fn)
}

// Queue implements queue.Store: a Runner of the summary jobs queued in
// this database.
//
// A runner on the real clock (the service's; tests inject theirs) has the
// summary jobs fall due on a grid of cfg.Poll, and fetches at every tick
// of it (queue.Queue.AlignDue): every process takes the jobs at the same
// moments, so changes are summarized together alike whatever the number
// of processes.
func (db *DB) Queue(cfg queue.Config) (queue.Runner, error) {
	if cfg.Clock == nil {
		tick := cfg.Poll
		if tick <= 0 {
			tick = queue.DefaultPoll
		}
		db.jobs.AlignDue(tick, db.river.fetchNow)
	}
	return db.jobs.Runner(cfg)
}

// Check verifies the service's invariants (every article in a live story, a
// summary job for every stale summary) and returns nil
// when all hold. Foreign keys and uniqueness are enforced by the server.
func (db *DB) Check(ctx context.Context) error {
	var errs []error
	for _, c := range sqlstore.Invariants(sqlstore.PostgreSQL) {
		var n int
		if err := db.pool.QueryRow(ctx, c.Query).Scan(&n); err != nil {
			return fmt.Errorf("cannot count %s: %w", c.What, err)
		}
		if n > 0 {
			errs = append(errs, fmt.Errorf("%d %s", n, c.What))
		}
	}
	return errors.Join(errs...)
}
