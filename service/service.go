// Package service is the story engine behind `chorus serve`: the service
// half of Chorus (articles → stories → summaries kept current). It ingests
// articles idempotently into a store, groups them into stories with the
// online clusterer of package story, and runs background workers that keep
// each story's summary current from a durable work queue. *Service
// implements chorus.StoryService.
package service

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/story"
	"github.com/chorusnews/chorus/summarize"
	"github.com/prometheus/client_golang/prometheus"
)

// SummarizeFunc computes a summary of a story's articles.
type SummarizeFunc func(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error)

// Options configures Open. The zero value of every field means its default.
type Options struct {
	// Clock returns the current time; nil means time.Now.
	Clock func() time.Time
	// Workers is the number of summary workers; zero means 1.
	Workers int
	// SummaryWords is the summary word budget; zero means 250.
	SummaryWords int
	// Cluster tunes the clusterer. Its Window, the story time window (zero
	// means story.DefaultWindow, 72h), also bounds how far back Open and a
	// rebuild load articles: twice the window.
	Cluster story.Options
	// Summarize computes summaries; nil means summarize.Summarize.
	Summarize SummarizeFunc
	// Poll is how often idle workers look for due jobs (retries after
	// failures); zero means 1s. New work wakes them at once.
	Poll time.Duration
	// Logger receives the summary workers' errors; nil discards them.
	Logger *slog.Logger
	// Registerer, when set, receives the service's metrics: summary jobs
	// (queued, running, done, failed, age of the oldest), clustering index
	// rebuilds and store lock waits.
	Registerer prometheus.Registerer
}

// Service is the story engine. It is safe for concurrent use.
type Service struct {
	opts  Options
	store chorus.Store

	mu  sync.Mutex // serializes ingest and guards clu and seen
	clu *story.Clusterer
	// seen is the store's LastSeq that clu reflects: when the store's
	// differs, another process ingested and clu is rebuilt.
	seen int64

	metrics metrics

	busyMu sync.Mutex
	busy   map[int64]bool // stories being summarized

	wakeMu sync.Mutex
	wakeCh chan struct{} // closed and replaced by wake: a broadcast to idle workers
}

var _ chorus.StoryService = (*Service)(nil)

// Open returns the service over store, an opened chorus.Store (package
// sqlite or postgres), after rebuilding the clustering state of recent
// stories from it. Open takes the store over: Service.Close closes it, and so
// does Open when it fails. Call Run to start the summary workers.
func Open(ctx context.Context, store chorus.Store, opts Options) (*Service, error) {
	if store == nil {
		return nil, chorus.Errorf(chorus.EINVALID, "no story store")
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Workers <= 0 {
		opts.Workers = 1
	}
	if opts.SummaryWords <= 0 {
		opts.SummaryWords = chorus.DefaultWords
	}
	if opts.Cluster.Window <= 0 {
		opts.Cluster.Window = story.DefaultWindow
	}
	if opts.Summarize == nil {
		opts.Summarize = summarize.Summarize
	}
	if opts.Poll <= 0 {
		opts.Poll = time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Service{opts: opts, store: store, busy: make(map[int64]bool), wakeCh: make(chan struct{})}
	if err := s.newMetrics(opts.Registerer); err != nil {
		store.Close()
		return nil, err
	}
	if err := s.rebuild(ctx); err != nil {
		store.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the store. Stop Run first.
func (s *Service) Close() error { return s.store.Close() }

// Check verifies the store's invariants when the store offers a check (the
// sqlite and postgres stores do), and returns nil when they hold.
func (s *Service) Check(ctx context.Context) error {
	if c, ok := s.store.(interface{ Check(context.Context) error }); ok {
		return c.Check(ctx)
	}
	return nil
}

// now returns the current time from the injected clock, in UTC.
func (s *Service) now() time.Time { return s.opts.Clock().UTC() }

// rebuild loads the articles of recent stories into a fresh clusterer.
// Callers hold s.mu or own s exclusively.
func (s *Service) rebuild(ctx context.Context) error {
	return s.store.View(ctx, func(r chorus.StoreReader) error { return s.rebuildFrom(ctx, r) })
}

// rebuildFrom loads the articles of recent stories, as r sees them, into a
// fresh clusterer and records r's LastSeq as seen. Callers hold s.mu or own
// s exclusively.
func (s *Service) rebuildFrom(ctx context.Context, r chorus.StoreReader) error {
	seq, err := r.LastSeq(ctx)
	if err != nil {
		return fmt.Errorf("cannot rebuild stories: %w", err)
	}
	s.metrics.rebuilds.Inc()
	clu := story.New(s.opts.Cluster)
	since := s.now().Add(-2 * s.opts.Cluster.Window)
	err = r.RecentArticles(ctx, since, func(a chorus.ArticleRecord) error {
		clu.Load(doc(a), a.StoryID, a.DuplicateOf)
		return nil
	})
	if err != nil {
		return fmt.Errorf("cannot rebuild stories: %w", err)
	}
	s.clu, s.seen = clu, seq
	return nil
}

// doc returns the clusterer's view of a stored article: its publication
// time when known, and its ingestion time as the time seen, so an undated
// article is windowed by when it arrived, never against a dated story's
// publication dates.
func doc(a chorus.ArticleRecord) story.Doc {
	return story.Doc{ID: a.ID, Title: a.Title, Text: a.Text, Time: a.Published, Seen: a.Ingested}
}

// wake tells every idle worker that there is new work: it closes the
// channel they wait on and starts a new one, so each wake-up is seen once by
// each worker and never re-armed by the workers themselves.
func (s *Service) wake() {
	s.wakeMu.Lock()
	close(s.wakeCh)
	s.wakeCh = make(chan struct{})
	s.wakeMu.Unlock()
}

// woken returns the channel the next wake closes. A worker takes it before
// looking for work, so news that arrives while it looks is not lost.
func (s *Service) woken() <-chan struct{} {
	s.wakeMu.Lock()
	defer s.wakeMu.Unlock()
	return s.wakeCh
}
