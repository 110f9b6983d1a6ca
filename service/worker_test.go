package service

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

func TestSummaryUpdates(t *testing.T) {
	ctx := context.Background()
	t1 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	clock := &fakeClock{t: t1}
	s := openTest(t, t.TempDir(), clock)

	res, err := s.Ingest(ctx, []chorus.Article{damA, chess})
	if err != nil {
		t.Fatal(err)
	}
	dam := res[0].StoryID
	if n, err := s.ProcessPending(ctx); err != nil || n != 2 {
		t.Fatalf("ProcessPending = %d, %v; want 2 jobs", n, err)
	}
	d, err := s.Story(ctx, dam, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Summary) != 1 || !d.Summary[0].Added.Equal(t1) || len(d.New) != 1 || !d.Updated.Equal(t1) {
		t.Fatalf("first summary = %+v", d)
	}
	if d.Title != damA.Title {
		t.Errorf("title %q, want the cited article's %q", d.Title, damA.Title)
	}

	t2 := t1.Add(time.Hour)
	clock.Add(time.Hour)
	if _, err := s.Ingest(ctx, []chorus.Article{damB}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	d, err = s.Story(ctx, dam, chorus.StoryDetailQuery{Since: t1})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Summary) != 2 || !d.Summary[0].Added.Equal(t1) || !d.Summary[1].Added.Equal(t2) {
		t.Fatalf("second summary sentences = %+v", d.Summary)
	}
	if len(d.New) != 1 || d.New[0].Text != d.Summary[1].Text {
		t.Errorf("New since t1 = %+v, want only the added sentence", d.New)
	}
	if !d.Updated.Equal(t2) || d.Story.ArticleCount != 2 || d.Story.SourceCount != 2 || len(d.Articles) != 2 || len(d.Sources) != 2 {
		t.Errorf("story after update = %+v", d.Story)
	}
	page, err := s.Stories(ctx, chorus.StoryQuery{})
	if err != nil || len(page.Stories) != 2 || page.Stories[0].ID != dam {
		t.Errorf("Stories = %+v, %v; want the dam story first", page, err)
	}
	page, err = s.Stories(ctx, chorus.StoryQuery{Text: "KORVATH"})
	if err != nil || page.Total != 1 || page.Stories[0].ID != dam {
		t.Errorf("Stories matching KORVATH = %+v, %v", page, err)
	}

	// Re-running with nothing new changes nothing.
	if n, err := s.ProcessPending(ctx); err != nil || n != 0 {
		t.Errorf("idle ProcessPending = %d, %v", n, err)
	}
}

func TestNearDuplicate(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)})
	copyA := damA
	copyA.URL, copyA.Source = "https://syndicate.example.com/x", "Reprinter"
	copyA.Text = strings.Replace(damA.Text, "on Tuesday", "on Tuesday morning", 1)
	res, err := s.Ingest(ctx, []chorus.Article{damA, copyA})
	if err != nil {
		t.Fatal(err)
	}
	if res[1].Status != chorus.IngestCreated || res[1].DuplicateOf != res[0].ID || res[1].StoryID != res[0].StoryID {
		t.Fatalf("copy ingested as %+v, want a duplicate of %s", res[1], res[0].ID)
	}
	d, err := s.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Story.ArticleCount != 2 || d.Story.SourceCount != 1 || d.Articles[1].DuplicateOf != res[0].ID {
		t.Errorf("story with a duplicate = %+v", d.Story)
	}
}

