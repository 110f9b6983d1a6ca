package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync/atomic"
	"time"

	"github.com/chorusnews/chorus"
)

// This file holds the election of the story assigner: an exclusive lock
// (flock) on a file beside the database, "PATH-assign.lock", held while
// the process leads. The operating system frees it when the process dies,
// so another process sharing the file (`chorus ingest` beside `chorus
// serve`) can take over. Writes are serialized through the one write
// connection already, so the assigner's transactions are ordinary ones.
// A write of this process that queues articles wakes the assigner at
// once; another process's write is found by the assigner's poll.

var _ chorus.Elector = (*DB)(nil)

// Lead implements chorus.Elector.
func (db *DB) Lead(ctx context.Context, holder string) (chorus.Leadership, error) {
	f, err := os.OpenFile(db.path+"-assign.lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot open the assigner lock: %w", err)
	}
	ok, err := tryLock(f)
	if err != nil || !ok {
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("cannot take the assigner lock: %w", err)
		}
		return nil, nil
	}
	return &leadership{db: db, f: f}, nil
}

// leadership is the assigner lock held on the open file f; after Release
// its methods fail.
type leadership struct {
	db       *DB
	f        *os.File
	released atomic.Bool
}

// errReleased is returned by a released leadership.
var errReleased = errors.New("the assigner lock was released")

// Update implements chorus.Leadership.
func (l *leadership) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	if l.released.Load() {
		return errReleased
	}
	return l.db.Update(ctx, fn)
}

// Wait implements chorus.Leadership.
func (l *leadership) Wait(ctx context.Context, d time.Duration) error {
	if l.released.Load() {
		return errReleased
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-l.db.queued:
	case <-t.C:
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}

// Release implements chorus.Leadership: closing the file frees the lock.
func (l *leadership) Release() error {
	if l.released.Swap(true) {
		return nil
	}
	if err := l.f.Close(); err != nil {
		return fmt.Errorf("cannot release the assigner lock: %w", err)
	}
	return nil
}
