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
	want("chorus_summaries_computed_total", 2)
	want("chorus_summaries_discarded_total", 0)
	want("chorus_jobs_queued", 0)
	want("chorus_jobs_oldest_age_seconds", 0)
}

// TestDiscardedMetric counts a computation whose save loses: while the
// summary of a story's first version is computed, the story changes and a
// summary of its new version is stored, so the first one is discarded and
// the new version's job finds it summarized already.
func TestDiscardedMetric(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	reg := prometheus.NewRegistry()
	var s *Service
	calls := 0
	summ := func(arts []chorus.Article, o chorus.Options) (chorus.Summary, error) {
		calls++
		if calls == 1 {
			res, err := s.Ingest(ctx, []chorus.Article{damB})
			if err != nil {
				t.Fatalf("ingest during summary: %v", err)
			}
			err = s.store.Update(ctx, func(tx chorus.StoreTx) error {
				_, err := tx.SaveSummary(ctx, res[0].StoryID, 2, "newer", chorus.StorySummary{Sentences: []chorus.StorySentence{}, Sources: []chorus.Source{}}, clock.Now())
				return err
			})
			if err != nil {
				t.Fatalf("save of the newer summary: %v", err)
			}
		}
		return leadSummarize(arts, o)
	}
	var err error
	s, err = Open(ctx, openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: summ, Registerer: reg})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(ctx, []chorus.Article{damA}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]float64{"chorus_summaries_computed_total": 1, "chorus_summaries_discarded_total": 1,
		"chorus_jobs_done_total": 0, "chorus_jobs_failed_total": 0} {
		if got := metricValue(t, reg, name); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	if calls != 1 {
		t.Errorf("summarizer called %d times, want 1 (the new version was summarized meanwhile)", calls)
	}
}
