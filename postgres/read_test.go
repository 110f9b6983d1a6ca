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

// TestSaveCurrentSummary checks that SaveCurrentSummary saves a summary of
// the story's current version, newer than the stored one, and nothing
// otherwise: an older or equal version, a story that moved on, a merged
// story; and that its connections go back to the pool clean.
func TestSaveCurrentSummary(t *testing.T) {
	ctx := context.Background()
	db := OpenTest(t)
	at := time.Date(2026, 2, 1, 8, 0, 0, 0, time.UTC)
	story := func(n int) int64 {
		var id int64
		err := db.Update(ctx, func(tx chorus.StoreTx) error {
			var err error
			if id, err = tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: "Ferry delayed", Created: at}, Last: at}); err != nil {
				return err
			}
			aid := fmt.Sprintf("ferry-%d", n)
			_, err = tx.PutArticle(ctx, chorus.ArticleRecord{
				StoredArticle: chorus.StoredArticle{
					Article: chorus.Article{ID: aid, Title: "Ferry " + aid, Source: "Harbour News", URL: "https://harbour.example.org/" + aid,
						Text: "The morning ferry was delayed by fog, report " + aid + "."},
					StoryID: id, Ingested: at, Updated: at,
				},
				Key: "url:https://harbour.example.org/" + aid, Hash: "hash-" + aid,
			})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	touch := func(id int64) {
		if err := db.Update(ctx, func(tx chorus.StoreTx) error { return tx.TouchStory(ctx, id, at, at) }); err != nil {
			t.Fatal(err)
		}
	}
	read := func(id int64) *chorus.StoryRecord {
		st, _, err := db.StoryAndArticles(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	sum := func(text string) chorus.StorySummary {
		return chorus.StorySummary{Sentences: []chorus.StorySentence{{Sentence: chorus.Sentence{Text: text}, Added: at}},
			Sources: []chorus.Source{}, Computed: at}
	}
	a, b, merged := story(1), story(2), story(3)
	touch(b) // b is at version 2
	if err := db.Update(ctx, func(tx chorus.StoreTx) error { return tx.MergeStory(ctx, merged, a, at) }); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		id      int64
		version int64
		want    bool
		// stored is the story's summary version after the call.
		stored int64
	}{
		{"current", a, read(a).Version, true, read(a).Version},
		{"the same version again", a, read(a).Version, false, read(a).Version},
		{"an older version", b, 1, false, 0},
		{"a merged story", merged, read(merged).Version, false, 0},
		{"a missing story", 999999, 1, false, -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			saved, err := db.SaveCurrentSummary(ctx, tt.id, tt.version, "Fog delays the ferry", sum("The ferry was delayed by fog."), at)
			if err != nil || saved != tt.want {
				t.Fatalf("SaveCurrentSummary = %v, %v; want %v", saved, err, tt.want)
			}
			if tt.stored < 0 {
				return
			}
			st := read(tt.id)
			if st.SummaryVersion != tt.stored {
				t.Errorf("summary version %d, want %d", st.SummaryVersion, tt.stored)
			}
			if saved && (st.Title != "Fog delays the ferry" || st.Summary == nil || st.Summary.Sentences[0].Text != "The ferry was delayed by fog.") {
				t.Errorf("saved story %+v", st)
			}
		})
	}
	// More calls than the pool holds connections, each leaving its
	// connection clean; a failed one (cancelled) among them.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := db.SaveCurrentSummary(cancelled, b, 2, "T", sum("S."), at); err == nil {
		t.Errorf("SaveCurrentSummary with a cancelled context: no error")
	}
	for range 2 * int(db.pool.Config().MaxConns) {
		if saved, err := db.SaveCurrentSummary(ctx, b, 1, "T", sum("S."), at); err != nil || saved {
			t.Fatalf("SaveCurrentSummary of a story that moved on = %v, %v", saved, err)
		}
	}
	if saved, err := db.SaveCurrentSummary(ctx, b, 2, "Fog lifts", sum("The fog lifted."), at); err != nil || !saved {
		t.Errorf("SaveCurrentSummary at b's version = %v, %v; want saved", saved, err)
	}
}
