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
	"time"

	"github.com/chorusnews/chorus"
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
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	p := &Poller{
		opts: opts,
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

// PollDue polls, one after another, every feed whose NextPoll has come,
// and returns what happened to each. Failures of single feeds are recorded
// in their state and in Result.Err, not returned.
func (p *Poller) PollDue(ctx context.Context) ([]Result, error) {
	feeds, err := p.opts.Service.Feeds(ctx)
	if err != nil {
		return nil, fmt.Errorf("cannot list feeds: %w", err)
	}
	var out []Result
	for _, f := range feeds {
		if ctx.Err() != nil {
			return out, ctx.Err()
		}
		if f.NextPoll.After(p.opts.Clock()) {
			continue
		}
		r, err := p.Poll(ctx, f)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}
