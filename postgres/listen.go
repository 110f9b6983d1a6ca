package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// This file holds the process's one LISTENing connection, the hub.
// PostgreSQL signals every backend that LISTENs in a database at every
// NOTIFY in it, whatever its channels, and each signalled idle backend runs
// a transaction to read the notification queue: the server's cost of a
// notification grows with the number of listening connections, not with
// the number that want it. A process used to hold up to three (River's
// notifier, the assigner's, the listener of Assigned); with N processes,
// every article's notification woke up to 2N backends. The hub LISTENs to
// every channel the process needs — the assigner's inbox, the assignment
// batches, River's insert, leadership and control topics — on one
// connection, and fans the notifications out in the process.

// hub is the process's listening connection. Its zero value is not ready:
// use newHub.
type hub struct {
	pool *pgxpool.Pool

	mu   sync.Mutex
	subs map[string]map[*subscription]bool // by channel
	// gen counts the changes of subs; applied is the gen the connection
	// LISTENs by, zero while it is down. appliedC is closed (and
	// replaced) when applied changes.
	gen, applied uint64
	appliedC     chan struct{}
	interrupt    context.CancelFunc // of the wait in progress, if any
	started      bool
	closed       bool
	stop         context.CancelFunc
	done         chan struct{}
}

// subscription is one subscriber of a channel. fn runs on the hub's
// goroutine and must not block: with the payload of each notification
// (ok true), or with ok false when notifications may have been lost (the
// connection failed; it reconnects every second).
type subscription struct {
	channel string
	fn      func(payload string, ok bool)
}

// newHub returns a hub over pool; its connection is opened by the first
// subscription.
func newHub(pool *pgxpool.Pool) *hub {
	return &hub{pool: pool, subs: make(map[string]map[*subscription]bool), appliedC: make(chan struct{})}
}

// subscribe adds fn as a subscriber of channel and returns its subscription
// and the gen after which the connection LISTENs to it (see ready).
func (h *hub) subscribe(channel string, fn func(payload string, ok bool)) (*subscription, uint64) {
	s := &subscription{channel: channel, fn: fn}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return s, 0
	}
	if h.subs[channel] == nil {
		h.subs[channel] = make(map[*subscription]bool)
	}
	h.subs[channel][s] = true
	h.changed()
	if !h.started {
		h.started = true
		ctx, cancel := context.WithCancel(context.Background())
		h.stop, h.done = cancel, make(chan struct{})
		go h.run(ctx)
	}
	return s, h.gen
}

// unsubscribe removes s; the connection stops LISTENing to a channel left
// without subscribers.
func (h *hub) unsubscribe(s *subscription) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.subs[s.channel][s] {
		return
	}
	delete(h.subs[s.channel], s)
	if len(h.subs[s.channel]) == 0 {
		delete(h.subs, s.channel)
	}
	h.changed()
}

// changed notes a change of subs and interrupts the connection's wait, so
// that it applies it. Callers hold h.mu.
func (h *hub) changed() {
	h.gen++
	if h.interrupt != nil {
		h.interrupt()
		h.interrupt = nil
	}
}

// ready waits until the connection LISTENs by gen (or a later one).
func (h *hub) ready(ctx context.Context, gen uint64) error {
	for {
		h.mu.Lock()
		applied, c, closed := h.applied, h.appliedC, h.closed
		h.mu.Unlock()
		switch {
		case closed:
			return errors.New("cannot listen: the store is closed")
		case applied >= gen:
			return nil
		}
		select {
		case <-c:
		case <-ctx.Done():
			return fmt.Errorf("cannot listen: %w", ctx.Err())
		}
	}
}

// up reports whether the connection listens.
func (h *hub) up() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.applied > 0
}

// listensBy reports whether the connection listens by gen (or a later
// one): a subscription made at gen hears every notification sent from now
// until the connection fails.
func (h *hub) listensBy(gen uint64) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return gen > 0 && h.applied >= gen
}

// close stops the connection and waits for its goroutine.
func (h *hub) close() {
	h.mu.Lock()
	h.closed = true
	stop, done := h.stop, h.done
	h.mu.Unlock()
	if stop != nil {
		stop()
		<-done
	}
}

// run keeps the connection listening until ctx ends, reconnecting a
// second after a failure and telling every subscriber of it.
func (h *hub) run(ctx context.Context) {
	defer close(h.done)
	for ctx.Err() == nil {
		h.session(ctx)
		h.mu.Lock()
		h.applied = 0
		close(h.appliedC)
		h.appliedC = make(chan struct{})
		h.mu.Unlock()
		h.dispatch("", "", false)
		t := time.NewTimer(time.Second)
		select {
		case <-ctx.Done():
		case <-t.C:
		}
		t.Stop()
	}
}

// session listens on one connection until it fails or ctx ends.
func (h *hub) session(ctx context.Context) {
	pc, err := h.pool.Acquire(ctx)
	if err != nil {
		return
	}
	// The connection is the hub's alone: closing it drops its LISTENs.
	c := pc.Hijack()
	defer c.Close(context.Background())
	listening := make(map[string]bool)
	for ctx.Err() == nil {
		h.mu.Lock()
		gen := h.gen
		want := make(map[string]bool, len(h.subs))
		for ch := range h.subs {
			want[ch] = true
		}
		h.mu.Unlock()
		if err := apply(ctx, c, listening, want); err != nil {
			return
		}
		h.mu.Lock()
		if h.gen != gen {
			h.mu.Unlock()
			continue
		}
		h.applied = gen
		close(h.appliedC)
		h.appliedC = make(chan struct{})
		wctx, cancel := context.WithCancel(ctx)
		h.interrupt = cancel
		h.mu.Unlock()
		n, err := c.WaitForNotification(wctx)
		interrupted := wctx.Err() != nil
		cancel()
		if n != nil {
			h.dispatch(n.Channel, n.Payload, true)
		}
		if (err != nil && !interrupted) || c.IsClosed() {
			return
		}
	}
}

// apply LISTENs to the channels of want and UNLISTENs the others, keeping
// listening up to date.
func apply(ctx context.Context, c *pgx.Conn, listening, want map[string]bool) error {
	for ch := range want {
		if !listening[ch] {
			if _, err := c.Exec(ctx, "LISTEN "+pgx.Identifier{ch}.Sanitize()); err != nil {
				return err
			}
			listening[ch] = true
		}
	}
	for ch := range listening {
		if !want[ch] {
			if _, err := c.Exec(ctx, "UNLISTEN "+pgx.Identifier{ch}.Sanitize()); err != nil {
				return err
			}
			delete(listening, ch)
		}
	}
	return nil
}

// dispatch hands a notification of channel to its subscribers; with ok
// false, it tells every subscriber that notifications may have been lost.
func (h *hub) dispatch(channel, payload string, ok bool) {
	h.mu.Lock()
	var to []*subscription
	for ch, subs := range h.subs {
		if ok && ch != channel {
			continue
		}
		for s := range subs {
			to = append(to, s)
		}
	}
	h.mu.Unlock()
	for _, s := range to {
		s.fn(payload, ok)
	}
}
