package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// digestFeed is an invented RSS feed whose items carry the article texts
// of two unrelated events; link is the base of the item links.
func digestFeed(link string, teasers bool) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Regional Roundup</title>`)
	i := 0
	for _, m := range []map[string]string{floodArticles, voteArticles} {
		for _, name := range []string{"flood-1.txt", "flood-2.txt", "vote-1.txt", "vote-2.txt"} {
			text, ok := m[name]
			if !ok {
				continue
			}
			title, body, _ := strings.Cut(text, "\n\n")
			if teasers {
				body = strings.SplitAfter(body, ".")[0]
			}
			i++
			fmt.Fprintf(&b, "<item><title>%s</title><link>%s/%s</link><guid>g%d</guid><description>%s</description></item>\n", title, link, name, i, body)
		}
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// TestDigest checks chorus digest: a feed's items grouped into two
// stories, one summary each, in every format; teaser items read through
// their pages, credited to the pages' publishers.
func TestDigest(t *testing.T) {
	dir := t.TempDir()
	feedFile := filepath.Join(dir, "roundup.xml")
	if err := os.WriteFile(feedFile, []byte(digestFeed("https://roundup.example", false)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"text", func(t *testing.T, out string) {
			if strings.Count(out, "\n== ") != 1 || !strings.HasPrefix(out, "== ") || !strings.Contains(out, "Marle") || !strings.Contains(out, "Orlan") {
				t.Errorf("want two stories with headings:\n%s", out)
			}
		}},
		{"markdown", func(t *testing.T, out string) {
			if strings.Count(out, "## ") != 2 && strings.Count(out, "# ") < 2 {
				t.Errorf("want two headings:\n%s", out)
			}
		}},
		{"html", func(t *testing.T, out string) {
			if strings.Count(out, "<section") != 2 || strings.Contains(out, "<script") || !strings.Contains(out, `href="https://roundup.example/flood-1.txt"`) {
				t.Errorf("want a self-contained page with two stories:\n%s", out)
			}
		}},
		{"json", func(t *testing.T, out string) {
			var d struct {
				Stories []struct {
					Title    string
					Articles int
					Summary  struct{ Sentences []struct{ Text string } }
				}
			}
			if err := json.Unmarshal([]byte(out), &d); err != nil || len(d.Stories) != 2 || d.Stories[0].Articles != 2 || len(d.Stories[1].Summary.Sentences) == 0 {
				t.Errorf("json digest (%v):\n%s", err, out)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), []string{"digest", feedFile, "--format", tt.format}, nil, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			tt.check(t, stdout.String())
		})
	}

	// Teasers read through their pages, on a loopback site.
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, digestFeed(srvURL, true))
	})
	for _, m := range []map[string]string{floodArticles, voteArticles} {
		for name, text := range m {
			title, body, _ := strings.Cut(text, "\n\n")
			site := "Courier of " + strings.TrimSuffix(name, ".txt")
			mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				io.WriteString(w, floodPage(site, title, body+" "+body, "2025-09-14T08:00:00Z"))
			})
		}
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"digest", "--format", "json", srv.URL + "/feed.xml"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	if !strings.Contains(out, `"source":"Courier of flood-1"`) || !strings.Contains(out, `"source":"Courier of vote-2"`) || strings.Contains(out, "Regional Roundup") {
		t.Errorf("teasers not credited to their pages' publishers:\n%s", out)
	}
}
