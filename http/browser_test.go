package http_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	neturl "net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/feed"
	chttp "github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/netguard"
	"github.com/chorusnews/chorus/service"
	"github.com/chorusnews/chorus/sqlite"
	"golang.org/x/net/html"
)

// TestBrowser runs the whole service half — feed poll, story grouping,
// background summary, web page — and reads the pages in Debian's headless
// Chromium the way a person would see them. Set CHORUS_SCREENSHOTS to a
// directory to keep phone- and desktop-sized screenshots of the story page.
func TestBrowser(t *testing.T) {
	chromium := findChromium()
	if chromium == "" {
		t.Skip("chromium not found (install it with scripts/setup or apt-get install chromium); skipping the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 180*time.Second) // a shared, loaded machine
	defer cancel()

	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "chorus.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	svc, err := service.Open(ctx, db, service.Options{Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stopRun := context.WithCancel(ctx)
	ran := make(chan error, 1)
	go func() { ran <- svc.Run(runCtx) }()
	t.Cleanup(func() {
		stopRun()
		<-ran
		svc.Close()
	})

	// An invented RSS feed on its own server, added and polled once.
	feedSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		http.ServeFile(w, r, "testdata/browser-feed.xml")
	}))
	defer feedSrv.Close()
	if _, err := svc.AddFeed(ctx, feedSrv.URL+"/rss"); err != nil {
		t.Fatal(err)
	}
	// The feed server is on loopback, which the poller refuses unless told.
	guard := netguard.New(netguard.Options{AllowHosts: []string{"127.0.0.1"}})
	poller, err := feed.NewPoller(feed.Options{Service: svc, Client: guard.Client(0)})
	if err != nil {
		t.Fatal(err)
	}
	results, err := poller.PollDue(ctx)
	if err != nil || len(results) != 1 || results[0].Err != nil || len(results[0].Ingested) != 6 {
		t.Fatalf("feed poll: %+v, %v", results, err)
	}
	// The barrier story: five articles over two days, one a wire copy, one
	// undated (the feed gives no date), beside a choir story.

	// Wait (bounded) for the summary worker to summarize the barrier story.
	storyID := results[0].Ingested[0].StoryID
	var story *chorus.StoryDetail
	for deadline := time.Now().Add(20 * time.Second); ; {
		story, err = svc.Story(ctx, storyID, chorus.StoryDetailQuery{})
		if err == nil && len(story.Summary) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no summary after 20s: %+v, %v", story, err)
		}
		time.Sleep(20 * time.Millisecond)
	}

	web := httptest.NewServer(chttp.NewServer(svc, chttp.Options{}))
	defer web.Close()

	t.Run("story list", func(t *testing.T) {
		doc := dumpDOM(ctx, t, chromium, web.URL+"/")
		titles := texts(findAll(doc, "a", "story-title"))
		// The story's title follows its summary's lead (package service):
		// the page shows the service's title.
		for _, want := range []string{story.Title, "Choir festival fills the old market hall"} {
			if !containsPrefix(titles, want) {
				t.Errorf("story list %q lacks %q", titles, want)
			}
		}
		lead := strings.Join(strings.Fields(story.Summary[0].Text), " ")
		if leads := texts(findAll(doc, "p", "lead")); !slices.Contains(leads, lead) {
			t.Errorf("story list leads %q lack the summarized story's first sentence %q", leads, lead)
		}
		if len(findAll(doc, "input", "")) == 0 {
			t.Error("no search box")
		}
		// Each story says how many publishers and when its articles were
		// published (the undated one, received today, does not count).
		metas := texts(findAll(doc, "p", "meta"))
		for _, want := range []string{
			fmt.Sprintf("%d publishers · %d articles · published 3 Mar 2026 – 4 Mar 2026 · summary updated", story.SourceCount, story.ArticleCount),
			"1 publisher · 1 article · published 3 Mar 2026 · summary updated",
		} {
			if !containsPrefix(metas, want) {
				t.Errorf("story list %q lacks %q", metas, want)
			}
		}
	})

	t.Run("story page", func(t *testing.T) {
		url := fmt.Sprintf("%s/stories/%d", web.URL, storyID)
		doc := dumpDOM(ctx, t, chromium, url)
		if h1 := texts(findAll(doc, "h1", "")); len(h1) != 1 || h1[0] != story.Title || !strings.Contains(h1[0], "barrier") {
			t.Errorf("heading %q, want the barrier story's title %q", h1, story.Title)
		}
		// The heading says when the articles were published as the list
		// does, the undated one counted, not dated by its reception.
		metas := texts(findAll(doc, "p", "meta"))
		if want := fmt.Sprintf("%d publishers · %d articles · published 3 Mar 2026 – 4 Mar 2026 (1 article without a publication time) · summary last changed here", story.SourceCount, story.ArticleCount); !containsPrefix(metas, want) {
			t.Errorf("story page %q lacks %q", metas, want)
		}
		sentences := findAll(findAll(doc, "section", "summary")[0], "li", "")
		if len(sentences) == 0 {
			t.Fatal("no summary sentences on the page")
		}
		ids := map[string]*html.Node{}
		walk(doc, func(n *html.Node) {
			if id := attr(n, "id"); id != "" {
				ids[id] = n
			}
		})
		for _, li := range sentences {
			cites := findAll(li, "a", "cite")
			if len(cites) == 0 {
				t.Errorf("sentence without citation: %q", text(li))
			}
			for _, a := range cites {
				href, label := attr(a, "href"), text(a)
				target := ids[strings.TrimPrefix(href, "#")]
				if !strings.HasPrefix(href, "#source-") || label != "["+strings.TrimPrefix(href, "#source-")+"]" || target == nil {
					t.Errorf("citation %q → %q does not point at a source on the page", label, href)
					continue
				}
				if links := findAll(target, "a", ""); len(links) == 0 || !strings.HasPrefix(attr(links[0], "href"), "/articles/") {
					t.Errorf("source %s does not link its article", href)
				}
			}
		}
		dups := texts(findAll(doc, "span", "dup"))
		if len(dups) == 0 || !strings.HasPrefix(dups[0], "copy of Northport opens tidal barrier") {
			t.Errorf("the wire copy is not marked as a copy: %q", dups)
		}
		if len(findAll(doc, "section", "whatsnew")) != 1 {
			t.Error("no what's new section")
		}
		checkTimeline(t, doc)
		if dir := os.Getenv("CHORUS_SCREENSHOTS"); dir != "" {
			screenshot(ctx, t, chromium, url, filepath.Join(dir, "story-phone.png"), "390,844")
			screenshot(ctx, t, chromium, url, filepath.Join(dir, "story-desktop.png"), "1280,900")
			screenshot(ctx, t, chromium, url, filepath.Join(dir, "story-desktop-full.png"), "1280,2600")
			screenshot(ctx, t, chromium, web.URL+"/", filepath.Join(dir, "list-phone.png"), "390,844")
		}
	})

	// The since view after the first day's three articles: what the
	// surge report and the undated one add.
	t.Run("since view", func(t *testing.T) {
		url := fmt.Sprintf("%s/stories/%d?since=2026-03-03T12:00", web.URL, storyID)
		doc := dumpDOM(ctx, t, chromium, url)
		section := findAll(doc, "section", "whatsnew")
		if len(section) != 1 {
			t.Fatal("no what's new section")
		}
		if meta := text(findAll(section[0], "p", "meta")[0]); !strings.Contains(meta, "by publication time: what 2 later articles add to the 3 before.") {
			t.Errorf("since view says %q", meta)
		}
		ids := map[string]*html.Node{}
		walk(doc, func(n *html.Node) {
			if id := attr(n, "id"); id != "" {
				ids[id] = n
			}
		})
		later := []string{"Northport tidal barrier holds back its first storm surge", "Northport fishing crews ask for longer tidal barrier openings"}
		sentences := findAll(section[0], "li", "")
		var update []*html.Node
		for _, ul := range findAll(section[0], "ul", "update") {
			update = append(update, findAll(ul, "li", "")...)
		}
		if len(update) == 0 {
			t.Fatalf("no update sentences: %q", texts(sentences))
		}
		for _, li := range update {
			cites := findAll(li, "a", "cite")
			if len(cites) == 0 {
				t.Errorf("update sentence without citation: %q", text(li))
			}
			for _, a := range cites {
				target := ids[strings.TrimPrefix(attr(a, "href"), "#")]
				if !strings.HasPrefix(attr(a, "href"), "#update-source-") || target == nil {
					t.Errorf("update citation %q → %q points at nothing", text(a), attr(a, "href"))
					continue
				}
				if title := text(findAll(target, "a", "")[0]); !slices.Contains(later, title) {
					t.Errorf("the update cites %q, which is not dated after the since time", title)
				}
				// One numbering on the page: [N] of the update is the
				// article [N] of the summary's source list, when listed.
				n := strings.TrimPrefix(attr(a, "href"), "#update-source-")
				if text(a) != "["+n+"]" {
					t.Errorf("update citation %q links source %s", text(a), n)
				}
				if main := ids["source-"+n]; main != nil && attr(findAll(main, "a", "")[0], "href") != attr(findAll(target, "a", "")[0], "href") {
					t.Errorf("[%s] is %q in the update and %q in the summary's sources", n, text(findAll(target, "a", "")[0]), text(findAll(main, "a", "")[0]))
				}
			}
		}
		// Earliest published first: the undated article's sentence, dated
		// only by its reception, comes last and is marked.
		undated := 0
		for i, li := range update {
			if hasClass(li, "undated") {
				undated++
			} else if undated > 0 {
				t.Errorf("update sentence %d %q, of a published article, after an undated one", i, text(li))
			}
		}
		if undated == 0 || undated == len(update) || !strings.Contains(text(update[len(update)-undated]), "Fishing crews") {
			t.Errorf("update sentences %q: want the surge report's first, the undated fishing crews' last, marked undated", texts(update))
		}
		if order := texts(findAll(section[0], "p", "order")); len(order) != 1 || !strings.Contains(order[0], "whose publication time is unknown") {
			t.Errorf("the order of the update is not stated: %q", order)
		}
		nothing := dumpDOM(ctx, t, chromium, fmt.Sprintf("%s/stories/%d?since=2099-01-01T00:00:00Z", web.URL, storyID))
		if empty := texts(findAll(findAll(nothing, "section", "whatsnew")[0], "p", "empty")); len(empty) != 1 || empty[0] != "Nothing new since then." {
			t.Errorf("since after every article: %q, want Nothing new since then.", empty)
		}
		focus := fmt.Sprintf("%s/stories/%d?query=%s", web.URL, storyID, neturl.QueryEscape("What do the fishing crews ask for?"))
		checkFocus(t, dumpDOM(ctx, t, chromium, focus))
		if dir := os.Getenv("CHORUS_SCREENSHOTS"); dir != "" {
			screenshot(ctx, t, chromium, focus, filepath.Join(dir, "focus-phone.png"), "390,1200")
			screenshot(ctx, t, chromium, url, filepath.Join(dir, "since-desktop.png"), "1280,1000")
			screenshot(ctx, t, chromium, url, filepath.Join(dir, "since-phone.png"), "390,1400")
		}
	})
}

