// Command loadfault is the load-and-fault run of issue 9, for operators to
// repeat: it starts `chorus serve` on loopback only, in throw-away data
// directories, and measures, in bounded time and count,
//
//   - idle: the server's CPU use over an idle spell after an ingest;
//   - load: R readers and W writers for a fixed time (throughput, p50/p99
//     latency, errors, peak RSS);
//   - kill: kill -9 at random moments over N runs, comparing the articles
//     acknowledged with those stored and checking the store's integrity;
//   - bad: a corpus of bad requests (oversized fields, invalid UTF-8, deep
//     JSON, wrong types, SSRF feeds through redirects and names resolving
//     to loopback, a rewrite of another writer's article) with the status
//     expected for each.
//
// It prints Markdown tables. Run it through scripts/load-and-fault, which
// builds the chorus binary first. Every number depends on the machine: the
// tables say which.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// config is the run's settings, from flags.
type config struct {
	chorus   string // the chorus binary
	phases   map[string]bool
	idle     time.Duration // idle spell measured
	duration time.Duration // load phase length
	readers  int
	writers  int
	kills    int
	seed     uint64
	keep     bool // keep the data directories
}

func main() {
	var c config
	var phases string
	flag.StringVar(&c.chorus, "chorus", "chorus", "the chorus `BINARY` to run")
	flag.StringVar(&phases, "phases", "idle,load,kill,bad", "comma-separated `PHASES` to run: idle, load, kill, bad")
	flag.DurationVar(&c.idle, "idle", 10*time.Second, "idle spell measured after the ingest")
	flag.DurationVar(&c.duration, "duration", 60*time.Second, "length of the load phase (at most 10m)")
	flag.IntVar(&c.readers, "readers", 8, "concurrent readers in the load phase")
	flag.IntVar(&c.writers, "writers", 8, "concurrent writers in the load phase")
	flag.IntVar(&c.kills, "kills", 10, "kill -9 runs (at most 100)")
	flag.Uint64Var(&c.seed, "seed", 1, "random seed (article texts, kill moments)")
	flag.BoolVar(&c.keep, "keep", false, "keep the data directories")
	flag.Parse()
	if c.duration <= 0 || c.duration > 10*time.Minute || c.kills < 0 || c.kills > 100 || c.readers < 0 || c.writers < 1 || c.readers > 64 || c.writers > 64 {
		fmt.Fprintln(os.Stderr, "loadfault: bounds: duration in (0, 10m], kills in [0, 100], readers in [0, 64], writers in [1, 64]")
		os.Exit(2)
	}
	c.phases = map[string]bool{}
	for _, p := range strings.Split(phases, ",") {
		c.phases[strings.TrimSpace(p)] = true
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The whole run is bounded too.
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	fmt.Printf("# chorus load and fault run\n\n%s, %d CPUs, %s, seed %d, %s\n\n", runtime.GOOS+"/"+runtime.GOARCH, runtime.NumCPU(), cpuModel(), c.seed, time.Now().UTC().Format(time.RFC3339))
	rng := rand.New(rand.NewPCG(c.seed, 9))
	failed := false
	run := func(name string, fn func() error) {
		if !c.phases[name] || ctx.Err() != nil {
			return
		}
		if err := fn(); err != nil {
			fmt.Printf("\n**%s phase failed: %v**\n\n", name, err)
			failed = true
		}
	}
	run("idle", func() error { return idleAndLoad(ctx, c, rng) })
	if !c.phases["idle"] {
		run("load", func() error { return idleAndLoad(ctx, c, rng) })
	}
	run("kill", func() error { return killRuns(ctx, c, rng) })
	run("bad", func() error { return badInputs(ctx, c) })
	if failed {
		os.Exit(1)
	}
}

// cpuModel names the CPU from /proc/cpuinfo, or "unknown CPU".
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
