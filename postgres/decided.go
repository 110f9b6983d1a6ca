package postgres

import (
	"strconv"
	"strings"
	"sync"

	"github.com/chorusnews/chorus/internal/sqlstore"
)

// The notification of an assignment batch carries the batch's decisions
// (inbox entry, story, copy decision), so that an Ingest waiting in a
// process that does not assign learns its stories without reading the
// store. A batch whose decisions do not fit in a notification sends none:
// its waiters read the store.

// maxPayload bounds a notification's payload, below PostgreSQL's 8000
// bytes.
const maxPayload = 7000

// encodeDecisions returns the payload of a batch's notification:
// "inbox:story:duplicate_of" per entry, comma-separated, or "" when they do
// not fit.
func encodeDecisions(ds []sqlstore.Decision) string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(d.Inbox, 10))
		b.WriteByte(':')
		b.WriteString(strconv.FormatInt(d.Story, 10))
		b.WriteByte(':')
		b.WriteString(d.DuplicateOf)
		if b.Len() > maxPayload {
			return ""
		}
	}
	return b.String()
}

// decodeDecisions parses a payload of encodeDecisions, skipping malformed
// entries (a payload of another version).
func decodeDecisions(payload string) []sqlstore.Decision {
	var out []sqlstore.Decision
	for _, e := range strings.Split(payload, ",") {
		f := strings.SplitN(e, ":", 3)
		if len(f) != 3 {
			continue
		}
		inbox, err1 := strconv.ParseInt(f[0], 10, 64)
		story, err2 := strconv.ParseInt(f[1], 10, 64)
		if err1 != nil || err2 != nil || inbox <= 0 || story <= 0 {
			continue
		}
		out = append(out, sqlstore.Decision{Inbox: inbox, Story: story, DuplicateOf: f[2]})
	}
	return out
}

// decisionsKept is how many of the latest decisions a process keeps for
// its waiting Ingest calls.
const decisionsKept = 4096

// decisions keeps the latest decisions heard, by inbox entry.
type decisions struct {
	mu    sync.Mutex
	by    map[int64]sqlstore.Decision
	order []int64 // ring of the entries in by
	next  int
}

// add keeps ds, forgetting the oldest beyond decisionsKept.
func (c *decisions) add(ds []sqlstore.Decision) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.by == nil {
		c.by, c.order = make(map[int64]sqlstore.Decision), make([]int64, decisionsKept)
	}
	for _, d := range ds {
		if _, ok := c.by[d.Inbox]; !ok {
			delete(c.by, c.order[c.next])
			c.order[c.next] = d.Inbox
			c.next = (c.next + 1) % decisionsKept
		}
		c.by[d.Inbox] = d
	}
}

// get returns the decision of an inbox entry when kept.
func (c *decisions) get(inbox int64) (sqlstore.Decision, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.by[inbox]
	return d, ok
}

// Decision returns the story and copy decision of an inbox entry from the
// notifications of the assignment batches heard since the first call of
// Assigned, when this process heard the batch that assigned it.
func (db *DB) Decision(inbox int64) (story int64, dupOf string, ok bool) {
	d, ok := db.decided.get(inbox)
	return d.Story, d.DuplicateOf, ok
}