// checkFocus checks the story page asked a question (?query=): the focused
// summary first, each citation pointing at its source beside it with the
// number the summary's source list gives the same article.
func checkFocus(t *testing.T, doc *html.Node) {
	t.Helper()
	section := findAll(doc, "section", "focus")
	if len(section) != 1 {
		t.Fatal("no focus section")
	}
	ids := map[string]*html.Node{}
	walk(doc, func(n *html.Node) {
		if id := attr(n, "id"); id != "" {
			ids[id] = n
		}
	})
	sentences := findAll(findAll(section[0], "ul", "focus")[0], "li", "")
	if len(sentences) == 0 {
		t.Fatal("no focused sentence")
	}
	for _, li := range sentences {
		cites := findAll(li, "a", "cite")
		if len(cites) == 0 {
			t.Errorf("focused sentence without citation: %q", text(li))
		}
		for _, a := range cites {
			n := strings.TrimPrefix(attr(a, "href"), "#focus-source-")
			target := ids["focus-source-"+n]
			if target == nil || text(a) != "["+n+"]" {
				t.Errorf("focus citation %q → %q points at nothing", text(a), attr(a, "href"))
				continue
			}
			if main := ids["source-"+n]; main != nil && attr(findAll(main, "a", "")[0], "href") != attr(findAll(target, "a", "")[0], "href") {
				t.Errorf("[%s] is %q in the focus and %q in the summary's sources", n, text(findAll(target, "a", "")[0]), text(findAll(main, "a", "")[0]))
			}
		}
	}
}

