package service

import (
	"context"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the service's Prometheus metrics: the summary job queue, the
// story assigner (leadership, batches, index loads, change-log catch-up),
// Ingest's waits for stories and the waits for the store's transactions.
type metrics struct {
	jobsDone, jobsFailed prometheus.Counter
	computed, discarded  prometheus.Counter
	rebuilds             prometheus.Counter
	lockWait             *prometheus.HistogramVec

	leader                     prometheus.Gauge
	leadership                 *prometheus.CounterVec
	batches, assigned, catchUp prometheus.Counter
	batchTime, assignWait      prometheus.Histogram
	pending                    prometheus.Counter
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
		computed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_summaries_computed_total", Help: "Summary computations finished by this process's workers (a summary, or the story found unsummarizable), whether or not their save won.",
		}),
		discarded: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_summaries_discarded_total", Help: "Summary computations whose save lost: a newer summary was stored meanwhile, or the story merged.",
		}),
		rebuilds: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_index_rebuilds_total", Help: "Full loads of the story assigner's index from the store: when this process takes the assigner role without an index it can catch up.",
		}),
		lockWait: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "chorus_store_lock_wait_seconds",
			Help:    "Time a write waited for its store transaction to begin (op: ingest, assign, summary, other).",
			Buckets: lockBuckets,
		}, []string{"op"}),
		leader: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "chorus_assigner_leader", Help: "1 while this process is the story assigner, else 0.",
		}),
		leadership: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_assigner_leadership_changes_total", Help: "Changes of this process's story assigner role (event: acquired, released, lost).",
		}, []string{"event"}),
		batches: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_assign_batches_total", Help: "Assignment batches committed by this process as the story assigner.",
		}),
		assigned: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_assigned_articles_total", Help: "Inbox entries (new or changed articles) assigned by this process as the story assigner.",
		}),
		catchUp: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_changelog_caught_up_total", Help: "Change log entries applied to this process's index to catch up with another assigner.",
		}),
		batchTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "chorus_assign_batch_seconds", Help: "Duration of an assignment batch, transaction included.", Buckets: lockBuckets,
		}),
		assignWait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "chorus_ingest_assign_wait_seconds", Help: "Time Ingest waited, after its commit, for its articles' stories.", Buckets: lockBuckets,
		}),
		pending: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_ingest_pending_total", Help: "Ingest calls answered with stories still pending after Options.AssignWait.",
		}),
	}
	if reg == nil {
		return nil
	}
	collectors := []prometheus.Collector{
		s.metrics.jobsDone, s.metrics.jobsFailed, s.metrics.computed, s.metrics.discarded, s.metrics.rebuilds, s.metrics.lockWait,
		s.metrics.leader, s.metrics.leadership, s.metrics.batches, s.metrics.assigned, s.metrics.catchUp,
		s.metrics.batchTime, s.metrics.assignWait, s.metrics.pending,
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
