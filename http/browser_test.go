package http_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
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
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
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
	if err != nil || len(results) != 1 || results[0].Err != nil || len(results[0].Ingested) != 4 {
		t.Fatalf("feed poll: %+v, %v", results, err)
	}

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
		for _, want := range []string{"Northport opens tidal barrier", "Choir festival fills the old market hall"} {
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
	})

	t.Run("story page", func(t *testing.T) {
		url := fmt.Sprintf("%s/stories/%d", web.URL, storyID)
		doc := dumpDOM(ctx, t, chromium, url)
		if h1 := texts(findAll(doc, "h1", "")); len(h1) != 1 || !strings.HasPrefix(h1[0], "Northport") {
			t.Errorf("heading %q", h1)
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
		if dir := os.Getenv("CHORUS_SCREENSHOTS"); dir != "" {
			screenshot(ctx, t, chromium, url, filepath.Join(dir, "story-phone.png"), "390,844")
			screenshot(ctx, t, chromium, url, filepath.Join(dir, "story-desktop.png"), "1280,900")
			screenshot(ctx, t, chromium, web.URL+"/", filepath.Join(dir, "list-phone.png"), "390,844")
		}
	})
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

// dumpDOM loads url in headless Chromium and parses the resulting DOM.
func dumpDOM(ctx context.Context, t *testing.T, chromium, url string) *html.Node {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
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
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
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
