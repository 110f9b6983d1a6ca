package service

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/sqlite"
	"github.com/prometheus/client_golang/prometheus"
)

// TestCatchUp checks that a process that led before catches up with the
// changes another process's assigner made meanwhile, from the change log
// (a page at a time, one read for the page's articles), and decides as if
// it had made them: a follow-up of a story only the other process saw
// joins that story.
func TestCatchUp(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "chorus.db")
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	open := func(reg prometheus.Registerer) *Service {
		db, err := sqlite.Open(ctx, path, sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		s, err := Open(ctx, db, Options{Clock: clock.Now, Summarize: leadSummarize, Registerer: reg})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	regA := prometheus.NewRegistry()
	a, b := open(regA), open(nil)
	ingest := func(s *Service, art chorus.Article) int64 {
		t.Helper()
		clock.Add(time.Minute)
		res, err := s.Ingest(ctx, []chorus.Article{art})
		if err != nil {
			t.Fatal(err)
		}
		if res[0].StoryID == 0 {
			t.Fatalf("%q: no story", art.Title)
		}
		return res[0].StoryID
	}
	dam := ingest(a, damA) // a leads for its Ingest, keeps its index
	chessStory := ingest(b, chess)
	if got := ingest(b, damB); got != dam {
		t.Fatalf("second dam article in story %d, want %d", got, dam)
	}
	chess2 := chorus.Article{Title: "Tensk celebrates chess title in Ostrel", Source: "Board Weekly",
		URL: "https://board.example.org/tensk",
		Text: "Mira Tensk celebrated her chess title in Ostrel on Monday, a day after the final. " +
			"The nineteen-year-old said her opening preparation for the tiebreak had taken months."}
	if got := ingest(a, chess2); got != chessStory {
		t.Errorf("chess follow-up in story %d, want %d (the story a learned from the change log)", got, chessStory)
	}
	if n := metricValue(t, regA, "chorus_changelog_caught_up_total"); n != 2 {
		t.Errorf("a caught up with %v changes, want the 2 of b", n)
	}
	if n := metricValue(t, regA, "chorus_index_rebuilds_total"); n != 1 {
		t.Errorf("a loaded its index %v times, want once", n)
	}
}
