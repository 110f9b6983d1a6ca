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
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chorusnews/chorus"
)

// Invented feeds for chorus ingest. roundupRSS is an aggregator's RSS feed
// of three items about two unrelated events, one linking to another site
// (other), and an item with no text; base is where its own items live.
func roundupRSS(base, other string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Roundup</title><link>` + base + `/</link>
<item><title>Marle floods lower Tessbury</title><link>` + base + `/flood</link><guid>r-1</guid>
<pubDate>Sun, 14 Sep 2025 08:00:00 +0000</pubDate>
<description>The River Marle burst its banks in Tessbury on Sunday, flooding the lower town. Hundreds of residents spent the night in the Tessbury school gym as the Marle kept rising.</description></item>
<item><title>Tessbury clean-up begins as the Marle falls</title><link>` + base + `/cleanup</link><guid>r-2</guid>
<pubDate>Mon, 15 Sep 2025 09:30:00 +0000</pubDate>
<description>&lt;p&gt;Volunteers began clearing mud from the lower streets of Tessbury on Monday as the River Marle fell back. The mayor thanked the crews and said the school gym would close on Wednesday.&lt;/p&gt;</description></item>
<item><title>Orlan parliament passes budget after all-night vote</title><link>` + other + `/orlan-budget</link><guid>r-3</guid>
<pubDate>Tue, 16 Sep 2025 06:15:00 +0000</pubDate>
<description>The Orlan parliament passed the budget at dawn after an all-night session, with 212 deputies voting in favour. Finance minister Iva Brandt said the budget cuts the deficit by a third.</description></item>
<item><title>Photo gallery</title><guid>r-4</guid></item>
</channel></rss>`
}

// quayAtom is an invented Atom feed of two entries; base is its site.
func quayAtom(base string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Notes</title><link href="` + base + `/"/><id>urn:quay</id><updated>2025-10-02T10:00:00Z</updated>
<entry><title>Harbour crane collapses in gale</title><link href="` + base + `/crane"/><id>urn:quay:1</id><updated>2025-10-01T18:00:00Z</updated>
<summary>A harbour crane at the Quay of Lissel collapsed in a gale on Wednesday evening. Nobody was hurt, the harbour master said.</summary></entry>
<entry><title>Lissel quay reopens after crane collapse</title><link href="` + base + `/reopen"/><id>urn:quay:2</id><updated>2025-10-02T09:00:00Z</updated>
<summary>The Quay of Lissel reopened on Thursday after workers cleared the wreck of the crane that collapsed in Wednesday's gale.</summary></entry>
</feed>`
}

// teaserRSS is an invented feed of two teasers: the first links to a page
// with the whole article, the second to a page that is missing.
func teaserRSS(base string) string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Headlines Now</title><link>` + base + `/</link>
<item><title>Marle floods lower Tessbury</title><link>` + base + `/pages/flood</link><guid>t-1</guid>
<description>The River Marle burst its banks in Tessbury on Sunday.</description></item>
<item><title>Orlan budget passes</title><link>` + base + `/pages/gone</link><guid>t-2</guid>
<description>The Orlan parliament passed the budget at dawn after an all-night session.</description></item>
</channel></rss>`
}

const (
	dalegazette  = "https://www.dalegazette.example"
	malformedRSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item</item><description>The River Marle burst its banks.</description></channel>`
	emptyRSS     = `<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Wire</title><link>https://quiet.example/</link></channel></rss>`
)

// recorder is a chorus server's article API that records what it is sent
// and serves the invented feeds and pages beside it.
type recorder struct {
	mu       sync.Mutex
	articles []chorus.Article
}

func (rec *recorder) reset() []chorus.Article {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	got := rec.articles
	rec.articles = nil
	return got
}