// checkTimeline checks the story page's timeline: every article listed
// earliest first with a machine-readable time, the undated one marked as
// dated by its reception, each linking to its article, and one dot per
// article on the strip.
func checkTimeline(t *testing.T, doc *html.Node) {
	t.Helper()
	section := findAll(doc, "section", "timeline")
	if len(section) != 1 {
		t.Fatal("no timeline section")
	}
	items := findAll(findAll(section[0], "ol", "timeline")[0], "li", "")
	if len(items) != 5 {
		t.Fatalf("timeline of %d articles, want 5: %q", len(items), texts(items))
	}
	var prev time.Time
	received := 0
	for _, li := range items {
		times := findAll(li, "time", "")
		if len(times) != 1 {
			t.Fatalf("timeline entry without one time: %q", text(li))
		}
		at, err := time.Parse(time.RFC3339, attr(times[0], "datetime"))
		if err != nil || at.Before(prev) {
			t.Errorf("timeline entry %q at %q (%v), after %v: not earliest first", text(li), attr(times[0], "datetime"), err, prev)
		}
		prev = at
		if links := findAll(li, "a", ""); len(links) == 0 || !strings.HasPrefix(attr(links[0], "href"), "/articles/") {
			t.Errorf("timeline entry %q does not link its article", text(li))
		}
		if strings.Contains(text(li), "received, publication time unknown") {
			received++
			if !strings.Contains(text(li), "fishing crews") {
				t.Errorf("a dated article is marked received: %q", text(li))
			}
		}
	}
	if received != 1 {
		t.Errorf("%d timeline entries marked received, want the undated one", received)
	}
	if dots := findAll(section[0], "circle", ""); len(dots) != 5 {
		t.Errorf("timeline strip has %d dots, want 5", len(dots))
	}
}

