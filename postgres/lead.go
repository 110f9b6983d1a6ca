package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/chorusnews/chorus/queue"
	"github.com/jackc/pgx/v5/pgxpool"
)

// This file holds the election of the story assigner: a session advisory
// lock held on one dedicated connection. The assigner's transactions run on
// that connection, so they can only commit while the lock is held; when the
// process dies its connection closes and the server frees the lock at once,
// so another process takes over on its next try. The assigner wakes without
// polling: a write in another process that queues an article sends a
// notification with its commit, which the process's listening connection
// (the hub) hands over; a write in the assigner's own process wakes it in
// memory and sends none.

var _ chorus.Elector = (*DB)(nil)

// Lead implements chorus.Elector.
func (db *DB) Lead(ctx context.Context, holder string) (chorus.Leadership, error) {
	c, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	var ok bool
	if err := c.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", db.assignKey).Scan(&ok); err != nil {
		c.Release()
		return nil, fmt.Errorf("cannot try the assigner lock: %w", err)
	}
	if !ok {
		c.Release()
		return nil, nil
	}
	l := &leadership{db: db, c: c, wake: make(chan struct{}, 1)}
	l.sub, l.gen = db.hub.subscribe(db.inboxChannel, func(payload string, ok bool) {
		if ok {
			db.heardQueued(payload)
		}
		l.poke()
	})
	// Articles queued before the hub listens are assigned by the first
	// batch, which follows Lead; a hub that cannot listen yet leaves the
	// assigner polling (Options.Poll) until it can.
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	db.hub.ready(rctx, l.gen)
	cancel()
	db.lead.Store(l)
	return l, nil
}

// leadership is the assigner lock held on the connection c. Its methods
// take turns on c (mu); after Release they fail.
type leadership struct {
	db       *DB
	mu       sync.Mutex
	c        *pgxpool.Conn
	released bool
	sub      *subscription // of the inbox channel
	gen      uint64        // the hub's gen that LISTENs to it
	// wake holds a token when articles were queued since the last Wait.
	wake chan struct{}
}

// poke wakes the assigner's next (or current) Wait.
func (l *leadership) poke() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// errReleased is returned by a released leadership.
var errReleased = errors.New("the assigner lock was released")

// Update implements chorus.Leadership.
func (l *leadership) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.released {
		return errReleased
	}
	tx := newLazyTx(l.c.Conn(), beginWrite)
	defer tx.Rollback(context.WithoutCancel(ctx))
	return l.db.commit(ctx, tx, fn)
}

// inboxSafety is how long the assigner waits unwoken while the hub listens
// to the inbox channel: every write that queues an article notifies (or,
// in this process, pokes), and the hub pokes the assigner whenever its
// connection fails, so the wait is a safety poll only. While the hub does
// not listen, the assigner polls every Options.Poll.
const inboxSafety = time.Minute

// Wait implements chorus.Leadership: it returns when articles were
// queued since the last Wait (at once if they were meanwhile), or after d
// — after inboxSafety instead while notifications of new articles are
// heard.
func (l *leadership) Wait(ctx context.Context, d time.Duration) error {
	l.mu.Lock()
	released := l.released
	l.mu.Unlock()
	if released {
		return errReleased
	}
	if l.db.hub.listensBy(l.gen) {
		d = max(d, inboxSafety)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-l.wake:
		// One wake-up serves the articles queued within a millisecond of
		// each other, so a burst of writes is one batch (one transaction)
		// rather than one per write.
		for coalesce := time.NewTimer(time.Millisecond); ; coalesce.Reset(time.Millisecond) {
			select {
			case <-l.wake:
				continue
			case <-coalesce.C:
			case <-ctx.Done():
				coalesce.Stop()
				return ctx.Err()
			}
			break
		}
	case <-t.C:
	case <-ctx.Done():
		return ctx.Err()
	}
	if l.c.Conn().IsClosed() {
		return errors.New("cannot wait for new articles: the assigner's connection closed")
	}
	return nil
}