func newRecorder(t *testing.T) (*recorder, *httptest.Server) {
	rec := &recorder{}
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("POST /api/articles", func(w http.ResponseWriter, r *http.Request) {
		var arts []chorus.Article
		if err := json.NewDecoder(r.Body).Decode(&arts); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		rec.mu.Lock()
		rec.articles = append(rec.articles, arts...)
		rec.mu.Unlock()
		res := make([]chorus.IngestResult, len(arts))
		for i, a := range arts {
			res[i] = chorus.IngestResult{ID: a.ID, Status: chorus.IngestCreated, StoryID: int64(i + 1)}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(res)
	})
	feeds := map[string]func(string) string{"/roundup.xml": func(base string) string { return roundupRSS(base, dalegazette) }, "/quay.atom": quayAtom, "/teasers.xml": teaserRSS,
		"/broken.xml": func(string) string { return malformedRSS }, "/empty.xml": func(string) string { return emptyRSS }}
	for path, body := range feeds {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, body(base))
		})
	}
	mux.HandleFunc("GET /pages/flood", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, floodPage("Tessbury Courier", "River Marle floods lower Tessbury",
			"The River Marle burst its banks in Tessbury on Sunday, flooding the lower town. Hundreds of residents spent the night in the Tessbury school gym as the Marle kept rising. The mayor said the water would crest on Monday, and the army sent two hundred soldiers with sandbags to protect the old bridge.",
			"2025-09-14T08:00:00Z"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	base = srv.URL
	return rec, srv
}

// sent is what the test checks of one ingested article.
type sent struct{ title, source, url, published string }

func sentOf(a chorus.Article) sent {
	p := ""
	if !a.Published.IsZero() {
		p = a.Published.UTC().Format("2006-01-02T15:04")
	}
	return sent{a.Title, a.Source, a.URL, p}
}

// TestIngestFeed: chorus ingest reads a feed, file or URL, as chorus
// summarize does — one article per item, each credited to its publisher —
// and reads a teaser item through its page as chorus digest does. Before,
// a feed file was one article holding the whole feed.
func TestIngestFeed(t *testing.T) {
	rec, srv := newRecorder(t)
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// The roundup file names its own site on the test server, so that the
	// pages of its teasers are looked for there (and are missing: the
	// items keep their text) rather than on the network.
	roundup := write("roundup.xml", roundupRSS(srv.URL, dalegazette))
	// The other site on loopback too, under another name.
	localOther := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	roundupLocal := write("roundup-local.xml", roundupRSS(srv.URL, localOther))
	quay := write("quay.atom", quayAtom(srv.URL))
	articles := writeFiles(t, dir, "vote", voteArticles)
	roundupWant := []sent{
		{"Marle floods lower Tessbury", "Valley Roundup", srv.URL + "/flood", "2025-09-14T08:00"},
		{"Tessbury clean-up begins as the Marle falls", "Valley Roundup", srv.URL + "/cleanup", "2025-09-15T09:30"},
		// Another site's page, linked by the aggregator: credited to it.
		{"Orlan parliament passes budget after all-night vote", "dalegazette.example", "https://www.dalegazette.example/orlan-budget", "2025-09-16T06:15"},
	}
	tests := []struct {
		name string
		args []string
		want []sent
		text map[string]string // title → a phrase of the text sent
	}{
		{"rss file", []string{"--pages=false", roundup}, roundupWant,
			map[string]string{"Tessbury clean-up begins as the Marle falls": "Volunteers began clearing mud"}},
		{"rss file, teaser pages missing", []string{roundupLocal}, []sent{
			roundupWant[0], roundupWant[1],
			{"Orlan parliament passes budget after all-night vote", "localhost", localOther + "/orlan-budget", "2025-09-16T06:15"},
		}, nil},
		{"atom file", []string{quay}, []sent{
			{"Harbour crane collapses in gale", "Quay Notes", srv.URL + "/crane", "2025-10-01T18:00"},
			{"Lissel quay reopens after crane collapse", "Quay Notes", srv.URL + "/reopen", "2025-10-02T09:00"},
		}, nil},
		{"feed URL", []string{"--pages=false", srv.URL + "/roundup.xml"}, roundupWant, nil},
		{"teasers read through their pages", []string{srv.URL + "/teasers.xml"}, []sent{
			// The page's text, publisher and date replace the teaser's.
			{"Marle floods lower Tessbury", "Tessbury Courier", srv.URL + "/pages/flood", "2025-09-14T08:00"},
			// A missing page: the teaser stands, credited to the feed.
			{"Orlan budget passes", "Headlines Now", srv.URL + "/pages/gone", ""},
		}, map[string]string{"Marle floods lower Tessbury": "two hundred soldiers with sandbags"}},
		{"teasers, --pages=false", []string{"--pages=false", srv.URL + "/teasers.xml"}, []sent{
			{"Marle floods lower Tessbury", "Headlines Now", srv.URL + "/pages/flood", ""},
			{"Orlan budget passes", "Headlines Now", srv.URL + "/pages/gone", ""},
		}, nil},
		{"feed file and directory", []string{"--pages=false", quay, articles}, []sent{
			{"Harbour crane collapses in gale", "Quay Notes", srv.URL + "/crane", "2025-10-01T18:00"},
			{"Lissel quay reopens after crane collapse", "Quay Notes", srv.URL + "/reopen", "2025-10-02T09:00"},
			{"Orlan parliament passes budget after all-night vote", "", "", ""},
			{"Brandt budget approved by Orlan deputies", "", "", ""},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec.reset()
			var out, errOut bytes.Buffer
			args := append([]string{"ingest", "--quiet", "--server", srv.URL}, tt.args...)
			if code := run(context.Background(), args, nil, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			got := rec.reset()
			var gotSent []sent
			ids := map[string]bool{}
			for _, a := range got {
				gotSent = append(gotSent, sentOf(a))
				if a.ID == "" || ids[a.ID] {
					t.Errorf("article %q: ID %q empty or taken", a.Title, a.ID)
				}
				ids[a.ID] = true
				if phrase, ok := tt.text[a.Title]; ok && !strings.Contains(a.Text, phrase) {
					t.Errorf("%q: text %q lacks %q", a.Title, a.Text, phrase)
				}
				if strings.Contains(a.Text, "<") || strings.Count(a.Text, "Marle")+strings.Count(a.Text, "Orlan")+strings.Count(a.Text, "Lissel") == 0 {
					t.Errorf("%q: text %q is not the item's", a.Title, a.Text)
				}
			}
			sortSent := func(s []sent) { slices.SortFunc(s, func(a, b sent) int { return strings.Compare(a.title, b.title) }) }
			sortSent(gotSent)
			want := slices.Clone(tt.want)
			sortSent(want)
			if !slices.Equal(gotSent, want) {
				t.Errorf("sent\n%q\nwant\n%q", gotSent, want)
			}
			if wantLine := fmt.Sprintf("%d created, 0 updated", len(tt.want)); !strings.HasPrefix(out.String(), wantLine) {
				t.Errorf("printed %q, want %q…", out.String(), wantLine)
			}
		})
	}
}

// TestIngestFeedErrors: a malformed or empty feed fails with one clear
// line and sends nothing; a feed URL that cannot be read is skipped with a
// note, as chorus summarize does.
func TestIngestFeedErrors(t *testing.T) {
	rec, srv := newRecorder(t)
	dir := t.TempDir()
	malformed := filepath.Join(dir, "broken.xml")
	empty := filepath.Join(dir, "empty.xml")
	for p, content := range map[string]string{malformed: malformedRSS, empty: emptyRSS} {
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		args    []string
		stderr  []string // substrings, in order
		code    int
		created int
	}{
		{"malformed feed file", []string{malformed}, []string{"chorus ingest: cannot read " + malformed + ": cannot parse feed: XML syntax error"}, 1, 0},
		{"malformed feed file beside a good one", []string{srv.URL + "/quay.atom", malformed}, []string{"cannot parse feed"}, 1, 0},
		{"empty feed file", []string{empty}, []string{"chorus ingest: cannot read " + empty + ": a feed with no item that carries text"}, 1, 0},
		{"malformed feed URL", []string{srv.URL + "/broken.xml"}, []string{"chorus ingest: skipped ", "cannot parse feed", "chorus ingest: cannot read articles: "}, 1, 0},
		{"empty feed URL", []string{srv.URL + "/empty.xml"}, []string{"chorus ingest: skipped ", "a feed with no item that carries text", "chorus ingest: cannot read articles: "}, 1, 0},
		{"malformed feed URL beside a good one", []string{srv.URL + "/broken.xml", srv.URL + "/quay.atom"}, []string{"chorus ingest: skipped ", "cannot parse feed"}, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec.reset()
			var out, errOut bytes.Buffer
			args := append([]string{"ingest", "--quiet", "--server", srv.URL}, tt.args...)
			code := run(context.Background(), args, nil, &out, &errOut)
			if code != tt.code {
				t.Errorf("exit %d, want %d: %s", code, tt.code, errOut.String())
			}
			rest := errOut.String()
			for _, want := range tt.stderr {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Fatalf("stderr %q lacks %q (in order)", errOut.String(), want)
				}
				rest = rest[i+len(want):]
			}
			if got := len(rec.reset()); got != tt.created {
				t.Errorf("sent %d articles, want %d", got, tt.created)
			}
		})
	}
}

