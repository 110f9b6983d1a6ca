package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Invented vocabulary: each topic is a place and an event, so articles on
// one topic form a story.
var (
	places = []string{"Valdoria", "Ostrel", "Korvath", "Brellin", "Tarnwick", "Maresby", "Quillon", "Sennet", "Arvale", "Dunmore",
		"Pellham", "Riverton", "Calloway", "Westmarch", "Easterly", "Hollin", "Fenwick", "Galvane", "Ironmere", "Juniper"}
	events = []string{"dam repairs", "ferry strike", "harbour fire", "chess final", "bridge closure", "library opening", "council vote",
		"flood warning", "market fire", "school merger", "rail delay", "power cut", "water shortage", "museum theft", "festival"}
	fillers = []string{"officials said", "residents reported", "the mayor confirmed", "witnesses described", "engineers warned",
		"the council announced", "police added", "volunteers helped", "reporters observed", "the operator stated"}
)

// article returns an invented article on topic t, unique by n.
func article(rng *rand.Rand, t, n int, id string) map[string]any {
	place, event := places[t%len(places)], events[t%len(events)]
	var b strings.Builder
	for i := range 6 + rng.IntN(6) {
		fmt.Fprintf(&b, "In %s, %s about the %s on day %d, item %d. ", place, fillers[rng.IntN(len(fillers))], event, rng.IntN(30)+1, n*100+i)
	}
	return map[string]any{
		"id":     id,
		"title":  fmt.Sprintf("%s %s: update %d", place, event, n),
		"source": fmt.Sprintf("Paper %d", rng.IntN(40)),
		"url":    fmt.Sprintf("https://paper%d.example/%s/%d", rng.IntN(40), strings.ReplaceAll(event, " ", "-"), n),
		"text":   b.String(),
	}
}

// batch returns k invented articles as a JSON array.
func batch(rng *rand.Rand, topics, k int, counter *atomic.Int64, prefix string) []byte {
	arts := make([]map[string]any, k)
	for i := range arts {
		n := int(counter.Add(1))
		arts[i] = article(rng, rng.IntN(topics), n, fmt.Sprintf("%s-%d", prefix, n))
	}
	b, _ := json.Marshal(arts)
	return b
}

// latencies collects request durations of one kind.
type latencies struct {
	mu   sync.Mutex
	d    []time.Duration
	errs int
}

func (l *latencies) add(d time.Duration, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.d = append(l.d, d)
	if !ok {
		l.errs++
	}
}

