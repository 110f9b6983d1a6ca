package feed_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/feed"
	"github.com/chorusnews/chorus/mock"
	"github.com/chorusnews/chorus/netguard"
	"github.com/prometheus/client_golang/prometheus"
)

// rejectMarker in an article's text makes the service reject the whole
// batch holding it, as the real service does with an invalid article.
const rejectMarker = "REJECT-ME"

// newService returns the shared mock service, made to reject a batch
// holding an article with rejectMarker in its text.
func newService() *mock.StoryService {
	return &mock.StoryService{BeforeIngest: rejectMarked}
}

// rejectMarked fails a batch holding an article with rejectMarker in its
// text, as the service fails a batch holding an invalid article.
func rejectMarked(batch []chorus.Article) error {
	for i, a := range batch {
		if strings.Contains(a.Text, rejectMarker) {
			return chorus.Errorf(chorus.EINVALID, "article %d: marked", i+1)
		}
	}
	return nil
}

// addFeed registers url with svc and returns the stored feed.
func addFeed(t *testing.T, svc *mock.StoryService, url string) chorus.Feed {
	t.Helper()
	f, err := svc.AddFeed(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	return *f
}

// feedServer serves a fixture with an ETag and Last-Modified, answering
// conditional requests with 304; status overrides the answer when set.
type feedServer struct {
	*httptest.Server
	hits        atomic.Int32
	conditional atomic.Int32
	status      atomic.Int32
}

func serveFixture(t *testing.T, path, contentType string) *feedServer {
	t.Helper()
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fs := &feedServer{}
	const etag, modified = `"v1"`, "Mon, 02 Mar 2026 12:00:00 GMT"
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.hits.Add(1)
		if s := fs.status.Load(); s != 0 {
			http.Error(w, "broken", int(s))
			return
		}
		if r.Header.Get("If-None-Match") == etag && r.Header.Get("If-Modified-Since") == modified {
			fs.conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", modified)
		w.Header().Set("Content-Type", contentType)
		_, _ = w.Write(body)
	}))
	t.Cleanup(fs.Close)
	return fs
}

// clock is a settable test clock.
type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

func newPoller(t *testing.T, svc *mock.StoryService, c *clock, opts feed.Options) *feed.Poller {
	t.Helper()
	opts.Service, opts.Clock = svc, c.Now
	if opts.Client == nil {
		// The test servers listen on loopback, which the default client
		// refuses.
		opts.Client = netguard.New(netguard.Options{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}).Client(0)
	}
	p, err := feed.NewPoller(opts)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPollFixtures(t *testing.T) {
	published := func(s string) time.Time { tm, _ := time.Parse(time.RFC3339, s); return tm }
	tests := []struct {
		name, fixture, contentType string
		wantTitle                  string
		wantSkipped                int
		want                       []chorus.Article // IDs are checked for shape only
	}{
		{"rss", "testdata/rss.xml", "application/rss+xml", "Lakeside Gazette", 1, []chorus.Article{
			{Title: "Ferry service resumes after storm", Source: "Lakeside Gazette", URL: "https://lakeside.example/ferry-resumes", Published: published("2026-03-02T08:15:00Z"),
				Text: "The lake ferry resumed service on Monday morning after a two-day pause.\n\nOperators said the storm had damaged one of the landing ramps."},
			{Title: "Library & museum extend hours", Source: "Lakeside Gazette", URL: "https://lakeside.example/library-hours", Published: published("2026-03-02T10:00:00Z"),
				Text: "The town library and museum will stay open until nine on weekdays."},
		}},
		{"atom", "testdata/atom.xml", "application/atom+xml", "Valley Wire", 0, []chorus.Article{
			{Title: "Council approves new bike lanes", Source: "Valley Wire", URL: "https://valley.example/bike-lanes", Published: published("2026-03-02T11:00:00Z"),
				Text: "The valley council approved four kilometres of protected bike lanes.\n\nWork starts in May."},
			{Title: "Bakery wins regional prize", Source: "Valley Wire", URL: "https://valley.example/bakery", Published: published("2026-03-02T09:00:00Z"),
				Text: "A family bakery on Mill Street won the regional bread prize."},
		}},
		{"json feed", "testdata/feed.json", "application/feed+json", "Harbor Notes", 0, []chorus.Article{
			{Title: "Record tide expected", Source: "Harbor Notes", URL: "https://harbor.example/tide", Published: published("2026-03-03T06:00:00Z"),
				Text: "Forecasters expect the highest tide of the year on Thursday."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serveFixture(t, tt.fixture, tt.contentType)
			svc := newService()
			c := &clock{now: time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)}
			p := newPoller(t, svc, c, feed.Options{})
			f, _ := svc.AddFeed(context.Background(), srv.URL+"/feed")
			r, err := p.Poll(context.Background(), *f)
			if err != nil || r.Err != nil {
				t.Fatalf("poll: %v, %v", err, r.Err)
			}
			if r.Skipped != tt.wantSkipped || len(svc.Ingested()) != len(tt.want) {
				t.Fatalf("ingested %d, skipped %d; want %d, %d", len(svc.Ingested()), r.Skipped, len(tt.want), tt.wantSkipped)
			}
			for i, w := range tt.want {
				got := svc.Ingested()[i]
				if !strings.HasPrefix(got.ID, "feed-") {
					t.Errorf("item %d: ID %q", i, got.ID)
				}
				got.ID = ""
				if got != w {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, got, w)
				}
			}
			fd, _ := svc.Feeds(context.Background())
			want := chorus.Feed{ID: 1, URL: srv.URL + "/feed", Title: tt.wantTitle, ETag: `"v1"`, LastModified: "Mon, 02 Mar 2026 12:00:00 GMT",
				LastPolled: c.now, NextPoll: c.now.Add(feed.DefaultInterval)}
			if fd[0] != want {
				t.Errorf("feed state:\n got %+v\nwant %+v", fd[0], want)
			}
		})
	}
}

