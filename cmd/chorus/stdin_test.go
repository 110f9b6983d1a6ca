package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/input"
)

// Invented documents piped to standard input: a JSON Feed of two items and
// a news page.
const (
	quayJSONFeed = `{"version": "https://jsonfeed.org/version/1.1", "title": "Quay Notes", "home_page_url": "https://quay.example/",
 "items": [
  {"id": "q-1", "url": "https://quay.example/crane", "title": "Harbour crane collapses in gale", "date_published": "2025-10-01T18:00:00Z",
   "content_text": "A harbour crane at the Quay of Lissel collapsed in a gale on Wednesday evening. Nobody was hurt, the harbour master said."},
  {"id": "q-2", "url": "https://quay.example/reopen", "title": "Lissel quay reopens after crane collapse", "date_published": "2025-10-02T09:00:00Z",
   "content_text": "The Quay of Lissel reopened on Thursday after workers cleared the wreck of the crane that collapsed in Wednesday's gale."}
 ]}`
	truncatedJSONFeed = `{"version": "https://jsonfeed.org/version/1.1", "title": "Quay Notes", "items": [{"id": "q-1", "title": "Harbour`
)

// gzipped returns s gzip-compressed.
func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// summarySources runs chorus summarize --format json with stdin and returns
// its sources' titles and publishers ("title|source"), sorted.
func summarySources(t *testing.T, args []string, stdin string) []string {
	t.Helper()
	var out, errOut bytes.Buffer
	args = append([]string{"summarize", "--format", "json"}, args...)
	if code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var s struct {
		Sources []struct{ Title, Source string }
	}
	if err := json.Unmarshal(out.Bytes(), &s); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	var got []string
	for _, src := range s.Sources {
		got = append(got, src.Title+"|"+src.Source)
	}
	slices.Sort(got)
	return got
}

// TestStdinFeed: a feed piped to standard input is read as a feed file is
// (one article per item, credited to the feed, teasers read through their
// pages unless --pages=false) by summarize, ingest and digest; a page is
// read as HTML. Before, a piped feed was one article holding the whole
// feed (summarize: one source titled with the feed's name; a JSON Feed:
// "no articles").
func TestStdinFeed(t *testing.T) {
	rec, srv := newRecorder(t)
	roundup := roundupRSS(srv.URL, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1))
	page := floodPage("Tessbury Courier", "River Marle floods lower Tessbury",
		"The River Marle burst its banks in Tessbury on Sunday, flooding the lower town. Hundreds of residents spent the night in the Tessbury school gym as the Marle kept rising.",
		"2025-09-14T08:00:00Z")

	summarizeTests := []struct {
		name  string
		args  []string
		stdin string
		want  []string // title|source of each source, sorted
	}{
		{"rss on -", []string{"--pages=false", "-"}, roundup, []string{
			"Marle floods lower Tessbury|Valley Roundup",
			"Orlan parliament passes budget after all-night vote|localhost",
			"Tessbury clean-up begins as the Marle falls|Valley Roundup"}},
		{"atom on -", []string{"-"}, quayAtom(srv.URL), []string{
			"Harbour crane collapses in gale|Quay Notes",
			"Lissel quay reopens after crane collapse|Quay Notes"}},
		{"json feed on -", []string{"--pages=false", "-"}, quayJSONFeed, []string{
			"Harbour crane collapses in gale|Quay Notes",
			"Lissel quay reopens after crane collapse|Quay Notes"}},
		{"teasers on -, pages read", []string{"-"}, teaserRSS(srv.URL), []string{
			// The page's publisher (the item keeps its title).
			"Marle floods lower Tessbury|Tessbury Courier",
			"Orlan budget passes|Headlines Now"}},
		// A summary cites only what it draws from, and a reader's summary
		// leaves out a story that shares no word with the rest (summarize's
		// island rule): here the second teaser mentions the flood.
		{"teasers on -, --pages=false", []string{"--pages=false", "-"}, strings.Replace(teaserRSS(srv.URL),
			"after an all-night session.", "after an all-night session on the Marle flood.", 1), []string{
			"Marle floods lower Tessbury|Headlines Now",
			"Orlan budget passes|Headlines Now"}},
		{"html page on -", []string{"-"}, page, []string{"River Marle floods lower Tessbury|Tessbury Courier"}},
		{"gzipped json feed on -", []string{"--pages=false", "-"}, gzipped(t, quayJSONFeed), []string{
			"Harbour crane collapses in gale|Quay Notes",
			"Lissel quay reopens after crane collapse|Quay Notes"}},
		{"gzipped html page on -", []string{"-"}, gzipped(t, page), []string{"River Marle floods lower Tessbury|Tessbury Courier"}},
	}
	for _, tt := range summarizeTests {
		t.Run("summarize "+tt.name, func(t *testing.T) {
			got := summarySources(t, tt.args, tt.stdin)
			// A summary cites the sources it uses: every one is expected,
			// and a feed's items are more than one article.
			for _, g := range got {
				if !slices.Contains(tt.want, g) {
					t.Errorf("source %q, want one of %q", g, tt.want)
				}
			}
			if len(tt.want) > 1 && len(got) < 2 {
				t.Errorf("sources %q: the feed read as one article", got)
			}
		})
	}

	t.Run("summarize gzipped feed file", func(t *testing.T) {
		// A feed file is told by content once decompressed, as on stdin.
		path := filepath.Join(t.TempDir(), "quay.json.gz")
		if err := os.WriteFile(path, []byte(gzipped(t, quayJSONFeed)), 0o644); err != nil {
			t.Fatal(err)
		}
		got := summarySources(t, []string{"--pages=false", path}, "")
		if want := []string{"Harbour crane collapses in gale|Quay Notes", "Lissel quay reopens after crane collapse|Quay Notes"}; !slices.Equal(got, want) {
			t.Errorf("sources %q, want %q", got, want)
		}
	})

	t.Run("after: teasers read through their pages", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "teasers.xml")
		if err := os.WriteFile(path, []byte(teaserRSS(srv.URL)), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, pages := range []bool{true, false} {
			f := teaserFetcher()
			if !pages {
				f = nil
			}
			seen, err := readSeen(context.Background(), []string{path}, input.FormatAuto, f)
			if err != nil {
				t.Fatal(err)
			}
			read := slices.ContainsFunc(seen, func(a chorus.Article) bool { return strings.Contains(a.Text, "sandbags") })
			if len(seen) != 2 || read != pages {
				t.Errorf("pages %v: %d articles seen, the page's text read: %v", pages, len(seen), read)
			}
		}
	})

	t.Run("summarize teaser pages", func(t *testing.T) {
		// The page's text, not the teaser's: only the page says the water
		// would crest on Monday.
		var out, errOut bytes.Buffer
		if code := run(context.Background(), []string{"summarize", "--words", "200", "-"}, strings.NewReader(teaserRSS(srv.URL)), &out, &errOut); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		if !strings.Contains(out.String(), "sandbags") {
			t.Errorf("summary does not read the teaser's page:\n%s", out.String())
		}
	})

	ingestTests := []struct {
		name  string
		stdin string
		want  []string // titles sent, sorted
	}{
		{"rss", roundup, []string{"Marle floods lower Tessbury", "Orlan parliament passes budget after all-night vote", "Tessbury clean-up begins as the Marle falls"}},
		{"json feed", quayJSONFeed, []string{"Harbour crane collapses in gale", "Lissel quay reopens after crane collapse"}},
		{"html page", page, []string{"River Marle floods lower Tessbury"}},
	}
	for _, tt := range ingestTests {
		t.Run("ingest "+tt.name, func(t *testing.T) {
			rec.reset()
			var out, errOut bytes.Buffer
			args := []string{"ingest", "--quiet", "--pages=false", "--server", srv.URL, "-"}
			if code := run(context.Background(), args, strings.NewReader(tt.stdin), &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			var got []string
			for _, a := range rec.reset() {
				got = append(got, a.Title)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("sent %q, want %q", got, tt.want)
			}
		})
	}

	t.Run("digest rss on -", func(t *testing.T) {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), []string{"digest", "--pages=false", "-"}, strings.NewReader(digestFeed("https://roundup.example", false)), &out, &errOut); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		if strings.Count(out.String(), "== ") != 2 || !strings.Contains(out.String(), "Marle") || !strings.Contains(out.String(), "Orlan") {
			t.Errorf("want two stories from the feed's four items:\n%s", out.String())
		}
	})
}

