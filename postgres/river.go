package postgres

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
)

// riverDriver is River's pgx driver whose listeners share the process's
// listening connection (the hub) instead of holding one each.
type riverDriver struct {
	*riverpgxv5.Driver
	hub *hub

	mu        sync.Mutex
	listeners map[*riverListener]bool // connected, for fetchNow
}

// newRiverDriver returns River's driver over pool, listening through h.
func newRiverDriver(pool *pgxpool.Pool, h *hub) *riverDriver {
	return &riverDriver{Driver: riverpgxv5.New(pool), hub: h}
}

// GetListener implements riverdriver.Driver.
func (d *riverDriver) GetListener(params *riverdriver.GetListenenerParams) riverdriver.Listener {
	return &riverListener{hub: d.hub, schema: params.Schema, driver: d}
}

// fetchNow has the River clients of this process that listen for new jobs
// fetch now, as a notification of new jobs in the default queue would,
// without a round trip to the server (queue.Queue.AlignDue's fetch).
func (d *riverDriver) fetchNow() {
	d.mu.Lock()
	ls := make([]*riverListener, 0, len(d.listeners))
	for l := range d.listeners {
		ls = append(ls, l)
	}
	d.mu.Unlock()
	for _, l := range ls {
		l.fetchNow()
	}
}

// connected notes whether l is connected, for fetchNow.
func (d *riverDriver) connected(l *riverListener, on bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.listeners == nil {
		d.listeners = make(map[*riverListener]bool)
	}
	if on {
		d.listeners[l] = true
	} else {
		delete(d.listeners, l)
	}
}

// riverListener is a riverdriver.Listener on the hub: its topics are
// channels of the hub's connection, and their notifications are queued
// for WaitForNotification.
type riverListener struct {
	hub    *hub
	driver *riverDriver // nil in tests of the listener alone

	mu        sync.Mutex
	schema    string
	prefix    string // schema and a dot, as River's own listener names channels
	connected bool
	subs      map[string]*subscription // by topic
	queue     chan *riverdriver.Notification
}

// riverBuffer is how many notifications a riverListener holds for River's
// notifier; beyond, they are dropped (River's producers poll as well).
const riverBuffer = 1000

var _ riverdriver.Listener = (*riverListener)(nil)

// Close implements riverdriver.Listener: it unsubscribes every topic.
func (l *riverListener) Close(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for topic, s := range l.subs {
		l.hub.unsubscribe(s)
		delete(l.subs, topic)
	}
	l.connected = false
	if l.driver != nil {
		l.driver.connected(l, false)
	}
	return nil
}

// Connect implements riverdriver.Listener: it names the schema of the
// channels (the connection's current schema when none is configured).
func (l *riverListener) Connect(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.connected {
		return errors.New("connection already established")
	}
	if l.schema == "" {
		var schema string
		if err := l.hub.pool.QueryRow(ctx, "SELECT coalesce(current_schema(), '')").Scan(&schema); err != nil {
			return err
		}
		l.schema = schema
	}
	if l.schema != "" {
		l.prefix = l.schema + "."
	}
	if l.queue == nil {
		l.queue = make(chan *riverdriver.Notification, riverBuffer)
		l.subs = make(map[string]*subscription)
	}
	l.connected = true
	if l.driver != nil {
		l.driver.connected(l, true)
	}
	return nil
}

// fetchNow queues for River's notifier a notification of new jobs in the
// default queue, as the server would hand one, when l listens to them
// (riverDriver.fetchNow). Like a notification from the server, it is
// dropped when River's notifier is riverBuffer notifications behind.
func (l *riverListener) fetchNow() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.connected || l.subs[insertTopic] == nil {
		return
	}
	select {
	case l.queue <- &riverdriver.Notification{Topic: insertTopic, Payload: insertPayload}:
	default:
	}
}

// Listen implements riverdriver.Listener: it returns once the hub's
// connection LISTENs to the topic.
func (l *riverListener) Listen(ctx context.Context, topic string) error {
	l.mu.Lock()
	if l.subs[topic] != nil {
		l.mu.Unlock()
		return nil
	}
	queue := l.queue
	s, gen := l.hub.subscribe(l.prefix+topic, func(payload string, ok bool) {
		if !ok {
			return // River's producers poll: a lost notification only waits
		}
		select {
		case queue <- &riverdriver.Notification{Topic: topic, Payload: payload}:
		default:
		}
	})
	l.subs[topic] = s
	l.mu.Unlock()
	return l.hub.ready(ctx, gen)
}

// Ping implements riverdriver.Listener: it fails while the hub's
// connection is down.
func (l *riverListener) Ping(ctx context.Context) error {
	if !l.hub.up() {
		return errors.New("cannot listen: the listening connection is down")
	}
	return nil
}

// Schema implements riverdriver.Listener.
func (l *riverListener) Schema() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.schema
}

// SetAfterConnectExec implements riverdriver.Listener; River calls it only
// in its own tests, and the shared connection runs nothing for one
// listener.
func (l *riverListener) SetAfterConnectExec(string) {}

// Unlisten implements riverdriver.Listener.
func (l *riverListener) Unlisten(ctx context.Context, topic string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if s := l.subs[topic]; s != nil {
		l.hub.unsubscribe(s)
		delete(l.subs, topic)
	}
	return nil
}

// WaitForNotification implements riverdriver.Listener.
func (l *riverListener) WaitForNotification(ctx context.Context) (*riverdriver.Notification, error) {
	l.mu.Lock()
	queue := l.queue
	l.mu.Unlock()
	select {
	case n := <-queue:
		return n, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// listenJobs has the hub wake the process's sleeping job runner (see
// queue.Queue.Wake) at River's notifications of new jobs due now, which
// another process's insert sends, and whenever notifications may have been
// lost. The subscription stays for the life of the store, so River's own
// listener, while it runs, adds no LISTEN of its own. (Jobs due later, such
// as summaries a second after a change, are heard through the assignment
// batch that queued them: see Assigned.) It is called as a runner starts;
// when the channel's schema cannot be read, the next start tries again and
// the runner's safety poll covers meanwhile.
func (db *DB) listenJobs() {
	db.jobsMu.Lock()
	defer db.jobsMu.Unlock()
	if db.jobsHeard {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var schema string
	if err := db.pool.QueryRow(ctx, "SELECT coalesce(current_schema(), '')").Scan(&schema); err != nil {
		return
	}
	channel := insertTopic
	if schema != "" {
		channel = schema + "." + channel
	}
	db.hub.subscribe(channel, func(string, bool) { db.jobs.Wake() })
	db.jobsHeard = true
}

// insertTopic is River's topic of notifications of new jobs, and
// insertPayload its payload for the default queue (River's notifier
// format).
const (
	insertTopic   = "river_insert"
	insertPayload = `{"queue": "` + river.QueueDefault + `"}`
)
