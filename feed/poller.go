// Package feed polls RSS, Atom and JSON feeds and ingests their items into
// the story service. It sits at the start of the service half: feed items
// become chorus.Articles, which the service groups into stories and
// summarizes. The package fetches over HTTP but never logs globally: give it
// a *slog.Logger to hear from it.
package feed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/netguard"
	"github.com/prometheus/client_golang/prometheus"
)

// Defaults used when the matching Options field is zero.
const (
	DefaultInterval     = 10 * time.Minute
	DefaultMaxBackoff   = 6 * time.Hour
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBodyBytes = chorus.MaxFeedBytes
	DefaultUserAgent    = "chorus-feed-poller/1 (+https://github.com/chorusnews/chorus)"
	DefaultConcurrency  = 8
	DefaultPerHost      = 2
	DefaultTeaserWords  = 150
	DefaultMaxPages     = 50
)

// Options configures a Poller. Only Service is required.
type Options struct {
	// Service receives the articles and keeps the feeds' polling state.
	Service chorus.StoryService
	// Client fetches feeds; nil means a client guarded by package netguard
	// with no allow-list: no connection (redirects included) may reach a
	// loopback, private, link-local or metadata address. Each fetch is
	// bounded by Timeout. Pass netguard.New(opts).Client(0) to allow an
	// internal feed.
	Client *http.Client
	// Clock returns the current time; nil means time.Now.
	Clock func() time.Time
	// Interval is the time between two polls of a healthy feed; zero means
	// DefaultInterval.
	Interval time.Duration
	// MaxBackoff caps the wait after repeated failures; zero means
	// DefaultMaxBackoff. After n consecutive failures a feed waits
	// min(Interval·2^n, MaxBackoff).
	MaxBackoff time.Duration
	// Timeout bounds one fetch; zero means DefaultTimeout.
	Timeout time.Duration
	// MaxBodyBytes caps a feed document; zero means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxItems caps the items taken from one poll of one feed, the first
	// ones in the document; zero means chorus.MaxFeedItems.
	MaxItems int
	// BatchSize caps the articles sent in one Ingest call; zero means
	// DefaultBatchSize. Keep it within the service's own limit: a larger
	// chunk is rejected and then sent again one article at a time.
	BatchSize int
	// UserAgent is sent with every fetch; empty means DefaultUserAgent.
	UserAgent string
	// Concurrency caps the feeds polled at once; zero means
	// DefaultConcurrency.
	Concurrency int
	// PerHost caps the feeds of one host (the URL's host name) polled at
	// once; zero means DefaultPerHost.
	PerHost int
	// Pages, when set, fetches the page an item links to when the item
	// carries less than the page — no text, or fewer than TeaserWords
	// words — and ingests the page's article in its place, crediting the
	// page's publisher (og:site_name, else its host) instead of the feed.
	// Give it a fetcher that honours robots.txt and spaces its requests to
	// one host (fetch.Options{Robots: true, PerHost: time.Second}) behind
	// the address guard. Pages answered 304 (conditional GET with the
	// validators of the last fetch) are left as they were stored.
	Pages *fetch.Fetcher
	// TeaserWords is the length below which an item's text is a teaser;
	// zero means DefaultTeaserWords.
	TeaserWords int
	// MaxPages caps the pages fetched in one poll of one feed; zero means
	// DefaultMaxPages. Items beyond it keep their own text.
	MaxPages int
	// Registerer, when set, receives the poller's metrics.
	Registerer prometheus.Registerer
	// Logger receives one line per poll; nil discards them.
	Logger *slog.Logger
}

// Poller fetches due feeds and ingests their items.
type Poller struct {
	opts  Options
	polls *prometheus.CounterVec
	items *prometheus.CounterVec

	mu         sync.Mutex
	validators map[string]fetch.Validators // by page URL: for conditional GET
	hosts      map[string]chan struct{}    // by host: PollFeed's per-host slots
}

