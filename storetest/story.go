package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

func testStoryLifecycle(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	sid := newStory(t, s, "a1", "Dam bursts", t0)
	story := func() *chorus.StoryRecord {
		var st *chorus.StoryRecord
		view(t, s, func(r chorus.StoreReader) error {
			var err error
			st, err = r.Story(ctx, sid)
			return err
		})
		return st
	}
	st := story()
	if st.Version != 1 || st.SummaryVersion != 0 || st.Summary != nil || st.Title != "Dam bursts" ||
		!st.Created.Equal(t0) || !st.Updated.Equal(t0) || !st.Last.Equal(t0) {
		t.Fatalf("new story = %+v", st)
	}
	update(t, s, func(tx chorus.StoreTx) error {
		return tx.TouchStory(ctx, sid, t0.Add(2*time.Hour), t0.Add(time.Minute))
	})
	st = story()
	if st.Version != 2 || !st.Last.Equal(t0.Add(2*time.Hour)) {
		t.Errorf("touched story: version %d last %v", st.Version, st.Last)
	}
	update(t, s, func(tx chorus.StoreTx) error { return tx.TouchStory(ctx, sid, t0, t0.Add(2*time.Minute)) })
	if st = story(); !st.Last.Equal(t0.Add(2 * time.Hour)) {
		t.Errorf("Last went back to %v", st.Last)
	}
	if got, want := fmt.Sprint(pending(t, s)), fmt.Sprintf("[%d/0]", sid); got != want {
		t.Errorf("jobs = %s, want %s: one per story, the changes joining it", got, want)
	}

	sum := chorus.StorySummary{
		Sentences: []chorus.StorySentence{{Sentence: chorus.Sentence{Text: "The Korvath dam burst.", Sources: []int{1}, Support: 1}, Added: t0.Add(time.Hour)}},
		Sources:   []chorus.Source{{ID: 1, Article: "a1", Title: "Dam bursts"}},
		Words:     4, Computed: t0.Add(time.Hour),
	}
	// A summary of version 1 is stale (the story is at 3) but newer than
	// none: it is stored, not current.
	save := func(version int64, title string, sum chorus.StorySummary) (bool, error) {
		var current bool
		err := s.Update(ctx, func(tx chorus.StoreTx) error {
			var err error
			current, err = tx.SaveSummary(ctx, sid, version, title, sum, t0.Add(time.Hour))
			return err
		})
		return current, err
	}
	stale := sum
	stale.Words = 2
	if current, err := save(1, "Stale", stale); err != nil || current {
		t.Fatalf("SaveSummary of stale version 1 = %v, %v; want saved, not current", current, err)
	}
	if st = story(); st.SummaryVersion != 1 || st.Summary == nil || st.Summary.Words != 2 || st.Title != "Stale" {
		t.Errorf("stale-but-newer summary not stored: %+v", st)
	}
	if current, err := save(3, "Korvath dam bursts", sum); err != nil || !current {
		t.Fatalf("SaveSummary of current version 3 = %v, %v; want saved, current", current, err)
	}
	st = story()
	if st.SummaryVersion != 3 || st.Title != "Korvath dam bursts" || !st.Updated.Equal(t0.Add(time.Hour)) || st.Summary == nil {
		t.Fatalf("saved story = %+v", st)
	}
	if got := st.Summary; len(got.Sentences) != 1 || got.Sentences[0].Text != "The Korvath dam burst." ||
		!got.Sentences[0].Added.Equal(t0.Add(time.Hour)) || got.Sources[0].Article != "a1" || got.Words != 4 {
		t.Errorf("summary round trip = %+v", got)
	}
	// Summaries older than, or as old as, the stored one are refused.
	for _, v := range []int64{2, 3} {
		if _, err := save(v, "Older", stale); !errors.Is(err, chorus.ErrVersion) {
			t.Errorf("SaveSummary of version %d over version 3 = %v, want ErrVersion", v, err)
		}
	}
	if st = story(); st.SummaryVersion != 3 || st.Title != "Korvath dam bursts" || st.Summary.Words != 4 {
		t.Errorf("refused save changed the story: %+v", st)
	}
	if _, err := save(4, "Future", sum); !errors.Is(err, chorus.ErrVersion) {
		t.Errorf("SaveSummary of a version the story never had = %v, want ErrVersion", err)
	}
	if err := s.Update(ctx, func(tx chorus.StoreTx) error { return tx.TouchStory(ctx, 9999, t0, t0) }); !chorus.IsNotFound(err) {
		t.Errorf("TouchStory of a missing story = %v", err)
	}
}

