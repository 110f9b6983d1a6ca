package service

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/sqlite"
)

// fakeClock is a settable clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// leadSummarize is a predictable summarizer for tests: the first sentence of
// every original article, each citing its article.
func leadSummarize(arts []chorus.Article, _ chorus.Options) (chorus.Summary, error) {
	var sum chorus.Summary
	for i, a := range arts {
		first, _, _ := strings.Cut(a.Text, ". ")
		first = strings.TrimSuffix(first, ".") + "."
		sum.Sources = append(sum.Sources, chorus.Source{ID: i + 1, Article: a.ID, Title: a.Title, URL: a.URL})
		sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: first, Sources: []int{i + 1}, Support: 1})
		sum.Words += len(strings.Fields(first))
	}
	if len(sum.Sentences) == 0 {
		return sum, chorus.ErrNoText
	}
	return sum, nil
}

// openDB opens the SQLite store in dir, as cmd/chorus does for a data
// directory. The service opened on it closes it.
func openDB(tb testing.TB, dir string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, "chorus.db"), sqlite.Options{})
	if err != nil {
		tb.Fatalf("cannot open the SQLite store: %v", err)
	}
	return db
}

func openTest(t *testing.T, dir string, clock *fakeClock) *Service {
	t.Helper()
	s, err := Open(context.Background(), openDB(t, dir), Options{Clock: clock.Now, Summarize: leadSummarize})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Invented articles: two about a dam failure, one about a chess final.
var (
	damA = chorus.Article{Title: "Dam bursts near Valdoria, flooding villages", Source: "Wire One",
		URL: "https://News.Example.com/dam?utm_source=x#top",
		Text: "The Korvath dam burst on Tuesday near Valdoria. Floodwater swept through three villages below the dam. " +
			"Rescue teams from Valdoria evacuated 4,000 residents as the reservoir emptied. Engineers had warned about cracks in the Korvath dam."}
	damB = chorus.Article{Title: "Korvath dam failure forces evacuation", Source: "Daily Two",
		URL: "https://other.example.org/korvath",
		Text: "Thousands fled their homes after the Korvath dam failed near Valdoria on Tuesday. " +
			"The reservoir emptied within hours and floodwater reached three villages. Engineers said cracks in the dam had been reported."}
	chess = chorus.Article{Title: "Young champion wins chess final in Ostrel", Source: "Sports Three",
		URL: "https://sport.example.net/chess",
		Text: "Mira Tensk won the world chess final in Ostrel on Sunday. The nineteen-year-old defeated the defending champion in a tiebreak. " +
			"Her opening preparation surprised the commentators at the tournament."}
)

func TestIngestIdempotent(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	s := openTest(t, t.TempDir(), clock)

	res, err := s.Ingest(ctx, []chorus.Article{damA, damB, chess})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r.Status != chorus.IngestCreated {
			t.Errorf("article %d: status %q, want created", i, r.Status)
		}
	}
	if res[0].StoryID != res[1].StoryID {
		t.Errorf("dam articles in stories %d and %d, want one story", res[0].StoryID, res[1].StoryID)
	}
	if res[2].StoryID == res[0].StoryID {
		t.Errorf("chess article joined the dam story %d", res[0].StoryID)
	}

	sameURL := damA
	sameURL.URL = "https://news.example.com/dam"
	sameText := damA
	sameText.URL = "https://mirror.example.com/copy"
	sameText.Text = "  " + strings.ToUpper(damA.Text[:1]) + damA.Text[1:] + "\n"
	changed := damB
	changed.Text = damB.Text + " Officials opened an inquiry on Wednesday."
	cases := []struct {
		name   string
		in     chorus.Article
		status string
		id     string
	}{
		{"same URL without tracking", sameURL, chorus.IngestUnchanged, res[0].ID},
		{"same text at another URL", sameText, chorus.IngestUnchanged, res[0].ID},
		{"same URL with new text", changed, chorus.IngestUpdated, res[1].ID},
		{"update again with the same text", changed, chorus.IngestUnchanged, res[1].ID},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Ingest(ctx, []chorus.Article{tc.in})
			if err != nil {
				t.Fatal(err)
			}
			if got[0].Status != tc.status || got[0].ID != tc.id {
				t.Errorf("got %+v, want status %s id %s", got[0], tc.status, tc.id)
			}
		})
	}
	a, err := s.Article(ctx, res[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != changed.Text {
		t.Errorf("updated article text not replaced: %q", a.Text)
	}
	page, err := s.Stories(ctx, chorus.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 2 {
		t.Errorf("%d stories, want 2", page.Total)
	}
}

func TestIngestRejects(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Unix(1e9, 0)})
	big := strings.Repeat("word ", chorus.MaxTextBytes/4)
	huge := strings.Repeat("x", 5<<20)
	text := "some text here"
	cases := []struct {
		name string
		in   []chorus.Article
		code string
		want string // in the message
	}{
		{"empty batch", nil, chorus.EINVALID, ""},
		{"no text", []chorus.Article{{Title: "t", Text: "  \n"}}, chorus.EINVALID, "no text"},
		{"bad URL", []chorus.Article{{Text: text, URL: "ftp://x/y"}}, chorus.EINVALID, "URL"},
		{"huge text", []chorus.Article{{Text: big}}, chorus.ETOOLARGE, "text of"},
		{"too many articles", make([]chorus.Article, chorus.MaxBatch+1), chorus.ETOOLARGE, "batch"},
		{"5 MB title", []chorus.Article{{Title: huge, Text: text}}, chorus.EINVALID, "title of 5242880 bytes; the limit is 1024"},
		{"5 MB source", []chorus.Article{{Source: huge, Text: text}}, chorus.EINVALID, "source of"},
		{"long URL", []chorus.Article{{URL: "https://x.org/" + strings.Repeat("a", chorus.MaxURLBytes), Text: text}}, chorus.EINVALID, "url of"},
		{"long id", []chorus.Article{{ID: strings.Repeat("i", chorus.MaxIDBytes+1), Text: text}}, chorus.EINVALID, "id of"},
		{"bad UTF-8", []chorus.Article{{Text: "abc \xff\xfe"}}, chorus.EINVALID, "text is not valid UTF-8"},
		{"bad UTF-8 source", []chorus.Article{{Source: "\xff", Text: text}}, chorus.EINVALID, "source is not valid UTF-8"},
		{"NUL byte in text", []chorus.Article{{Text: "abc\x00def ghi"}}, chorus.EINVALID, "text contains a NUL"},
		{"NUL byte in title", []chorus.Article{{Title: "a\x00b", Text: text}}, chorus.EINVALID, "title contains a NUL"},
		{"NUL byte in URL", []chorus.Article{{URL: "https://x.org/a\x00b", Text: text}}, chorus.EINVALID, "url contains a NUL"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Ingest(ctx, tc.in)
			if got := chorus.ErrorCode(err); got != tc.code {
				t.Errorf("code %q (%v), want %q", got, err, tc.code)
			}
			if msg := chorus.ErrorMessage(err); !strings.Contains(msg, tc.want) || len(msg) > 200 {
				t.Errorf("message %.300q does not name %q briefly", msg, tc.want)
			}
		})
	}
	page, err := s.Stories(ctx, chorus.StoryQuery{})
	if err != nil || page.Total != 0 {
		t.Errorf("after rejected batches: %d stories, err %v", page.Total, err)
	}
}

