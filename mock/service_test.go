package mock_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/mock"
	"github.com/chorusnews/chorus/service"
	"github.com/chorusnews/chorus/sqlite"
)

// services returns the mock and the real service on a fresh SQLite store,
// so that one test holds both to the same contract.
func services(t *testing.T) map[string]chorus.StoryService {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "chorus.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	svc, err := service.Open(context.Background(), db, service.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	return map[string]chorus.StoryService{"mock": &mock.StoryService{}, "service": svc}
}

// TestStoryServiceContract checks that the mock answers as package service
// does in what callers can see: error codes, ingest statuses, copies,
// paging and feeds.
func TestStoryServiceContract(t *testing.T) {
	ctx := context.Background()
	first := chorus.Article{ID: "f1", Title: "Ferry resumes", URL: "https://lake.example/ferry", Text: "The lake ferry resumed service on Monday after the storm."}
	changed := first
	changed.Text = "The lake ferry resumed service on Monday after a two-day storm."
	copied := chorus.Article{ID: "f2", Title: "Ferry resumes (wire)", URL: "https://wire.example/ferry", Text: first.Text}
	code := func(err error) string { return chorus.ErrorCode(err) }
	for name, s := range services(t) {
		t.Run(name, func(t *testing.T) {
			bad := []struct {
				name  string
				batch []chorus.Article
				want  string
			}{
				{"no articles", nil, chorus.EINVALID},
				{"no text", []chorus.Article{{ID: "x", Text: "  "}}, chorus.EINVALID},
				{"not http", []chorus.Article{{ID: "x", URL: "ftp://lake.example/x", Text: "Some text."}}, chorus.EINVALID},
				{"long title", []chorus.Article{{ID: "x", Title: strings.Repeat("t", chorus.MaxTitleBytes+1), Text: "Some text."}}, chorus.EINVALID},
				{"batch too large", make([]chorus.Article, chorus.MaxBatch+1), chorus.ETOOLARGE},
			}
			for _, tt := range bad {
				if _, err := s.Ingest(ctx, tt.batch); code(err) != tt.want {
					t.Errorf("%s: Ingest error %v, want code %s", tt.name, err, tt.want)
				}
			}

			steps := []struct {
				a      chorus.Article
				status string
				copy   bool
			}{
				{first, chorus.IngestCreated, false},
				{first, chorus.IngestUnchanged, false},
				{changed, chorus.IngestUpdated, false},
				{copied, chorus.IngestCreated, false},
			}
			var ids []string
			for i, st := range steps {
				res, err := s.Ingest(ctx, []chorus.Article{st.a})
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if res[0].Status != st.status {
					t.Errorf("step %d: status %s, want %s", i, res[0].Status, st.status)
				}
				ids = append(ids, res[0].ID)
			}
			// The copy matched the first text, which has since changed: not a copy.
			if a, err := s.Article(ctx, ids[3]); err != nil || a.DuplicateOf != "" {
				t.Errorf("article after its original changed: %+v, %v; want no DuplicateOf", a, err)
			}
			same := chorus.Article{ID: "f3", Title: "Ferry resumes (reprint)", URL: "https://reprint.example/ferry", Text: "  " + strings.ToUpper(changed.Text)}
			res, err := s.Ingest(ctx, []chorus.Article{same})
			if err != nil || res[0].Status != chorus.IngestUnchanged || res[0].ID != ids[0] {
				t.Errorf("same text again: %+v, %v; want unchanged %s", res, err, ids[0])
			}
			orig := chorus.Article{ID: "g1", Title: "Orchard fair opens", URL: "https://valley.example/fair",
				Text: "The orchard fair opened on Saturday with forty stalls.\nOrganisers expect ten thousand visitors."}
			near := chorus.Article{ID: "g2", Title: "Orchard fair opens (wire)", URL: "https://wire.example/fair",
				Text: orig.Text + " Parking is free."}
			res, err = s.Ingest(ctx, []chorus.Article{orig, near})
			if err != nil || res[1].DuplicateOf != res[0].ID || res[1].StoryID != res[0].StoryID {
				t.Errorf("near copy: %+v, %v; want a copy of %s in its story", res, err, res[0].ID)
			}

			if _, err := s.Article(ctx, "nope"); code(err) != chorus.ENOTFOUND {
				t.Errorf("unknown article: %v", err)
			}
			if _, err := s.Story(ctx, 999, chorus.StoryDetailQuery{}); code(err) != chorus.ENOTFOUND {
				t.Errorf("unknown story: %v", err)
			}
			if _, err := s.Stories(ctx, chorus.StoryQuery{Limit: -1}); code(err) != chorus.EINVALID {
				t.Errorf("negative limit: %v", err)
			}
			page, err := s.Stories(ctx, chorus.StoryQuery{Limit: chorus.MaxStoryPage + 50})
			if err != nil || page.Total < 1 || len(page.Stories) != page.Total {
				t.Errorf("stories: %+v, %v", page, err)
			}

			f1, err := s.AddFeed(ctx, "https://lake.example/rss")
			if err != nil {
				t.Fatal(err)
			}
			f2, err := s.AddFeed(ctx, "https://lake.example/rss")
			if err != nil || f2.ID != f1.ID {
				t.Errorf("adding a feed again: %+v, %v; want feed %d (idempotent)", f2, err, f1.ID)
			}
			if _, err := s.AddFeed(ctx, "not a url"); code(err) != chorus.EINVALID {
				t.Errorf("bad feed URL: %v", err)
			}
			if feeds, err := s.Feeds(ctx); err != nil || len(feeds) != 1 {
				t.Errorf("feeds: %+v, %v; want one", feeds, err)
			}
			if err := s.UpdateFeed(ctx, chorus.Feed{ID: 999, URL: "https://x.example/"}); code(err) != chorus.ENOTFOUND {
				t.Errorf("updating an unknown feed: %v", err)
			}
		})
	}
}
