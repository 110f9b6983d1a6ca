// Package servicetest holds tests of the story service (service half:
// articles → stories → summaries) that every store backend runs: the
// sqlite tests run them on one database file, the postgres tests on one
// server.
package servicetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/service"
	"github.com/prometheus/client_golang/prometheus"
)

// article returns the n-th invented article of story k (of five): each
// story has its own place, event and words.
func article(k, n int) chorus.Article {
	places := []string{"Tellmark", "Orvik", "Lake Maren", "Sarnby", "Quellen"}
	events := []string{"bridge inquiry", "rowing regatta", "ferry strike", "grain harvest", "museum reopening"}
	words := []string{"girders cracked", "oarsmen trained", "dockworkers marched", "combines rolled", "curators unpacked"}
	p, e, w := places[k], events[k], words[k]
	return chorus.Article{
		Title:  fmt.Sprintf("%s %s: update %d", p, e, n),
		URL:    fmt.Sprintf("https://shared.example.com/%d/%d", k, n),
		Source: fmt.Sprintf("Desk %d", n%3),
		Text: fmt.Sprintf("The %s in %s went on as %s, report %d said. Officials in %s said the %s continued while %s. "+
			"Residents of %s followed the %s on day %d.", e, p, w, n, p, e, w, p, e, n),
	}
}

// ExactlyOnce opens two services on one store (open is called twice and
// must return two handles on the same database, as two processes would
// have: their own connections, clusterer and River client), runs both
// services' workers while two clients ingest into both at once, then checks
// that every story ends summarized at its last version and that no story
// version was summarized twice: the count of summary computations equals
// the count of distinct story versions computed, and every computation was
// saved (none discarded: every version computed was shown). There is one
// summary job per story: versions superseded while the story's job waited
// are never computed, by design; the test logs how many.
func ExactlyOnce(t *testing.T, open func(t *testing.T) chorus.Store) {
	const stories, perStory = 5, 8
	ctx := context.Background()
	var mu sync.Mutex
	computed := map[string]int{} // article IDs of a computed version → computations
	byService := [2]int{}
	summarizer := func(i int) service.SummarizeFunc {
		return func(arts []chorus.Article, _ chorus.Options) (chorus.Summary, error) {
			ids := make([]string, len(arts))
			for j, a := range arts {
				ids[j] = a.ID
			}
			slices.Sort(ids)
			mu.Lock()
			computed[strings.Join(ids, ",")]++
			byService[i]++
			mu.Unlock()
			time.Sleep(2 * time.Millisecond) // a summary takes time
			var sum chorus.Summary
			for j, a := range arts {
				sum.Sources = append(sum.Sources, chorus.Source{ID: j + 1, Article: a.ID, Title: a.Title})
				first, _, _ := strings.Cut(a.Text, ", ")
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: first + ".", Sources: []int{j + 1}, Support: 1})
			}
			return sum, nil
		}
	}
	var svcs [2]*service.Service
	var regs [2]*prometheus.Registry
	var store chorus.Store
	for i := range svcs {
		db := open(t)
		if i == 0 {
			store = db
		}
		regs[i] = prometheus.NewRegistry()
		s, err := service.Open(ctx, db, service.Options{Summarize: summarizer(i), Workers: 2, Poll: 20 * time.Millisecond, Registerer: regs[i]})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		svcs[i] = s
	}
	runCtx, cancel := context.WithCancel(ctx)
	var runs sync.WaitGroup
	for _, s := range svcs {
		runs.Go(func() { s.Run(runCtx) })
	}
	// Two clients, one per service, each posting every other article of
	// every story, one article per request.
	errs := make(chan error, 2)
	for i, s := range svcs {
		go func() {
			for n := i; n < perStory; n += 2 {
				for k := range stories {
					if _, err := s.Ingest(ctx, []chorus.Article{article(k, n)}); err != nil {
						errs <- err
						return
					}
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			cancel()
			runs.Wait()
			t.Fatal(err)
		}
	}
	// Wait until every live story is summarized at its last version.
	var live []chorus.StoryRecord
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		live = liveStories(t, store)
		if current(live) || time.Now().After(deadline) {
			break
		}
	}
	cancel()
	runs.Wait()
	if !current(live) {
		t.Fatal("stories not summarized at their last version within 30s")
	}
	if len(live) != stories {
		t.Errorf("%d stories, want %d", len(live), stories)
	}
	versions := 0
	for _, st := range live {
		versions += int(st.Version)
	}
	total := byService[0] + byService[1]
	for key, n := range computed {
		if n != 1 {
			t.Errorf("story version of articles %s summarized %d times, want once", key, n)
		}
	}
	if total != len(computed) {
		t.Errorf("%d summary computations for %d story versions, want one each", total, len(computed))
	}
	saved, discarded := counter(t, regs[:], "chorus_jobs_done_total"), counter(t, regs[:], "chorus_summaries_discarded_total")
	if saved != total || discarded != 0 {
		t.Errorf("%d summaries saved and %d discarded of %d computed; want every one saved", saved, discarded, total)
	}
	if err := svcs[1].Check(ctx); err != nil {
		t.Error(err)
	}
	t.Logf("%d story versions in %d stories; %d summarized once each (%d by the first service, %d by the second), %d skipped as superseded",
		versions, len(live), total, byService[0], byService[1], versions-total)
}

// counter returns the sum of the counter name over the registries.
func counter(t *testing.T, regs []*prometheus.Registry, name string) int {
	t.Helper()
	total := 0.0
	for _, reg := range regs {
		fams, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fams {
			if f.GetName() != name {
				continue
			}
			for _, m := range f.GetMetric() {
				total += m.GetCounter().GetValue()
			}
		}
	}
	return int(total)
}

// liveStories returns the store's live stories.
func liveStories(t *testing.T, s chorus.Store) []chorus.StoryRecord {
	t.Helper()
	var out []chorus.StoryRecord
	err := s.View(context.Background(), func(r chorus.StoreReader) error {
		var err error
		out, _, err = r.Stories(context.Background(), chorus.StoryQuery{Limit: 100})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// current reports whether every story is summarized at its last version.
func current(live []chorus.StoryRecord) bool {
	for _, st := range live {
		if st.SummaryVersion != st.Version {
			return false
		}
	}
	return len(live) > 0
}