func TestNormalizeURL(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"host case and fragment", "HTTPS://Example.COM/a/B#frag", "https://example.com/a/B"},
		{"tracking parameters", "http://x.org/p?utm_source=a&id=3&fbclid=z&UTM_Medium=b", "http://x.org/p?id=3"},
		{"default port and empty path", "http://x.org:80", "http://x.org/"},
		{"other port kept", "https://x.org:8443/p", "https://x.org:8443/p"},
		{"parameters sorted", "https://x.org/p?b=2&a=1", "https://x.org/p?a=1&b=2"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := NormalizeURL(tc.in)
			if err != nil || got != tc.want {
				t.Errorf("NormalizeURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
	for _, bad := range []string{"", "not a url", "mailto:a@b.c", "file:///etc/passwd", "http://"} {
		if _, err := NormalizeURL(bad); err == nil {
			t.Errorf("NormalizeURL(%q) accepted", bad)
		}
	}
}

func TestFeeds(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Unix(1e9, 0)})
	f1, err := s.AddFeed(ctx, "https://example.com/rss")
	if err != nil {
		t.Fatal(err)
	}
	f2, err := s.AddFeed(ctx, " https://example.com/rss ")
	if err != nil || f2.ID != f1.ID {
		t.Fatalf("second AddFeed = %+v, %v; want the same feed %d", f2, err, f1.ID)
	}
	for _, same := range []string{"HTTPS://Example.COM/rss#x", "https://example.com:443/rss?utm_source=a"} {
		if f, err := s.AddFeed(ctx, same); err != nil || f.ID != f1.ID {
			t.Errorf("AddFeed(%q) = %+v, %v; want the normalized feed %d", same, f, err, f1.ID)
		}
	}
	if _, err := s.AddFeed(ctx, "gopher://x"); chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("bad feed URL: %v", err)
	}
	long := "https://example.com/" + strings.Repeat("a", 5<<20)
	if _, err := s.AddFeed(ctx, long); chorus.ErrorCode(err) != chorus.EINVALID || len(err.Error()) > 200 {
		t.Errorf("5 MB feed URL: %.300v", err)
	}
	f1.Title, f1.ETag, f1.Failures, f1.LastError = "Example", `"abc"`, 2, "timeout"
	f1.NextPoll = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := s.UpdateFeed(ctx, *f1); err != nil {
		t.Fatal(err)
	}
	feeds, err := s.Feeds(ctx)
	if err != nil || len(feeds) != 1 {
		t.Fatalf("Feeds = %v, %v", feeds, err)
	}
	if got := feeds[0]; got.Title != "Example" || got.ETag != `"abc"` || got.Failures != 2 || !got.NextPoll.Equal(f1.NextPoll) {
		t.Errorf("feed not updated: %+v", got)
	}
	if err := s.UpdateFeed(ctx, chorus.Feed{ID: 999}); chorus.ErrorCode(err) != chorus.ENOTFOUND {
		t.Errorf("UpdateFeed of a missing feed: %v", err)
	}
}

