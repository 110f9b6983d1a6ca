package feed_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus/feed"
	"github.com/chorusnews/chorus/mock"
)

// inflight counts the requests a set of test servers are answering at
// once, overall and per server.
type inflight struct {
	mu         sync.Mutex
	now, max   int
	host, hmax map[string]int
}

func (c *inflight) handler(name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		c.now++
		c.host[name]++
		c.max = max(c.max, c.now)
		c.hmax[name] = max(c.hmax[name], c.host[name])
		c.mu.Unlock()
		time.Sleep(100 * time.Millisecond)
		c.mu.Lock()
		c.now--
		c.host[name]--
		c.mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(rssItems(1, func(int) string {
			return fmt.Sprintf(`<item><guid>%s</guid><title>Item</title><description>News from %s.</description></item>`, r.URL.Path, name)
		})))
	})
}

// TestPollDueBounds polls eight slow feeds on two hosts and checks that
// polls overlap, but never more than the overall and per-host bounds.
func TestPollDueBounds(t *testing.T) {
	c := &inflight{host: map[string]int{}, hmax: map[string]int{}}
	var urls []string
	for _, addr := range []string{"127.0.0.1:0", "127.0.0.2:0"} {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			t.Skipf("cannot listen on %s: %v", addr, err)
		}
		srv := &httptest.Server{Listener: ln, Config: &http.Server{Handler: c.handler(addr)}}
		srv.Start()
		defer srv.Close()
		for i := range 4 {
			urls = append(urls, fmt.Sprintf("%s/feed%d", srv.URL, i))
		}
	}
	svc := &mock.StoryService{}
	for _, u := range urls {
		if _, err := svc.AddFeed(context.Background(), u); err != nil {
			t.Fatal(err)
		}
	}
	p := newPoller(t, svc, &clock{now: time.Now()}, feed.Options{Concurrency: 3, PerHost: 2})
	results, err := p.PollDue(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != len(urls) {
		t.Fatalf("%d results, want %d", len(results), len(urls))
	}
	for i, r := range results {
		if r.Err != nil || r.Feed.URL != urls[i] {
			t.Errorf("result %d: feed %s, err %v; want %s in feed order", i, r.Feed.URL, r.Err, urls[i])
		}
	}
	if c.max > 3 || c.max < 2 {
		t.Errorf("%d polls at once, want 2 or 3 (overlapping, bound 3)", c.max)
	}
	for h, m := range c.hmax {
		if m > 2 {
			t.Errorf("%d polls of %s at once, want at most 2", m, h)
		}
	}
}
