package service

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/mock"
)

// TestPendingStory checks the write path's answers while no assigner runs:
// the article is acknowledged with its story pending (StoryID zero) after
// Options.AssignWait, and assigned once an assigner runs; an exact copy
// posted then is answered with the original's story, though it queued
// nothing itself.
func TestPendingStory(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	var allow atomic.Bool
	store := &mock.Store{Store: db, LeadFn: func(ctx context.Context, holder string) (chorus.Leadership, error) {
		if !allow.Load() {
			return nil, nil // another process holds the role, and is stuck
		}
		return db.Lead(ctx, holder)
	}}
	s, err := Open(ctx, store, Options{Summarize: leadSummarize, AssignWait: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Ingest(ctx, []chorus.Article{damA})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != chorus.IngestCreated || res[0].StoryID != 0 {
		t.Fatalf("ingest without an assigner = %+v, want created with the story pending", res[0])
	}
	if a, err := s.Article(ctx, res[0].ID); err != nil || a.StoryID != 0 {
		t.Fatalf("stored article = %+v, %v; want it stored, unassigned", a, err)
	}
	allow.Store(true)
	copyA := damA
	copyA.URL = "https://mirror.example.com/dam"
	got, err := s.Ingest(ctx, []chorus.Article{copyA})
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Article(ctx, res[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.StoryID == 0 {
		t.Fatal("the pending article was not assigned once an assigner ran")
	}
	if got[0].Status != chorus.IngestUnchanged || got[0].ID != res[0].ID || got[0].StoryID != a.StoryID {
		t.Errorf("exact copy ingested as %+v, want unchanged %s in story %d", got[0], res[0].ID, a.StoryID)
	}
}
