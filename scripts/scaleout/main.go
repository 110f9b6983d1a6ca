// Command scaleout measures `chorus serve` scaling out on one PostgreSQL
// (issue 12). It builds chorus, starts a throwaway PostgreSQL with
// scripts/postgres (durable: fsync on), and runs one of three modes, all on
// loopback, bounded by --limit and --timeout, and printing Markdown tables:
//
//   - scale (default): for each stream (--streams) and each process count
//     (--procs), a fresh schema, N `chorus serve` processes, the stream
//     posted to them by --clients clients (one article per request, round
//     robin over the processes); it waits until every story is summarized at
//     its last version and prints articles/s, CPU-seconds per article
//     (chorus processes plus every PostgreSQL process; the CPU of each
//     process, summaries computed per article and, with --profile and
//     pg_stat_statements, commits by kind), B³ against the
//     dataset's clusters and against the first row's stories, summary
//     computations against story versions, the PostgreSQL backends' wait
//     profile and the processes' metrics. --sync on,off repeats it with
//     synchronous_commit on and off.
//   - kill: a run without a kill, then --runs runs with seeds 1..runs that
//     SIGKILL one process (random, or the assigner when the processes say
//     which one leads) at a random moment of the same stream; every
//     acknowledged article must be stored, assignment must resume within
//     10 s and the stories must equal those of the run without a kill.
//   - startup: posts --articles Multi-News train articles to one process,
//     then times `chorus serve` from exec to a healthy /healthz and reads its
//     memory (RSS, Go heap), --repeat times.
//
// Every process it starts is killed when it ends (SIGINT and SIGTERM
// included; chorus processes also die with it through Pdeathsig). Data
// comes from ../shared/data (or $CHORUS_DATA); a stream whose files are
// absent is skipped with a message.
//
//	go run ./scripts/scaleout --streams duc2004,duc2004-dated,multinews-test --procs 1,2,4 --clients 4
//	go run ./scripts/scaleout --streams multinews-test --procs 1,4,2 --rounds 3   # medians of 3 rounds
//	go run ./scripts/scaleout --mode kill --streams duc2004 --runs 5
//	go run ./scripts/scaleout --mode startup --articles 100000
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "scaleout:", err)
		os.Exit(1)
	}
}

// options are the command's flags.
type options struct {
	mode     string
	streams  []string
	limit    int
	procs    []int
	clients  int
	workers  int
	seed     uint64
	timeout  time.Duration
	sync     []string
	runs     int
	killWith int
	articles int
	repeat   int
	rounds   int
	keepLogs bool
	chorus   string
	tmp      string
	// profile and profileSeconds: --profile, --profile-seconds.
	profile        string
	profileSeconds int
	// gomaxprocs, when positive, is the GOMAXPROCS of every chorus
	// process (--gomaxprocs).
	gomaxprocs int
}

