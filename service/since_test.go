package service

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/summarize"
)

// Invented articles of one story, reported over two days, and an undated
// follow-up: the since view splits them by date.
var (
	ferryDay1 = chorus.Article{Title: "Ferry runs aground off Caldmoor island", Source: "Harbour Post",
		URL: "https://harbour.example.com/ferry-aground", Published: time.Date(2026, 2, 27, 9, 0, 0, 0, time.UTC),
		Text: "The ferry Morwen Star ran aground off Caldmoor island on Friday morning with 212 passengers on board. " +
			"Coastguard boats from Caldmoor reached the ferry within an hour and began taking passengers ashore. " +
			"The ferry operator said the vessel struck a sandbank in heavy fog near the Caldmoor harbour entrance."}
	ferryDay1b = chorus.Article{Title: "Caldmoor ferry passengers brought ashore after grounding", Source: "Island Courier",
		URL: "https://courier.example.org/caldmoor-ferry", Published: time.Date(2026, 2, 27, 15, 30, 0, 0, time.UTC),
		Text: "All 212 passengers of the Morwen Star were brought ashore on Caldmoor island after the ferry ran aground in fog. " +
			"The coastguard said four passengers were treated for minor injuries at the Caldmoor clinic. " +
			"The ferry operator suspended its Caldmoor crossings until the vessel is inspected."}
	ferryDay2 = chorus.Article{Title: "Investigators board grounded Caldmoor ferry", Source: "Harbour Post",
		URL: "https://harbour.example.com/ferry-inquiry", Published: time.Date(2026, 2, 28, 10, 0, 0, 0, time.UTC),
		Text: "Marine investigators boarded the grounded ferry Morwen Star off Caldmoor island on Saturday. " +
			"The investigators will examine the ferry's radar, which the crew said failed shortly before the grounding. " +
			"Salvage tugs are expected to refloat the Morwen Star at high tide on Sunday evening."}
)

