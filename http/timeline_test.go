package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	chttp "github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/mock"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// An invented story whose articles were published the year before the mock
// service received them (1 Mar 2026, 12:01-12:04), two of them undated, one
// a wire copy: the dates shown must never pass reception for publication.
var lighthouse = []chorus.Article{
	{ID: "lh-1", Title: "Lighthouse relit", Source: "Cape Herald", URL: "https://cape.example/lighthouse",
		Published: time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC),
		Text:      "The Varn Point lighthouse was relit on Thursday after a year dark.\nVolunteers restored the lamp."},
	{ID: "lh-2", Title: "Lighthouse relit after storm repairs", Source: "Shore Weekly",
		Published: time.Date(2025, 11, 21, 8, 30, 0, 0, time.UTC),
		Text:      "Storm repairs to the lighthouse tower cost 90,000 crowns, the council said.\nThe keeper's cottage will open as a museum."},
	{ID: "lh-3", Title: "Lighthouse relit (wire)", Source: "Wire Service",
		Text: "The Varn Point lighthouse was relit on Thursday after a year dark.\nThe wire said so."},
	{ID: "lh-4", Title: "Lighthouse relit: first ships pass", Source: "Cape Herald",
		Text: "Two fishing boats passed the relit Varn Point light on Saturday night.\nThe harbour master thanked the volunteers."},
}

// newLighthouse serves the lighthouse story as story 1.
func newLighthouse(t *testing.T) *chttp.Server {
	t.Helper()
	f := &mock.StoryService{}
	if _, err := f.Ingest(context.Background(), lighthouse); err != nil {
		t.Fatal(err)
	}
	return chttp.NewServer(f, chttp.Options{})
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./http -run %s -update)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./http -run %s -update rewrites it); got:\n%s", path, t.Name(), got)
	}
}

