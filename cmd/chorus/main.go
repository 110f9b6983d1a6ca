// Command chorus summarizes clusters of news articles, evaluates summaries,
// benchmarks summarizers and serves a story service. Each subcommand lives in
// its own file; this file only dispatches.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand: its name, a one-line summary and its runner.
type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"summarize", "summarize clusters of articles", runSummarize},
		{"train", "fit the summarizer's sentence scorer on training data", runTrain},
		{"tune", "compare variants of the summarizer's tuning on a validation set", runTune},
		{"eval", "score candidate summaries against references with ROUGE", runEval},
		{"bench", "run summarizers over a dataset and print a ROUGE table", runBench},
		{"serve", "run the story service: API, web page, feed polling", runServe},
		{"ingest", "send articles to the story store", runIngest},
		{"feeds", "manage the feeds the service polls", runFeeds},
		{"keys", "manage the API keys that may write to the service", runKeys},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches args to a subcommand and returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], stdin, stdout, stderr)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		default:
			fmt.Fprintf(stderr, "chorus %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "chorus: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

// errUsage reports a command-line mistake already explained to the user.
var errUsage = errors.New("usage error")

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: chorus COMMAND [options]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'chorus COMMAND -h' for a command's options.")
}