func TestStorySince(t *testing.T) {
	ctx := context.Background()
	received := time.Date(2026, 2, 28, 18, 0, 0, 0, time.UTC)
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: (&fakeClock{t: received}).Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	undated := ferryDay2
	undated.Title, undated.Source, undated.URL, undated.Published = "Morwen Star refloated off Caldmoor", "Island Courier", "https://courier.example.org/refloated", time.Time{}
	undated.Text = "Salvage tugs refloated the ferry Morwen Star off Caldmoor island at high tide on Sunday evening. " +
		"The ferry was towed to the Caldmoor harbour, where investigators will inspect its hull and radar. " +
		"The operator said Caldmoor crossings would resume on Tuesday with a chartered vessel."
	res, err := s.Ingest(ctx, []chorus.Article{ferryDay1b, ferryDay2, ferryDay1, undated})
	if err != nil {
		t.Fatal(err)
	}
	id := res[0].StoryID
	for i, r := range res {
		if r.StoryID != id {
			t.Fatalf("article %d joined story %d, want every article in story %d", i, r.StoryID, id)
		}
	}
	ids := func(rs ...chorus.IngestResult) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return out
	}

	// The timeline is earliest first by publication; the undated article
	// is dated by its reception and says so.
	d, err := s.Story(ctx, id, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var order, bases []string
	for _, e := range d.Timeline {
		order, bases = append(order, e.Article), append(bases, e.Basis)
	}
	if want := ids(res[2], res[0], res[1], res[3]); !slices.Equal(order, want) {
		t.Errorf("timeline %v, want %v (ingestion order was %v)", order, want, ids(res...))
	}
	if want := []string{"published", "published", "published", "received"}; !slices.Equal(bases, want) {
		t.Errorf("timeline bases %v, want %v", bases, want)
	}
	if d.Update != nil {
		t.Errorf("Update %+v without since, want nil", d.Update)
	}

	cases := []struct {
		name           string
		since          time.Time
		by             string
		status         string
		articles, read int
		cited          []string // the articles the update may cite
	}{
		{"before all", time.Date(2026, 2, 26, 0, 0, 0, 0, time.UTC), "", chorus.UpdateWhole, 4, 0, ids(res...)},
		{"after the first day", time.Date(2026, 2, 27, 23, 0, 0, 0, time.UTC), "", chorus.UpdateNew, 2, 2, ids(res[1], res[3])},
		{"before the undated one's reception", time.Date(2026, 2, 28, 12, 0, 0, 0, time.UTC), chorus.ByPublished, chorus.UpdateNew, 1, 3, ids(res[3])},
		{"after all", received, "", chorus.UpdateNothing, 0, 4, nil},
		{"received: before the reception", received.Add(-time.Minute), chorus.ByReceived, chorus.UpdateWhole, 4, 0, ids(res...)},
		{"received: at the reception", received, chorus.ByReceived, chorus.UpdateNothing, 0, 4, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := s.Story(ctx, id, chorus.StoryDetailQuery{Since: c.since, By: c.by})
			if err != nil {
				t.Fatal(err)
			}
			u := d.Update
			if u == nil {
				t.Fatal("no Update")
			}
			if u.Status != c.status || u.Articles != c.articles || u.Read != c.read {
				t.Errorf("status %q, %d articles after, %d read; want %q, %d, %d", u.Status, u.Articles, u.Read, c.status, c.articles, c.read)
			}
			if !u.Since.Equal(c.since) || (u.By != c.by && c.by != "") || u.By == "" {
				t.Errorf("since %v by %q, want %v by %q", u.Since, u.By, c.since, c.by)
			}
			if (len(u.Summary) > 0) != (c.status != chorus.UpdateNothing) {
				t.Errorf("%d sentences with status %q", len(u.Summary), u.Status)
			}
			for _, src := range u.Sources {
				if !slices.Contains(c.cited, src.Article) {
					t.Errorf("the update cites %s, want only %v", src.Article, c.cited)
				}
			}
			words := 0
			for _, sen := range u.Summary {
				words += len(strings.Fields(sen.Text))
				for _, n := range sen.Sources {
					if n < 1 || n > len(u.Sources) {
						t.Errorf("sentence %q cites [%d] of %d sources", sen.Text, n, len(u.Sources))
					}
				}
			}
			if words != u.Words {
				t.Errorf("Words %d, the sentences hold %d", u.Words, words)
			}
		})
	}

	for _, c := range cases {
		dd, _ := s.Story(ctx, id, chorus.StoryDetailQuery{Since: c.since, By: c.by})
		t.Logf("%s: %+v", c.name, dd.Update)
	}
	// What the first day said is not repeated by the update after it.
	d, err = s.Story(ctx, id, chorus.StoryDetailQuery{Since: time.Date(2026, 2, 27, 23, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, sen := range d.Update.Summary {
		for _, old := range []chorus.Article{ferryDay1, ferryDay1b} {
			if strings.Contains(old.Text, sen.Text) {
				t.Errorf("the update repeats %q from %q", sen.Text, old.Title)
			}
		}
	}

	if _, err := s.Story(ctx, id, chorus.StoryDetailQuery{Since: received, By: "modified"}); chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("by=modified: %v, want invalid", err)
	}
}

// TestSummaryInputEarliestFirst: the summarizer gets a story's articles
// earliest reported first (publication, else reception), not in ingestion
// order, so that one undated article does not make the summary's reading
// order the order articles arrived in.
func TestSummaryInputEarliestFirst(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 2, 28, 18, 0, 0, 0, time.UTC)}
	var got []string
	record := func(arts []chorus.Article, o chorus.Options) (chorus.Summary, error) {
		got = got[:0]
		for _, a := range arts {
			got = append(got, a.Title)
		}
		return leadSummarize(arts, o)
	}
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: record})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	undated := ferryDay2
	undated.Title, undated.URL, undated.Published = "Undated follow-up", "https://courier.example.org/follow-up", time.Time{}
	undated.Text = "Salvage tugs refloated the ferry Morwen Star off Caldmoor island at high tide on Sunday evening. " +
		"The ferry was towed to the Caldmoor harbour, where investigators will inspect its radar."
	for _, a := range []chorus.Article{undated, ferryDay2, ferryDay1b, ferryDay1} {
		if _, err := s.Ingest(ctx, []chorus.Article{a}); err != nil {
			t.Fatal(err)
		}
		clock.Add(time.Minute)
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	want := []string{ferryDay1.Title, ferryDay1b.Title, ferryDay2.Title, undated.Title}
	if !slices.Equal(got, want) {
		t.Errorf("summarized in the order %q, want %q", got, want)
	}
}

