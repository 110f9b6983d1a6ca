package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/queue"
	"github.com/chorusnews/chorus/service"
	"github.com/chorusnews/chorus/service/servicetest"
)

// Invented articles: two reports of a bridge collapse, one of a regatta.
var (
	bridgeA = chorus.Article{Title: "Bridge collapses over the Sarn river in Tellmark", Source: "Wire Alpha",
		URL: "https://alpha.example.com/sarn-bridge",
		Text: "The old Sarn river bridge in Tellmark collapsed early on Monday. Two lorries fell into the river as the central span gave way. " +
			"Divers from Tellmark rescued both drivers within an hour. Inspectors had closed one lane of the Sarn bridge last spring."}
	bridgeB = chorus.Article{Title: "Tellmark bridge failure: drivers rescued from the Sarn", Source: "Gazette Beta",
		URL: "https://beta.example.org/tellmark",
		Text: "The central span of the Sarn river bridge in Tellmark gave way on Monday morning. Divers pulled two lorry drivers from the river. " +
			"Inspectors said one lane of the bridge had been closed since spring."}
	bridgeC = chorus.Article{Title: "Sarn bridge collapse in Tellmark: inquiry opens", Source: "Herald Gamma",
		URL: "https://gamma.example.net/sarn-inquiry",
		Text: "An inquiry into the collapse of the Sarn river bridge in Tellmark opened on Tuesday. The central span gave way on Monday and two lorries fell into the river. " +
			"Inspectors had closed one lane of the bridge last spring."}
	regatta = chorus.Article{Title: "Orvik crew wins the Lake Maren regatta", Source: "Sport Delta",
		URL: "https://delta.example.com/regatta",
		Text: "The Orvik rowing crew won the Lake Maren regatta on Saturday. They finished two lengths ahead of the defending champions. " +
			"Strong winds delayed the final by an hour."}
)

// openService opens the story service on the postgres store in schema.
func openService(t *testing.T, schema string, now time.Time) *service.Service {
	t.Helper()
	_, s := openStore(t, schema, now)
	return s
}

// openStore opens the postgres store in schema and the story service on it.
func openStore(t *testing.T, schema string, now time.Time) (*postgres.DB, *service.Service) {
	t.Helper()
	ctx := context.Background()
	db, err := postgres.Open(ctx, os.Getenv("CHORUS_TEST_POSTGRES"), postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	s, err := service.Open(ctx, db, service.Options{Clock: func() time.Time { return now }, SummaryWords: 60})
	if err != nil {
		t.Fatal(err) // Open closed db
	}
	return db, s
}

// runningService opens the story service on the postgres store in schema
// and runs it until the test ends, as one of several processes.
func runningService(t *testing.T, schema string, now time.Time) (*postgres.DB, *service.Service) {
	t.Helper()
	db, s := openStore(t, schema, now)
	t.Cleanup(func() { s.Close() })
	rctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	go func() { defer close(ran); s.Run(rctx) }()
	t.Cleanup(func() { cancel(); <-ran })
	return db, s
}

// TestServiceEndToEnd runs the story service on PostgreSQL: ingest, the
// default summarizer through the durable queue, story queries, and a restart
// that rebuilds the clustering state from the store.
func TestServiceEndToEnd(t *testing.T) {
	schema := postgres.TempSchema(t)
	ctx := context.Background()
	now := time.Date(2026, 4, 6, 8, 0, 0, 0, time.UTC)
	s := openService(t, schema, now)
	res, err := s.Ingest(ctx, []chorus.Article{bridgeA, bridgeB, regatta})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].StoryID != res[1].StoryID || res[0].StoryID == res[2].StoryID {
		t.Fatalf("stories %d, %d, %d: want the two bridge reports together, the regatta apart", res[0].StoryID, res[1].StoryID, res[2].StoryID)
	}
	again, err := s.Ingest(ctx, []chorus.Article{bridgeA})
	if err != nil || again[0].Status != chorus.IngestUnchanged || again[0].ID != res[0].ID {
		t.Fatalf("re-ingest = %+v, %v; want unchanged %s", again, err, res[0].ID)
	}
	if n, err := s.ProcessPending(ctx); err != nil || n != 2 {
		t.Fatalf("ProcessPending = %d, %v; want 2 summaries", n, err)
	}
	d, err := s.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Summary) == 0 || len(d.Sources) == 0 || d.ArticleCount != 2 {
		t.Fatalf("bridge story = %+v; want a summary citing its 2 articles", d)
	}
	page, err := s.Stories(ctx, chorus.StoryQuery{Text: "REGATTA"})
	if err != nil || page.Total != 1 || page.Stories[0].ID != res[2].StoryID {
		t.Errorf("search for the regatta = %+v, %v", page, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("Check: %v", err)
	}
	s.Close()

	// Restart: a new service finds the story of the new report in the store.
	later := now.Add(time.Hour)
	s = openService(t, schema, later)
	defer s.Close()
	res2, err := s.Ingest(ctx, []chorus.Article{bridgeC})
	if err != nil {
		t.Fatal(err)
	}
	if res2[0].StoryID != res[0].StoryID {
		t.Fatalf("after restart the inquiry report went to story %d, want %d", res2[0].StoryID, res[0].StoryID)
	}
	if n, err := s.ProcessPending(ctx); err != nil || n != 1 {
		t.Fatalf("ProcessPending after restart = %d, %v; want 1", n, err)
	}
	d, err = s.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{Since: now})
	if err != nil || d.ArticleCount != 3 || len(d.Summary) == 0 {
		t.Fatalf("bridge story after restart = %+v, %v", d, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("Check after restart: %v", err)
	}
}