func testMerge(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	a := newStory(t, s, "a1", "A", t0)
	b := newStory(t, s, "b1", "B", t0.Add(5*time.Hour))
	c := newStory(t, s, "c1", "C", t0)
	update(t, s, func(tx chorus.StoreTx) error { return tx.MergeStory(ctx, c, b, t0.Add(time.Minute)) })
	update(t, s, func(tx chorus.StoreTx) error { return tx.MergeStory(ctx, b, a, t0.Add(2*time.Minute)) })
	// Each story's creation queued its job; each merge's change of the
	// surviving story joined that story's job (a merged story's job finds
	// it merged and ends).
	if got, want := fmt.Sprint(pending(t, s)), fmt.Sprintf("[%d/0 %d/0 %d/0]", a, b, c); got != want {
		t.Errorf("jobs after merges = %s, want %s", got, want)
	}
	view(t, s, func(r chorus.StoreReader) error {
		sa, err := r.Story(ctx, a)
		if err != nil {
			return err
		}
		if sa.ArticleCount != 3 || sa.MergedInto != 0 || !sa.Last.Equal(t0.Add(5*time.Hour)) || sa.Version != 2 {
			t.Errorf("surviving story = %+v", sa)
		}
		for _, id := range []int64{b, c} {
			st, err := r.Story(ctx, id)
			if err != nil {
				return err
			}
			if st.MergedInto != a || st.ArticleCount != 0 {
				t.Errorf("story %d merged into %d with %d articles; want into %d, none", id, st.MergedInto, st.ArticleCount, a)
			}
		}
		_, n, err := r.Stories(ctx, chorus.StoryQuery{})
		if err != nil {
			return err
		}
		if n != 1 {
			t.Errorf("%d live stories after merges, want 1", n)
		}
		return nil
	})
	if err := s.Update(ctx, func(tx chorus.StoreTx) error { return tx.MergeStory(ctx, b, a, t0) }); !chorus.IsNotFound(err) {
		t.Errorf("merging a merged story = %v, want ErrNotFound", err)
	}
}

func testStoriesPage(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	var ids []int64
	for i := range 5 {
		ids = append(ids, newStory(t, s, fmt.Sprintf("s%d", i), fmt.Sprintf("Story %d", i), t0.Add(time.Duration(i)*time.Hour)))
	}
	// Story 0 gets a summary mentioning Valdoria, updated last.
	sum := chorus.StorySummary{Sentences: []chorus.StorySentence{{Sentence: chorus.Sentence{Text: "Floods hit VALDORIA."}}}}
	update(t, s, func(tx chorus.StoreTx) error {
		_, err := tx.SaveSummary(ctx, ids[0], 1, "Story 0", sum, t0.Add(10*time.Hour))
		return err
	})
	cases := []struct {
		name  string
		f     chorus.StoryQuery
		want  []int64
		total int
	}{
		{"newest first", chorus.StoryQuery{Limit: 3}, []int64{ids[0], ids[4], ids[3]}, 5},
		{"second page", chorus.StoryQuery{Limit: 3, Offset: 3}, []int64{ids[2], ids[1]}, 5},
		{"summary text, any case", chorus.StoryQuery{Text: "valdoria"}, []int64{ids[0]}, 1},
		{"title text", chorus.StoryQuery{Text: "story 3"}, []int64{ids[3]}, 1},
		{"no match", chorus.StoryQuery{Text: "nothing like this"}, nil, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			view(t, s, func(r chorus.StoreReader) error {
				got, total, err := r.Stories(ctx, tc.f)
				if err != nil {
					return err
				}
				var gotIDs []int64
				for _, st := range got {
					gotIDs = append(gotIDs, st.ID)
				}
				if fmt.Sprint(gotIDs) != fmt.Sprint(tc.want) || total != tc.total {
					t.Errorf("got %v (total %d), want %v (total %d)", gotIDs, total, tc.want, tc.total)
				}
				return nil
			})
		})
	}
}

