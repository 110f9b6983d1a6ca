package service

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// ingestOneT ingests a alone and returns its result.
func ingestOneT(t *testing.T, s *Service, a chorus.Article) chorus.IngestResult {
	t.Helper()
	res, err := s.Ingest(context.Background(), []chorus.Article{a})
	if err != nil {
		t.Fatalf("Ingest(%s): %v", a.URL, err)
	}
	return res[0]
}

// storyCounts returns a story's article and source counts.
func storyCounts(t *testing.T, s *Service, id int64) (articles, sources int) {
	t.Helper()
	d, err := s.Story(context.Background(), id, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatalf("Story(%d): %v", id, err)
	}
	return d.Story.ArticleCount, d.Story.SourceCount
}

// TestUpdateClearsDuplicate rewrites a copy in its own words: it must stop
// being a duplicate and count as a source.
func TestUpdateClearsDuplicate(t *testing.T) {
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)})
	copyA := damA
	copyA.URL, copyA.Source = "https://syndicate.example.com/dam", "Reprinter"
	copyA.Text = strings.Replace(damA.Text, "on Tuesday", "on Tuesday morning", 1)
	a := ingestOneT(t, s, damA)
	b := ingestOneT(t, s, copyA)
	if b.DuplicateOf != a.ID {
		t.Fatalf("copy ingested as %+v, want a duplicate of %s", b, a.ID)
	}
	if n, src := storyCounts(t, s, a.StoryID); n != 2 || src != 1 {
		t.Fatalf("before the update: %d articles, %d sources; want 2, 1", n, src)
	}

	rewritten := copyA
	rewritten.Text = "Reporters from the Reprinter reached the flooded valley below the Korvath dam by boat. " +
		"Families sheltering in the Valdoria school described water rising through their farms overnight, " +
		"and the mayor asked for army help to rebuild two bridges."
	up := ingestOneT(t, s, rewritten)
	if up.Status != chorus.IngestUpdated || up.ID != b.ID {
		t.Fatalf("rewrite ingested as %+v, want an update of %s", up, b.ID)
	}
	if up.DuplicateOf != "" || up.StoryID != a.StoryID {
		t.Errorf("rewrite: DuplicateOf %q story %d; want none and story %d", up.DuplicateOf, up.StoryID, a.StoryID)
	}
	if n, src := storyCounts(t, s, a.StoryID); n != 2 || src != 2 {
		t.Errorf("after the update: %d articles, %d sources; want 2, 2", n, src)
	}
	d, err := s.Story(context.Background(), a.StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, art := range d.Articles {
		if art.ID == b.ID && art.DuplicateOf != "" {
			t.Errorf("stored article still a duplicate of %q", art.DuplicateOf)
		}
	}
}

// TestUpdateLinksDuplicate rewrites an independent article of a story as a
// copy of another: it must become that one's duplicate.
func TestUpdateLinksDuplicate(t *testing.T) {
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)})
	a := ingestOneT(t, s, damA)
	c := ingestOneT(t, s, damB)
	if c.DuplicateOf != "" || c.StoryID != a.StoryID {
		t.Fatalf("second report ingested as %+v, want an original in story %d", c, a.StoryID)
	}
	if n, src := storyCounts(t, s, a.StoryID); n != 2 || src != 2 {
		t.Fatalf("before the update: %d articles, %d sources; want 2, 2", n, src)
	}
	asCopy := damB
	asCopy.Text = strings.Replace(damA.Text, "4,000 residents", "4,000 people", 1)
	up := ingestOneT(t, s, asCopy)
	if up.Status != chorus.IngestUpdated || up.ID != c.ID || up.DuplicateOf != a.ID || up.StoryID != a.StoryID {
		t.Errorf("rewrite as a copy ingested as %+v, want an update of %s duplicating %s in story %d", up, c.ID, a.ID, a.StoryID)
	}
	if n, src := storyCounts(t, s, a.StoryID); n != 2 || src != 1 {
		t.Errorf("after the update: %d articles, %d sources; want 2, 1", n, src)
	}

}

// TestUpdateStoryNotHeld updates an article whose story fell out of the
// clusterer's memory (a restart long after): the copy test runs against the
// story's stored originals.
func TestUpdateStoryNotHeld(t *testing.T) {
	dir := t.TempDir()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	s := openTest(t, dir, clock)
	a := ingestOneT(t, s, damA)
	c := ingestOneT(t, s, damB)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// A month later another story opens: the dam story falls out of the
	// window of the latest story, so a restarted assigner does not load
	// it.
	clock.Add(30 * 24 * time.Hour)
	s = openTest(t, dir, clock)
	ingestOneT(t, s, chess)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openTest(t, dir, clock)
	if _, err := s.tryLead(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s.clu.Story(c.ID) != 0 || s.clu.Story(a.ID) != 0 {
		t.Fatal("the old story is still held after the restart")
	}
	s.stepDown(nil)
	asCopy := damB
	asCopy.Text = strings.Replace(damA.Text, "4,000 residents", "4,000 people", 1)
	up := ingestOneT(t, s, asCopy)
	if up.Status != chorus.IngestUpdated || up.DuplicateOf != a.ID || up.StoryID != a.StoryID {
		t.Errorf("rewrite as a copy ingested as %+v, want a duplicate of %s in story %d", up, a.ID, a.StoryID)
	}
	if n, src := storyCounts(t, s, a.StoryID); n != 2 || src != 1 {
		t.Errorf("after the update: %d articles, %d sources; want 2, 1", n, src)
	}
}