func TestItemIDsAreStable(t *testing.T) {
	srv := serveFixture(t, "testdata/rss.xml", "application/rss+xml")
	svc := newService()
	p := newPoller(t, svc, &clock{now: time.Now()}, feed.Options{})
	f := addFeed(t, svc, srv.URL)
	r1, _ := p.Poll(context.Background(), f)
	r2, _ := p.Poll(context.Background(), f) // no validators passed: full fetch again
	if len(r1.Ingested) != 2 || len(r2.Ingested) != 2 || r2.Ingested[0].Status != chorus.IngestUnchanged || r1.Ingested[0].ID != r2.Ingested[0].ID {
		t.Errorf("second poll: %+v then %+v", r1.Ingested, r2.Ingested)
	}
	if r1.Ingested[0].ID == r1.Ingested[1].ID {
		t.Errorf("two items share ID %s", r1.Ingested[0].ID)
	}
}

func TestConditionalGet(t *testing.T) {
	srv := serveFixture(t, "testdata/rss.xml", "application/rss+xml")
	svc := newService()
	c := &clock{now: time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)}
	reg := prometheus.NewRegistry()
	p := newPoller(t, svc, c, feed.Options{Interval: time.Minute, Registerer: reg})
	if _, err := svc.AddFeed(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if rs, err := p.PollDue(context.Background()); err != nil || len(rs) != 1 || rs[0].NotModified {
		t.Fatalf("first poll: %+v %v", rs, err)
	}
	// Not due yet: nothing is fetched.
	if rs, _ := p.PollDue(context.Background()); len(rs) != 0 || srv.hits.Load() != 1 {
		t.Fatalf("polled a feed before it was due: %+v", rs)
	}
	c.now = c.now.Add(time.Minute)
	rs, err := p.PollDue(context.Background())
	if err != nil || len(rs) != 1 || !rs[0].NotModified || srv.conditional.Load() != 1 {
		t.Fatalf("second poll: %+v %v (conditional hits %d)", rs, err, srv.conditional.Load())
	}
	if len(svc.Ingested()) != 2 {
		t.Errorf("a 304 ingested articles: %d in total", len(svc.Ingested()))
	}
	if fd := rs[0].Feed; fd.ETag != `"v1"` || !fd.NextPoll.Equal(c.now.Add(time.Minute)) {
		t.Errorf("state after 304: %+v", fd)
	}
	if got := counter(t, reg, "chorus_feed_polls_total", "not_modified"); got != 1 {
		t.Errorf("not_modified polls = %v", got)
	}
}

// counter returns the value of a counter with one label value.
func counter(t *testing.T, reg *prometheus.Registry, name, label string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if len(m.GetLabel()) == 1 && m.GetLabel()[0].GetValue() == label {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}
