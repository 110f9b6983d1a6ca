// Command chorus summarizes clusters of news articles, evaluates summaries,
// benchmarks summarizers and serves a story service. Each subcommand lives in
// its own file; this file only dispatches.
//
// Conventions every subcommand follows: flags may come before or after the
// positional arguments; `chorus help CMD`, `chorus CMD -h` and `--help`
// print the command's help on standard output and exit 0; a mistake on the
// command line is explained in one line on standard error and exits 2; any
// other failure is one line on standard error and exits 1.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
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
		{"digest", "fetch feeds and pages, print one summary per story", runDigest},
		{"train", "fit the summarizer's sentence scorer on training data", runTrain},
		{"tune", "compare variants of the summarizer's tuning on a validation set", runTune},
		{"eval", "score candidate summaries against references with ROUGE", runEval},
		{"bench", "run summarizers over a dataset and print a ROUGE table", runBench},
		{"serve", "run the story service: API, web page, feed polling", runServe},
		{"ingest", "send articles to the story store", runIngest},
		{"feeds", "manage the feeds the service polls", runFeeds},
		{"stories", "list the stories of the story store, or show one", runStories},
		{"keys", "manage the API keys that may write to the service", runKeys},
		{"version", "print the version of this binary", runVersion},
	}
}

func main() {
	if len(os.Args) < 2 || os.Args[1] != "serve" {
		// Only serve shows Go's profiles (--pprof): every other command
		// spares the runtime its sampling of allocations for a memory
		// profile, a stack walk every 512 KB allocated.
		runtime.MemProfileRate = 0
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches args to a subcommand and returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(stdout)
		return 0
	case "-version", "--version":
		args = []string{"version"}
	case "help":
		if len(args) == 1 {
			usage(stdout)
			return 0
		}
		// help CMD [SUB]: the command's own help.
		args = append(append([]string{args[1]}, args[2:]...), "-h")
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		if helpAsked(args[1:]) {
			// Help that was asked for is the command's output.
			stderr = stdout
		}
		err := c.run(ctx, args[1:], stdin, stdout, stderr)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			var ue *usageError
			if errors.As(err, &ue) {
				fmt.Fprintf(stderr, "chorus %s: %s\n", c.name, ue.msg)
			}
			return 2
		default:
			fmt.Fprintf(stderr, "chorus %s: %s\n", c.name, errorLine(err))
			return 1
		}
	}
	fmt.Fprintf(stderr, "chorus: unknown command %q (run 'chorus help' for the list)\n", args[0])
	return 2
}

// helpAsked reports whether args ask for help before any "--".
func helpAsked(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: chorus COMMAND [options] [ARGS]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'chorus help COMMAND' for a command's options; flags may follow the arguments.")
}
