package service

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/story"
)

// takeoverStream invents n articles over 30 days, dated (publication
// times, in order) or not: topics that come and go and come back, with
// words shared across topics, so that the document frequencies (and so
// every vector) depend on the articles seen before.
func takeoverStream(n int, dated bool) []chorus.Article {
	rng := rand.New(rand.NewPCG(12, 2004))
	places := strings.Fields("Valdoria Ostrel Kestin Lunet Marrow Tavik Quellen Sarnby Orvik Brelle Dunmar Ferro")
	events := []string{"dam failure", "chess final", "port strike", "wildfire", "election recount", "ferry sinking",
		"grain harvest", "museum theft", "bridge collapse", "teachers strike", "mine flooding", "trade fair"}
	agents := strings.Fields("engineers players dockworkers firefighters officials divers farmers curators " +
		"inspectors teachers miners merchants")
	shared := strings.Fields("council budget police report court mayor minister weather prices workers " +
		"residents visitors investigation hospital road rescue")
	pick := func() string { return shared[rng.IntN(len(shared))] }
	verbs := strings.Fields("met named closed opened raised cut faced joined visited blamed praised checked delayed warned")
	verb := func() string { return verbs[rng.IntN(len(verbs))] }
	t0 := time.Date(2026, 1, 5, 6, 0, 0, 0, time.UTC)
	var out []chorus.Article
	for i := range n {
		day := i * 30 / n // ten 72h windows
		k := (day/3*2 + rng.IntN(3)) % len(places)
		p, e, a := places[k], events[k], agents[k]
		sents := []string{
			fmt.Sprintf("The %s in %s entered day %d as %s and %s %s, the %s said.", e, p, day+1, pick(), pick(), verb(), pick()),
			fmt.Sprintf("%s in %s %s the %s, the %s and the %s.", strings.ToUpper(a[:1])+a[1:], p, verb(), pick(), pick(), e),
			fmt.Sprintf("The %s %s %d %s of %s about the %s and the %s.", pick(), verb(), rng.IntN(900), a, p, e, pick()),
			fmt.Sprintf("Our %s wrote that %d %s and the %s %s the %s.", pick(), rng.IntN(900), pick(), pick(), verb(), pick()),
		}
		rng.Shuffle(len(sents), func(x, y int) { sents[x], sents[y] = sents[y], sents[x] })
		art := chorus.Article{
			Title: fmt.Sprintf("%s %s: %s update %d", p, e, pick(), i),
			URL:   fmt.Sprintf("https://dated.example.com/%d", i),
			Text:  strings.Join(sents, " "),
		}
		if dated {
			art.Published = t0.Add(time.Duration(i) * 30 * 24 * time.Hour / time.Duration(n))
		}
		out = append(out, art)
	}
	return out
}

// decisions returns what s's story index would decide for each of arts
// (without applying any): story, copy, merges and score. Scores are
// rounded to 6 decimals: the probes intern their new terms in the index
// they are asked of, which may order a later vector's terms, and so its
// float sums, differently (differences near 1e-9); a different index
// differs by 1e-4 and more.
func decisions(t *testing.T, s *Service, arts []chorus.Article) (out []string) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.clu == nil {
		t.Fatal("the service holds no story index")
	}
	out = make([]string, len(arts))
	for i, a := range arts {
		d := s.clu.Assign(story.Doc{ID: a.URL, Title: a.Title, Text: a.Text, Time: a.Published, Seen: time.Now()})
		out[i] = fmt.Sprintf("story %d copy %q merge %v score %.6f", d.Story, d.DuplicateOf, d.Merge, d.Score)
	}
	return out
}

// TestTakeoverIndex checks that the story index a process loads when it
// takes the story assigner's role over is the one the assigner before it
// held: at every point of a stream spanning many story windows, dated or
// not, both indexes decide the same (story, copy, merges, score) for each
// of the articles still to come.
func TestTakeoverIndex(t *testing.T) {
	ctx := context.Background()
	open := func(dir string) *Service {
		s, err := Open(ctx, openDB(t, dir), Options{Summarize: leadSummarize})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	for _, dated := range []bool{false, true} {
		t.Run(fmt.Sprintf("dated=%v", dated), func(t *testing.T) {
			stream := takeoverStream(150, dated)
			dir := t.TempDir()
			a := open(dir)
			defer func() { a.Close() }()
			for i, art := range stream {
				if _, err := a.Ingest(ctx, []chorus.Article{art}); err != nil {
					t.Fatalf("ingest of article %d: %v", i, err)
				}
				if i+1 < 20 || (i+1)%10 != 0 || i+1 == len(stream) {
					continue
				}
				live := decisions(t, a, stream[i+1:])
				b := open(dir)
				b.mu.Lock() // b takes the assigner's index over, as a new leader does
				how, _, err := b.readyIndex(ctx)
				b.mu.Unlock()
				if err != nil || how != "loaded" {
					t.Fatalf("readying the index of a new process: %q, %v; want it loaded", how, err)
				}
				loaded := decisions(t, b, stream[i+1:])
				b.Close()
				diff := 0
				for j := range live {
					if live[j] != loaded[j] {
						if diff < 3 {
							t.Errorf("after %d articles, article %d: loaded index: %s; live index: %s", i+1, i+1+j, loaded[j], live[j])
						}
						diff++
					}
				}
				if diff > 0 {
					t.Errorf("after %d articles: %d of %d decisions differ", i+1, diff, len(live))
				}
			}
		})
	}
}