func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

// chromiumArgs are the flags for a quiet, offline, throwaway browser.
func chromiumArgs(t *testing.T) []string {
	return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + t.TempDir()}
}

// chromiumTimeout bounds one Chromium run. At a load average of 24 (seven
// builds at once on two cores) a --dump-dom took over 30 s; the test's
// whole context (180 s) still bounds the sum.
const chromiumTimeout = 90 * time.Second

// dumpDOM loads url in headless Chromium and parses the resulting DOM.
func dumpDOM(ctx context.Context, t *testing.T, chromium, url string) *html.Node {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, chromiumTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, append(chromiumArgs(t), "--dump-dom", url)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom %s: %v", url, err)
	}
	doc, err := html.Parse(strings.NewReader(string(out)))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// screenshot saves a PNG of url at the given window size.
func screenshot(ctx context.Context, t *testing.T, chromium, url, path, size string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, chromiumTimeout)
	defer cancel()
	args := append(chromiumArgs(t), "--window-size="+size, "--screenshot="+path, url)
	if out, err := exec.CommandContext(ctx, chromium, args...).CombinedOutput(); err != nil {
		t.Errorf("chromium --screenshot: %v\n%s", err, out)
	}
}

// walk calls f on n and every node below it.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// findAll returns the elements named tag below n, with class cls if set.
func findAll(n *html.Node, tag, cls string) []*html.Node {
	var out []*html.Node
	walk(n, func(m *html.Node) {
		if m.Type == html.ElementNode && m.Data == tag && (cls == "" || hasClass(m, cls)) {
			out = append(out, m)
		}
	})
	return out
}

func hasClass(n *html.Node, cls string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == cls {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text returns the visible text below n, spaces collapsed.
func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(m *html.Node) {
		if m.Type == html.TextNode {
			b.WriteString(m.Data)
		}
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

func texts(ns []*html.Node) []string {
	var out []string
	for _, n := range ns {
		out = append(out, text(n))
	}
	return out
}

func containsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}