// TestChangedMidComputation ingests an article while a summary is being
// computed: the stale summary must not be saved, and the story must be
// summarized again with the new article.
func TestChangedMidComputation(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	var s *Service
	calls := 0
	summ := func(arts []chorus.Article, o chorus.Options) (chorus.Summary, error) {
		calls++
		if calls == 1 {
			if _, err := s.Ingest(ctx, []chorus.Article{damB}); err != nil {
				t.Errorf("ingest during summary: %v", err)
			}
		}
		return leadSummarize(arts, o)
	}
	var err error
	s, err = Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: summ})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Ingest(ctx, []chorus.Article{damA})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	if calls != 2 {
		t.Errorf("summarizer called %d times, want 2 (the first result was stale)", calls)
	}
	d, err := s.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Summary) != 2 {
		t.Errorf("summary has %d sentences, want 2 (both articles)", len(d.Summary))
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

func TestQueueSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	s, err := Open(ctx, openDB(t, dir), Options{Clock: clock.Now, Summarize: leadSummarize})
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Ingest(ctx, []chorus.Article{damA, chess})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = openTest(t, dir, clock)
	if n, err := s.ProcessPending(ctx); err != nil || n != 2 {
		t.Fatalf("after restart ProcessPending = %d, %v; want the 2 pending jobs", n, err)
	}
	// The rebuilt clusterer still knows the dam story.
	r2, err := s.Ingest(ctx, []chorus.Article{damB})
	if err != nil {
		t.Fatal(err)
	}
	if r2[0].StoryID != res[0].StoryID {
		t.Errorf("after restart the dam follow-up went to story %d, want %d", r2[0].StoryID, res[0].StoryID)
	}
}

func TestSummaryFailureRetried(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	fail := true
	summ := func(arts []chorus.Article, o chorus.Options) (chorus.Summary, error) {
		if fail {
			return chorus.Summary{}, errors.New("model unavailable")
		}
		return leadSummarize(arts, o)
	}
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: summ})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Ingest(ctx, []chorus.Article{damA})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.ProcessPending(ctx); err != nil || n != 1 {
		t.Fatalf("ProcessPending = %d, %v", n, err)
	}
	if n, _ := s.ProcessPending(ctx); n != 0 {
		t.Errorf("failed job retried at once (%d), want a back-off", n)
	}
	fail = false
	clock.Add(time.Minute)
	if n, err := s.ProcessPending(ctx); err != nil || n != 1 {
		t.Fatalf("after back-off ProcessPending = %d, %v", n, err)
	}
	d, err := s.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{})
	if err != nil || len(d.Summary) != 1 {
		t.Errorf("story after retry = %+v, %v", d, err)
	}
}

func TestRunStops(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	s, err := Open(context.Background(), openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: leadSummarize, Workers: 2, Poll: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	res, err := s.Ingest(context.Background(), []chorus.Article{damA, chess})
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		d, err := s.Story(context.Background(), res[1].StoryID, chorus.StoryDetailQuery{})
		if err == nil && len(d.Summary) > 0 {
			break
		}
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
	for _, r := range res {
		if d, err := s.Story(context.Background(), r.StoryID, chorus.StoryDetailQuery{}); err != nil || len(d.Summary) == 0 {
			t.Errorf("story %d not summarized by the workers: %v", r.StoryID, err)
		}
	}
}

// TestDefaultSummarizer runs the real summarizer (summarize.Summarize) end
// to end on invented articles.
func TestDefaultSummarizer(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, SummaryWords: 60})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Ingest(ctx, []chorus.Article{damA, damB})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	d, err := s.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Summary) == 0 || len(d.Sources) == 0 {
		t.Fatalf("no summary from the default summarizer: %+v", d)
	}
	for _, sen := range d.Summary {
		if !sen.Added.Equal(clock.Now()) || len(sen.Sources) == 0 {
			t.Errorf("sentence %+v: want Added now and at least one source", sen)
		}
	}
}