// TestStdinPiped: with no PATH, a feed piped to standard input is read as
// a feed, by summarize and digest alike.
func TestStdinPiped(t *testing.T) {
	for _, cmd := range [][]string{{"summarize", "--pages=false", "--format", "json"}, {"digest", "--pages=false", "--format", "json"}} {
		t.Run(cmd[0], func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			go func() {
				w.WriteString(quayJSONFeed)
				w.Close()
			}()
			defer r.Close()
			var out, errOut bytes.Buffer
			if code := run(context.Background(), cmd, r, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			if !strings.Contains(out.String(), "Harbour crane collapses in gale") || !strings.Contains(out.String(), "Lissel quay reopens after crane collapse") {
				t.Errorf("output does not cite both items:\n%s", out.String())
			}
		})
	}
}

// TestStdinErrors: an empty, malformed or itemless document on standard
// input fails summarize, ingest and digest with one line naming standard
// input, and ingest sends nothing.
func TestStdinErrors(t *testing.T) {
	rec, srv := newRecorder(t)
	tests := []struct {
		name, stdin, want string
	}{
		{"empty", "", "standard input: no articles"},
		{"blank", " \n\t\n", "standard input: no articles"},
		{"malformed rss", malformedRSS, "cannot read standard input: cannot parse feed: XML syntax error"},
		{"truncated rss", `<?xml version="1.0"?><rss version="2.0"><channel><item><title>Half`, "cannot read standard input: cannot parse feed"},
		{"feed without items", emptyRSS, "cannot read standard input: a feed with no item that carries text"},
		{"truncated json feed", truncatedJSONFeed, "cannot read standard input: cannot parse feed"},
		{"bad gzip header", "\x1f\x8bjunk", "cannot read standard input: bad gzip data"},
		{"gzipped malformed feed", gzipped(t, malformedRSS), "cannot read standard input: cannot parse feed: XML syntax error"},
	}
	commands := [][]string{
		{"summarize", "-"},
		{"ingest", "--quiet", "--server", srv.URL, "-"},
		{"digest", "-"},
	}
	for _, tt := range tests {
		for _, cmd := range commands {
			t.Run(cmd[0]+" "+tt.name, func(t *testing.T) {
				rec.reset()
				var out, errOut bytes.Buffer
				code := run(context.Background(), cmd, strings.NewReader(tt.stdin), &out, &errOut)
				if code != 1 {
					t.Errorf("exit %d, want 1", code)
				}
				msg := errOut.String()
				if !strings.Contains(msg, tt.want) || !strings.HasPrefix(msg, "chorus "+cmd[0]+": ") || strings.Count(msg, "\n") > 2 {
					t.Errorf("stderr %q, want a line holding %q", msg, tt.want)
				}
				if n := len(rec.reset()); n > 0 {
					t.Errorf("sent %d articles", n)
				}
			})
		}
	}
}
