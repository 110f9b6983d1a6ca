// Package storetest is the conformance suite of chorus.Store: every storage
// backend of the story service (service half: articles → stories →
// summaries) runs the same tests, so the service can move from SQLite to
// PostgreSQL without change.
package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// Run runs the suite; open returns a new, empty store for each subtest.
func Run(t *testing.T, open func(t *testing.T) chorus.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s chorus.Store)
	}{
		{"Articles", testArticles},
		{"LastSeq", testLastSeq},
		{"StoryLifecycle", testStoryLifecycle},
		{"Merge", testMerge},
		{"StoriesPage", testStoriesPage},
		{"Jobs", testJobs},
		{"Postpone", testPostpone},
		{"FirstJobDue", testFirstJobDue},
		{"Feeds", testFeeds},
		{"Rollback", testRollback},
		{"PanicRollback", testPanicRollback},
		{"Limits", testLimits},
		{"APIKeys", testAPIKeys},
		{"Owner", testOwner},
		{"StoryArticlePage", testStoryArticlePage},
		{"SourceCount", testSourceCount},
		{"Inbox", testInbox},
		{"ChangeLog", testChangeLog},
		{"ArticlesByID", testArticlesByID},
		{"Election", testElection},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

// t0 is the suite's fixed clock.
var t0 = time.Date(2026, 2, 3, 4, 5, 6, 789000000, time.UTC)

func update(t *testing.T, s chorus.Store, fn func(tx chorus.StoreTx) error) {
	t.Helper()
	if err := s.Update(context.Background(), fn); err != nil {
		t.Fatalf("Update: %v", err)
	}
}

func view(t *testing.T, s chorus.Store, fn func(r chorus.StoreReader) error) {
	t.Helper()
	if err := s.View(context.Background(), fn); err != nil {
		t.Fatalf("View: %v", err)
	}
}

// newStory creates a story holding one article and returns its ID.
func newStory(t *testing.T, s chorus.Store, articleID, title string, at time.Time) int64 {
	t.Helper()
	ctx := context.Background()
	var id int64
	update(t, s, func(tx chorus.StoreTx) error {
		var err error
		id, err = tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: title, Created: at}, Last: at})
		if err != nil {
			return err
		}
		_, err = tx.PutArticle(ctx, article(articleID, id, at))
		return err
	})
	return id
}

// article returns an invented article record.
func article(id string, story int64, at time.Time) chorus.ArticleRecord {
	return chorus.ArticleRecord{
		StoredArticle: chorus.StoredArticle{
			Article: chorus.Article{ID: id, Title: "Title " + id, Source: "Src", URL: "https://example.com/" + id,
				Published: at.Add(-time.Hour), Text: "Body of " + id + "."},
			StoryID: story, Ingested: at, Updated: at,
		},
		Key:  "url:https://example.com/" + id,
		Hash: "hash-" + id,
	}
}

func testArticles(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	sid := newStory(t, s, "a1", "First", t0)
	var seq1 int64
	update(t, s, func(tx chorus.StoreTx) error {
		a2 := article("a2", sid, t0.Add(time.Minute))
		a2.DuplicateOf = "a1"
		if _, err := tx.PutArticle(ctx, a2); err != nil {
			return err
		}
		a1 := article("a1", sid, t0)
		a1.Text, a1.Hash, a1.Updated = "New body.", "hash-a1-v2", t0.Add(time.Hour)
		var err error
		seq1, err = tx.PutArticle(ctx, a1)
		return err
	})
	view(t, s, func(r chorus.StoreReader) error {
		got, err := r.Article(ctx, "a1")
		if err != nil {
			return err
		}
		if got.Text != "New body." || got.Seq != seq1 || !got.Ingested.Equal(t0) || !got.Updated.Equal(t0.Add(time.Hour)) ||
			!got.Published.Equal(t0.Add(-time.Hour)) || got.URL != "https://example.com/a1" {
			t.Errorf("replaced article = %+v", got)
		}
		if k, err := r.ArticleByKey(ctx, "url:https://example.com/a2"); err != nil || k.ID != "a2" || k.DuplicateOf != "a1" {
			t.Errorf("ArticleByKey = %+v, %v", k, err)
		}
		if h, err := r.ArticleByHash(ctx, "hash-a1-v2"); err != nil || h.ID != "a1" {
			t.Errorf("ArticleByHash = %+v, %v", h, err)
		}
		for _, miss := range []func() error{
			func() error { _, err := r.Article(ctx, "zz"); return err },
			func() error { _, err := r.ArticleByKey(ctx, "zz"); return err },
			func() error { _, err := r.ArticleByHash(ctx, "zz"); return err },
		} {
			if err := miss(); !chorus.IsNotFound(err) {
				t.Errorf("missing article: %v, want ErrNotFound", err)
			}
		}
		list, err := r.StoryArticles(ctx, sid)
		if err != nil {
			return err
		}
		if len(list) != 2 || list[0].ID != "a1" || list[1].ID != "a2" {
			t.Errorf("StoryArticles = %v, want a1, a2 in ingestion order", ids(list))
		}
		st, err := r.Story(ctx, sid)
		if err != nil {
			return err
		}
		if st.ArticleCount != 2 || st.SourceCount != 1 {
			t.Errorf("story counts %d articles, %d sources; want 2, 1", st.ArticleCount, st.SourceCount)
		}
		return nil
	})
	old := newStory(t, s, "b1", "Old", t0.Add(-100*time.Hour))
	var recent []string
	view(t, s, func(r chorus.StoreReader) error {
		return r.RecentArticles(ctx, t0.Add(-time.Hour), func(a chorus.ArticleRecord) error {
			recent = append(recent, a.ID)
			return nil
		})
	})
	if len(recent) != 2 || recent[0] != "a1" || recent[1] != "a2" {
		t.Errorf("RecentArticles = %v, want [a1 a2] (story %d is too old)", recent, old)
	}
}