// benchArticle invents article n of a stream about five recurring events.
func benchArticle(n int) chorus.Article {
	places := []string{"Tellmark", "Orvik", "Lake Maren", "Sarnby", "Quellen"}
	events := []string{"bridge inquiry", "rowing regatta", "ferry strike", "grain harvest", "museum reopening"}
	p, e := places[n%len(places)], events[n%len(events)]
	return chorus.Article{
		Title: fmt.Sprintf("%s %s: report %d", p, e, n),
		URL:   fmt.Sprintf("https://bench.example.com/a%d", n),
		Text: fmt.Sprintf("The %s in %s reached day %d according to report %d. Officials in %s said the %s continued. "+
			"Residents of %s followed the %s closely.", e, p, n+2, n, p, e, p, e),
	}
}

// BenchmarkIngest measures ingest into PostgreSQL through the story service,
// one article per call and 100 per call, reported as articles/s (compare
// service.BenchmarkIngest on SQLite). Summaries are not computed. The
// figure depends on the server's settings: scripts/postgres runs it with
// fsync off.
func BenchmarkIngest(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			ctx := context.Background()
			db := postgres.OpenTest(b)
			s, err := service.Open(ctx, db, service.Options{Clock: func() time.Time { return time.Unix(1.7e9, 0) }})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				arts := make([]chorus.Article, batch)
				for i := range arts {
					arts[i] = benchArticle(n)
					n++
				}
				if _, err := s.Ingest(ctx, arts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// TestServiceWorkers runs the summary workers on PostgreSQL while two
// clients ingest at once, then checks that the queue drains and the store
// stays consistent.
func TestServiceWorkers(t *testing.T) {
	db := postgres.OpenTest(t)
	ctx := context.Background()
	s, err := service.Open(ctx, db, service.Options{Workers: 2, Poll: 5 * time.Millisecond, SummaryWords: 40,
		Clock: func() time.Time { return time.Date(2026, 4, 6, 8, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- s.Run(runCtx) }()
	errs := make(chan error, 2)
	for c := range 2 {
		go func() {
			for b := range 5 {
				var arts []chorus.Article
				for i := range 4 {
					arts = append(arts, benchArticle(c*100+b*4+i))
				}
				if _, err := s.Ingest(ctx, arts); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	q, err := db.Queue(queue.Config{Work: func(context.Context, queue.Job) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	var jobs []queue.Job
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if jobs, err = q.Pending(ctx, 10); err != nil {
			t.Fatal(err)
		}
		if len(jobs) == 0 {
			break
		}
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
	if len(jobs) != 0 {
		t.Errorf("queue not drained: %+v", jobs)
	}
	page, err := s.Stories(ctx, chorus.StoryQuery{Limit: 100})
	if err != nil || page.Total == 0 {
		t.Fatalf("Stories = %+v, %v", page, err)
	}
	for _, st := range page.Stories {
		if d, err := s.Story(ctx, st.ID, chorus.StoryDetailQuery{}); err != nil || len(d.Summary) == 0 {
			t.Errorf("story %d not summarized: %v", st.ID, err)
		}
	}
}

// TestExactlyOnce runs two services, each with its own pool and River
// client, on one PostgreSQL schema: every story version is summarized at
// most once, every story's last one exactly once.
func TestExactlyOnce(t *testing.T) {
	servicetest.ExactlyOnce(t, postgres.OpenSharedTest(t))
}

// TestSharedFeeds runs two services polling feeds on one PostgreSQL
// schema: each due feed is fetched once in all.
func TestSharedFeeds(t *testing.T) {
	servicetest.SharedFeeds(t, postgres.OpenSharedTest(t))
}

// TestFailover runs the assigner's failover on PostgreSQL: two services on
// one schema, the assigner dying mid-batch.
func TestFailover(t *testing.T) {
	servicetest.Failover(t, func(t *testing.T) func(t *testing.T) chorus.Store { return postgres.OpenSharedTest(t) })
}

// countingDB counts the read transactions of a process's store; the
// process never takes the story assigner's role.
type countingDB struct {
	*postgres.DB
	reads atomic.Int64
}

func (db *countingDB) Lead(context.Context, string) (chorus.Leadership, error) { return nil, nil }

func (db *countingDB) View(ctx context.Context, fn func(chorus.StoreReader) error) error {
	db.reads.Add(1)
	return db.DB.View(ctx, fn)
}

// TestFollowerHearsDecisions checks that an Ingest in a process that does
// not assign learns its stories from the assigner's batch notification,
// without reading the store, and that they are the stored ones.
func TestFollowerHearsDecisions(t *testing.T) {
	schema := postgres.TempSchema(t)
	ctx := context.Background()
	now := time.Date(2026, 4, 6, 8, 0, 0, 0, time.UTC)
	leader := openService(t, schema, now)
	defer leader.Close()
	rctx, cancel := context.WithCancel(ctx)
	ran := make(chan struct{})
	go func() { defer close(ran); leader.Run(rctx) }()
	defer func() { cancel(); <-ran }()

	db, err := postgres.Open(ctx, os.Getenv("CHORUS_TEST_POSTGRES"), postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	fdb := &countingDB{DB: db}
	follower, err := service.Open(ctx, fdb, service.Options{Clock: func() time.Time { return now }, SummaryWords: 60})
	if err != nil {
		t.Fatal(err)
	}
	defer follower.Close()
	// The first Ingest starts the follower's listener (and waits for the
	// leader to take the role).
	if _, err := follower.Ingest(ctx, []chorus.Article{regatta}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	for _, a := range []chorus.Article{bridgeA, bridgeB, bridgeC} {
		before := fdb.reads.Load()
		res, err := follower.Ingest(ctx, []chorus.Article{a})
		if err != nil {
			t.Fatal(err)
		}
		if n := fdb.reads.Load() - before; n != 0 {
			t.Errorf("%s: the follower read the store %d times while waiting, want none", a.URL, n)
		}
		stored, err := follower.Article(ctx, res[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if res[0].StoryID == 0 || res[0].StoryID != stored.StoryID || res[0].DuplicateOf != stored.DuplicateOf {
			t.Errorf("%s: answered story %d (copy of %q), stored %d (%q)", a.URL, res[0].StoryID, res[0].DuplicateOf,
				stored.StoryID, stored.DuplicateOf)
		}
	}
}

// TestOneListener runs two processes on one store, one the assigner: each
// LISTENs on one connection (River's notifier, the assigner's inbox and
// the follower's assignment batches share it), as PostgreSQL wakes every
// listening backend of the database at every notification.
func TestOneListener(t *testing.T) {
	schema := postgres.TempSchema(t)
	ctx := context.Background()
	now := time.Date(2026, 4, 6, 8, 0, 0, 0, time.UTC)
	var channels []string
	var svcs []*service.Service
	for range 2 {
		db, s := runningService(t, schema, now)
		channels = append(channels, postgres.ListenChannels(db, schema)...)
		svcs = append(svcs, s)
	}
	for i, a := range []chorus.Article{bridgeA, bridgeB, regatta} {
		res, err := svcs[i%2].Ingest(ctx, []chorus.Article{a})
		if err != nil || res[0].StoryID == 0 {
			t.Fatalf("ingest: %+v, %v", res, err)
		}
	}
	// Both hubs listen by now (the follower's since its Ingest); sample
	// for a while: never more than one listening backend per process.
	most, n := 0, 0
	for end := time.Now().Add(2 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		n = postgres.ListeningBackends(t, channels)
		most = max(most, n)
	}
	if most > 2 || n != 2 {
		t.Errorf("%d backends listen for 2 processes (at most %d), want 2", n, most)
	}
}

// TestAddressedBatches runs three processes on one store: an article
// posted to a follower is answered from the batch notification addressed
// to that follower, which the other follower does not hear, and the
// assigner's own articles notify no one.
func TestAddressedBatches(t *testing.T) {
	schema := postgres.TempSchema(t)
	ctx := context.Background()
	now := time.Date(2026, 4, 6, 8, 0, 0, 0, time.UTC)
	var dbs []*postgres.DB
	var svcs []*service.Service
	for range 3 {
		db, s := runningService(t, schema, now)
		dbs, svcs = append(dbs, db), append(svcs, s)
	}
	lead := -1
	for end := time.Now().Add(10 * time.Second); lead < 0 && time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		for i, db := range dbs {
			if postgres.Leads(db) {
				lead = i
			}
		}
	}
	if lead < 0 {
		t.Fatal("no process took the assigner's role in 10 s")
	}
	f1, f2 := (lead+1)%3, (lead+2)%3
	heard := func() []int {
		return []int{postgres.HeardDecisions(dbs[f1]), postgres.HeardDecisions(dbs[f2]), postgres.HeardDecisions(dbs[lead])}
	}
	for _, step := range []struct {
		to   int
		a    chorus.Article
		want []int // decisions heard by f1, f2, the assigner
	}{
		{f1, bridgeA, []int{1, 0, 0}},
		{f2, regatta, []int{1, 1, 0}},
		{lead, bridgeB, []int{1, 1, 0}},
	} {
		res, err := svcs[step.to].Ingest(ctx, []chorus.Article{step.a})
		if err != nil || res[0].StoryID == 0 {
			t.Fatalf("ingest %s: %+v, %v", step.a.URL, res, err)
		}
		time.Sleep(100 * time.Millisecond) // a notification sent to the wrong process would have arrived
		if got := heard(); !reflect.DeepEqual(got, step.want) {
			t.Errorf("after %s posted to process %d: decisions heard by follower 1, follower 2, assigner = %v, want %v",
				step.a.URL, step.to, got, step.want)
		}
	}
}
