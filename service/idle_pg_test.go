//go:build unix

package service

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/postgres"
	"github.com/jackc/pgx/v5"
)

// countedPG is a postgres store that counts the transactions the service
// runs through it: views, writes, the assigner's batches (Leadership
// Update) and tries to take the assigner's role. River's statements do
// not pass through it: Asleep tells whether River runs.
type countedPG struct {
	*postgres.DB
	txs, leads atomic.Int64
}

func (db *countedPG) View(ctx context.Context, fn func(chorus.StoreReader) error) error {
	db.txs.Add(1)
	return db.DB.View(ctx, fn)
}

func (db *countedPG) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	db.txs.Add(1)
	return db.DB.Update(ctx, fn)
}

func (db *countedPG) Lead(ctx context.Context, holder string) (chorus.Leadership, error) {
	db.leads.Add(1)
	l, err := db.DB.Lead(ctx, holder)
	if l == nil || err != nil {
		return l, err
	}
	return &countedLead{Leadership: l, txs: &db.txs}, nil
}

// countedLead counts the assigner's transactions.
type countedLead struct {
	chorus.Leadership
	txs *atomic.Int64
}

func (l *countedLead) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	l.txs.Add(1)
	return l.Leadership.Update(ctx, fn)
}

// TestIdleProcessesSleepPostgres runs two processes (services with a pool
// each) on one PostgreSQL schema, as `chorus serve` would run them: the
// assigner and a follower. Idle, neither may touch the store: their job
// workers sleep with River stopped (River polled for jobs every second per
// queue and elected a leader every few seconds), the assigner waits for the
// inbox's notification rather than reading it every second, and the
// follower does not try to take the assigner's role every second. An
// article posted to the sleeping follower must still be assigned at once
// and summarized well before the one-minute safety polls (the bound here
// is 20 s; the summary is due a second after the change): the assigner hears the follower's notification, and the
// follower's runner wakes at the batch's. The test logs the CPU of the
// idle window (both processes are this test's).
func TestIdleProcessesSleepPostgres(t *testing.T) {
	dsn := os.Getenv("CHORUS_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("CHORUS_TEST_POSTGRES not set (scripts/postgres start prints a URL)")
	}
	ctx := context.Background()
	schema := fmt.Sprintf("chorus_idle_%d", time.Now().UnixNano())
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Errorf("cannot drop schema %s: %v", schema, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE"); err != nil {
			t.Errorf("cannot drop schema %s: %v", schema, err)
		}
	})
	const assignWait = 5 * time.Second // the first ingest waits for the assigner's election and first load: 2 s was too short on a loaded machine
	start := func(name string) (*Service, *countedPG) {
		t.Helper()
		pg, err := postgres.Open(ctx, dsn, postgres.Options{Schema: schema})
		if err != nil {
			t.Fatal(err)
		}
		db := &countedPG{DB: pg}
		s, err := Open(ctx, db, Options{Summarize: leadSummarize, SleepAfter: 200 * time.Millisecond, AssignWait: assignWait,
			SummaryDelay: DefaultSummaryDelay})
		if err != nil {
			t.Fatal(err)
		}
		rctx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- s.Run(rctx) }()
		t.Cleanup(func() {
			cancel()
			<-done
			s.Close()
		})
		return s, db
	}
	waitAsleep := func(what string, ss ...*Service) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
			asleep := true
			for _, s := range ss {
				asleep = asleep && s.jobs.Asleep()
			}
			if asleep {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: job workers still awake after 20s", what)
			}
		}
	}

	a, dbA := start("assigner")
	res, err := a.Ingest(ctx, []chorus.Article{damA}) // a leads before b starts
	if err != nil || res[0].StoryID == 0 {
		t.Fatalf("Ingest into the assigner = %+v, %v", res, err)
	}
	b, dbB := start("follower")
	waitSummary(t, a, res[0].StoryID)
	waitAsleep("after the first summary", a, b)

	// An article posted to the sleeping follower joins the story: its
	// summary job is due SummaryDelay later, as in `chorus serve`.
	posted := time.Now()
	res, err = b.Ingest(ctx, []chorus.Article{damB})
	if err != nil || res[0].StoryID == 0 {
		t.Fatalf("Ingest into the sleeping follower = %+v, %v (after %v)", res, err, time.Since(posted))
	}
	assigned := time.Since(posted)
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		d, err := b.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{})
		if err == nil && len(d.Summary) == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the story of the article posted to the sleeping follower: no new summary after 20s")
		}
	}
	t.Logf("article posted to the sleeping follower: assigned after %v, summarized after %v (summary delay %v)",
		assigned, time.Since(posted), DefaultSummaryDelay)

	// Idle: once the follower's last write is older than AssignWait, no
	// transaction, no try to lead, River asleep in both.
	waitAsleep("after the second summary", a, b)
	time.Sleep(time.Until(posted.Add(assignWait + 1500*time.Millisecond)))
	txs0, leads0, cpu := dbA.txs.Load()+dbB.txs.Load(), dbB.leads.Load(), cpuTime(t)
	time.Sleep(idleWindow)
	txs, leads, used := dbA.txs.Load()+dbB.txs.Load()-txs0, dbB.leads.Load()-leads0, cpuTime(t)-cpu
	if !a.jobs.Asleep() || !b.jobs.Asleep() {
		t.Errorf("job workers woke with nothing to do (assigner asleep %v, follower %v)", a.jobs.Asleep(), b.jobs.Asleep())
	}
	if txs > 0 {
		t.Errorf("%d store transactions in %v with no work, want 0", txs, idleWindow)
	}
	if leads > 0 {
		t.Errorf("the idle follower tried %d times in %v to take the assigner's role, want 0", leads, idleWindow)
	}
	t.Logf("two idle processes used %v CPU in %v (%.2f%% of a core)", used, idleWindow, 100*float64(used)/float64(idleWindow))
}