func TestStorySinceAPI(t *testing.T) {
	s := newLighthouse(t)
	cases := []struct {
		name           string
		query          string
		status         int
		update         string // the update's status; "" for no update
		articles, read int
		cited          []string // articles the update cites, in order
		errText        string   // part of the error message, for 400s
	}{
		{"no since", "", 200, "", 0, 0, nil, ""},
		{"before all", "?since=2025-11-01T00:00:00Z", 200, chorus.UpdateWhole, 4, 0, []string{"lh-1", "lh-2", "lh-4"}, ""},
		{"after the first report", "?since=2025-11-20T12:00:00Z", 200, chorus.UpdateNew, 3, 1, []string{"lh-2", "lh-4"}, ""},
		{"form time without zone", "?since=2025-11-20T12:00", 200, chorus.UpdateNew, 3, 1, []string{"lh-2", "lh-4"}, ""},
		{"other zone", "?since=2025-11-20T14:00:00%2B02:00", 200, chorus.UpdateNew, 3, 1, []string{"lh-2", "lh-4"}, ""},
		{"undated ones by reception", "?since=2026-03-01T12:03:00Z", 200, chorus.UpdateNew, 1, 3, []string{"lh-4"}, ""},
		{"by received", "?since=2026-03-01T12:03:00Z&by=received", 200, chorus.UpdateNew, 1, 3, []string{"lh-4"}, ""},
		{"by received: all arrived later", "?since=2025-11-20T12:00:00Z&by=received", 200, chorus.UpdateWhole, 4, 0, []string{"lh-1", "lh-2", "lh-4"}, ""},
		{"only a copy after", "?since=2026-03-01T12:02:30Z&by=received&limit=1", 200, chorus.UpdateNew, 2, 2, []string{"lh-4"}, ""},
		{"after all", "?since=2030-01-01T00:00:00Z", 200, chorus.UpdateNothing, 0, 4, nil, ""},
		{"empty since", "?since=", 400, "", 0, 0, nil, "since is empty"},
		{"blank since", "?since=%20", 400, "", 0, 0, nil, "since is empty"},
		{"bad since", "?since=yesterday", 400, "", 0, 0, nil, "since must be an RFC 3339 time"},
		{"zero since", "?since=0001-01-01T00:00:00Z", 400, "", 0, 0, nil, "since must be"},
		{"by without since", "?by=received", 400, "", 0, 0, nil, "by needs a since"},
		{"bad by", "?since=2025-11-20T12:00:00Z&by=modified", 400, "", 0, 0, nil, `by must be \"published\" or \"received\"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, body, ok := getStory(t, s, "/api/stories/1"+c.query, c.status, c.errText)
			if !ok {
				return
			}
			var order, bases []string
			for _, e := range d.Timeline {
				order, bases = append(order, e.Article), append(bases, e.Basis)
			}
			if !strings.Contains(c.query, "limit=1") {
				if want := []string{"lh-1", "lh-2", "lh-3", "lh-4"}; !slices.Equal(order, want) {
					t.Errorf("timeline %v, want %v", order, want)
				}
				if want := []string{"published", "published", "received", "received"}; !slices.Equal(bases, want) {
					t.Errorf("timeline bases %v, want %v", bases, want)
				}
			}
			u := d.Update
			if c.update == "" {
				if u != nil || strings.Contains(body, `"update"`) {
					t.Errorf("an update without since: %s", body)
				}
				return
			}
			if u == nil {
				t.Fatalf("no update: %s", body)
			}
			if u.Status != c.update || u.Articles != c.articles || u.Read != c.read {
				t.Errorf("update %q %d after / %d read, want %q %d / %d", u.Status, u.Articles, u.Read, c.update, c.articles, c.read)
			}
			var cited []string
			for _, src := range u.Sources {
				cited = append(cited, src.Article)
			}
			if !slices.Equal(cited, c.cited) {
				t.Errorf("update cites %v, want %v", cited, c.cited)
			}
			// One numbering on the page: an article is [N] in the update
			// as in the story's summary.
			for _, src := range u.Sources {
				for _, s := range d.Sources {
					if s.Article == src.Article && s.ID != src.ID {
						t.Errorf("the update cites %s as [%d], the summary as [%d]", src.Article, src.ID, s.ID)
					}
				}
			}
			var raw struct {
				Update struct{ Summary, Sources json.RawMessage }
			}
			mustJSON(t, body, &raw)
			if !bytes.HasPrefix(raw.Update.Summary, []byte("[")) || !bytes.HasPrefix(raw.Update.Sources, []byte("[")) {
				t.Errorf("update lists must be arrays, never null: %s", body)
			}
		})
	}
	_, body := do(t, s, "GET", "/api/stories/1?since=2025-11-20T12:00:00Z", "", "")
	var indented bytes.Buffer
	if err := json.Indent(&indented, []byte(body), "", "  "); err != nil {
		t.Fatal(err)
	}
	golden(t, "story-since.json", indented.Bytes())
}

func TestStoryPageDates(t *testing.T) {
	s := newLighthouse(t)
	cases := []struct {
		name    string
		target  string
		status  int
		want    []string // in this order on the page
		notWant []string
	}{
		{"dates and timeline", "/stories/1", 200, []string{
			// The heading gives the publication span as the story list does,
			// never a reception time, and counts the undated articles.
			`2 publishers · 4 articles · published <time datetime="2025-11-20T09:00:00Z">20 Nov 2025</time> – <time datetime="2025-11-21T08:30:00Z">21 Nov 2025</time> (2 articles without a publication time) · summary last changed here`,
			`href="/stories/1?by=received&amp;since=2026-03-01T12%3A04%3A00Z">What’s new after this visit</a>`,
			`<h2 id="timeline-h">When sources reported</h2>`,
			`<time datetime="2025-11-20T09:00:00Z">20 Nov 2025, 09:00 UTC</time> <span class="publisher">Cape Herald</span>`,
			`<a class="after" href="/stories/1?since=2025-11-20T09%3A00%3A00Z">new after this</a>`,
			`<time datetime="2025-11-21T08:30:00Z">21 Nov 2025, 08:30 UTC</time> <span class="publisher">Shore Weekly</span>`,
			`Lighthouse relit (wire)</a> <span class="copy">copy</span>`,
			`<time datetime="2026-03-01T12:03:00Z">1 Mar 2026, 12:03 UTC</time> <span class="received">received, publication time unknown</span> <span class="publisher">Wire Service</span>`,
			`<time datetime="2026-03-01T12:04:00Z">1 Mar 2026, 12:04 UTC</time> <span class="received">received, publication time unknown</span> <span class="publisher">Cape Herald</span>`,
			`<li id="source-1" value="1">`, `published <time datetime="2025-11-20T09:00:00Z">20 Nov 2025, 09:00 UTC</time>`,
			`<span class="meta received">received <time datetime="2026-03-01T12:04:00Z">1 Mar 2026, 12:04 UTC</time>, publication time unknown</span>`,
			`<h2 id="articles-h">All articles</h2>`,
			`<span class="meta">published <time datetime="2025-11-20T09:00:00Z">20 Nov 2025, 09:00 UTC</time></span>`,
			`<span class="meta"><span class="received">received <time datetime="2026-03-01T12:03:00Z">1 Mar 2026, 12:03 UTC</time>, publication time unknown</span></span>`,
		}, []string{"· updated", "published <time datetime=\"2026"}},
		{"since: an update", "/stories/1?since=2025-11-20T12:00", 200, []string{
			`Since <time datetime="2025-11-20T12:00:00Z">20 Nov 2025, 12:00 UTC</time>, by publication time:`,
			`what 3 later articles add to the 1 before.`,
			`Earliest published first; the last sentence comes from an article whose publication time is unknown.`,
			`<ul class="sentences update">`,
			// The story's numbers: lh-2 is [2] and lh-4 [3] in the summary too.
			`Storm repairs to the lighthouse tower cost 90,000 crowns, the council said. <span class="cites"><a class="cite" href="#update-source-2" title="Lighthouse relit after storm repairs">[2]</a></span>`,
			`<li class="undated">Two fishing boats passed the relit Varn Point light on Saturday night. <span class="cites"><a class="cite" href="#update-source-3" title="Lighthouse relit: first ships pass">[3]</a>`,
			`<li id="update-source-2" value="2"><a href="/articles/lh-2">`,
			`<li id="update-source-3" value="3"><a href="/articles/lh-4">`,
			`value="2025-11-20T12:00"`, `<option value="published" selected>`,
			`<section class="summary"`, // the since view comes first
		}, []string{"Nothing new since then.", `<li class="new">`}},
		{"since: whole story", "/stories/1?since=2025-11-01T00:00:00Z", 200, []string{
			"nothing had been reported by then, so this is the whole story (4 articles).", `<li id="update-source-3" value="3">`,
		}, []string{"Nothing new since then."}},
		{"since by received", "/stories/1?since=2026-03-01T12:03:00Z&by=received", 200, []string{
			"by when Chorus received the articles:", "what 1 later article adds to the 3 before.",
			"Two fishing boats passed the relit Varn Point light on Saturday night.",
			`<option value="received" selected>`,
		}, []string{"Nothing new since then."}},
		{"since: nothing new", "/stories/1?since=2030-01-01T00:00:00Z", 200, []string{"no article since then.", "Nothing new since then."}, []string{`<ul class="sentences update">`}},
		{"since: empty", "/stories/1?since=", 400, []string{"since is empty"}, nil},
		{"since: bad by", "/stories/1?since=2030-01-01T00:00:00Z&by=x", 400, []string{"by must be"}, nil},
		{"article: undated", "/articles/lh-4", 200, []string{`<span class="received">received <time datetime="2026-03-01T12:04:00Z">1 Mar 2026, 12:04 UTC</time>, publication time unknown</span>`}, []string{"published <time"}},
		{"article: dated", "/articles/lh-1", 200, []string{`published <time datetime="2025-11-20T09:00:00Z">20 Nov 2025, 09:00 UTC</time>`}, []string{"received"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkPage(t, s, c.target, c.status, c.want, c.notWant)
		})
	}
	_, body := do(t, s, "GET", "/stories/1?since=2025-11-20T12:00:00Z", "", "")
	golden(t, "story-since.html", []byte(body))
}

// TestStoryListSpan: the story list, page and API, gives each story's
// publishers and the span its articles were published in, "publication
// time unknown" when none has a date — never the time Chorus received them.
func TestStoryListSpan(t *testing.T) {
	f := &mock.StoryService{}
	undated := chorus.Article{ID: "tt-1", Title: "Ferry timetable changes", Source: "Port Notices",
		Text: "The winter ferry timetable starts on Monday.\nTwo early crossings are dropped."}
	oneDay := chorus.Article{ID: "mk-1", Title: "Market hall reopens", Source: "Cape Herald",
		Published: time.Date(2025, 12, 2, 8, 0, 0, 0, time.UTC), Text: "The old market hall reopened on Tuesday."}
	if _, err := f.Ingest(context.Background(), append(slices.Clone(lighthouse), undated, oneDay)); err != nil {
		t.Fatal(err)
	}
	s := chttp.NewServer(f, chttp.Options{})
	_, body := do(t, s, "GET", "/", "", "")
	for _, want := range []string{
		`2 publishers · 4 articles · published <time datetime="2025-11-20T09:00:00Z">20 Nov 2025</time> – <time datetime="2025-11-21T08:30:00Z">21 Nov 2025</time> · summary updated`,
		`1 publisher · 1 article · <span class="received">publication time unknown</span> · summary updated`,
		`1 publisher · 1 article · published <time datetime="2025-12-02T08:00:00Z">2 Dec 2025</time> · summary updated`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("story list lacks %q:\n%s", want, body)
		}
	}
	_, body = do(t, s, "GET", "/api/stories", "", "")
	var page chorus.StoryPage
	mustJSON(t, body, &page)
	got := map[string][2]string{}
	for _, st := range page.Stories {
		if !st.Summarized {
			t.Errorf("story %d: summarized false", st.ID)
		}
		got[st.Title] = [2]string{fmtTime(st.FirstPublished), fmtTime(st.LastPublished)}
	}
	want := map[string][2]string{
		"Lighthouse relit":        {"2025-11-20T09:00:00Z", "2025-11-21T08:30:00Z"},
		"Ferry timetable changes": {"", ""},
		"Market hall reopens":     {"2025-12-02T08:00:00Z", "2025-12-02T08:00:00Z"},
	}
	for title, w := range want {
		if got[title] != w {
			t.Errorf("%s: published %v, want %v", title, got[title], w)
		}
	}
	if strings.Count(body, `"first_published"`) != 2 {
		t.Errorf("an undated story must leave first_published out: %s", body)
	}

	// Each story's own page and API answer give the span of the list, in
	// the list's words, with the number of undated articles.
	for _, st := range page.Stories {
		path := "/stories/" + strconv.FormatInt(st.ID, 10)
		_, js := do(t, s, "GET", "/api"+path, "", "")
		var d chorus.StoryDetail
		mustJSON(t, js, &d)
		if !d.FirstPublished.Equal(st.FirstPublished) || !d.LastPublished.Equal(st.LastPublished) || d.UndatedArticles != st.UndatedArticles || !d.Summarized {
			t.Errorf("%s: the story's API span %v – %v (%d undated) differs from the list's %v – %v (%d)", st.Title,
				d.FirstPublished, d.LastPublished, d.UndatedArticles, st.FirstPublished, st.LastPublished, st.UndatedArticles)
		}
		_, pageBody := do(t, s, "GET", path, "", "")
		want := map[string]string{
			"Lighthouse relit":        `2 publishers · 4 articles · published <time datetime="2025-11-20T09:00:00Z">20 Nov 2025</time> – <time datetime="2025-11-21T08:30:00Z">21 Nov 2025</time> (2 articles without a publication time) · summary last changed here`,
			"Ferry timetable changes": `1 publisher · 1 article · <span class="received">publication time unknown</span> · summary last changed here`,
			"Market hall reopens":     `1 publisher · 1 article · published <time datetime="2025-12-02T08:00:00Z">2 Dec 2025</time> · summary last changed here`,
		}[st.Title]
		if !strings.Contains(pageBody, want) {
			t.Errorf("%s: page heading lacks %q:\n%s", st.Title, want, pageBody)
		}
	}
	if want := map[string]int{"Lighthouse relit": 2, "Ferry timetable changes": 1, "Market hall reopens": 0}; len(page.Stories) != len(want) {
		t.Errorf("%d stories, want %d", len(page.Stories), len(want))
	} else {
		for _, st := range page.Stories {
			if st.UndatedArticles != want[st.Title] {
				t.Errorf("%s: %d undated articles, want %d", st.Title, st.UndatedArticles, want[st.Title])
			}
		}
	}
}

// fmtTime formats t as RFC 3339, or "" for the zero time.
func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// checkPage gets target from s and checks its status, that the body holds
// every string of want in that order, and none of notWant.
func checkPage(t *testing.T, s *chttp.Server, target string, status int, want, notWant []string) {
	t.Helper()
	res, body := do(t, s, "GET", target, "", "")
	if res.StatusCode != status {
		t.Fatalf("status %d, want %d: %s", res.StatusCode, status, body)
	}
	at := 0
	for _, w := range want {
		i := strings.Index(body[at:], w)
		if i < 0 {
			t.Errorf("page lacks %q after position %d", w, at)
			continue
		}
		at += i + len(w)
	}
	for _, w := range notWant {
		if strings.Contains(body, w) {
			t.Errorf("page has %q", w)
		}
	}
	if t.Failed() {
		t.Log(body)
	}
}

// getStory gets target from s as a story's JSON and checks its status: a
// 200 is decoded (ok), any other must be an "invalid" error holding
// errText.
func getStory(t *testing.T, s *chttp.Server, target string, status int, errText string) (d chorus.StoryDetail, body string, ok bool) {
	t.Helper()
	res, body := do(t, s, "GET", target, "", "")
	if res.StatusCode != status {
		t.Fatalf("status %d, want %d: %s", res.StatusCode, status, body)
	}
	if status != 200 {
		if code := errorCode(t, body); code != "invalid" || !strings.Contains(body, errText) {
			t.Errorf("error %s, want invalid with %q", body, errText)
		}
		return d, body, false
	}
	mustJSON(t, body, &d)
	return d, body, true
}
