package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"time"

	chttp "github.com/chorusnews/chorus/http"

	"github.com/chorusnews/chorus/feed"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/netguard"
	"github.com/chorusnews/chorus/queue"
	"github.com/chorusnews/chorus/service"
	"github.com/chorusnews/chorus/story"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// runServe runs the story service in one process: the summary workers, the
// feed poller and the HTTP server, until ctx is done (SIGINT or SIGTERM).
func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (env CHORUS_ADDR)")
	dir, db := storeFlags(fs)
	workers := fs.Int("workers", 1, "`N` background summary workers (env CHORUS_WORKERS)")
	poll := fs.Duration("poll", feed.DefaultInterval, "feed polling `INTERVAL`; 0 turns polling off (env CHORUS_POLL_INTERVAL)")
	maxBody := sizeFlag(fs, "max-body", chttp.DefaultMaxBodyBytes, "largest accepted request body `SIZE`, e.g. 16MiB (env CHORUS_MAX_BODY)")
	words := fs.Int("words", 0, "summary word budget `N`; 0 means the default (env CHORUS_SUMMARY_WORDS)")
	window := fs.Duration("window", 0, "story time `WINDOW`; 0 means the default 72h (env CHORUS_WINDOW)")
	summaryDelay := fs.Duration("summary-delay", service.DefaultSummaryDelay, "a story's summary is recomputed this `LONG` after a change to it, so a burst of changes costs one summary; 0 recomputes at once (env CHORUS_SUMMARY_DELAY)")
	summaryNice := fs.Int("summary-nice", service.DefaultSummaryNice, "compute summaries on threads of this nice `VALUE` (1-19, Linux), below the writes' priority; 0 computes them at the process's priority (env CHORUS_SUMMARY_NICE)")
	fetchAllow := fs.String("fetch-allow", "", "feed fetches may reach these non-public `NETWORKS`: comma-separated CIDRs, addresses or host names, e.g. 10.1.0.0/16,feeds.internal; every other loopback, private, link-local or metadata address is refused (env CHORUS_FETCH_ALLOW)")
	fetchPages := fs.Bool("fetch-pages", true, "fetch the page a feed item links to when the item is a teaser (under 150 words), honouring robots.txt, one request per second per host (env CHORUS_FETCH_PAGES)")
	private := fs.Bool("private", false, "reads (pages and API) need an API key too (env CHORUS_PRIVATE)")
	allowedHosts := fs.String("allowed-hosts", "", "comma-separated host `NAMES` the Host header may carry; on loopback localhost, 127.0.0.1 and ::1 are always allowed and nothing else unless listed (env CHORUS_ALLOWED_HOSTS)")
	metricsAccess := fs.String("metrics", chttp.MetricsLoopback, "who may read /metrics: `open`, loopback (clients on this machine) or key (env CHORUS_METRICS)")
	logLevel := fs.String("log-level", "info", "log `LEVEL`: debug, info, warn or error (env CHORUS_LOG_LEVEL)")
	pprofAddr := fs.String("pprof", "", "serve Go's runtime profiles (/debug/pprof/) on this loopback `HOST:PORT`, e.g. 127.0.0.1:6060; empty (the default) serves none (env CHORUS_PPROF)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus serve [options]\n\nRuns the story service: JSON API, web page, summary workers and feed poller.\nEvery option can also be set by the environment variable named with it; a\nflag beats the environment.\n\noptions:")
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args, serveEnv); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usagef("unexpected argument %q", fs.Arg(0))
	case *workers < 1:
		return usagef("--workers must be positive, got %d", *workers)
	case *poll < 0:
		return usagef("--poll must not be negative, got %s", *poll)
	case *words < 0:
		return usagef("--words must not be negative, got %d", *words)
	case *summaryDelay < 0:
		return usagef("--summary-delay must not be negative, got %s", *summaryDelay)
	case *summaryNice < 0 || *summaryNice > 19:
		return usagef("--summary-nice must be within 0 and 19, got %d", *summaryNice)
	case *window < 0:
		return usagef("--window must not be negative, got %s", *window)
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return usagef("bad --log-level %q: debug, info, warn or error", *logLevel)
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	if m := *metricsAccess; m != "open" && m != chttp.MetricsLoopback && m != chttp.MetricsKey {
		return usagef("bad --metrics %q: open, loopback or key", m)
	}
	guardOpts, err := netguard.ParseAllow(*fetchAllow)
	if err != nil {
		return usagef("bad --fetch-allow: %v", err)
	}
	if *pprofAddr != "" {
		if err := loopbackAddr(*pprofAddr); err != nil {
			return err
		}
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	svc, err := openService(ctx, *dir, *db, service.Options{Registerer: reg, Workers: *workers, SummaryWords: *words, Cluster: story.Options{Window: *window}, Logger: logger,
		SummaryDelay: *summaryDelay, SummaryNice: *summaryNice})
	if err != nil {
		return err
	}
	defer svc.Close()

	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", *addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", *addr, err)
	}
	access := accessOptions(ln.Addr(), *allowedHosts, *private, *metricsAccess)
	access.Authenticate = func(ctx context.Context, secret string) (string, error) {
		k, err := svc.Authenticate(ctx, secret)
		if err != nil {
			return "", err
		}
		return k.ID, nil
	}
	if err := warnAccess(ctx, logger, ln.Addr(), access, svc); err != nil {
		ln.Close()
		return err
	}

	opts := access
	opts.MaxBodyBytes, opts.Registry, opts.Logger = int64(*maxBody), reg, logger
	// Articles posted with a url and no text: fetched behind the guard.
	opts.FetchPage = fetch.New(fetch.Options{Client: netguard.New(guardOpts).Client(0)}).Article
	srv := chttp.NewServer(svc, opts)
	if *poll > 0 {
		fo := feed.Options{Service: svc, Client: netguard.New(guardOpts).Client(0), Interval: *poll, Registerer: reg, Logger: logger}
		if *fetchPages {
			fo.Pages = fetch.New(fetch.Options{Client: fo.Client, Robots: true, PerHost: time.Second})
		}
		poller, err := feed.NewPoller(fo)
		if err != nil {
			ln.Close()
			return err
		}
		// Feed polls are jobs of the store's queue: every process sharing
		// the store takes a share, and each due feed is polled once.
		err = svc.PollFeeds(queue.FeedConfig{Due: poller.Due, Poll: poller.PollFeed,
			Sweep: min(*poll, queue.DefaultSweep), Workers: feed.DefaultConcurrency})
		if err != nil {
			ln.Close()
			return err
		}
	}
	logger.Info("chorus serving", "url", "http://"+ln.Addr().String(), "store", storeName(*dir, *db), "workers", *workers, "poll", *poll,
		"keys_required", access.RequireKey, "private", access.Private)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if *pprofAddr != "" {
		wait, err := servePprof(ctx, *pprofAddr, logger)
		if err != nil {
			ln.Close()
			return err
		}
		defer wait()
	}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Go(func() { errs[0] = ignoreCancel(svc.Run(ctx)) })
	errs[1] = srv.Serve(ctx, ln)
	cancel()
	wg.Wait()
	logger.Info("chorus stopped")
	return errors.Join(errs...)
}

// ignoreCancel drops the context.Canceled that Service.Run and Poller.Run
// return when serve stops them (on a signal, or when the server ends).
func ignoreCancel(err error) error {
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// serveEnv names the environment variable of each serve flag.
var serveEnv = withEnv(storeEnv,
	"addr", "CHORUS_ADDR",
	"workers", "CHORUS_WORKERS",
	"poll", "CHORUS_POLL_INTERVAL",
	"max-body", "CHORUS_MAX_BODY",
	"words", "CHORUS_SUMMARY_WORDS",
	"window", "CHORUS_WINDOW",
	"summary-delay", "CHORUS_SUMMARY_DELAY",
	"summary-nice", "CHORUS_SUMMARY_NICE",
	"log-level", "CHORUS_LOG_LEVEL",
	"fetch-allow", "CHORUS_FETCH_ALLOW",
	"fetch-pages", "CHORUS_FETCH_PAGES",
	"private", "CHORUS_PRIVATE",
	"allowed-hosts", "CHORUS_ALLOWED_HOSTS",
	"metrics", "CHORUS_METRICS",
	"pprof", "CHORUS_PPROF",
)