func testLastSeq(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	last := func(r chorus.StoreReader) int64 {
		t.Helper()
		seq, err := r.LastSeq(ctx)
		if err != nil {
			t.Fatalf("LastSeq: %v", err)
		}
		return seq
	}
	view(t, s, func(r chorus.StoreReader) error {
		if got := last(r); got != 0 {
			t.Errorf("LastSeq of an empty store = %d, want 0", got)
		}
		return nil
	})
	sid := newStory(t, s, "a1", "First", t0)
	var seq2 int64
	update(t, s, func(tx chorus.StoreTx) error {
		first := last(tx)
		var err error
		if seq2, err = tx.PutArticle(ctx, article("a2", sid, t0)); err != nil {
			return err
		}
		if got := last(tx); got != seq2 || seq2 <= first || first == 0 {
			t.Errorf("LastSeq in the writing transaction = %d (before %d), want the new seq %d", got, first, seq2)
		}
		// Replacing a stored article keeps its seq, and the last seq.
		a1 := article("a1", sid, t0)
		a1.Text, a1.Hash = "Changed body.", "hash-a1-v2"
		if _, err := tx.PutArticle(ctx, a1); err != nil {
			return err
		}
		if got := last(tx); got != seq2 {
			t.Errorf("LastSeq after a replace = %d, want %d", got, seq2)
		}
		return nil
	})
	view(t, s, func(r chorus.StoreReader) error {
		if got := last(r); got != seq2 {
			t.Errorf("LastSeq after commit = %d, want %d", got, seq2)
		}
		return nil
	})
}

func ids(list []chorus.ArticleRecord) []string {
	var out []string
	for _, a := range list {
		out = append(out, a.ID)
	}
	return out
}

func testRollback(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	boom := errors.New("boom")
	err := s.Update(ctx, func(tx chorus.StoreTx) error {
		id, err := tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Created: t0}, Last: t0})
		if err != nil {
			return err
		}
		if _, err := tx.PutArticle(ctx, article("r1", id, t0)); err != nil {
			return err
		}
		if _, err := tx.AddFeed(ctx, "https://example.com/feed", t0); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Update = %v, want boom", err)
	}
	if jobs := pending(t, s); len(jobs) != 0 {
		t.Errorf("rolled-back job visible: %v", jobs)
	}
	view(t, s, func(r chorus.StoreReader) error {
		if _, err := r.Article(ctx, "r1"); !chorus.IsNotFound(err) {
			t.Errorf("rolled-back article visible: %v", err)
		}
		if _, n, err := r.Stories(ctx, chorus.StoryQuery{}); err != nil || n != 0 {
			t.Errorf("rolled-back story visible: %d, %v", n, err)
		}
		if feeds, err := r.Feeds(ctx); err != nil || len(feeds) != 0 {
			t.Errorf("rolled-back feed visible: %v, %v", feeds, err)
		}
		return nil
	})
}

// testPanicRollback panics inside Update: the transaction must be rolled
// back and the store must take the next write (a writer left inside the
// transaction would block it; the deadline turns that into a failure).
func testPanicRollback(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	func() {
		defer func() {
			if r := recover(); r == nil {
				t.Errorf("Update swallowed the panic")
			}
		}()
		s.Update(ctx, func(tx chorus.StoreTx) error {
			if _, err := tx.AddFeed(ctx, "https://example.com/panic", t0); err != nil {
				return err
			}
			panic("boom")
		})
	}()
	wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	err := s.Update(wctx, func(tx chorus.StoreTx) error {
		_, err := tx.AddFeed(wctx, "https://example.com/after", t0)
		return err
	})
	if err != nil {
		t.Fatalf("Update after a panic = %v", err)
	}
	view(t, s, func(r chorus.StoreReader) error {
		feeds, err := r.Feeds(ctx)
		if err != nil {
			return err
		}
		if len(feeds) != 1 || feeds[0].URL != "https://example.com/after" {
			t.Errorf("feeds after a panicking Update = %+v, want only the later one", feeds)
		}
		return nil
	})
}
