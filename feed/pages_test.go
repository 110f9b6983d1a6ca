package feed_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus/feed"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/netguard"
)

// aggregator is an invented aggregator site on loopback: a feed of teaser
// items linking to full pages, one of them behind robots.txt, one page
// that answers 304 to a conditional GET.
type aggregator struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newAggregator(t *testing.T) *aggregator {
	t.Helper()
	a := &aggregator{hits: map[string]int{}}
	para := "The council of Orla voted on Tuesday to rebuild the old stone bridge over the Vell, closed since a flood in the spring. "
	page := func(site, title string) string {
		return `<html><head><title>` + title + `</title><meta property="og:site_name" content="` + site + `"></head><body><article><h1>` + title + `</h1><p>` +
			strings.Repeat(para, 4) + `</p><p>Work begins in May and should take eighteen months, the council said.</p></article></body></html>`
	}
	a.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		a.hits[r.URL.Path]++
		a.mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /members/\n")
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>News Roundup</title>
<item><title>Orla to rebuild bridge</title><link>%[1]s/herald/bridge</link><guid>1</guid><description>Orla will rebuild its bridge.</description></item>
<item><title>Bridge vote in Orla</title><link>%[1]s/members/bridge</link><guid>2</guid><description>Council votes on the bridge.</description></item>
<item><title>Orla bridge plan</title><link>%[1]s/post/bridge</link><guid>3</guid></item>
</channel></rss>`, a.URL)
		case "/herald/bridge":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, page("Orla Herald", "Orla to rebuild the Vell bridge"))
		case "/post/bridge":
			if r.Header.Get("If-None-Match") == `"p1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("ETag", `"p1"`)
			fmt.Fprint(w, page("Valley Post", "Orla votes for a new Vell bridge"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(a.Close)
	return a
}

// TestPollFetchesPages checks Options.Pages: teaser items are replaced by
// their pages' articles, credited to the page's publisher; a page
// robots.txt disallows is not fetched and its item keeps its teaser; an
// item with no text is kept only through its page; the next poll asks
// conditionally and leaves an unchanged page's article alone.
func TestPollFetchesPages(t *testing.T) {
	agg := newAggregator(t)
	client := netguard.New(netguard.Options{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}).Client(0)
	svc := newService()
	c := &clock{now: time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)}
	p := newPoller(t, svc, c, feed.Options{Client: client, Pages: fetch.New(fetch.Options{Client: client, Robots: true})})
	f := addFeed(t, svc, agg.URL+"/feed")

	r, err := p.Poll(context.Background(), f)
	if err != nil || r.Err != nil {
		t.Fatalf("poll: %v %v", err, r.Err)
	}
	got := map[string]string{} // title → source
	for _, a := range svc.Ingested() {
		got[a.Title] = a.Source
		if a.Source != "News Roundup" && !strings.Contains(a.Text, "eighteen months") {
			t.Errorf("%q: page text not read: %q", a.Title, a.Text)
		}
	}
	want := map[string]string{"Orla to rebuild bridge": "Orla Herald", "Bridge vote in Orla": "News Roundup", "Orla bridge plan": "Valley Post"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ingested title → source %v, want %v", got, want)
	}
	if r.Pages != 2 || agg.hits["/members/bridge"] != 0 || agg.hits["/robots.txt"] != 1 {
		t.Errorf("pages read %d (want 2), disallowed page hit %d times, robots.txt %d times", r.Pages, agg.hits["/members/bridge"], agg.hits["/robots.txt"])
	}

	before := len(svc.Ingested())
	r, err = p.Poll(context.Background(), f)
	if err != nil || r.Err != nil {
		t.Fatalf("second poll: %v %v", err, r.Err)
	}
	for _, a := range svc.Ingested()[before:] {
		if a.Title == "Orla bridge plan" {
			t.Error("unchanged page (304) ingested again")
		}
	}
	if agg.hits["/post/bridge"] != 2 {
		t.Errorf("page fetched %d times, want 2 (the second conditional)", agg.hits["/post/bridge"])
	}
}
