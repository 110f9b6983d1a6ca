package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/feed"
	chttp "github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/input"
	"github.com/chorusnews/chorus/mock"
	"github.com/chorusnews/chorus/netguard"
)

// The body every way in receives, as Windows-1252 bytes that are not valid
// UTF-8 (é, “ and ”), and the text each must make of it.
const (
	latinTitle = "Caf\xe9 opens"
	latinBody  = "The caf\xe9 opened \x93early\x94 on Monday."
	wantBody   = "The café opened “early” on Monday."
)

// TestWaysInAgreeOnText sends one body with invalid UTF-8, plain and as
// HTML, through every way text enters Chorus — files read by chorus
// summarize and chorus ingest, the HTTP API, RSS and JSON feeds, the
// summarizer's cleaner — and checks that each reads it the same way:
// invalid bytes as Windows-1252 (chorus.ValidUTF8), HTML reduced to its
// text by input.ArticleText.
func TestWaysInAgreeOnText(t *testing.T) {
	tests := []struct {
		name string
		read func(t *testing.T, body string) string
	}{
		{"text file", func(t *testing.T, body string) string {
			return readFile(t, "a.txt", latinTitle+"\n\n"+body)
		}},
		{"HTML file", func(t *testing.T, body string) string {
			return readFile(t, "a.html", "<html><head><title>"+latinTitle+"</title></head><body><p>"+body+"</p></body></html>")
		}},
		{"JSON file", func(t *testing.T, body string) string {
			return readFile(t, "a.json", `{"id":"a","title":"`+latinTitle+`","text":"`+body+`"}`)
		}},
		{"JSON file, HTML text", func(t *testing.T, body string) string {
			return readFile(t, "a.json", `{"id":"a","text":"<p>`+body+`</p>"}`)
		}},
		{"API", func(t *testing.T, body string) string {
			return postArticle(t, `{"id":"a","title":"`+latinTitle+`","text":"`+body+`"}`)
		}},
		{"API, HTML text", func(t *testing.T, body string) string {
			return postArticle(t, `{"id":"a","text":"<div><p>`+body+`</p></div>"}`)
		}},
		{"RSS feed", func(t *testing.T, body string) string {
			return pollFeed(t, `<?xml version="1.0"?><rss version="2.0"><channel><title>Lake News</title>`+
				`<item><guid>a</guid><title>Caf&#233; opens</title><description>`+body+`</description></item></channel></rss>`)
		}},
		{"RSS feed, escaped HTML", func(t *testing.T, body string) string {
			return pollFeed(t, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Lake News</title>`+
				`<item><guid>a</guid><title>Caf&#233; opens</title><description>&lt;p&gt;`+body+`&lt;/p&gt;</description></item></channel></rss>`)
		}},
		{"RSS feed declared windows-1252", func(t *testing.T, body string) string {
			return pollFeed(t, `<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Lake News</title>`+
				`<item><guid>a</guid><title>Caf&#233; opens</title><description>`+body+`</description></item></channel></rss>`)
		}},
		{"JSON feed", func(t *testing.T, body string) string {
			return pollFeed(t, `{"version":"https://jsonfeed.org/version/1.1","title":"Lake News","items":[{"id":"a","title":"`+latinTitle+`","content_text":"`+body+`"}]}`)
		}},
		{"summarizer's cleaner", func(t *testing.T, body string) string {
			return clean.Normalize(body)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.read(t, latinBody); got != wantBody {
				t.Errorf("text %q, want %q", got, wantBody)
			}
		})
	}
}

// readFile writes content to a file named name and reads it as chorus
// summarize and chorus ingest do.
func readFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	clusters, err := readInputs(context.Background(), []string{path}, input.FormatAuto, nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(clusters) != 1 || len(clusters[0].Articles) != 1 {
		t.Fatalf("read %+v, want one article", clusters)
	}
	a := clusters[0].Articles[0]
	if a.Title != "" && a.Title != "Café opens" {
		t.Errorf("title %q, want %q", a.Title, "Café opens")
	}
	return a.Text
}

// postArticle posts body to the API and returns the text the service got.
func postArticle(t *testing.T, body string) string {
	t.Helper()
	svc := &mock.StoryService{}
	req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	chttp.NewServer(svc, chttp.Options{}).ServeHTTP(rec, req)
	if rec.Code != http.StatusCreated {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	return onlyArticle(t, svc)
}

// pollFeed serves doc as a feed, polls it once and returns the text the
// service got.
func pollFeed(t *testing.T, doc string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(doc))
	}))
	defer srv.Close()
	svc := &mock.StoryService{}
	client := netguard.New(netguard.Options{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}).Client(0)
	p, err := feed.NewPoller(feed.Options{Service: svc, Client: client})
	if err != nil {
		t.Fatal(err)
	}
	f, err := svc.AddFeed(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Poll(context.Background(), *f)
	if err != nil || r.Err != nil {
		t.Fatalf("poll: %v, %v", err, r.Err)
	}
	return onlyArticle(t, svc)
}

// onlyArticle returns the text of the one article svc received, checking
// its title on the way.
func onlyArticle(t *testing.T, svc *mock.StoryService) string {
	t.Helper()
	got := svc.Ingested()
	if len(got) != 1 {
		t.Fatalf("service got %d articles, want 1", len(got))
	}
	if got[0].Title != "" && got[0].Title != "Café opens" {
		t.Errorf("title %q, want %q", got[0].Title, "Café opens")
	}
	return got[0].Text
}

var _ chorus.StoryService = (*mock.StoryService)(nil)