// TestNoStarvation feeds a story faster than it is summarized: every
// summarizer call sees a new article land before its result is saved. Each
// result is stale when saved, yet newer than the stored one, so readers see
// a summary after the first pass and a longer one after every pass, instead
// of none until the articles stop.
func TestNoStarvation(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	const n = 8
	report := func(i int) chorus.Article {
		a := damA
		a.URL = fmt.Sprintf("https://news.example.com/dam/%d", i)
		a.Text = fmt.Sprintf("Report %d from the flooded Korvath valley. ", i) + damA.Text
		return a
	}
	var s *Service
	var storyID int64
	calls := 0
	summ := func(arts []chorus.Article, o chorus.Options) (chorus.Summary, error) {
		calls++
		if calls > 1 {
			// The previous pass's summary is stored though the story moved on.
			d, err := s.Story(ctx, storyID, chorus.StoryDetailQuery{})
			if err != nil {
				t.Fatalf("Story: %v", err)
			}
			if len(d.Summary) != calls-1 {
				t.Errorf("pass %d: stored summary has %d sentences, want %d", calls, len(d.Summary), calls-1)
			}
			if err := s.Check(ctx); err != nil {
				t.Errorf("pass %d: %v", calls, err)
			}
		}
		if calls < n {
			clock.Add(time.Minute)
			res, err := s.Ingest(ctx, []chorus.Article{report(calls + 1)})
			if err != nil {
				t.Fatalf("ingest during summary: %v", err)
			}
			if res[0].StoryID != storyID {
				t.Fatalf("report %d went to story %d, want %d", calls+1, res[0].StoryID, storyID)
			}
		}
		return leadSummarize(arts, o)
	}
	var err error
	if s, err = Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: summ}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Ingest(ctx, []chorus.Article{report(1)})
	if err != nil {
		t.Fatal(err)
	}
	storyID = res[0].StoryID
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	if calls != n {
		t.Errorf("summarizer called %d times, want %d", calls, n)
	}
	d, err := s.Story(ctx, storyID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Summary) != n {
		t.Errorf("final summary has %d sentences, want %d", len(d.Summary), n)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

// TestSummaryJobPerStory checks one summary job per story: changes made
// while a story's job waits join it (one computation, of the latest
// version), a change made while the job computes queues the next job when
// the summary is saved, and every summary saved (every version shown) was
// computed once.
func TestSummaryJobPerStory(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	damC := chorus.Article{Title: "Valdoria counts the cost of the Korvath flood", Source: "Third Post",
		URL: "https://third.example.net/valdoria-flood",
		Text: "Valdoria began counting the damage on Wednesday, a day after the Korvath dam burst and floodwater reached three villages. " +
			"Engineers said the cracks in the dam had been reported for years."}
	var s *Service
	var computed []int  // articles of each computation
	during := func() {} // runs inside the next computation
	summ := func(arts []chorus.Article, o chorus.Options) (chorus.Summary, error) {
		computed = append(computed, len(arts))
		f := during
		during = func() {}
		f()
		return leadSummarize(arts, o)
	}
	var err error
	s, err = Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: summ})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var dam int64
	for _, a := range []chorus.Article{damA, damB} { // two assignment batches: two changes
		res, err := s.Ingest(ctx, []chorus.Article{a})
		if err != nil {
			t.Fatal(err)
		}
		dam = res[0].StoryID
	}
	if n, err := s.ProcessPending(ctx); err != nil || n != 1 {
		t.Fatalf("ProcessPending = %d, %v; want the story's one job", n, err)
	}
	if fmt.Sprint(computed) != "[2]" {
		t.Fatalf("computations of %v articles, want one of the latest version's 2", computed)
	}
	st := storyRecord(t, s, dam)
	if st.Version != 2 || st.SummaryVersion != 2 {
		t.Fatalf("story at version %d, summary version %d; want 2 and 2", st.Version, st.SummaryVersion)
	}

	// A change while the summary is computed: the summary saved is behind
	// its story, and the next job brings it up to date.
	during = func() {
		if _, err := s.Ingest(ctx, []chorus.Article{damC}); err != nil {
			t.Error(err)
		}
	}
	updated := damA
	updated.Text += " Officials later confirmed no one was hurt."
	if _, err := s.Ingest(ctx, []chorus.Article{updated}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.ProcessPending(ctx); err != nil || n != 2 {
		t.Fatalf("ProcessPending = %d, %v; want the job and the one queued by its save", n, err)
	}
	if fmt.Sprint(computed) != "[2 2 3]" {
		t.Fatalf("computations of %v articles, want [2 2 3]", computed)
	}
	st = storyRecord(t, s, dam)
	if st.Version != 4 || st.SummaryVersion != 4 {
		t.Errorf("story at version %d, summary version %d; want 4 and 4", st.Version, st.SummaryVersion)
	}
	if n, err := s.ProcessPending(ctx); err != nil || n != 0 {
		t.Errorf("idle ProcessPending = %d, %v", n, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

// storyRecord reads a story as stored.
func storyRecord(t *testing.T, s *Service, id int64) *chorus.StoryRecord {
	t.Helper()
	var st *chorus.StoryRecord
	err := s.store.View(context.Background(), func(r chorus.StoreReader) error {
		var err error
		st, err = r.Story(context.Background(), id)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}
