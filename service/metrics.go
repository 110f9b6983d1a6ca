package service

import (
	"context"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the service's Prometheus metrics: the summary job queue,
// clusterer rebuilds and the waits for the store's write lock.
type metrics struct {
	jobsDone, jobsFailed prometheus.Counter
	rebuilds             prometheus.Counter
	lockWait             *prometheus.HistogramVec
}

// lockBuckets are the bounds of the lock wait histograms: from a free lock
// (microseconds) to a store busy for seconds.
var lockBuckets = []float64{.0001, .0005, .001, .005, .01, .05, .1, .5, 1, 5}

// newMetrics makes the service's metrics and registers them, with the
// gauges read at scrape time, on reg when it is not nil.
func (s *Service) newMetrics(reg prometheus.Registerer) error {
	s.metrics = metrics{
		jobsDone: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_jobs_done_total", Help: "Summary jobs done: a summary saved, or the story found unsummarizable.",
		}),
		jobsFailed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_jobs_failed_total", Help: "Summary job attempts that failed and were put back with a delay.",
		}),
		rebuilds: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_index_rebuilds_total", Help: "Rebuilds of the clustering index from the store (start-up, another process's ingest, a rolled-back batch).",
		}),
		lockWait: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "chorus_store_lock_wait_seconds",
			Help:    "Time a write waited for the store's write transaction (op: ingest, summary, other) or for the service's ingest lock (op: ingest_mutex).",
			Buckets: lockBuckets,
		}, []string{"op"}),
	}
	if reg == nil {
		return nil
	}
	collectors := []prometheus.Collector{
		s.metrics.jobsDone, s.metrics.jobsFailed, s.metrics.rebuilds, s.metrics.lockWait,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "chorus_jobs_running", Help: "Summary jobs being worked on now by this process.",
		}, func() float64 { return float64(s.running.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "chorus_jobs_queued", Help: "Jobs in the queue (all processes sharing the store), due, delayed after a failure or running.",
		}, func() float64 { n, _ := s.queueStats(); return float64(n) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "chorus_jobs_oldest_age_seconds", Help: "Age of the oldest queued summary job; 0 when the queue is empty.",
		}, func() float64 { _, age := s.queueStats(); return age.Seconds() }),
	}
	for _, c := range collectors {
		if err := reg.Register(c); err != nil {
			return fmt.Errorf("cannot register service metrics: %w", err)
		}
	}
	return nil
}

// queueStats reads the queue's length and the age of its oldest job for a
// scrape, -1 and 0 when the store cannot answer within a second.
func (s *Service) queueStats() (int, time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	n, oldest, err := s.jobs.Stats(ctx)
	if err != nil {
		return -1, 0
	}
	if oldest.IsZero() {
		return n, 0
	}
	return n, max(s.now().Sub(oldest), 0)
}

// update runs fn in a write transaction of the store, recording how long
// it waited for the transaction to begin under the label op.
func (s *Service) update(ctx context.Context, op string, fn func(chorus.StoreTx) error) error {
	start, waited := time.Now(), false
	return s.store.Update(ctx, func(tx chorus.StoreTx) error {
		if !waited {
			waited = true
			s.metrics.lockWait.WithLabelValues(op).Observe(time.Since(start).Seconds())
		}
		return fn(tx)
	})
}
