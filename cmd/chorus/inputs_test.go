package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Invented articles about two unrelated invented events.
var (
	floodArticles = map[string]string{
		"flood-1.txt": "River Marle floods lower Tessbury\n\nThe River Marle burst its banks in Tessbury on Sunday, flooding the lower town. Hundreds of residents spent the night in the Tessbury school gym as the Marle kept rising. The mayor said the water would crest on Monday.",
		"flood-2.txt": "Tessbury residents evacuated as Marle rises\n\nFlood water from the River Marle reached the lower streets of Tessbury on Sunday. Residents were evacuated to the school gym, and the Marle is expected to crest on Monday, the mayor said.",
	}
	voteArticles = map[string]string{
		"vote-1.txt": "Orlan parliament passes budget after all-night vote\n\nThe Orlan parliament passed the budget at dawn after an all-night session, with 212 deputies voting in favour. Finance minister Iva Brandt said the budget cuts the deficit by a third.",
		"vote-2.txt": "Brandt budget approved by Orlan deputies\n\nDeputies in Orlan approved finance minister Iva Brandt's budget by 212 votes after a debate that lasted through the night. Brandt said the budget cuts the deficit by a third.",
	}
)

// writeFiles writes files into a new directory dir/name and returns it.
func writeFiles(t *testing.T, dir, name string, files ...map[string]string) string {
	t.Helper()
	d := filepath.Join(dir, name)
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, m := range files {
		for n, text := range m {
			if err := os.WriteFile(filepath.Join(d, n), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return d
}

const inventedRSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tessbury Courier</title><link>https://courier.example/</link>
<item><title>Marle floods lower Tessbury</title><link>https://courier.example/flood</link><guid>c-1</guid>
<pubDate>Sun, 14 Sep 2025 08:00:00 +0000</pubDate>
<description>The River Marle burst its banks in Tessbury on Sunday, flooding the lower town. Hundreds of residents spent the night in the school gym.</description></item>
<item><title>Tessbury clean-up begins</title><link>/cleanup</link><guid>c-2</guid>
<pubDate>Mon, 15 Sep 2025 09:30:00 +0000</pubDate>
<description>&lt;p&gt;Volunteers began clearing mud from the lower streets of Tessbury on Monday as the Marle fell back. Mayor Ada Brix thanked the crews.&lt;/p&gt;</description></item>
</channel></rss>`

// TestSummarizeInputs checks how summarize groups its PATH arguments: one
// summary per directory, one per feed file (an article per item), loose
// files together, and a warning for a folder that mixes two events.
func TestSummarizeInputs(t *testing.T) {
	dir := t.TempDir()
	flood := writeFiles(t, dir, "flood", floodArticles)
	vote := writeFiles(t, dir, "vote", voteArticles)
	mixed := writeFiles(t, dir, "mixed", floodArticles, voteArticles)
	rss := filepath.Join(dir, "courier.xml")
	if err := os.WriteFile(rss, []byte(inventedRSS), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		clusters []string // cluster IDs in output order
		sources  []int    // sources per cluster
		warning  string   // substring expected on stderr ("" = no stderr)
	}{
		{"two directories", []string{flood, vote}, []string{"flood", "vote"}, []int{2, 2}, ""},
		{"loose files together", []string{filepath.Join(flood, "flood-1.txt"), filepath.Join(flood, "flood-2.txt")}, []string{"flood-1"}, []int{2}, ""},
		{"directory then files", []string{vote, filepath.Join(flood, "flood-1.txt"), filepath.Join(flood, "flood-2.txt")}, []string{"vote", "flood-1"}, []int{2, 2}, ""},
		{"feed file", []string{"--pages=false", rss}, []string{"courier"}, []int{2}, ""},
		{"mixed folder", []string{mixed}, []string{"mixed"}, nil, "chorus summarize: warning: mixed seems to mix 2 events"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"summarize", "--format", "json"}, tt.args...)
			if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			if tt.warning == "" && stderr.Len() > 0 || !strings.Contains(stderr.String(), tt.warning) {
				t.Errorf("stderr %q, want %q", stderr.String(), tt.warning)
			}
			dec := json.NewDecoder(&stdout)
			var ids []string
			for i := 0; dec.More(); i++ {
				var s struct {
					Cluster string
					Sources []struct{ Title, Source, URL string }
				}
				if err := dec.Decode(&s); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, s.Cluster)
				if tt.sources != nil && i < len(tt.sources) && len(s.Sources) != tt.sources[i] {
					t.Errorf("cluster %d: %d sources, want %d", i, len(s.Sources), tt.sources[i])
				}
				if tt.name == "feed file" {
					for _, src := range s.Sources {
						if src.Source != "Tessbury Courier" || !strings.HasPrefix(src.URL, "https://courier.example/") && src.URL != "" {
							t.Errorf("feed source %+v", src)
						}
					}
				}
			}
			if len(tt.clusters) > 1 && strings.Join(ids, ",") != strings.Join(tt.clusters, ",") {
				t.Errorf("clusters %v, want %v", ids, tt.clusters)
			}
			if len(ids) != len(tt.clusters) {
				t.Errorf("%d summaries, want %d", len(ids), len(tt.clusters))
			}
		})
	}
}

// floodPage is an invented news page for the URL tests.
func floodPage(site, title, body, published string) string {
	return `<!DOCTYPE html><html><head><title>` + title + `</title>
<meta property="og:site_name" content="` + site + `">
<meta property="article:published_time" content="` + published + `"></head>
<body><nav><a href="/">Home</a></nav><article><h1>` + title + `</h1><p>` + body + `</p></article></body></html>`
}

// TestSummarizeURLs checks that summarize fetches the pages it is given
// (mixed with a file), credits each page's publisher, gives its URL and
// date in JSON, and skips a dead link with a one-line note.
func TestSummarizeURLs(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/courier/flood", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, floodPage("Tessbury Courier", "River Marle floods lower Tessbury",
			"The River Marle burst its banks in Tessbury on Sunday, flooding the lower town. Hundreds of residents spent the night in the Tessbury school gym as the Marle kept rising. The mayor said the water would crest on Monday, and the army sent two hundred soldiers with sandbags to protect the old bridge.",
			"2025-09-14T08:00:00Z"))
	})
	mux.HandleFunc("/gazette/marle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, floodPage("Marle Valley Gazette", "Tessbury evacuated as the Marle rises",
			"Flood water from the River Marle reached the lower streets of Tessbury on Sunday. Residents were evacuated to the school gym, and the Marle is expected to crest on Monday, the mayor said. Two hundred soldiers were filling sandbags along the old bridge on Sunday night.",
			"2025-09-14T11:00:00Z"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	file := filepath.Join(writeFiles(t, dir, "f", floodArticles), "flood-2.txt")

	var stdout, stderr bytes.Buffer
	args := []string{"summarize", "--format", "json", srv.URL + "/courier/flood", srv.URL + "/gone", file, srv.URL + "/gazette/marle"}
	if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if want := "chorus summarize: skipped cannot fetch " + srv.URL + "/gone: server answered 404 Not Found\n"; stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	var s struct {
		Sources []struct {
			Article, Title, Source, URL string
			Published                   time.Time
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &s); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	bySource := map[string]string{}
	for _, src := range s.Sources {
		bySource[src.Source] = src.URL
		if src.URL != "" && src.Published.IsZero() {
			t.Errorf("page source without a date: %+v", src)
		}
	}
	if bySource["Tessbury Courier"] != srv.URL+"/courier/flood" || bySource["Marle Valley Gazette"] != srv.URL+"/gazette/marle" {
		t.Errorf("sources %+v", s.Sources)
	}
}