// quantile returns the q-quantile (nearest rank) of the durations.
func (l *latencies) quantile(q float64) time.Duration {
	if len(l.d) == 0 {
		return 0
	}
	s := slices.Clone(l.d)
	slices.Sort(s)
	i := int(q*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// idleAndLoad runs the idle phase (ingest, let the summaries settle, then
// measure CPU over an idle spell) and the load phase on one server.
func idleAndLoad(ctx context.Context, c config, rng *rand.Rand) error {
	dir, err := os.MkdirTemp("", "chorus-loadfault-")
	if err != nil {
		return err
	}
	if !c.keep {
		defer os.RemoveAll(dir)
	}
	srv, err := startServer(ctx, c, dir)
	if err != nil {
		return err
	}
	defer srv.stop()
	var counter atomic.Int64
	const ingest = 200
	start := time.Now()
	for i := 0; i < ingest; i += 20 {
		if st, _, err := srv.post(ctx, batch(rng, 20, 20, &counter, "idle"), nil); err != nil || st >= 300 {
			return fmt.Errorf("ingest: status %d, %v", st, err)
		}
	}
	ingestTime := time.Since(start)
	settle := time.Now()
	for srv.jobsQueued(ctx) != 0 {
		if time.Since(settle) > 3*time.Minute || ctx.Err() != nil {
			return fmt.Errorf("summaries did not settle within 3 minutes")
		}
		time.Sleep(200 * time.Millisecond)
	}
	settleTime := time.Since(settle)
	if c.phases["idle"] {
		time.Sleep(time.Second) // let the last summary's write finish
		cpu0, err := srv.cpuSeconds()
		if err != nil {
			return err
		}
		t0 := time.Now()
		select {
		case <-time.After(c.idle):
		case <-ctx.Done():
			return ctx.Err()
		}
		cpu1, _ := srv.cpuSeconds()
		wall := time.Since(t0).Seconds()
		fmt.Printf("## Idle CPU\n\n%d articles ingested over HTTP in %.1f s; all summaries done %.1f s later; then no requests for %s.\n\n",
			ingest, ingestTime.Seconds(), settleTime.Seconds(), c.idle)
		fmt.Printf("| idle spell | CPU used | CPU-seconds per second |\n|---|---|---|\n| %.1f s | %.3f s | %.4f |\n\n", wall, cpu1-cpu0, (cpu1-cpu0)/wall)
	}
	if !c.phases["load"] {
		return nil
	}
	return load(ctx, c, rng, srv, &counter)
}

// load runs readers and writers against srv for c.duration.
func load(ctx context.Context, c config, rng *rand.Rand, srv *server, counter *atomic.Int64) error {
	var reads, writes latencies
	var stories sync.Map // story IDs seen
	stories.Store(int64(1), true)
	var written atomic.Int64
	ctx, cancel := context.WithTimeout(ctx, c.duration)
	defer cancel()
	var wg sync.WaitGroup
	cpu0, _ := srv.cpuSeconds()
	start := time.Now()
	for w := range c.writers {
		r := rand.New(rand.NewPCG(rng.Uint64(), uint64(w)))
		wg.Go(func() {
			for ctx.Err() == nil {
				k := 1 + r.IntN(5)
				body := batch(r, 60, k, counter, "load")
				t := time.Now()
				st, _, err := srv.post(ctx, body, nil)
				if ctx.Err() != nil {
					return
				}
				ok := err == nil && (st == 200 || st == 201)
				writes.add(time.Since(t), ok)
				if ok {
					written.Add(int64(k))
				}
			}
		})
	}
	for rd := range c.readers {
		r := rand.New(rand.NewPCG(rng.Uint64(), uint64(100+rd)))
		wg.Go(func() {
			for ctx.Err() == nil {
				var path string
				switch n := r.IntN(10); {
				case n < 3:
					path = "/api/stories?limit=20"
				case n < 6:
					path = fmt.Sprintf("/api/stories/%d", 1+r.IntN(60))
				case n < 9:
					path = fmt.Sprintf("/stories/%d", 1+r.IntN(60))
				default:
					path = "/"
				}
				t := time.Now()
				st, body, err := srv.get(ctx, path, nil)
				if ctx.Err() != nil {
					return
				}
				// 404 is a right answer for a story number not made (yet).
				ok := err == nil && (st == 200 || st == 404)
				reads.add(time.Since(t), ok)
				if st == 200 && strings.HasPrefix(path, "/api/stories/") {
					var d struct{ ID int64 }
					if json.Unmarshal(body, &d) == nil {
						stories.Store(d.ID, true)
					}
				}
			}
		})
	}
	wg.Wait()
	wall := time.Since(start).Seconds()
	cpu1, _ := srv.cpuSeconds()
	fmt.Printf("## Load\n\n%d readers (story list, story API, story page, home page) and %d writers (batches of 1-5 invented articles) for %s on one `chorus serve` (SQLite, 1 summary worker).\n\n", c.readers, c.writers, c.duration)
	fmt.Println("| requests | count | per second | p50 | p99 | errors |\n|---|---|---|---|---|---|")
	for _, row := range []struct {
		name string
		l    *latencies
	}{{"reads", &reads}, {"writes", &writes}} {
		fmt.Printf("| %s | %d | %.1f | %s | %s | %d |\n", row.name, len(row.l.d), float64(len(row.l.d))/wall,
			row.l.quantile(0.5).Round(100*time.Microsecond), row.l.quantile(0.99).Round(100*time.Microsecond), row.l.errs)
	}
	fmt.Printf("\nArticles written: %d (%.1f per second). Server CPU: %.1f s over %.1f s. Peak RSS (VmHWM, whole run): %.0f MiB.\n\n",
		written.Load(), float64(written.Load())/wall, cpu1-cpu0, wall, srv.peakRSS())
	return nil
}
