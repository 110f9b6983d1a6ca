package postgres

import (
	"crypto/rand"
	"encoding/hex"
	"sync"

	"github.com/chorusnews/chorus/internal/sqlstore"
)

// Addressed batch notifications. An assignment batch's notification tells
// the processes waiting for its articles their stories. PostgreSQL hands
// a notification to every connection that LISTENs to its channel, so when
// every batch notified one channel, every process received, decoded and
// woke its waiting requests for every batch, mostly for articles it had
// not queued: with four processes, each heard about four times the
// batches it needed. Now a process that queues an article for another
// process's assigner names itself in the inbox notification (QueuePayload:
// its name and the article), the assigner keeps the latest names heard,
// and a batch notifies each process on its own channel
// (assignedChannel_name) with that process's decisions alone. A batch
// whose articles all came from the assigner's own process (one process:
// every batch) notifies no one: its waiters learn their stories in memory.
// The decisions of articles whose process the assigner does not know (the
// inbox notification not heard yet, an assigner that took over, an article
// queued by a write that sent no name) go to the shared channel, which
// every process still hears, as before.

// processChannel returns the channel of the batches that assign the
// articles process name queued.
func processChannel(assigned, name string) string { return assigned + "_" + name }

// newProcessName returns a random name for this process: 16 hex digits.
func newProcessName() string {
	var b [8]byte
	rand.Read(b[:]) // never fails (crypto/rand)
	return hex.EncodeToString(b[:])
}

// validName reports whether name is one newProcessName returns, so that
// a payload of another version or a malformed one is not taken for a
// process.
func validName(name string) bool {
	if len(name) != 16 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// heardQueued notes the process of an inbox notification's article.
func (db *DB) heardQueued(payload string) {
	if from, article, ok := sqlstore.ParseQueuePayload(payload); ok && validName(from) {
		db.owners.add(article, from)
	}
}

// addressed returns the channels and payloads of a batch's notifications:
// one per other process whose articles it assigned, with their decisions,
// and one on the shared channel with the decisions of articles whose
// process is unknown. A batch that changed the log without assigning an
// article notifies the shared channel with an empty payload (its waiters
// read the store).
func (db *DB) addressed(ds []sqlstore.Decision) (channels, payloads []string) {
	if len(ds) == 0 {
		return []string{db.assignedChannel}, []string{""}
	}
	by := make(map[string][]sqlstore.Decision)
	for _, d := range ds {
		ch := db.assignedChannel
		if from, ok := db.owners.get(d.Article); ok {
			if from == db.self {
				continue // this process's waiters learn it in memory
			}
			ch = processChannel(db.assignedChannel, from)
		}
		if by[ch] == nil {
			channels = append(channels, ch)
		}
		by[ch] = append(by[ch], d)
	}
	payloads = make([]string, len(channels))
	for i, ch := range channels {
		payloads[i] = encodeDecisions(by[ch])
	}
	return channels, payloads
}

// ownersKept is how many of the latest articles' processes an assigner
// keeps.
const ownersKept = 4096

// owners keeps the process that queued each of the latest articles.
type owners struct {
	mu    sync.Mutex
	by    map[string]string
	order []string // ring of the articles in by
	next  int
}

// add notes that process from queued article, forgetting the oldest
// article beyond ownersKept.
func (o *owners) add(article, from string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.by == nil {
		o.by, o.order = make(map[string]string), make([]string, ownersKept)
	}
	if _, ok := o.by[article]; !ok {
		delete(o.by, o.order[o.next])
		o.order[o.next] = article
		o.next = (o.next + 1) % ownersKept
	}
	o.by[article] = from
}

// get returns the process that last queued article, when kept.
func (o *owners) get(article string) (string, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	from, ok := o.by[article]
	return from, ok
}
