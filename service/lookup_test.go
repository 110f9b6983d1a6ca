package service

import (
	"context"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/sqlite"
)

// plainStore hides the store transaction's one-statement reads and writes
// (ArticleByKeyOrHash, PutAndQueueArticle) from the service, so that
// Ingest takes its fallback of one StoreTx call per read and write.
type plainStore struct{ *sqlite.DB }

// Update implements chorus.Store.
func (p plainStore) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	return p.DB.Update(ctx, func(tx chorus.StoreTx) error { return fn(struct{ chorus.StoreTx }{tx}) })
}

// TestIngestLookUp ingests the same writes through the store's combined
// statements and through the StoreTx fallback: a new article, the same
// again, a new text at its URL, its text at another URL, another article.
// Both give the same answers, the ones Ingest documents.
func TestIngestLookUp(t *testing.T) {
	rewritten := damA
	rewritten.Text += " Officials said the repairs would take months."
	copied := damA
	copied.URL = "https://mirror.example.net/dam-copy"
	writes := []struct {
		a    chorus.Article
		want string
	}{
		{damA, chorus.IngestCreated},
		{damA, chorus.IngestUnchanged},
		{rewritten, chorus.IngestUpdated},
		{copied, chorus.IngestCreated}, // damA's first text: no longer stored
		{rewritten, chorus.IngestUnchanged},
		{chess, chorus.IngestCreated},
	}
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	run := func(plain bool) []chorus.IngestResult {
		var store chorus.Store = openDB(t, t.TempDir())
		if plain {
			store = plainStore{store.(*sqlite.DB)}
		}
		s, err := Open(context.Background(), store, Options{Clock: clock.Now, Summarize: leadSummarize})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var out []chorus.IngestResult
		for i, w := range writes {
			res, err := s.Ingest(context.Background(), []chorus.Article{w.a})
			if err != nil {
				t.Fatalf("write %d: %v", i, err)
			}
			if res[0].Status != w.want {
				t.Errorf("plain %v, write %d (%s): status %v, want %v", plain, i, w.a.URL, res[0].Status, w.want)
			}
			out = append(out, res[0])
		}
		return out
	}
	combined, plain := run(false), run(true)
	for i := range combined {
		c, p := combined[i], plain[i]
		if c.ID != p.ID || c.Status != p.Status || c.DuplicateOf != p.DuplicateOf || (c.StoryID == 0) != (p.StoryID == 0) {
			t.Errorf("write %d: combined %+v, one call each %+v", i, c, p)
		}
	}
}
