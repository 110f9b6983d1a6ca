package service

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// TestSharedStore opens two services on one data directory, as `chorus
// serve` and `chorus ingest` do: each must cluster against what the other
// stored, not only against what it saw itself.
func TestSharedStore(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	dir := t.TempDir()
	a := openTest(t, dir, clock)
	b := openTest(t, dir, clock) // opened before a ingests anything

	resA, err := a.Ingest(ctx, []chorus.Article{damA})
	if err != nil {
		t.Fatal(err)
	}
	clock.Add(time.Minute)
	copyA := damA
	copyA.URL, copyA.Source = "https://syndicate.example.com/x", "Reprinter"
	copyA.Text = strings.Replace(damA.Text, "on Tuesday", "on Tuesday morning", 1)
	resB, err := b.Ingest(ctx, []chorus.Article{copyA})
	if err != nil {
		t.Fatal(err)
	}
	if got := resB[0]; got.Status != chorus.IngestCreated || got.DuplicateOf != resA[0].ID || got.StoryID != resA[0].StoryID {
		t.Fatalf("copy ingested through b as %+v, want a duplicate of %s in story %d", got, resA[0].ID, resA[0].StoryID)
	}

	// And back: a sees b's article too.
	clock.Add(time.Minute)
	copyB := copyA
	copyB.URL = "https://mirror.example.com/y"
	copyB.Text = strings.Replace(copyA.Text, "three villages", "3 villages", 1)
	resA2, err := a.Ingest(ctx, []chorus.Article{copyB})
	if err != nil {
		t.Fatal(err)
	}
	if got := resA2[0]; got.DuplicateOf == "" || got.StoryID != resA[0].StoryID {
		t.Errorf("second copy ingested through a as %+v, want a duplicate in story %d", got, resA[0].StoryID)
	}
	d, err := a.Story(ctx, resA[0].StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Story.ArticleCount != 3 {
		t.Errorf("story holds %d articles, want 3", d.Story.ArticleCount)
	}
	if err := a.Check(ctx); err != nil {
		t.Error(err)
	}
}

// TestInternal checks that store-level "not found" and "conflict" errors
// escaping ingest are reported as internal, and others keep their code.
func TestInternal(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"not found", chorus.ErrNotFound, chorus.EINTERNAL},
		{"version", chorus.ErrVersion, chorus.EINTERNAL},
		{"invalid", chorus.Errorf(chorus.EINVALID, "bad"), chorus.EINVALID},
		{"context", context.Canceled, chorus.ErrorCode(context.Canceled)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chorus.ErrorCode(internal(tt.err)); got != tt.want {
				t.Errorf("code of internal(%v) = %s, want %s", tt.err, got, tt.want)
			}
		})
	}
}
