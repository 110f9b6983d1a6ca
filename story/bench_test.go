package story

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// syntheticStream invents n articles about n/5 events: each event has its
// own vocabulary mixed with common words, so the clusterer has real work.
func syntheticStream(n int) []Doc { return syntheticEvents(n, max(n/5, 1)) }

// syntheticEvents invents n articles about the given number of events, as
// syntheticStream does.
func syntheticEvents(n, events int) []Doc {
	rng := rand.New(rand.NewPCG(1, 2))
	common := strings.Fields("the officials said on monday that people were reported across region after government statement police city week")
	docs := make([]Doc, n)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range docs {
		event := rng.IntN(events)
		var b strings.Builder
		for w := range 180 {
			if w%12 == 11 {
				b.WriteString(". ")
			}
			if rng.IntN(3) == 0 {
				fmt.Fprintf(&b, "topic%dword%d ", event, rng.IntN(30))
			} else {
				b.WriteString(common[rng.IntN(len(common))] + " ")
			}
		}
		docs[i] = Doc{ID: fmt.Sprint(i), Title: fmt.Sprintf("Event%d headline", event), Text: b.String(),
			Time: start.Add(time.Duration(i) * time.Minute)}
	}
	return docs
}

// BenchmarkClusterer measures Assign+Apply per article on a synthetic stream
// of 5,000 articles (about 1,000 events), reported as articles/s.
func BenchmarkClusterer(b *testing.B) {
	docs := syntheticStream(5000)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		c := New(Options{})
		for i, d := range docs {
			c.Apply(c.Assign(d), int64(i+1))
		}
		n += len(docs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkGroup10k measures Group, as `chorus digest` runs it (no time
// window), on 10,000 synthetic articles: about 2,000 events of about five
// articles each, and 20 events of about 500, where every new article may
// copy any of its story's earlier ones. Reported as articles/s; the cost
// per article should not grow with the stream.
func BenchmarkGroup10k(b *testing.B) {
	for _, events := range []int{2000, 20} {
		b.Run(fmt.Sprintf("events=%d", events), func(b *testing.B) {
			docs := syntheticEvents(10000, events)
			n := 0
			for b.Loop() {
				Group(docs, Options{})
				n += len(docs)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
