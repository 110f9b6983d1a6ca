package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// testLimits checks that a store refuses, as the last line behind the
// service, what breaks the limits of package chorus, and stores nothing of
// it.
func testLimits(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	sid := newStory(t, s, "a1", "First", t0)
	huge := strings.Repeat("x", 5<<20)
	cases := []struct {
		name  string
		edit  func(a *chorus.ArticleRecord)
		field string
	}{
		{"5 MB title", func(a *chorus.ArticleRecord) { a.Title = huge }, "title"},
		{"5 MB source", func(a *chorus.ArticleRecord) { a.Source = huge }, "source"},
		{"long URL", func(a *chorus.ArticleRecord) { a.URL = "https://example.com/" + huge[:chorus.MaxURLBytes] }, "url"},
		{"long id", func(a *chorus.ArticleRecord) { a.ID = huge[:chorus.MaxIDBytes+1] }, "id"},
		{"huge text", func(a *chorus.ArticleRecord) { a.Text = huge }, "text"},
		{"NUL in URL", func(a *chorus.ArticleRecord) { a.URL = "https://example.com/\x00" }, "url"},
		{"invalid UTF-8 title", func(a *chorus.ArticleRecord) { a.Title = "\xff" }, "title"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article("big", sid, t0)
			tc.edit(&a)
			err := s.Update(ctx, func(tx chorus.StoreTx) error { _, err := tx.PutArticle(ctx, a); return err })
			if code := chorus.ErrorCode(err); code != chorus.EINVALID && code != chorus.ETOOLARGE {
				t.Fatalf("PutArticle = %v, want a refusal", err)
			}
			if !strings.Contains(chorus.ErrorMessage(err), tc.field) {
				t.Errorf("refusal %q does not name %s", chorus.ErrorMessage(err), tc.field)
			}
		})
	}
	view(t, s, func(r chorus.StoreReader) error {
		list, err := r.StoryArticles(ctx, sid)
		if err != nil {
			return err
		}
		if len(list) != 1 {
			t.Errorf("story holds %v after refusals, want only a1", ids(list))
		}
		return nil
	})
	err := s.Update(ctx, func(tx chorus.StoreTx) error {
		_, err := tx.AddFeed(ctx, "https://example.com/"+huge, t0)
		return err
	})
	if chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("AddFeed with a 5 MB URL = %v, want invalid", err)
	}
	var f *chorus.Feed
	update(t, s, func(tx chorus.StoreTx) error {
		var err error
		f, err = tx.AddFeed(ctx, "https://example.com/rss", t0)
		return err
	})
	f.Title = huge
	if err := s.Update(ctx, func(tx chorus.StoreTx) error { return tx.UpdateFeed(ctx, *f) }); chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("UpdateFeed with a 5 MB title = %v, want invalid", err)
	}
}
