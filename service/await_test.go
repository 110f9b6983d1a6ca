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

// anywhereStore is a store whose Assigned tells of every assigner's batches
// (as PostgreSQL's does), counting the read transactions of one service.
type anywhereStore struct {
	*mock.Store
	db    interface{ Assigned() <-chan struct{} }
	reads atomic.Int64
}

func (s *anywhereStore) Assigned() <-chan struct{} { return s.db.Assigned() }
func (s *anywhereStore) AssignedAnywhere() bool    { return true }

// slowLead delays each assignment batch, so that a follower's Ingest
// always waits for it.
type slowLead struct{ chorus.Leadership }

func (l slowLead) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	time.Sleep(50 * time.Millisecond)
	return l.Leadership.Update(ctx, fn)
}

// TestFollowerReadsAfterBatch checks that an Ingest in a process that does
// not assign, on a store that tells of every assigner's batches, reads its
// stories from the store once, after the batch that assigned them, and
// not while the assigner has not committed it (it read at once, then after
// the batch: two reads per article, most of them useless, in every
// follower).
func TestFollowerReadsAfterBatch(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	leaderStore := &mock.Store{Store: db, CloseFn: func() error { return nil },
		LeadFn: func(ctx context.Context, holder string) (chorus.Leadership, error) {
			l, err := db.Lead(ctx, holder)
			if l == nil || err != nil {
				return l, err
			}
			return slowLead{l}, nil
		}}
	leader, err := Open(ctx, leaderStore, Options{Summarize: leadSummarize, LeadRetry: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer leader.Close()
	rctx, cancel := context.WithCancel(ctx)
	ran := make(chan struct{})
	go func() { defer close(ran); leader.Run(rctx) }()
	defer func() { cancel(); <-ran }()
	for !leads(leader) {
		time.Sleep(5 * time.Millisecond)
	}

	fs := &anywhereStore{db: db}
	fs.Store = &mock.Store{Store: db, CloseFn: func() error { return nil },
		LeadFn: func(context.Context, string) (chorus.Leadership, error) { return nil, nil },
		ViewFn: func(ctx context.Context, fn func(chorus.StoreReader) error) error {
			fs.reads.Add(1)
			return db.View(ctx, fn)
		}}
	follower, err := Open(ctx, fs, Options{Summarize: leadSummarize})
	if err != nil {
		t.Fatal(err)
	}
	defer follower.Close()
	for i, a := range []chorus.Article{damA, damB} {
		before := fs.reads.Load()
		res, err := follower.Ingest(ctx, []chorus.Article{a})
		if err != nil {
			t.Fatal(err)
		}
		if res[0].StoryID == 0 {
			t.Fatalf("article %d: story pending, want it assigned by the leader", i)
		}
		if n := fs.reads.Load() - before; n != 1 {
			t.Errorf("article %d: the follower's Ingest read the store %d times, want 1 (after the batch)", i, n)
		}
	}
}

// leads reports whether s holds the story assigner's role.
func leads(s *Service) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lead != nil
}
