package servicetest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/feed"
	"github.com/chorusnews/chorus/queue"
	"github.com/chorusnews/chorus/service"
)

// countingTransport counts the requests of one process's feed poller.
type countingTransport struct{ n *atomic.Int64 }

func (c countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

// SharedFeeds opens two services on one store (open is called twice, as
// in ExactlyOnce), both polling feeds as jobs of the store's queue, and
// checks that each due feed is fetched once in all, not once per process:
// the sweep runs on River's leader only, and a feed's poll job is unique
// while queued or running.
func SharedFeeds(t *testing.T, open func(t *testing.T) chorus.Store) {
	const feeds = 8
	ctx := context.Background()
	var hits [feeds]atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var k int
		if _, err := fmt.Sscanf(r.URL.Path, "/feed/%d", &k); err != nil || k < 0 || k >= feeds {
			http.NotFound(w, r)
			return
		}
		hits[k].Add(1)
		time.Sleep(100 * time.Millisecond) // a slow feed: the polls spread over the workers
		a := article(k%5, k)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk %d</title>
<item><title>%s</title><link>https://shared.example.com/feed/%d/1</link><description>%s</description></item>
</channel></rss>`, k, a.Title, k, a.Text)
	}))
	defer srv.Close()

	var fetches [2]atomic.Int64
	var svcs [2]*service.Service
	for i := range svcs {
		s, err := service.Open(ctx, open(t), service.Options{Summarize: nil, Poll: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		// Loopback is allowed here: the client is the test's own.
		p, err := feed.NewPoller(feed.Options{Service: s, Client: &http.Client{Transport: countingTransport{&fetches[i]}}, Interval: time.Hour})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.PollFeeds(queue.FeedConfig{Due: p.Due, Poll: p.PollFeed, Sweep: 100 * time.Millisecond, Workers: 2}); err != nil {
			t.Fatal(err)
		}
		svcs[i] = s
	}
	for k := range feeds {
		if _, err := svcs[k%2].AddFeed(ctx, fmt.Sprintf("%s/feed/%d", srv.URL, k)); err != nil {
			t.Fatal(err)
		}
	}
	runCtx, cancel := context.WithCancel(ctx)
	var runs sync.WaitGroup
	for _, s := range svcs {
		runs.Go(func() { s.Run(runCtx) })
	}
	polled := func() bool {
		fs, err := svcs[0].Feeds(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.LastPolled.IsZero() {
				return false
			}
		}
		return len(fs) == feeds
	}
	deadline := time.Now().Add(20 * time.Second)
	for !polled() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(time.Second) // several more sweeps: none may poll again
	cancel()
	runs.Wait()
	if !polled() {
		t.Fatal("feeds not all polled within 20s")
	}
	for k := range feeds {
		if n := hits[k].Load(); n != 1 {
			t.Errorf("feed %d fetched %d times, want once (its next poll is an hour away)", k, n)
		}
	}
	t.Logf("%d feeds polled once each: %d by the first service, %d by the second", feeds, fetches[0].Load(), fetches[1].Load())
}
