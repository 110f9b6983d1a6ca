package service

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/prometheus/client_golang/prometheus"
)

// metricValue returns the value of a gauge or counter, or the sample count
// of a histogram, summed over labels; -1 when the metric is missing.
func metricValue(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
		sum := 0.0
		for _, m := range f.GetMetric() {
			switch {
			case m.Gauge != nil:
				sum += m.GetGauge().GetValue()
			case m.Counter != nil:
				sum += m.GetCounter().GetValue()
			case m.Histogram != nil:
				sum += float64(m.GetHistogram().GetSampleCount())
			}
		}
		return sum
	}
	return -1
}

func TestMetrics(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Unix(1e9, 0)}
	reg := prometheus.NewRegistry()
	fail := true
	summ := func(arts []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
		if fail {
			return chorus.Summary{}, errors.New("summarizer down")
		}
		return leadSummarize(arts, opts)
	}
	s, err := Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: summ, Registerer: reg})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(ctx, []chorus.Article{damA, chess}); err != nil {
		t.Fatal(err)
	}
	clock.Add(90 * time.Second)
	want := func(name string, v float64) {
		t.Helper()
		if got := metricValue(t, reg, name); got != v {
			t.Errorf("%s = %v, want %v", name, got, v)
		}
	}
	want("chorus_jobs_queued", 2)
	want("chorus_jobs_oldest_age_seconds", 90)
	want("chorus_jobs_running", 0)
	want("chorus_index_rebuilds_total", 1)    // at Open
	want("chorus_store_lock_wait_seconds", 2) // the ingest transaction and the ingest mutex
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	want("chorus_jobs_failed_total", 2)
	want("chorus_jobs_done_total", 0)
	fail = false
	clock.Add(time.Hour)
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	want("chorus_jobs_done_total", 2)
	want("chorus_jobs_queued", 0)
	want("chorus_jobs_oldest_age_seconds", 0)
}
