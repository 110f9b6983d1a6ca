package postgres

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// TestStoryAndArticles checks that StoryAndArticles reads what a View of
// Story and StoryArticles reads, for a story of several articles and one
// missing, and that its connections go back to the pool
// clean (more calls than the pool has connections, a failed read among
// them).
func TestStoryAndArticles(t *testing.T) {
	ctx := context.Background()
	db := OpenTest(t)
	at := time.Date(2026, 2, 1, 8, 0, 0, 0, time.UTC)
	var full int64
	err := db.Update(ctx, func(tx chorus.StoreTx) error {
		var err error
		if full, err = tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: "Bridge closed", Created: at}, Last: at}); err != nil {
			return err
		}
		for i := range 3 {
			id := fmt.Sprintf("bridge-%d", i)
			a := chorus.ArticleRecord{
				StoredArticle: chorus.StoredArticle{
					Article: chorus.Article{ID: id, Title: "Bridge " + id, Source: "Gazette", URL: "https://news.example.org/" + id,
						Published: at.Add(time.Duration(i) * time.Hour), Text: "The old bridge closed for repairs, report " + id + "."},
					StoryID: full, Ingested: at, Updated: at,
				},
				Key: "url:https://news.example.org/" + id, Hash: "hash-" + id,
			}
			if _, err := tx.PutArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name     string
		id       int64
		articles int
	}{
		{"three articles", full, 3},
		{"missing", 999999, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var want *chorus.StoryRecord
			var wantArts []chorus.ArticleRecord
			werr := db.View(ctx, func(r chorus.StoreReader) error {
				var err error
				if want, err = r.Story(ctx, tt.id); err != nil {
					return err
				}
				wantArts, err = r.StoryArticles(ctx, tt.id)
				return err
			})
			// More calls than the pool holds connections: each must
			// return its connection outside any transaction.
			for range 2 * int(db.pool.Config().MaxConns) {
				st, arts, err := db.StoryAndArticles(ctx, tt.id)
				if chorus.IsNotFound(werr) {
					if !chorus.IsNotFound(err) {
						t.Fatalf("StoryAndArticles of a missing story = %v, want not found", err)
					}
					continue
				}
				if werr != nil || err != nil {
					t.Fatalf("View: %v; StoryAndArticles: %v", werr, err)
				}
				if !reflect.DeepEqual(st, want) {
					t.Errorf("story %+v, want %+v", st, want)
				}
				if len(arts) != tt.articles || !reflect.DeepEqual(arts, wantArts) {
					t.Errorf("%d articles %+v, want %d: %+v", len(arts), arts, tt.articles, wantArts)
				}
			}
		})
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := db.StoryAndArticles(cancelled, full); err == nil {
		t.Errorf("StoryAndArticles with a cancelled context: no error")
	}
	if _, arts, err := db.StoryAndArticles(ctx, full); err != nil || len(arts) != 3 {
		t.Errorf("StoryAndArticles after a failed read = %d articles, %v; want 3", len(arts), err)
	}
}
