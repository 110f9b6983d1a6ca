package service

import (
	"context"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/mock"
)

// TestStoriesLead checks that a listed story carries the first sentence of
// its current summary as its lead, and no lead before the first summary.
func TestStoriesLead(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	s := openTest(t, t.TempDir(), clock)
	res, err := s.Ingest(ctx, []chorus.Article{damA, chess})
	if err != nil {
		t.Fatal(err)
	}
	leads := func() map[int64]string {
		t.Helper()
		page, err := s.Stories(ctx, chorus.StoryQuery{})
		if err != nil {
			t.Fatal(err)
		}
		m := map[int64]string{}
		for _, st := range page.Stories {
			m[st.ID] = st.Lead
		}
		return m
	}
	for id, l := range leads() {
		if l != "" {
			t.Errorf("story %d has lead %q before any summary", id, l)
		}
	}

	clock.Add(time.Minute)
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	got := leads()
	for _, r := range []chorus.IngestResult{res[0], res[1]} {
		d, err := s.Story(ctx, r.StoryID, chorus.StoryDetailQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Summary) == 0 {
			t.Fatalf("story %d has no summary after processing", r.StoryID)
		}
		want := d.Summary[0].Text
		if got[r.StoryID] != want {
			t.Errorf("story %d listed with lead %q, want its first summary sentence %q", r.StoryID, got[r.StoryID], want)
		}
		if d.Lead != want {
			t.Errorf("story %d detail has lead %q, want %q", r.StoryID, d.Lead, want)
		}
	}
	if got[res[0].StoryID] == got[res[1].StoryID] {
		t.Errorf("two different stories share the lead %q", got[res[0].StoryID])
	}
}

func TestLead(t *testing.T) {
	tests := []struct {
		name string
		sum  *chorus.StorySummary
		want string
	}{
		{"no summary", nil, ""},
		{"rejected, no sentence", &chorus.StorySummary{Error: "no text"}, ""},
		{"first of two, trimmed", &chorus.StorySummary{Sentences: []chorus.StorySentence{
			{Sentence: chorus.Sentence{Text: " A bridge reopened. "}},
			{Sentence: chorus.Sentence{Text: "Traffic resumed."}},
		}}, "A bridge reopened."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lead(tt.sum); got != tt.want {
				t.Errorf("lead = %q, want %q", got, tt.want)
			}
		})
	}
}

// queryReader records the query the service passes to the store's
// Stories.
type queryReader struct {
	chorus.StoreReader
	got *chorus.StoryQuery
}

func (r queryReader) Stories(ctx context.Context, q chorus.StoryQuery) ([]chorus.StoryRecord, int, error) {
	*r.got = q
	return r.StoreReader.Stories(ctx, q)
}

// TestStoriesPageSize checks the page sizes of the root package: zero
// means chorus.DefaultStoryPage, a larger limit is lowered to
// chorus.MaxStoryPage, a negative one refused.
func TestStoriesPageSize(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	var got chorus.StoryQuery
	store := &mock.Store{Store: db, ViewFn: func(ctx context.Context, fn func(chorus.StoreReader) error) error {
		return db.View(ctx, func(r chorus.StoreReader) error { return fn(queryReader{r, &got}) })
	}}
	s, err := Open(ctx, store, Options{Summarize: leadSummarize})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		name        string
		limit, want int
	}{
		{"default", 0, chorus.DefaultStoryPage},
		{"as asked", 7, 7},
		{"lowered", chorus.MaxStoryPage + 1, chorus.MaxStoryPage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.Stories(ctx, chorus.StoryQuery{Limit: tt.limit, Text: " dam "}); err != nil {
				t.Fatal(err)
			}
			if got.Limit != tt.want || got.Text != "dam" {
				t.Errorf("store asked for %+v, want limit %d and text %q", got, tt.want, "dam")
			}
		})
	}
	if _, err := s.Stories(ctx, chorus.StoryQuery{Limit: -1}); chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("negative limit: %v, want an invalid error", err)
	}
}