func run(ctx context.Context) error {
	var o options
	procs := flag.String("procs", "1,2,4", "comma-separated process counts (a count may repeat: 1,1 shows the run-to-run difference)")
	streams := flag.String("streams", "duc2004", "comma-separated streams: duc2004 (undated), duc2004-dated (publication dates kept, posted in date order), duc2003 and duc2003-dated (development data, 298 documents), multinews-test, multinews-val")
	sync := flag.String("sync", "off", "comma-separated synchronous_commit settings to run each stream with: on, off")
	legacy := flag.String("dataset", "", "the older name of --streams (one stream)")
	legacyDated := flag.Bool("dated", false, "with --dataset duc2004: the duc2004-dated stream")
	flag.StringVar(&o.mode, "mode", "scale", "scale, kill or startup")
	flag.IntVar(&o.limit, "limit", 0, "clusters to read per stream (0 = all; multinews-* streams stop at 2000)")
	flag.IntVar(&o.clients, "clients", 4, "concurrent posting clients (kill mode: 1 unless set, so that the order is the same in every run)")
	flag.IntVar(&o.workers, "workers", 1, "summary workers per process")
	flag.Uint64Var(&o.seed, "seed", 1, "shuffle seed of the stream")
	flag.DurationVar(&o.timeout, "timeout", 10*time.Minute, "bound on one run (start-up mode: on the bulk load)")
	flag.IntVar(&o.runs, "runs", 5, "kill mode: runs with a kill (seeds 1..runs)")
	flag.IntVar(&o.killWith, "kill-procs", 3, "kill mode: processes per run")
	flag.IntVar(&o.articles, "articles", 100000, "start-up mode: articles stored before the start-up is timed")
	flag.IntVar(&o.repeat, "repeat", 3, "start-up mode: timed start-ups")
	flag.IntVar(&o.rounds, "rounds", 1, "scale mode: run the --procs list this many times, rotating its order each round, and print the medians of each process count")
	flag.StringVar(&o.chorus, "chorus", "", "a chorus binary to measure instead of building ./cmd/chorus")
	flag.StringVar(&o.tmp, "tmp", "", "directory to hold the run's temporary directory (PostgreSQL's data, logs); empty means $TMPDIR or /tmp")
	flag.StringVar(&o.profile, "profile", "", "scale mode: write to this `DIR` a CPU profile of every chorus process (--pprof) taken while the stream is posted, and, when PostgreSQL loads pg_stat_statements (CHORUS_PG_OPTS), its statements per article")
	flag.IntVar(&o.profileSeconds, "profile-seconds", 10, "length of the --profile CPU profiles, from the first post")
	flag.IntVar(&o.gomaxprocs, "gomaxprocs", 0, "GOMAXPROCS of every chorus process; 0 leaves Go's default (the number of cores)")
	flag.BoolVar(&o.keepLogs, "keep-logs", false, "keep the chorus processes' logs (their paths are printed)")
	flag.Parse()
	if *legacy != "" {
		*streams = *legacy
		if *legacyDated {
			*streams += "-dated"
		}
	}
	o.streams = splitList(*streams)
	o.sync = splitList(*sync)
	for _, p := range splitList(*procs) {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 16 {
			return fmt.Errorf("bad --procs entry %q (1 to 16)", p)
		}
		o.procs = append(o.procs, n)
	}
	for _, s := range o.sync {
		if s != "on" && s != "off" {
			return fmt.Errorf("bad --sync entry %q (on or off)", s)
		}
	}
	clientsSet := false
	flag.Visit(func(f *flag.Flag) { clientsSet = clientsSet || f.Name == "clients" })
	switch {
	case o.clients < 1 || o.clients > 64:
		return fmt.Errorf("--clients must be within 1 and 64, got %d", o.clients)
	case o.runs < 0 || o.runs > 50:
		return fmt.Errorf("--runs must be within 0 and 50, got %d", o.runs)
	case o.killWith < 2 || o.killWith > 16:
		return fmt.Errorf("--kill-procs must be within 2 and 16, got %d", o.killWith)
	case o.articles < 1 || o.articles > 200000:
		return fmt.Errorf("--articles must be within 1 and 200000, got %d", o.articles)
	case o.gomaxprocs < 0 || o.gomaxprocs > 256:
		return fmt.Errorf("--gomaxprocs must be within 0 and 256, got %d", o.gomaxprocs)
	case o.profileSeconds < 1 || o.profileSeconds > 600:
		return fmt.Errorf("--profile-seconds must be within 1 and 600, got %d", o.profileSeconds)
	case o.repeat < 1 || o.repeat > 10:
		return fmt.Errorf("--repeat must be within 1 and 10, got %d", o.repeat)
	case o.rounds < 1 || o.rounds > 20:
		return fmt.Errorf("--rounds must be within 1 and 20, got %d", o.rounds)
	}
	if o.mode == "kill" && !clientsSet {
		o.clients = 1
	}

	env, err := setup(ctx, o)
	if err != nil {
		return err
	}
	defer env.close()
	switch o.mode {
	case "scale":
		return scaleMode(ctx, env, o)
	case "kill":
		return killMode(ctx, env, o)
	case "startup":
		return startupMode(ctx, env, o)
	}
	return fmt.Errorf("bad --mode %q (scale, kill or startup)", o.mode)
}

// splitList splits a comma-separated flag value, dropping empty entries.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// errSkip marks a stream whose data is absent.
var errSkip = errors.New("skipped")
