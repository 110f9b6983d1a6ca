package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	chttp "github.com/chorusnews/chorus/http"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/feed"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/service"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// defaultDataDir is where the story store lives unless --data or
// CHORUS_DATA_DIR says otherwise.
const defaultDataDir = "./chorus-data"

// runServe runs the story service in one process: the summary workers, the
// feed poller and the HTTP server, until ctx is done (SIGINT or SIGTERM).
func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (env CHORUS_ADDR)")
	dir := fs.String("data", defaultDataDir, "data `DIR` holding the story store (env CHORUS_DATA_DIR)")
	db := fs.String("db", "", "story store `URL`: a postgres:// URL stores stories in PostgreSQL instead of the SQLite file in --data (env CHORUS_DB)")
	workers := fs.Int("workers", 1, "`N` background summary workers (env CHORUS_WORKERS)")
	poll := fs.Duration("poll", feed.DefaultInterval, "feed polling `INTERVAL`; 0 turns polling off (env CHORUS_POLL_INTERVAL)")
	maxBody := sizeFlag(fs, "max-body", chttp.DefaultMaxBodyBytes, "largest accepted request body `SIZE`, e.g. 16MiB (env CHORUS_MAX_BODY)")
	words := fs.Int("words", 0, "summary word budget `N`; 0 means the default (env CHORUS_SUMMARY_WORDS)")
	window := fs.Duration("window", 0, "story time `WINDOW`; 0 means the default 72h (env CHORUS_WINDOW)")
	logLevel := fs.String("log-level", "info", "log `LEVEL`: debug, info, warn or error (env CHORUS_LOG_LEVEL)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chorus serve [options]\n\nRuns the story service: JSON API, web page, summary workers and feed poller.\nEvery option can also be set by the environment variable named with it; a\nflag beats the environment.\n\noptions:")
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args, serveEnv); err != nil {
		return err
	}
	if fs.NArg() > 0 || *workers < 1 || *poll < 0 || *words < 0 || *window < 0 {
		fs.Usage()
		return errUsage
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(stderr, "chorus serve: bad --log-level %q\n", *logLevel)
		return errUsage
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	svc, err := service.Open(ctx, service.Options{Dir: *dir, Store: store, Workers: *workers, SummaryWords: *words, Window: *window, Logger: logger})
	if err != nil {
		return fmt.Errorf("cannot open the story store (%s): %w", storeName(*dir, *db), err)
	}
	defer svc.Close()

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	srv := chttp.NewServer(svc, chttp.Options{MaxBodyBytes: int64(*maxBody), Registry: reg, Logger: logger})
	var poller *feed.Poller
	if *poll > 0 {
		if poller, err = feed.NewPoller(feed.Options{Service: svc, Interval: *poll, Registerer: reg, Logger: logger}); err != nil {
			return err
		}
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", *addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", *addr, err)
	}
	logger.Info("chorus serving", "url", "http://"+ln.Addr().String(), "store", storeName(*dir, *db), "workers", *workers, "poll", *poll)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errs := make([]error, 3)
	wg.Go(func() { errs[0] = svc.Run(ctx) })
	if poller != nil {
		wg.Go(func() { errs[1] = poller.Run(ctx) })
	}
	errs[2] = srv.Serve(ctx, ln)
	cancel()
	wg.Wait()
	logger.Info("chorus stopped")
	return errors.Join(errs...)
}

// serveEnv names the environment variable of each serve flag.
var serveEnv = map[string]string{
	"addr":      "CHORUS_ADDR",
	"data":      "CHORUS_DATA_DIR",
	"db":        "CHORUS_DB",
	"workers":   "CHORUS_WORKERS",
	"poll":      "CHORUS_POLL_INTERVAL",
	"max-body":  "CHORUS_MAX_BODY",
	"words":     "CHORUS_SUMMARY_WORDS",
	"window":    "CHORUS_WINDOW",
	"log-level": "CHORUS_LOG_LEVEL",
}

// parseArgs sets flags from the environment variables in env, then parses
// args, allowing flags after positional arguments ("feeds add URL --data
// d"). It returns the positional arguments, flag.ErrHelp for -h, and
// errUsage (after explaining) for any mistake.
func parseArgs(fs *flag.FlagSet, args []string, env map[string]string) ([]string, error) {
	for name, key := range env {
		v, ok := os.LookupEnv(key)
		if !ok || v == "" {
			continue
		}
		if err := fs.Set(name, v); err != nil {
			fmt.Fprintf(fs.Output(), "chorus %s: bad %s=%q: %v\n", fs.Name(), key, v, err)
			return nil, errUsage
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	// Leave the positional arguments where fs.Args() finds them.
	_ = fs.Parse(append([]string{"--"}, pos...))
	return pos, nil
}

// byteSize is a flag value for sizes such as 16MiB, 512k or 1048576.
type byteSize int64

func sizeFlag(fs *flag.FlagSet, name string, def int64, usage string) *byteSize {
	b := byteSize(def)
	fs.Var(&b, name, usage)
	return &b
}

// String implements flag.Value.
func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		s string
		n int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.n && n%u.n == 0 {
			return strconv.FormatInt(n/u.n, 10) + u.s
		}
	}
	return strconv.FormatInt(n, 10)
}

// Set implements flag.Value.
func (b *byteSize) Set(s string) error {
	t := strings.TrimSpace(strings.ToLower(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"gb", 1e9}, {"mb", 1e6}, {"kb", 1e3}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.n
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<50)/mult {
		return fmt.Errorf("not a size: %q (use e.g. 16MiB)", s)
	}
	*b = byteSize(n * mult)
	return nil
}

// openService opens the story store for a one-shot command: the PostgreSQL
// one named by db when set, else the embedded one in dir.
func openService(ctx context.Context, dir, db string) (*service.Service, error) {
	store, err := openStore(ctx, db)
	if err != nil {
		return nil, err
	}
	svc, err := service.Open(ctx, service.Options{Dir: dir, Store: store})
	if err != nil {
		return nil, fmt.Errorf("cannot open the story store (%s): %w", storeName(dir, db), err)
	}
	return svc, nil
}

// openStore opens the PostgreSQL store named by db, a postgres:// URL, or
// returns nil, meaning the SQLite store in the data directory, when db is
// empty.
func openStore(ctx context.Context, db string) (chorus.Store, error) {
	if db == "" {
		return nil, nil
	}
	if !strings.HasPrefix(db, "postgres://") && !strings.HasPrefix(db, "postgresql://") {
		return nil, chorus.Errorf(chorus.EINVALID, "--db takes a postgres:// URL")
	}
	store, err := postgres.Open(ctx, db, postgres.Options{})
	if err != nil {
		return nil, fmt.Errorf("cannot open the PostgreSQL story store: %w", err)
	}
	return store, nil
}

// storeName names the story store in messages, without the URL's password.
func storeName(dir, db string) string {
	if db != "" {
		return "PostgreSQL"
	}
	return dir
}

// timeOrNever formats a time for tables.
func timeOrNever(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}
