package postgres

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/queue"
	"github.com/jackc/pgx/v5"
)

// ListenChannels returns the channels db's processes notify on: the
// assigner's inbox, the assignment batches (shared, and those of db's
// process) and River's topics in its schema.
func ListenChannels(db *DB, schema string) []string {
	return []string{db.inboxChannel, db.assignedChannel, db.ownChannel, schema + ".river_insert", schema + ".river_leadership", schema + ".river_control"}
}

// ListeningBackends counts the server's backends whose last statement
// LISTENs to one of channels.
func ListeningBackends(t testing.TB, channels []string) int {
	t.Helper()
	ctx := context.Background()
	c, err := pgx.Connect(ctx, testDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	var stmts []string
	for _, ch := range channels {
		stmts = append(stmts, "LISTEN "+pgx.Identifier{ch}.Sanitize())
	}
	var n int
	if err := c.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE query = ANY($1)", stmts).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestHub subscribes to channels of one hub: each subscriber gets its
// channel's notifications only, none after it unsubscribes, and one
// connection LISTENs to all of them.
func TestHub(t *testing.T) {
	db := OpenTest(t)
	ctx := context.Background()
	h := db.hub
	a, b := db.inboxChannel+"_a", db.inboxChannel+"_b"
	got := make(chan string, 10)
	sa, gen := h.subscribe(a, func(p string, ok bool) {
		if ok {
			got <- "a:" + p
		}
	})
	_, gen2 := h.subscribe(b, func(p string, ok bool) {
		if ok {
			got <- "b:" + p
		}
	})
	rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := h.ready(rctx, max(gen, gen2)); err != nil {
		t.Fatal(err)
	}
	notify := func(ch, payload string) {
		t.Helper()
		if _, err := db.pool.Exec(ctx, "SELECT pg_notify($1, $2)", ch, payload); err != nil {
			t.Fatal(err)
		}
	}
	want := func(w string) {
		t.Helper()
		select {
		case g := <-got:
			if g != w {
				t.Errorf("got notification %q, want %q", g, w)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no notification, want %q", w)
		}
	}
	notify(a, "1")
	want("a:1")
	notify(b, "2")
	want("b:2")
	if n := ListeningBackends(t, []string{a, b}); n != 1 {
		t.Errorf("%d backends listen, want 1", n)
	}
	h.unsubscribe(sa)
	notify(a, "3")
	notify(b, "4")
	want("b:4")
	select {
	case g := <-got:
		t.Errorf("got %q after unsubscribing", g)
	case <-time.After(100 * time.Millisecond):
	}
}

// TestInsertNotifications: a summary job due now notifies the job workers
// (River's insert topic); a job due later sends nothing, as no worker
// could take it yet (River's own notification woke every process's
// workers for it).
func TestInsertNotifications(t *testing.T) {
	db := OpenTest(t)
	ctx := context.Background()
	var schema string
	if err := db.pool.QueryRow(ctx, "SELECT current_schema()").Scan(&schema); err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 10)
	_, gen := db.hub.subscribe(schema+".river_insert", func(p string, ok bool) {
		if ok {
			got <- p
		}
	})
	rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.hub.ready(rctx, gen); err != nil {
		t.Fatal(err)
	}
	enqueue := func(story int64, at time.Time) {
		t.Helper()
		tx, err := db.pool.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(ctx)
		if err := db.jobs.EnqueueTx(ctx, tx, story, 1, at); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	for i, tc := range []struct {
		name   string
		due    time.Duration // from the enqueue
		notify bool
	}{
		// First: River's inserting client lets one notification of its own
		// through in a process's life, the same as ours (one is sent).
		{"due now", 0, true},
		{"due in a minute", time.Minute, false},
		{"due in a second", time.Second, false},
		{"due an hour ago", -time.Hour, true},
	} {
		time.Sleep(150 * time.Millisecond) // past the notifications' cooldown
		enqueue(int64(i+1), time.Now().Add(tc.due))
		select {
		case p := <-got:
			if !tc.notify {
				t.Errorf("%s: notified (%s), want no notification", tc.name, p)
			} else if p != `{"queue": "default"}` {
				t.Errorf("%s: payload %s", tc.name, p)
			}
		case <-time.After(500 * time.Millisecond):
			if tc.notify {
				t.Errorf("%s: no notification", tc.name)
			}
		}
	}
}

// TestQueueNotifies checks the assigner's wake-up by a write: a process
// that does not lead notifies the inbox channel in the statement that
// queues the article (no pg_notify statement of its own), and a process
// that leads sends none (it wakes its assigner in memory).
func TestQueueNotifies(t *testing.T) {
	db := OpenTest(t)
	ctx := context.Background()
	c, err := pgx.Connect(ctx, testDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "LISTEN "+pgx.Identifier{db.inboxChannel}.Sanitize()); err != nil {
		t.Fatal(err)
	}
	// write stores and queues an article in two statements, or in one
	// (PutAndQueueArticle) when combined, and checks its inbox entry.
	write := func(id string, combined bool) {
		t.Helper()
		rec := chorus.ArticleRecord{StoredArticle: chorus.StoredArticle{Article: chorus.Article{Title: "Pier reopens " + id,
			Text: "The harbour pier reopened on Tuesday after repairs, officials said (" + id + ")."}}, Key: "id:" + id, Hash: "hash-" + id}
		rec.ID = id
		var seq int64
		err := db.Update(ctx, func(tx chorus.StoreTx) error {
			var err error
			if combined {
				seq, err = tx.(interface {
					PutAndQueueArticle(context.Context, chorus.ArticleRecord, time.Time) (int64, error)
				}).PutAndQueueArticle(ctx, rec, time.Now())
				return err
			}
			if _, err := tx.PutArticle(ctx, rec); err != nil {
				return err
			}
			seq, err = tx.QueueArticle(ctx, id, time.Now())
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		var queued string
		if err := db.pool.QueryRow(ctx, "SELECT article_id FROM inbox WHERE seq = $1", seq).Scan(&queued); err != nil || queued != id {
			t.Errorf("inbox entry %d holds %q (%v), want %q", seq, queued, err, id)
		}
		var text string
		if err := db.pool.QueryRow(ctx, "SELECT text FROM articles WHERE id = $1", id).Scan(&text); err != nil || text != rec.Text {
			t.Errorf("article %s stored with text %q (%v)", id, text, err)
		}
	}
	heard := func() bool {
		t.Helper()
		wctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
		defer cancel()
		_, err := c.WaitForNotification(wctx)
		return err == nil
	}
	for i, combined := range []bool{false, true} {
		write(fmt.Sprintf("follower-%d", i), combined)
		if !heard() {
			t.Errorf("a write of a process that does not lead sent no notification to the assigner (in one statement: %v)", combined)
		}
	}
	l, err := db.Lead(ctx, "test")
	if err != nil || l == nil {
		t.Fatalf("Lead: %v, %v", l, err)
	}
	defer l.Release()
	write("leader-1", true)
	if heard() {
		t.Error("a write of the leading process notified the inbox channel")
	}
	start := time.Now()
	if err := l.Wait(ctx, 5*time.Second); err != nil || time.Since(start) > 2*time.Second {
		t.Errorf("the leader's own write did not wake it: waited %v, %v", time.Since(start), err)
	}
}

// TestEnqueueMany queues the summary jobs of several stories in one call
// (as a transaction that changed them all does): each job is due at its
// own time, and a story whose job waits already keeps that job, postponed
// to the later change.
func TestEnqueueMany(t *testing.T) {
	db := OpenTest(t)
	ctx := context.Background()
	t0 := time.Now().UTC().Truncate(time.Millisecond).Add(time.Hour)
	enqueue := func(jobs ...queue.Summary) {
		t.Helper()
		tx, err := db.pool.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(ctx)
		if err := db.jobs.EnqueueManyTx(ctx, tx, jobs); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	enqueue(queue.Summary{StoryID: 1, After: 0, At: t0}, queue.Summary{StoryID: 2, After: 3, At: t0.Add(time.Second)})
	enqueue(queue.Summary{StoryID: 3, After: 0, At: t0.Add(2 * time.Second)}, queue.Summary{StoryID: 1, After: 0, At: t0.Add(3 * time.Second)},
		queue.Summary{StoryID: 2, After: 4, At: t0.Add(4 * time.Second)})
	want := []struct {
		story, after       int64
		created, scheduled time.Duration // after t0
	}{
		{1, 0, 0, 3 * time.Second}, // joined by the later change, postponed
		{2, 3, time.Second, time.Second},
		{2, 4, 4 * time.Second, 4 * time.Second}, // another summary version: a job of its own
		{3, 0, 2 * time.Second, 2 * time.Second},
	}
	rows, err := db.pool.Query(ctx, `SELECT (args->>'story_id')::bigint, (args->>'after')::bigint, created_at, scheduled_at
		FROM river_job ORDER BY 1, 2`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	i := 0
	for ; rows.Next(); i++ {
		var story, after int64
		var created, scheduled time.Time
		if err := rows.Scan(&story, &after, &created, &scheduled); err != nil {
			t.Fatal(err)
		}
		if i >= len(want) {
			t.Errorf("extra job of story %d", story)
			continue
		}
		w := want[i]
		if story != w.story || after != w.after || !created.Equal(t0.Add(w.created)) || !scheduled.Equal(t0.Add(w.scheduled)) {
			t.Errorf("job %d: story %d after %d created %s scheduled %s; want story %d after %d created %s scheduled %s", i,
				story, after, created.Sub(t0), scheduled.Sub(t0), w.story, w.after, w.created, w.scheduled)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if i != len(want) {
		t.Errorf("%d jobs, want %d", i, len(want))
	}
}

// HeardDecisions returns how many assignment decisions db's process has
// heard in batch notifications.
func HeardDecisions(db *DB) int {
	db.decided.mu.Lock()
	defer db.decided.mu.Unlock()
	return len(db.decided.by)
}

// Leads reports whether db's process holds the story assigner's role.
func Leads(db *DB) bool { return db.lead.Load() != nil }
