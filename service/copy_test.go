package service

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/summarize"
)

// TestSpunCopyNotSupport ingests the summarizer's invented spun pair (an
// article and a reworded copy of it) through the service: the story marks
// the rewrite a copy and counts one source, and the summary agrees — the
// copy is cited beside its original, but a sentence both carry has support
// 1, because the worker passes the story's copy decisions to the
// summarizer.
func TestSpunCopyNotSupport(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	var seen []chorus.Article
	record := func(arts []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
		seen = slices.Clone(arts)
		return summarize.Summarize(arts, opts)
	}
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: record})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "summarize", "testdata", "spun", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	orig := chorus.Article{Title: "Russia and Norway agree to share fish data", Source: "Wire One",
		URL: "https://wire.example.com/barents", Text: read("1-original.txt")}
	spun := chorus.Article{Title: "Norway and Russia in Barents data pact", Source: "Content Farm",
		URL: "https://farm.example.net/pact", Text: read("2-spun.txt")}
	res, err := s.Ingest(ctx, []chorus.Article{orig, spun})
	if err != nil {
		t.Fatal(err)
	}
	if res[1].StoryID != res[0].StoryID || res[1].DuplicateOf != res[0].ID {
		t.Fatalf("spun article ingested as %+v, want a copy of %s in its story", res[1], res[0].ID)
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	d, err := s.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Story.SourceCount != 1 {
		t.Errorf("story counts %d sources, want 1", d.Story.SourceCount)
	}
	if i := slices.IndexFunc(seen, func(a chorus.Article) bool { return a.ID == res[1].ID }); i < 0 || seen[i].DuplicateOf != res[0].ID {
		t.Errorf("the summarizer was not told the spun article copies %s: %+v", res[0].ID, seen)
	}
	var shared *chorus.StorySentence
	for i := range d.Summary {
		if strings.Contains(d.Summary[i].Text, "Barents Sea") {
			shared = &d.Summary[i]
		}
	}
	if shared == nil {
		t.Fatalf("no summary sentence about the Barents Sea: %+v", d.Summary)
	}
	if shared.Support != 1 || len(shared.Sources) != 2 {
		t.Errorf("shared sentence cites %v with support %d, want both articles cited and support 1", shared.Sources, shared.Support)
	}
}
