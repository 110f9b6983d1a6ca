package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// This file holds the assigner's wake-up by datagram. PostgreSQL signals
// every backend that LISTENs in the database at every NOTIFY, and each
// runs a transaction: with 4 processes, a follower's write that notified
// the assigner's inbox woke 4 backends, about 0.7 times per article (issue
// 12). A follower on the assigner's host wakes it with a datagram on the
// loopback interface instead, which costs the database nothing:
//
//   - The assigner binds a UDP socket on 127.0.0.1 when it takes the lead
//     and names it — host name, port and a random token — in the
//     notification of each batch it commits, which every follower hears
//     already (its Ingest waits for the batch's decisions).
//   - A follower that heard the name, on the same host, commits its write
//     without the inbox NOTIFY and sends the token to the port after the
//     commit: the assigner wakes as from the NOTIFY (its coalescing and
//     batches are unchanged). A datagram with another token is ignored.
//   - Datagrams can be lost (the assigner died or stepped down, a full
//     socket buffer, another network namespace): wakeFallback after the
//     commit, a follower whose inbox entries are not all decided by the
//     batches it heard sends the NOTIFY. An article waits at most that
//     much longer than with the NOTIFY, and a new assigner assigns the
//     whole inbox when it takes the lead, as before.
//
// A follower on another host, or one that has not heard a batch yet,
// notifies as before.

// wakeFallback is how long after its commit a follower that woke the
// assigner by datagram waits for the decisions of its inbox entries
// before it sends the inbox NOTIFY. A batch takes about 7 ms on a quiet
// machine (at most assignBatchTime, 250 ms), so the fallback rarely
// fires when the datagram arrived.
const wakeFallback = 50 * time.Millisecond

// wakePrefix opens the payload entry that names the assigner's socket:
// "wake=HOST/PORT/TOKEN". decodeDecisions skips it (no colons).
const wakePrefix = "wake="

// wakeSocket is the assigner's datagram socket. Its zero value is not
// ready: use listenWake.
type wakeSocket struct {
	conn  *net.UDPConn
	token string
	entry string // the payload entry naming it
	done  chan struct{}
}

// listenWake binds the assigner's socket on the loopback interface and
// calls poke for each datagram carrying its token, until close. It returns
// nil when no socket can be bound (followers then notify).
func listenWake(host string, poke func()) *wakeSocket {
	c, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		return nil
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		c.Close()
		return nil
	}
	w := &wakeSocket{conn: c, token: hex.EncodeToString(b[:]), done: make(chan struct{})}
	w.entry = wakePrefix + host + "/" + strconv.Itoa(c.LocalAddr().(*net.UDPAddr).Port) + "/" + w.token
	go func() {
		defer close(w.done)
		buf := make([]byte, 64)
		for {
			n, _, err := c.ReadFromUDP(buf)
			if errors.Is(err, net.ErrClosed) {
				return
			}
			if err == nil && string(buf[:n]) == w.token {
				poke()
			}
		}
	}()
	return w
}

// close unbinds the socket and waits for its reader.
func (w *wakeSocket) close() {
	if w == nil {
		return
	}
	w.conn.Close()
	<-w.done
}

// wakeTarget is the assigner's socket as a follower heard it.
type wakeTarget struct {
	addr  *net.UDPAddr
	token []byte
}

// parseWake returns the target named by a batch notification's payload
// when the assigner runs on host, else nil.
func parseWake(payload, host string) *wakeTarget {
	first, _, _ := strings.Cut(payload, ",")
	rest, ok := strings.CutPrefix(first, wakePrefix)
	if !ok {
		return nil
	}
	f := strings.Split(rest, "/")
	if len(f) != 3 || f[0] != host || host == "" || f[2] == "" {
		return nil
	}
	port, err := strconv.Atoi(f[1])
	if err != nil || port <= 0 || port > 65535 {
		return nil
	}
	return &wakeTarget{addr: &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: port}, token: []byte(f[2])}
}

// waker is a follower's side: the target heard last, the socket it sends
// from and counts for tests and metrics.
type waker struct {
	target atomic.Pointer[wakeTarget]

	once sync.Once
	conn *net.UDPConn // nil when it cannot be bound

	// sent counts datagrams sent, notified the inbox NOTIFYs sent with a
	// write, fellBack those sent after wakeFallback.
	sent, notified, fellBack atomic.Int64
}

// send sends the token to t and reports whether the datagram left.
func (k *waker) send(t *wakeTarget) bool {
	k.once.Do(func() {
		k.conn, _ = net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	})
	if k.conn == nil {
		return false
	}
	if _, err := k.conn.WriteToUDP(t.token, t.addr); err != nil {
		return false
	}
	k.sent.Add(1)
	return true
}

// close closes the sending socket.
func (k *waker) close() {
	k.once.Do(func() {})
	if k.conn != nil {
		k.conn.Close()
	}
}

// wakeAssigner wakes another process's assigner after a commit that
// queued the inbox entries seqs without a NOTIFY: by datagram, and by the
// inbox NOTIFY when the datagram cannot be sent or, after wakeFallback,
// the batches heard did not decide every entry.
func (db *DB) wakeAssigner(t *wakeTarget, seqs []int64) {
	if !db.wake.send(t) {
		db.notifyInbox()
		return
	}
	seqs = append([]int64(nil), seqs...)
	time.AfterFunc(wakeFallback, func() {
		for _, q := range seqs {
			if _, ok := db.decided.get(q); !ok {
				db.notifyInbox()
				return
			}
		}
	})
}

// notifyInbox sends the inbox NOTIFY on its own (a wake-up that a datagram
// may have missed).
func (db *DB) notifyInbox() {
	db.wake.fellBack.Add(1)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	// An error (the store closed meanwhile) leaves the entries to the
	// assigner's poll, or to the next assigner's first batch.
	db.pool.Exec(ctx, "SELECT pg_notify($1, '')", db.inboxChannel)
}

// WakeCounts returns how this process woke other processes' assigners so
// far: datagrams sent, inbox NOTIFYs sent with a write, and NOTIFYs sent
// after a datagram (wakeFallback) or when none could be sent.
func (db *DB) WakeCounts() (datagrams, notifies, fallbacks int64) {
	return db.wake.sent.Load(), db.wake.notified.Load(), db.wake.fellBack.Load()
}
