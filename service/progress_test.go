package service

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// TestIngestProgress checks that Ingest reports each article of a batch to
// the function of WithIngestProgress, in order, and that a context without
// one ingests as before.
func TestIngestProgress(t *testing.T) {
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)})
	var got []int
	ctx := WithIngestProgress(context.Background(), func(done int) { got = append(got, done) })
	if _, err := s.Ingest(ctx, []chorus.Article{damA, damB, chess}); err != nil {
		t.Fatal(err)
	}
	if want := []int{1, 2, 3}; !slices.Equal(got, want) {
		t.Errorf("progress %v, want %v", got, want)
	}
	got = nil
	if _, err := s.Ingest(context.Background(), []chorus.Article{quakeFirst}); err != nil || got != nil {
		t.Errorf("ingest without progress: %v, progress %v", err, got)
	}
}