// TestIngestFeedStore ingests a feed file into the embedded store: one
// article per item in the stories of their events, none a copy of
// another, and the same file again changes nothing.
func TestIngestFeedStore(t *testing.T) {
	data := t.TempDir()
	feedFile := filepath.Join(t.TempDir(), "roundup.xml")
	if err := os.WriteFile(feedFile, []byte(roundupRSS("https://roundup.example", dalegazette)), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		var out, errOut bytes.Buffer
		if code := run(context.Background(), append(args, "--data", data), nil, &out, &errOut); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
		return out.String()
	}
	if out := run("ingest", "--quiet", "--pages=false", "--summarize", feedFile); !strings.HasPrefix(out, "3 created, 0 updated, 0 unchanged, 0 duplicates, in 2 stories") {
		t.Errorf("first ingest: %q", out)
	}
	if out := run("ingest", "--quiet", "--pages=false", feedFile); !strings.HasPrefix(out, "0 created, 0 updated, 3 unchanged, 0 duplicates, in 2 stories") {
		t.Errorf("second ingest: %q", out)
	}
	var page chorus.StoryPage
	if err := json.Unmarshal([]byte(run("stories", "--json")), &page); err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, st := range page.Stories {
		counts[st.Title] = st.ArticleCount
	}
	flood, vote := 0, 0
	for title, n := range counts {
		switch {
		case strings.Contains(title, "Tessbury"):
			flood += n
		case strings.Contains(title, "Orlan"):
			vote += n
		}
	}
	if flood != 2 || vote != 1 || len(counts) != 2 {
		t.Errorf("stories %v, want the two Tessbury items in one and the Orlan one in another", counts)
	}
}
