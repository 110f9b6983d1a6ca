package feed_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/feed"
)

func TestBackoff(t *testing.T) {
	srv := serveFixture(t, "testdata/rss.xml", "application/rss+xml")
	srv.status.Store(http.StatusInternalServerError)
	svc := newService()
	c := &clock{now: time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)}
	p := newPoller(t, svc, c, feed.Options{Interval: 10 * time.Minute, MaxBackoff: time.Hour})
	if _, err := svc.AddFeed(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	// Waits double from twice the interval and stop at MaxBackoff.
	for i, want := range []time.Duration{20 * time.Minute, 40 * time.Minute, time.Hour, time.Hour} {
		rs, err := p.PollDue(context.Background())
		if err != nil || len(rs) != 1 || rs[0].Err == nil {
			t.Fatalf("poll %d: %+v %v", i+1, rs, err)
		}
		fd := rs[0].Feed
		if fd.Failures != i+1 || !strings.Contains(fd.LastError, "500") || fd.NextPoll.Sub(c.now) != want {
			t.Errorf("after failure %d: failures %d, wait %v (want %v), error %q", i+1, fd.Failures, fd.NextPoll.Sub(c.now), want, fd.LastError)
		}
		c.now = c.now.Add(time.Minute)
		if rs, _ := p.PollDue(context.Background()); len(rs) != 0 {
			t.Fatalf("feed polled again during its back-off")
		}
		c.now = fd.NextPoll
	}
	srv.status.Store(0)
	rs, err := p.PollDue(context.Background())
	if err != nil || len(rs) != 1 || rs[0].Err != nil {
		t.Fatalf("recovery poll: %+v %v", rs, err)
	}
	if fd := rs[0].Feed; fd.Failures != 0 || fd.LastError != "" || fd.NextPoll.Sub(c.now) != 10*time.Minute || len(svc.Ingested()) != 2 {
		t.Errorf("after recovery: %+v, %d ingested", fd, len(svc.Ingested()))
	}
}

func TestPollFailures(t *testing.T) {
	big := strings.Repeat("<!-- padding -->", 200)
	tests := []struct {
		name      string
		body      string
		ingestErr error
		maxBody   int64
		timeout   time.Duration
		slow      bool
		wantErr   string
	}{
		{"not a feed", "hello, world", nil, 0, 0, false, "cannot parse feed"},
		{"too large", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>` + big + `</channel></rss>`, nil, 1000, 0, false, "larger than 1000 bytes"},
		{"ingest fails", `<rss version="2.0"><channel><title>x</title><item><title>t</title><description>Some text.</description></item></channel></rss>`, errors.New("store down"), 0, 0, false, "cannot ingest"},
		{"timeout", `<rss version="2.0"><channel><title>x</title></channel></rss>`, nil, 0, 50 * time.Millisecond, true, "cannot fetch feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.slow {
					select {
					case <-r.Context().Done():
					case <-time.After(5 * time.Second):
					}
					return
				}
				w.Header().Set("ETag", `"new"`)
				_, _ = w.Write([]byte(tt.body))
			}))
			defer srv.Close()
			svc := newService()
			if tt.ingestErr != nil {
				svc.BeforeIngest = func([]chorus.Article) error { return tt.ingestErr }
			}
			c := &clock{now: time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)}
			p := newPoller(t, svc, c, feed.Options{MaxBodyBytes: tt.maxBody, Timeout: tt.timeout})
			f, _ := svc.AddFeed(context.Background(), srv.URL)
			r, err := p.Poll(context.Background(), *f)
			if err != nil {
				t.Fatal(err)
			}
			if r.Err == nil || !strings.Contains(r.Err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want one containing %q", r.Err, tt.wantErr)
			}
			if r.Feed.Failures != 1 || r.Feed.ETag != "" || r.Feed.LastError == "" {
				t.Errorf("state after failure: %+v", r.Feed)
			}
		})
	}
}

func TestNewPollerNeedsService(t *testing.T) {
	if _, err := feed.NewPoller(feed.Options{}); err == nil {
		t.Error("NewPoller without a service succeeded")
	}
}

func TestRunStopsWithContext(t *testing.T) {
	srv := serveFixture(t, "testdata/atom.xml", "application/atom+xml")
	svc := newService()
	addFeed(t, svc, srv.URL)
	p := newPoller(t, svc, &clock{now: time.Now()}, feed.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	deadline := time.After(5 * time.Second)
	for srv.hits.Load() == 0 {
		select {
		case <-deadline:
			t.Fatal("Run never polled the due feed")
		case <-time.After(5 * time.Millisecond):
		}
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Run = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop after cancel")
	}
}
