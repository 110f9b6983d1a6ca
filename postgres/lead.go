package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// This file holds the election of the story assigner: a session advisory
// lock held on one dedicated connection. The assigner's transactions run on
// that connection, so they can only commit while the lock is held; when the
// process dies its connection closes and the server frees the lock at once,
// so another process takes over on its next try. The same connection
// LISTENs for the notification every write that queues an article sends
// with its commit, so the assigner wakes without polling.

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
	if _, err := c.Exec(ctx, "LISTEN "+pgx.Identifier{db.inboxChannel}.Sanitize()); err != nil {
		// Closing the connection frees the lock.
		c.Conn().Close(context.WithoutCancel(ctx))
		c.Release()
		return nil, fmt.Errorf("cannot listen for new articles: %w", err)
	}
	return &leadership{db: db, c: c}, nil
}

// leadership is the assigner lock held on the connection c. Its methods
// take turns on c (mu); after Release they fail.
type leadership struct {
	db       *DB
	mu       sync.Mutex
	c        *pgxpool.Conn
	released bool
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
	tx, err := l.c.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.ReadCommitted})
	if err != nil {
		return fmt.Errorf("cannot begin assignment: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	return l.db.commit(ctx, tx, fn)
}

// Wait implements chorus.Leadership.
func (l *leadership) Wait(ctx context.Context, d time.Duration) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.released {
		return errReleased
	}
	wctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	_, err := l.c.Conn().WaitForNotification(wctx)
	switch {
	case err == nil:
		// Drain notifications already received: one wake-up serves all.
		for {
			nctx, ncancel := context.WithTimeout(ctx, time.Millisecond)
			_, err := l.c.Conn().WaitForNotification(nctx)
			ncancel()
			if err != nil {
				break
			}
		}
		if l.c.Conn().IsClosed() {
			return errors.New("cannot wait for new articles: the assigner's connection closed")
		}
		return nil
	case ctx.Err() != nil:
		return ctx.Err()
	case l.c.Conn().IsClosed():
		return fmt.Errorf("cannot wait for new articles: %w", err)
	}
	return nil // timed out
}

// Release implements chorus.Leadership: it unlocks and stops listening, and
// returns the connection to the pool; a connection that cannot is closed,
// which frees both on the server.
func (l *leadership) Release() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.released {
		return nil
	}
	l.released = true
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	defer l.c.Release()
	if _, err := l.c.Exec(ctx, "UNLISTEN *; SELECT pg_advisory_unlock_all()"); err != nil {
		if cerr := l.c.Conn().Close(ctx); cerr != nil {
			return fmt.Errorf("cannot release the assigner lock: %w", errors.Join(err, cerr))
		}
	}
	return nil
}

// commit runs fn on tx through a store writer, queues the summary jobs and
// the new-article notification, and commits.
func (db *DB) commit(ctx context.Context, tx pgx.Tx, fn func(chorus.StoreTx) error) error {
	w := sqlstore.NewWriter(&conn{tx}, &q, func(ctx context.Context, id, version int64, at time.Time) error {
		return db.jobs.EnqueueTx(ctx, tx, id, version, at)
	})
	if err := fn(w); err != nil {
		return err
	}
	if err := w.Flush(ctx); err != nil {
		return err
	}
	if w.Queued() {
		if _, err := tx.Exec(ctx, "SELECT pg_notify($1, '')", db.inboxChannel); err != nil {
			return fmt.Errorf("cannot notify the assigner: %w", err)
		}
	}
	if w.Changed() {
		if _, err := tx.Exec(ctx, "SELECT pg_notify($1, $2)", db.assignedChannel, encodeDecisions(w.Decisions())); err != nil {
			return fmt.Errorf("cannot notify the assignment: %w", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("cannot commit: %w", err)
	}
	return nil
}

// Assigned returns a channel closed when a story assigner (of any process)
// next commits a batch. The first call starts a listener on a connection of
// its own, kept until Close; while it cannot listen, the channel closes
// every second, so waiters fall back to polling.
func (db *DB) Assigned() <-chan struct{} {
	db.listenOnce.Do(func() {
		ctx, cancel := context.WithCancel(context.Background())
		db.stopListen = cancel
		db.listening.Add(1)
		go func() {
			defer db.listening.Done()
			db.listen(ctx)
		}()
	})
	return db.assigned.Wait()
}

// AssignedAnywhere reports that Assigned tells of the batches of every
// process's assigner (a notification sent with each batch's commit).
func (db *DB) AssignedAnywhere() bool { return true }

// listen fires db.assigned on every notification of the assigned channel
// until ctx ends, reconnecting after a failure.
func (db *DB) listen(ctx context.Context) {
	for ctx.Err() == nil {
		c, err := db.pool.Acquire(ctx)
		if err == nil {
			_, err = c.Exec(ctx, "LISTEN "+pgx.Identifier{db.assignedChannel}.Sanitize())
			for err == nil {
				var n *pgconn.Notification
				if n, err = c.Conn().WaitForNotification(ctx); n != nil && n.Payload != "" {
					db.decided.add(decodeDecisions(n.Payload))
				}
				db.assigned.Fire()
			}
			c.Conn().Close(context.Background())
			c.Release()
		}
		db.assigned.Fire()
		t := time.NewTimer(time.Second)
		select {
		case <-ctx.Done():
		case <-t.C:
		}
		t.Stop()
	}
}