// NewPoller returns a Poller. It fails when opts.Service is nil or the
// metrics cannot be registered.
func NewPoller(opts Options) (*Poller, error) {
	if opts.Service == nil {
		return nil, errors.New("cannot create feed poller: no service")
	}
	if opts.Client == nil {
		opts.Client = netguard.New(netguard.Options{}).Client(0)
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Interval <= 0 {
		opts.Interval = DefaultInterval
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = DefaultMaxBackoff
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.MaxItems <= 0 {
		opts.MaxItems = chorus.MaxFeedItems
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = DefaultConcurrency
	}
	if opts.PerHost <= 0 {
		opts.PerHost = DefaultPerHost
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.TeaserWords <= 0 {
		opts.TeaserWords = DefaultTeaserWords
	}
	if opts.MaxPages <= 0 {
		opts.MaxPages = DefaultMaxPages
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	p := &Poller{
		validators: map[string]fetch.Validators{},
		opts:       opts,
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_feed_polls_total",
			Help: "Feed polls by result: ok, not_modified or error.",
		}, []string{"result"}),
		items: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_feed_articles_total",
			Help: "Feed items by result: the service's ingest status, or skipped when the service rejected the item.",
		}, []string{"status"}),
	}
	if opts.Registerer != nil {
		for _, c := range []prometheus.Collector{p.polls, p.items} {
			if err := opts.Registerer.Register(c); err != nil {
				return nil, fmt.Errorf("cannot register feed metrics: %w", err)
			}
		}
	}
	return p, nil
}

// Run polls due feeds until ctx is done. It checks for due feeds at least
// once a minute, so feeds added while it runs are picked up quickly. A
// failed poll is not fatal: it is logged, recorded in the feed's state and
// retried with back-off. So Run returns only when ctx is done, and it
// returns ctx.Err() (context.Canceled or context.DeadlineExceeded): a
// caller that cancelled ctx itself can ignore it.
func (p *Poller) Run(ctx context.Context) error {
	for {
		if _, err := p.PollDue(ctx); err != nil && ctx.Err() == nil {
			p.opts.Logger.ErrorContext(ctx, "feed polling failed", "err", err)
		}
		wait := min(p.opts.Interval, time.Minute)
		if feeds, err := p.opts.Service.Feeds(ctx); err == nil {
			now := p.opts.Clock()
			for _, f := range feeds {
				wait = min(wait, max(f.NextPoll.Sub(now), time.Second))
			}
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// PollDue polls every feed whose NextPoll has come, at most
// Options.Concurrency at once and at most Options.PerHost of one host at
// once, so a slow feed delays only the feeds queued behind it, and
// returns what happened to each, in the order of the feed list. Failures
// of single feeds are recorded in their state and in Result.Err, not
// returned; the error is the first feed state that could not be saved, or
// the context's.
func (p *Poller) PollDue(ctx context.Context) ([]Result, error) {
	feeds, err := p.opts.Service.Feeds(ctx)
	if err != nil {
		return nil, fmt.Errorf("cannot list feeds: %w", err)
	}
	now := p.opts.Clock()
	var due []chorus.Feed
	for _, f := range feeds {
		if !f.NextPoll.After(now) {
			due = append(due, f)
		}
	}
	results := make([]Result, len(due))
	done := make([]bool, len(due))
	errs := make([]error, len(due))
	total := make(chan struct{}, p.opts.Concurrency)
	hosts := map[string]chan struct{}{}
	var wg sync.WaitGroup
	for i, f := range due {
		h := strings.ToLower(host(f.URL))
		if hosts[h] == nil {
			hosts[h] = make(chan struct{}, p.opts.PerHost)
		}
		perHost := hosts[h]
		wg.Go(func() {
			// The host's slot first, so a feed waiting for its host does
			// not hold one of the overall slots.
			if !acquire(ctx, perHost) {
				return
			}
			defer func() { <-perHost }()
			if !acquire(ctx, total) {
				return
			}
			defer func() { <-total }()
			results[i], errs[i] = p.Poll(ctx, f)
			done[i] = true
		})
	}
	wg.Wait()
	var out []Result
	for i := range due {
		if errs[i] != nil {
			return out, errs[i]
		}
		if done[i] {
			out = append(out, results[i])
		}
	}
	return out, ctx.Err()
}

// acquire takes a slot of sem, or gives up when ctx is done first.
func acquire(ctx context.Context, sem chan struct{}) bool {
	select {
	case sem <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}
