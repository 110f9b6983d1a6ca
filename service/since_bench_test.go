package service

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/story"
)

// BenchmarkStorySince measures the "since T" view (Story with Since): the
// story's articles read from SQLite and the later ones summarized after
// the earlier ones, on the request path. Each DUC 2003 cluster (a dev set;
// skipped when ../shared/data is absent) is ingested as one story (the
// clustering window is lifted), and T is the median publication time of
// its articles (update) or before them all (whole story). focus is Story
// with a query (the story summarized for it; the cluster's first headline
// (or, without one, its first twelve words) stands in for a reader's
// question, as DUC 2003 has no topics).
func BenchmarkStorySince(b *testing.B) {
	dir, err := dataset.Dir()
	if err != nil {
		b.Skip("no evaluation data:", err)
	}
	ctx := context.Background()
	s, err := Open(ctx, openDB(b, b.TempDir()), Options{Cluster: story.Options{Window: 1 << 62}})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	type split struct {
		id          int64
		mid, before time.Time
		query       string
	}
	var stories []split
	err = dataset.Read(dir, "duc2003", 0, func(ex dataset.Example) error {
		arts := ex.Cluster.Articles
		for i := range arts {
			arts[i].URL = fmt.Sprintf("https://bench.example/%s/%d", ex.Cluster.ID, i)
		}
		res, err := s.Ingest(ctx, arts)
		if err != nil {
			return err
		}
		var times []time.Time
		for _, a := range arts {
			times = append(times, a.Published)
		}
		slices.SortFunc(times, time.Time.Compare)
		query := arts[0].Title
		if words := strings.Fields(arts[0].Text); query == "" {
			query = strings.Join(words[:min(12, len(words))], " ")
		}
		stories = append(stories, split{res[0].StoryID, times[len(times)/2].Add(-time.Second), times[0].Add(-time.Hour), query})
		return nil
	})
	if err != nil {
		b.Skip("cannot read duc2003:", err)
	}
	for _, kind := range []string{"update", "whole", "focus"} {
		b.Run(kind, func(b *testing.B) {
			i := 0
			for b.Loop() {
				st := stories[i%len(stories)]
				since := st.mid
				if kind == "whole" {
					since = st.before
				}
				q := chorus.StoryDetailQuery{Since: since}
				if kind == "focus" {
					q = chorus.StoryDetailQuery{Query: st.query}
				}
				d, err := s.Story(ctx, st.id, q)
				if err != nil {
					b.Fatal(err)
				}
				if kind == "focus" && (d.Focus == nil || len(d.Focus.Summary) == 0) {
					b.Fatalf("no focused summary for %q", st.query)
				}
				i++
			}
		})
	}
}