// Release implements chorus.Leadership: it unlocks and stops listening, and
// returns the connection to the pool; a connection that cannot is closed,
// which frees the lock on the server.
func (l *leadership) Release() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.released {
		return nil
	}
	l.released = true
	l.db.lead.CompareAndSwap(l, nil)
	l.db.hub.unsubscribe(l.sub)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	defer l.c.Release()
	if _, err := l.c.Exec(ctx, "SELECT pg_advisory_unlock_all()"); err != nil {
		if cerr := l.c.Conn().Close(ctx); cerr != nil {
			return fmt.Errorf("cannot release the assigner lock: %w", errors.Join(err, cerr))
		}
	}
	return nil
}

// commit runs fn on tx through a store writer, queues the summary jobs and
// the new-article notification, and commits: the notifications and the
// statements still deferred go out in one pipeline with COMMIT.
func (db *DB) commit(ctx context.Context, tx *lazyTx, fn func(chorus.StoreTx) error) error {
	w := sqlstore.NewWriter(&conn{tx}, &q, func(ctx context.Context, jobs []queue.Summary) error {
		return db.jobs.EnqueueManyTx(ctx, tx, jobs)
	})
	// The assigner of this process is woken in memory after the commit;
	// another process's, by a notification, sent by the statement that
	// queues the article (no round trip of its own). (Should this process
	// lose the role meanwhile, the next assigner assigns the inbox when it
	// takes the role, or at its next poll; should it take the role, it
	// wakes itself through its listening connection.)
	if db.lead.Load() == nil {
		w.NotifyQueue(db.inboxChannel, db.self)
	}
	if err := fn(w); err != nil {
		return err
	}
	if err := w.Flush(ctx); err != nil {
		return err
	}
	// The notifications go out with COMMIT, in its round trip, as do the
	// statements still deferred (an ingest's last article, an assignment
	// batch's last placement): their errors fail the commit.
	local := db.lead.Load()
	if w.Queued() && local == nil && !w.NotifiedQueue() {
		tx.Defer("notify the assigner", "SELECT pg_notify($1, '')", db.inboxChannel)
	}
	if w.Queued() && local != nil {
		// This process's assigner learns in memory who waits for these.
		for _, a := range w.QueuedArticles() {
			db.owners.add(a, db.self)
		}
	}
	if w.Changed() {
		if channels, payloads := db.addressed(w.Decisions()); len(channels) > 0 {
			tx.Defer("notify the assignment", "SELECT count(pg_notify(c, p)) FROM unnest($1::text[], $2::text[]) AS x(c, p)", channels, payloads)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		var e *deferredError
		if errors.As(err, &e) {
			return e.err
		}
		return fmt.Errorf("cannot commit: %w", err)
	}
	if w.Queued() && local != nil {
		local.poke()
	}
	return nil
}

// Assigned returns a channel closed when a story assigner (of any process)
// next commits a batch that assigns an article this process queued (or
// whose articles' processes it does not know; see addressed.go). The
// first call subscribes the process's listening connection to the
// batches' notifications, until Close; while the connection is down, the
// channel closes every second, so waiters fall back to polling.
func (db *DB) Assigned() <-chan struct{} {
	db.listenOnce.Do(func() {
		heard := func(payload string, ok bool) {
			if ok && payload != "" {
				db.decided.add(decodeDecisions(payload))
			}
			db.assigned.Fire()
			// A batch queues summary jobs, due a moment later: a
			// sleeping job runner of this process wakes to share them.
			db.jobs.Wake()
		}
		db.hub.subscribe(db.assignedChannel, heard)
		db.hub.subscribe(db.ownChannel, heard)
	})
	return db.assigned.Wait()
}

// AssignedAnywhere reports that Assigned tells of the batches of every
// process's assigner that assign this process's articles (a notification
// sent with each such batch's commit).
func (db *DB) AssignedAnywhere() bool { return true }
