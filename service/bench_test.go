package service

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// BenchmarkIngest measures durable ingest into SQLite in a temporary
// directory (WAL, synchronous=FULL), one article per call and 100 per
// call, reported as articles/s. Summaries are not computed.
func BenchmarkIngest(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			ctx := context.Background()
			s, err := Open(ctx, openDB(b, b.TempDir()), Options{Clock: func() time.Time { return time.Unix(1.7e9, 0) }})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				arts := make([]chorus.Article, batch)
				for i := range arts {
					arts[i] = crashArticle(0, n)
					n++
				}
				if _, err := s.Ingest(ctx, arts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