// TestStorySinceCitations: the since view cites the story's articles by
// the numbers the story's summary gives them, and tells what was reported
// in the order it was published, the sentences of an undated article (dated
// only by its reception, after every published one) last.
func TestStorySinceCitations(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	// Received after everything else, but its publication time is unknown:
	// nothing says it was reported after the dated day-2 article.
	undated := chorus.Article{Title: "Caldmoor crossings to resume with chartered vessel", Source: "Island Courier",
		URL: "https://courier.example.org/crossings-resume",
		Text: "Caldmoor ferry crossings will resume on Tuesday with a chartered vessel while the Morwen Star is repaired, the ferry operator said. " +
			"The Morwen Star ferry will stay in the Caldmoor harbour for at least three weeks after running aground off Caldmoor island. " +
			"Passengers of the grounded Morwen Star ferry will get refunds for cancelled Caldmoor crossings."}
	var res []chorus.IngestResult
	for _, a := range []chorus.Article{ferryDay1, ferryDay1b, ferryDay2, undated} {
		r, err := s.Ingest(ctx, []chorus.Article{a})
		if err != nil {
			t.Fatal(err)
		}
		res = append(res, r...)
		clock.Add(time.Hour)
	}
	for _, r := range res {
		if r.StoryID != res[0].StoryID {
			t.Fatalf("articles in stories %+v, want one story", res)
		}
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		since time.Time
		by    string
	}{
		{"after the first day", time.Date(2026, 2, 27, 23, 0, 0, 0, time.UTC), ""},
		{"before all: the whole story", time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), ""},
		{"after the first article", time.Date(2026, 2, 27, 10, 0, 0, 0, time.UTC), ""},
		{"received after the first two", time.Date(2026, 3, 1, 13, 30, 0, 0, time.UTC), chorus.ByReceived},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := s.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{Since: c.since, By: c.by})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Sources) == 0 || d.Update == nil || len(d.Update.Summary) == 0 {
				t.Fatalf("want a summary and an update, got sources %+v, update %+v", d.Sources, d.Update)
			}
			story := map[string]int{}
			last := 0
			for _, src := range d.Sources {
				story[src.Article] = src.ID
				last = max(last, src.ID)
			}
			u := d.Update
			numbers := map[int]chorus.Source{}
			for _, src := range u.Sources {
				numbers[src.ID] = src
				if n, ok := story[src.Article]; ok && n != src.ID {
					t.Errorf("the update cites %s as [%d], the story's summary as [%d]", src.Article, src.ID, n)
				}
				if _, ok := story[src.Article]; !ok && src.ID <= last {
					t.Errorf("the update numbers %s, which the story's summary does not cite, [%d], a number the summary uses", src.Article, src.ID)
				}
			}
			cited := map[int]bool{}
			undatedSeen, undatedN := false, 0
			for _, sen := range u.Summary {
				dated := false
				for _, n := range sen.Sources {
					src, ok := numbers[n]
					if !ok {
						t.Errorf("%q cites [%d], which the update does not list", sen.Text, n)
					}
					cited[n] = true
					dated = dated || !src.Published.IsZero()
				}
				if !slices.IsSorted(sen.Sources) {
					t.Errorf("%q cites %v, not in ascending order", sen.Text, sen.Sources)
				}
				if dated && undatedSeen {
					t.Errorf("%q, from a published article, comes after a sentence of an undated one: %+v", sen.Text, u.Summary)
				}
				if !dated {
					undatedSeen = true
					undatedN++
				}
			}
			if len(cited) != len(u.Sources) {
				t.Errorf("the update lists %d sources and cites %d", len(u.Sources), len(cited))
			}
			if u.Undated != undatedN {
				t.Errorf("Undated %d, want %d", u.Undated, undatedN)
			}
		})
	}
}

// TestStoryListSpan: a story in the list carries the span its articles
// were published in, recorded with each summary: the undated article
// (dated only by its reception, after all of them) does not stretch it.
func TestStoryListSpan(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)}
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	undated := ferryDay2
	undated.Title, undated.URL, undated.Published = "Morwen Star refloated", "https://courier.example.org/refloated-2", time.Time{}
	undated.Text = "Salvage tugs refloated the ferry Morwen Star off Caldmoor island at high tide on Sunday evening."
	if _, err := s.Ingest(ctx, []chorus.Article{ferryDay1b, ferryDay2, ferryDay1, undated}); err != nil {
		t.Fatal(err)
	}
	list := func() chorus.Story {
		t.Helper()
		page, err := s.Stories(ctx, chorus.StoryQuery{})
		if err != nil || len(page.Stories) != 1 {
			t.Fatalf("stories %+v, %v; want one", page, err)
		}
		return page.Stories[0]
	}
	if st := list(); st.Summarized || !st.FirstPublished.IsZero() || !st.LastPublished.IsZero() {
		t.Errorf("before the first summary: %+v, want no span and not summarized", st)
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	st := list()
	if !st.Summarized || !st.FirstPublished.Equal(ferryDay1.Published) || !st.LastPublished.Equal(ferryDay2.Published) || st.UndatedArticles != 1 {
		t.Errorf("span %v – %v, %d undated (summarized %v), want %v – %v, 1 undated", st.FirstPublished, st.LastPublished, st.UndatedArticles, st.Summarized, ferryDay1.Published, ferryDay2.Published)
	}
	d, err := s.Story(ctx, st.ID, chorus.StoryDetailQuery{})
	if err != nil || !d.FirstPublished.Equal(st.FirstPublished) || !d.LastPublished.Equal(st.LastPublished) || d.UndatedArticles != st.UndatedArticles || !d.Summarized {
		t.Errorf("the story's own span %v – %v (%d undated), want the list's: %v", d.FirstPublished, d.LastPublished, d.UndatedArticles, err)
	}
}

