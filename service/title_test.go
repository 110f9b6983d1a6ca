package service

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// Invented articles: a first report of an earthquake and an update with a
// higher toll, published three hours later by another paper.
var (
	quakeFirst = chorus.Article{Title: "Earthquake in the Sarnow valley kills at least 23", Source: "Valley Wire",
		URL: "https://valleywire.example/quake", Published: time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC),
		Text: "An earthquake in the Sarnow valley killed at least 23 people on Monday, rescuers in Kelbrin said. " +
			"The quake of magnitude 6.4 struck before dawn and brought down houses in three Sarnow villages. " +
			"Rescuers in Kelbrin searched the rubble of the collapsed houses for survivors."}
	quakeUpdate = chorus.Article{Title: "Sarnow valley earthquake toll rises to 31", Source: "Kelbrin Post",
		URL: "https://kelbrinpost.example/quake-toll", Published: time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC),
		Text: "The toll of the earthquake in the Sarnow valley has risen to 31, rescuers in Kelbrin said on Monday. " +
			"Army teams joined the search in the Sarnow villages where the magnitude 6.4 quake flattened houses before dawn. " +
			"Rescuers in Kelbrin pulled two survivors from the rubble of the collapsed houses."}
)

// newestLeadSummarize is a test summarizer that leads with the latest
// facts: the first sentence of every original article, newest article
// first, each citing its article.
func newestLeadSummarize(arts []chorus.Article, o chorus.Options) (chorus.Summary, error) {
	sum, err := leadSummarize(arts, o)
	if err != nil {
		return sum, err
	}
	at := func(s chorus.Sentence) time.Time { return arts[s.Sources[0]-1].Published }
	slices.SortStableFunc(sum.Sentences, func(a, b chorus.Sentence) int { return at(b).Compare(at(a)) })
	return sum, nil
}

// TestTitleFollowsLead ingests a first report, then an update whose lead
// becomes the summary's lead: the story's title must become the update's.
func TestTitleFollowsLead(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 5, 4, 6, 30, 0, 0, time.UTC)}
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: newestLeadSummarize})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })

	first := ingestOneT(t, s, quakeFirst)
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	d, err := s.Story(ctx, first.StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != quakeFirst.Title {
		t.Fatalf("first title %q, want %q", d.Title, quakeFirst.Title)
	}

	clock.Add(3 * time.Hour)
	up := ingestOneT(t, s, quakeUpdate)
	if up.StoryID != first.StoryID {
		t.Fatalf("update went to story %d, want %d", up.StoryID, first.StoryID)
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	d, err = s.Story(ctx, first.StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Lead, "risen to 31") {
		t.Fatalf("lead %q, want the update's", d.Lead)
	}
	if d.ArticleCount != 2 || d.SourceCount != 2 {
		t.Fatalf("story has %d articles from %d sources, want 2 and 2", d.ArticleCount, d.SourceCount)
	}
	if d.Title != quakeUpdate.Title {
		t.Errorf("title %q after the update, want the update's %q", d.Title, quakeUpdate.Title)
	}
	page, err := s.Stories(ctx, chorus.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Stories) != 1 || page.Stories[0].Title != quakeUpdate.Title {
		t.Errorf("story list %+v, want one story titled %q", page.Stories, quakeUpdate.Title)
	}
}

func TestStoryTitle(t *testing.T) {
	t0 := time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC)
	rec := func(id, title, text string, published, ingested time.Time) chorus.ArticleRecord {
		var r chorus.ArticleRecord
		r.ID, r.Title, r.Text, r.Published, r.Ingested = id, title, text, published, ingested
		return r
	}
	const (
		lead23 = "An earthquake killed at least 23 people on Monday."
		lead31 = "The toll of Monday's earthquake has risen to 31."
		gates  = "Rescue teams reached the villages by road."
	)
	arts := []chorus.ArticleRecord{
		rec("a", "Quake kills at least 23", "KELBRIN (Valley Wire) - "+lead23+" Houses fell in 3 villages.", t0, t0),
		rec("b", "Toll rises to 31", lead31+" Rescuers said 23 had died by dawn.", t0.Add(3*time.Hour), t0.Add(3*time.Hour)),
		rec("c", "Rescuers reach villages", gates+" "+lead23, time.Time{}, t0.Add(5*time.Hour)),
		rec("d", "Copied: toll rises to 40", "The toll has risen to 40. "+lead23, t0.Add(6*time.Hour), t0.Add(6*time.Hour)),
		rec("e", "Quake survivors count losses", "Survivors counted 23 dead in their villages on Monday.", t0.Add(4*time.Hour), t0.Add(4*time.Hour)),
	}
	arts[3].DuplicateOf = "a"
	var sources []chorus.Source
	for i, a := range arts {
		sources = append(sources, chorus.Source{ID: i + 1, Article: a.ID, Title: a.Title})
	}
	sen := func(text string, ids ...int) chorus.StorySentence {
		return chorus.StorySentence{Sentence: chorus.Sentence{Text: text, Sources: ids}}
	}
	untitledA := slices.Clone(sources)
	untitledA[0].Title = " "
	tests := []struct {
		name      string
		sentences []chorus.StorySentence
		sources   []chorus.Source
		want      string
	}{
		{"lead of the first report", []chorus.StorySentence{sen(lead23, 1), sen(lead31, 2)}, sources, arts[0].Title},
		{"lead of the update", []chorus.StorySentence{sen(lead31, 2), sen(lead23, 1)}, sources, arts[1].Title},
		{"dated lead, newer source opens with other figures", []chorus.StorySentence{sen(lead23, 1, 2)}, sources, arts[1].Title},
		{"dated lead, newer source with the same figures", []chorus.StorySentence{sen(lead23, 1, 5)}, sources, arts[0].Title},
		{"own lead beats a newer source carrying it later", []chorus.StorySentence{sen(lead23, 1, 3)}, sources, arts[0].Title},
		{"no source opens with the lead: the newest", []chorus.StorySentence{sen("Houses fell.", 1, 2)}, sources, arts[1].Title},
		{"ingestion time when unpublished", []chorus.StorySentence{sen("Houses fell.", 1, 3)}, sources, arts[2].Title},
		{"a newer copy does not count", []chorus.StorySentence{sen(lead23, 1, 4)}, sources, arts[0].Title},
		{"untitled lead source: most cited", []chorus.StorySentence{sen(lead23, 1), sen(lead31, 2), sen("Houses fell.", 2)}, untitledA, arts[1].Title},
		{"no summary: first article", nil, nil, arts[0].Title},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sum := chorus.StorySummary{Sentences: tc.sentences, Sources: tc.sources}
			if got := storyTitle("current", sum, arts); got != tc.want {
				t.Errorf("storyTitle = %q, want %q", got, tc.want)
			}
		})
	}
	if got := storyTitle("current", chorus.StorySummary{}, nil); got != "current" {
		t.Errorf("storyTitle with nothing = %q, want the current title", got)
	}
}