func TestErrorsNotFound(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Unix(1e9, 0)})
	if _, err := s.Story(ctx, 42, chorus.StoryDetailQuery{}); chorus.ErrorCode(err) != chorus.ENOTFOUND {
		t.Errorf("Story: %v", err)
	}
	if _, err := s.Article(ctx, "nope"); chorus.ErrorCode(err) != chorus.ENOTFOUND {
		t.Errorf("Article: %v", err)
	}
	if _, err := s.Stories(ctx, chorus.StoryQuery{Limit: -1}); chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("Stories with negative limit: %v", err)
	}
}

func TestErrorsDoNotEchoInput(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Unix(1e9, 0)})
	long := strings.Repeat("z", 100<<10)
	checks := []struct {
		name string
		err  error
	}{
		{"unknown 100 KB article id", func() error { _, err := s.Article(ctx, long); return err }()},
		{"100 KB bad article URL", func() error {
			_, err := s.Ingest(ctx, []chorus.Article{{URL: "ftp://" + long[:chorus.MaxURLBytes-10], Text: "some text"}})
			return err
		}()},
		{"bad feed URL", func() error { _, err := s.AddFeed(ctx, "ftp://"+long[:chorus.MaxURLBytes-10]); return err }()},
	}
	for _, c := range checks {
		if c.err == nil || len(c.err.Error()) > 300 {
			t.Errorf("%s: error of %d bytes (%.80v...), want a refusal of at most 300", c.name, len(fmt.Sprint(c.err)), c.err)
		}
	}
}
