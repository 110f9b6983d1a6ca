package feed_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/feed"
	"github.com/prometheus/client_golang/prometheus"
)

// rssItem is one invented item of an inline RSS feed.
type rssItem struct{ guid, link, text string }

// serveRSS serves an RSS feed of items at /news/feed.xml with an ETag.
func serveRSS(t *testing.T, items []rssItem) *httptest.Server {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>`)
	for i, it := range items {
		fmt.Fprintf(&b, "<item><title>Item %d</title>", i+1)
		if it.guid != "" {
			fmt.Fprintf(&b, "<guid>%s</guid>", it.guid)
		}
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", it.link)
		}
		fmt.Fprintf(&b, "<description>%s</description></item>", it.text)
	}
	b.WriteString(`</channel></rss>`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"e1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(b.String()))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestLinks(t *testing.T) {
	tests := []struct {
		name, link, want string
	}{
		{"absolute", "https://wire.example/a1", "https://wire.example/a1"},
		{"absolute kept as written", "https://wire.example/x/../a1", "https://wire.example/x/../a1"},
		{"root relative", "/news/a2", "{srv}/news/a2"},
		{"path relative", "a3.html", "{srv}/news/a3.html"},
		{"scheme relative", "//other.example/a4", "http://other.example/a4"},
		{"not http", "mailto:desk@wire.example", ""},
		{"javascript", "javascript:void(0)", ""},
		{"malformed", "http://[::1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serveRSS(t, []rssItem{{link: tt.link, text: "The wire reported a story."}})
			svc := newService()
			p := newPoller(t, svc, &clock{now: time.Now()}, feed.Options{})
			f, _ := svc.AddFeed(context.Background(), srv.URL+"/news/feed.xml")
			r, err := p.Poll(context.Background(), *f)
			if err != nil || r.Err != nil || r.Rejected != 0 {
				t.Fatalf("poll: %v, %v, %d rejected", err, r.Err, r.Rejected)
			}
			if len(svc.Ingested()) != 1 {
				t.Fatalf("%d articles ingested, want 1", len(svc.Ingested()))
			}
			if want := strings.ReplaceAll(tt.want, "{srv}", srv.URL); svc.Ingested()[0].URL != want {
				t.Errorf("URL %q, want %q", svc.Ingested()[0].URL, want)
			}
		})
	}
}

func TestDroppedLinkKeepsID(t *testing.T) {
	srv := serveRSS(t, []rssItem{{link: "mailto:desk@wire.example", text: "One."}, {link: "mailto:tips@wire.example", text: "Two."}})
	svc := newService()
	p := newPoller(t, svc, &clock{now: time.Now()}, feed.Options{})
	f := addFeed(t, svc, srv.URL)
	r1, _ := p.Poll(context.Background(), f)
	r2, _ := p.Poll(context.Background(), f)
	if len(r1.Ingested) != 2 || r1.Ingested[0].ID == r1.Ingested[1].ID {
		t.Fatalf("first poll: %+v", r1.Ingested)
	}
	if len(r2.Ingested) != 2 || r2.Ingested[0].ID != r1.Ingested[0].ID || r2.Ingested[1].Status != chorus.IngestUnchanged {
		t.Errorf("second poll: %+v, first %+v", r2.Ingested, r1.Ingested)
	}
}

func TestRejectedItemIsSkipped(t *testing.T) {
	srv := serveRSS(t, []rssItem{
		{guid: "g1", link: "/news/a1", text: "The first story."},
		{guid: "g2", link: "/news/a2", text: "A bad story " + rejectMarker + "."},
		{guid: "g3", link: "https://wire.example/a3", text: "The third story."},
		{guid: "g4", text: "Another bad one " + rejectMarker + "."},
	})
	svc := newService()
	c := &clock{now: time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)}
	reg := prometheus.NewRegistry()
	p := newPoller(t, svc, c, feed.Options{Registerer: reg})
	f, _ := svc.AddFeed(context.Background(), srv.URL+"/feed")
	r, err := p.Poll(context.Background(), *f)
	if err != nil || r.Err != nil {
		t.Fatalf("poll: %v, %v", err, r.Err)
	}
	var urls []string
	for _, a := range svc.Ingested() {
		urls = append(urls, a.URL)
	}
	if want := []string{srv.URL + "/news/a1", "https://wire.example/a3"}; !slices.Equal(urls, want) {
		t.Errorf("stored %q, want %q", urls, want)
	}
	if r.Rejected != 2 || len(r.Ingested) != 2 || r.Items != 4 || r.Skipped != 0 {
		t.Errorf("result: %d items, %d rejected, %d skipped, %d ingested", r.Items, r.Rejected, r.Skipped, len(r.Ingested))
	}
	fd := r.Feed
	if fd.Failures != 0 || !fd.NextPoll.Equal(c.now.Add(feed.DefaultInterval)) || fd.ETag != `"e1"` {
		t.Errorf("feed backed off or lost its ETag: %+v", fd)
	}
	if !strings.Contains(fd.LastError, "/news/a2") || !strings.Contains(fd.LastError, "marked") || chorus.ErrorCode(r.RejectErr) != chorus.EINVALID {
		t.Errorf("LastError %q does not name the first rejected item", fd.LastError)
	}
	if got := counter(t, reg, "chorus_feed_articles_total", "skipped"); got != 2 {
		t.Errorf("skipped articles metric = %v, want 2", got)
	}
	if got := counter(t, reg, "chorus_feed_polls_total", "ok"); got != 1 {
		t.Errorf("ok polls metric = %v, want 1", got)
	}
}

func TestIngestInChunks(t *testing.T) {
	var items []rssItem
	for i := range 25 {
		items = append(items, rssItem{guid: fmt.Sprintf("g%d", i), text: fmt.Sprintf("Story number %d.", i)})
	}
	tests := []struct {
		name       string
		batchSize  int
		maxBatch   int
		wantCalls  []int
		wantStored int
	}{
		{"several chunks", 10, 0, []int{10, 10, 5}, 25},
		{"one chunk", 100, 0, []int{25}, 25},
		{"chunks above the service limit", 20, 10, append([]int{20}, append(slices.Repeat([]int{1}, 20), 5)...), 25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serveRSS(t, items)
			svc := newService()
			svc.MaxBatch = tt.maxBatch
			p := newPoller(t, svc, &clock{now: time.Now()}, feed.Options{BatchSize: tt.batchSize})
			f, _ := svc.AddFeed(context.Background(), srv.URL)
			r, err := p.Poll(context.Background(), *f)
			if err != nil || r.Err != nil || r.Rejected != 0 {
				t.Fatalf("poll: %v, %v, %d rejected", err, r.Err, r.Rejected)
			}
			if !slices.Equal(svc.Batches(), tt.wantCalls) || len(svc.Ingested()) != tt.wantStored || len(r.Ingested) != tt.wantStored {
				t.Errorf("calls %v, %d stored; want %v, %d", svc.Batches(), len(svc.Ingested()), tt.wantCalls, tt.wantStored)
			}
		})
	}
}

func TestDefaultChunkSize(t *testing.T) {
	var items []rssItem
	for i := range feed.DefaultBatchSize + 1 {
		items = append(items, rssItem{guid: fmt.Sprintf("g%d", i), text: "Text."})
	}
	srv := serveRSS(t, items)
	svc := newService()
	svc.MaxBatch = feed.DefaultBatchSize
	p := newPoller(t, svc, &clock{now: time.Now()}, feed.Options{})
	f, _ := svc.AddFeed(context.Background(), srv.URL)
	if r, err := p.Poll(context.Background(), *f); err != nil || r.Err != nil {
		t.Fatalf("poll: %v, %v", err, r.Err)
	}
	if want := []int{feed.DefaultBatchSize, 1}; !slices.Equal(svc.Batches(), want) {
		t.Errorf("calls %v, want %v", svc.Batches(), want)
	}
}

func TestStoreErrorStillFailsPoll(t *testing.T) {
	storeDown := errors.New("store down")
	tests := []struct {
		name       string
		items      []rssItem
		failAfter  int // calls that succeed (or reject) before the store fails
		wantCalls  []int
		wantStored int
	}{
		{"second chunk", []rssItem{{guid: "1", text: "A."}, {guid: "2", text: "B."}, {guid: "3", text: "C."}}, 1, []int{2, 1}, 2},
		{"during one-by-one retry", []rssItem{{guid: "1", text: "A " + rejectMarker}, {guid: "2", text: "B."}}, 1, []int{2, 1}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serveRSS(t, tt.items)
			svc, calls := newService(), 0
			svc.BeforeIngest = func(batch []chorus.Article) error {
				if calls++; calls > tt.failAfter {
					return storeDown
				}
				return rejectMarked(batch)
			}
			p := newPoller(t, svc, &clock{now: time.Now()}, feed.Options{BatchSize: 2})
			f, _ := svc.AddFeed(context.Background(), srv.URL)
			r, err := p.Poll(context.Background(), *f)
			if err != nil {
				t.Fatal(err)
			}
			if !errors.Is(r.Err, storeDown) || r.Feed.Failures != 1 || r.Feed.ETag != "" || !strings.Contains(r.Feed.LastError, "store down") {
				t.Errorf("poll: err %v, feed %+v", r.Err, r.Feed)
			}
			if !slices.Equal(svc.Batches(), tt.wantCalls) || len(svc.Ingested()) != tt.wantStored {
				t.Errorf("calls %v, %d stored; want %v, %d", svc.Batches(), len(svc.Ingested()), tt.wantCalls, tt.wantStored)
			}
		})
	}
}