// TestStoryOfSpan: the span a story record shows, from its summary; a
// summary stored before the span was recorded gives the span of the
// articles it cites.
func TestStoryOfSpan(t *testing.T) {
	d1, d2, d3 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name        string
		sum         *chorus.StorySummary
		first, last time.Time
		summarized  bool
	}{
		{"no summary yet", nil, time.Time{}, time.Time{}, false},
		{"recorded", &chorus.StorySummary{FirstPublished: d1, LastPublished: d3, Sources: []chorus.Source{{ID: 1, Published: d2}}}, d1, d3, true},
		{"no dates", &chorus.StorySummary{Sources: []chorus.Source{{ID: 1}}}, time.Time{}, time.Time{}, true},
		{"stored before: the cited articles", &chorus.StorySummary{Sources: []chorus.Source{{ID: 1, Published: d3}, {ID: 2}, {ID: 3, Published: d2}}}, d2, d3, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := storyOf(&chorus.StoryRecord{Summary: c.sum})
			if !st.FirstPublished.Equal(c.first) || !st.LastPublished.Equal(c.last) || st.Summarized != c.summarized {
				t.Errorf("%v – %v summarized %v, want %v – %v %v", st.FirstPublished, st.LastPublished, st.Summarized, c.first, c.last, c.summarized)
			}
		})
	}
}

// TestStoryFocus: Story with a query summarizes the story's articles for
// it (the real summarizer), cited by the story summary's numbers, and
// focuses the since view on it; a query over the limit is refused.
func TestStoryFocus(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	var mu sync.Mutex
	var queries []string // the queries the summarizer was given
	record := func(arts []chorus.Article, o chorus.Options) (chorus.Summary, error) {
		mu.Lock()
		queries = append(queries, o.Query)
		mu.Unlock()
		return summarize.Summarize(arts, o)
	}
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: record})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	res, err := s.Ingest(ctx, []chorus.Article{ferryDay1, ferryDay1b, ferryDay2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	id := res[0].StoryID
	injuries := "The coastguard said four passengers were treated for minor injuries at the Caldmoor clinic."
	cases := []struct {
		name, query string
		since       time.Time
		want        string // a sentence the focused summary must hold
	}{
		{"injuries", "Were passengers injured? Injuries treated at the clinic.", time.Time{}, injuries},
		{"the radar", "What failed on the ferry's radar before the grounding?", time.Time{}, "The investigators will examine the ferry's radar, which the crew said failed shortly before the grounding."},
		{"with since", "Injuries at the clinic", time.Date(2026, 2, 27, 10, 0, 0, 0, time.UTC), injuries},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mu.Lock()
			queries = nil
			mu.Unlock()
			d, err := s.Story(ctx, id, chorus.StoryDetailQuery{Query: "  " + c.query + "\n", Since: c.since})
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			if len(queries) != 1 || queries[0] != c.query {
				// The focus goes through Options.Summarize with the query
				// (an update, status update, through summarize.Update).
				t.Errorf("the summarizer was asked %q, want once %q", queries, c.query)
			}
			mu.Unlock()
			f := d.Focus
			if f == nil || f.Query != c.query {
				t.Fatalf("focus %+v, want one for %q", f, c.query)
			}
			story := map[string]int{}
			for _, src := range d.Sources {
				story[src.Article] = src.ID
			}
			found := false
			for _, sen := range f.Summary {
				found = found || sen.Text == c.want
			}
			if !found {
				t.Errorf("the summary for %q lacks %q: %+v", c.query, c.want, f.Summary)
			}
			for _, src := range f.Sources {
				if n, ok := story[src.Article]; ok && n != src.ID {
					t.Errorf("the focus cites %s as [%d], the story's summary as [%d]", src.Article, src.ID, n)
				}
			}
			if !c.since.IsZero() {
				u := d.Update
				if u == nil || u.Query != c.query {
					t.Fatalf("update %+v, want one focused on %q", u, c.query)
				}
				found := false
				for _, sen := range u.Summary {
					found = found || sen.Text == c.want
				}
				if !found {
					t.Errorf("the update for %q lacks %q: %+v", c.query, c.want, u.Summary)
				}
			}
		})
	}
	generic, err := s.Story(ctx, id, chorus.StoryDetailQuery{})
	if err != nil || generic.Focus != nil {
		t.Errorf("a focus without a query: %+v, %v", generic.Focus, err)
	}
	if _, err := s.Story(ctx, id, chorus.StoryDetailQuery{Query: strings.Repeat("x", chorus.MaxQueryBytes+1)}); chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("an overlong query: %v, want invalid", err)
	}
}