// testStoryArticlePage checks that a story's articles are paged in
// ingestion order without their text.
func testStoryArticlePage(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	sid := newStory(t, s, "p1", "Paged", t0)
	update(t, s, func(tx chorus.StoreTx) error {
		for _, id := range []string{"p2", "p3", "p4"} {
			if _, err := tx.PutArticle(ctx, article(id, sid, t0)); err != nil {
				return err
			}
		}
		return nil
	})
	tests := []struct {
		limit, offset int
		want          string
	}{
		{2, 0, "p1,p2"},
		{2, 2, "p3,p4"},
		{10, 3, "p4"},
		{10, 4, ""},
	}
	for _, tt := range tests {
		view(t, s, func(r chorus.StoreReader) error {
			page, err := r.StoryArticlePage(ctx, sid, tt.limit, tt.offset)
			if err != nil {
				return err
			}
			if got := strings.Join(ids(page), ","); got != tt.want {
				t.Errorf("StoryArticlePage(limit %d, offset %d) = %s, want %s", tt.limit, tt.offset, got, tt.want)
			}
			for _, a := range page {
				if a.Text != "" || a.Title == "" || a.URL == "" {
					t.Errorf("paged article %s: text %q, title %q, url %q; want no text only", a.ID, a.Text, a.Title, a.URL)
				}
			}
			return nil
		})
	}
}

// testSourceCount checks that a story counts each publisher once, without
// case, however many of its articles carry it; articles without a source
// count on their own, copies not at all.
func testSourceCount(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	sid := newStory(t, s, "c1", "Counted", t0) // Source "Src"
	update(t, s, func(tx chorus.StoreTx) error {
		for _, x := range []struct{ id, source, dupOf string }{
			{"c2", "src", ""},          // the same publisher in another case
			{"c3", "Orla Herald", ""},  // a second publisher
			{"c4", "", ""},             // unnamed: counts alone
			{"c5", "", ""},             // unnamed: counts alone
			{"c6", "Weyl Notes", "c3"}, // a copy: not counted
		} {
			a := article(x.id, sid, t0)
			a.Source, a.DuplicateOf = x.source, x.dupOf
			if _, err := tx.PutArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	view(t, s, func(r chorus.StoreReader) error {
		st, err := r.Story(ctx, sid)
		if err != nil {
			return err
		}
		if st.ArticleCount != 6 || st.SourceCount != 4 {
			t.Errorf("story counts %d articles, %d sources; want 6 and 4", st.ArticleCount, st.SourceCount)
		}
		return nil
	})
}

// testArticlesByID checks Articles: the stored articles among the IDs asked
// for, in ingestion order, missing ones left out.
func testArticlesByID(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	newStory(t, s, "a1", "A", t0)
	newStory(t, s, "b1", "B", t0.Add(time.Minute))
	newStory(t, s, "c1", "C", t0.Add(2*time.Minute))
	view(t, s, func(r chorus.StoreReader) error {
		got, err := r.Articles(ctx, []string{"c1", "missing", "a1"})
		if err != nil {
			return err
		}
		var ids []string
		for _, a := range got {
			ids = append(ids, a.ID)
			if a.Text == "" || a.StoryID == 0 {
				t.Errorf("article %s read without its text or story: %+v", a.ID, a)
			}
		}
		if fmt.Sprint(ids) != "[a1 c1]" {
			t.Errorf("Articles(c1, missing, a1) = %v, want [a1 c1]", ids)
		}
		if none, err := r.Articles(ctx, nil); err != nil || len(none) != 0 {
			t.Errorf("Articles() = %v, %v; want none", none, err)
		}
		return nil
	})
}
