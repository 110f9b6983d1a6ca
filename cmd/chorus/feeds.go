package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/service"
)

// runFeeds manages the feeds the service polls: `chorus feeds add URL`,
// `chorus feeds remove ID|URL` and `chorus feeds list`.
func runFeeds(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("feeds", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir, db := storeFlags(fs)
	asJSON := fs.Bool("json", false, "list: print JSON instead of a table")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus feeds add URL... [options]\n       chorus feeds remove ID|URL... [options]\n       chorus feeds list [options]\n\nA running `chorus serve` on the same data directory polls added feeds\nwithin a minute and stops polling removed ones; the articles a removed\nfeed brought stay.\n\noptions:")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args, storeEnv)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 0:
		return usagef("say add, remove or list (see 'chorus help feeds')")
	case pos[0] != "add" && pos[0] != "list" && pos[0] != "remove":
		return usagef("unknown action %q: add, remove or list", pos[0])
	case pos[0] == "add" && len(pos) < 2:
		return usagef("add needs at least one feed URL")
	case pos[0] == "remove" && len(pos) < 2:
		return usagef("remove needs at least one feed ID or URL")
	case pos[0] == "list" && len(pos) > 1:
		return usagef("list takes no argument, got %q", pos[1])
	}
	svc, err := openService(ctx, *dir, *db, service.Options{})
	if err != nil {
		return err
	}
	defer svc.Close()
	if pos[0] == "remove" {
		return removeFeeds(ctx, svc, pos[1:], stdout)
	}
	if pos[0] == "add" {
		for _, u := range pos[1:] {
			f, err := svc.AddFeed(ctx, u)
			if err != nil {
				return fmt.Errorf("cannot add feed %s: %w", u, err)
			}
			fmt.Fprintf(stdout, "feed %d: %s\n", f.ID, f.URL)
		}
		return nil
	}
	feeds, err := svc.Feeds(ctx)
	if err != nil {
		return fmt.Errorf("cannot list feeds: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(feeds)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tURL\tTITLE\tLAST POLLED\tNEXT POLL\tFAILURES\tLAST ERROR")
	for _, f := range feeds {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", f.ID, f.URL, orDash(f.Title), timeOrNever(f.LastPolled), timeOrNever(f.NextPoll), f.Failures, orDash(f.LastError))
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// timeOrNever formats a time for tables.
func timeOrNever(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// removeFeeds removes the feeds named by ID or URL (as added or as listed).
func removeFeeds(ctx context.Context, svc chorus.StoryService, names []string, stdout io.Writer) error {
	feeds, err := svc.Feeds(ctx)
	if err != nil {
		return fmt.Errorf("cannot list feeds: %w", err)
	}
	for _, name := range names {
		id, err := strconv.ParseInt(name, 10, 64)
		if err != nil {
			norm, nerr := service.NormalizeURL(name)
			id = 0
			for _, f := range feeds {
				if f.URL == name || (nerr == nil && f.URL == norm) {
					id = f.ID
				}
			}
			if id == 0 {
				return fmt.Errorf("cannot remove feed %s: %w", name, chorus.Errorf(chorus.ENOTFOUND, "no such feed"))
			}
		}
		if err := svc.RemoveFeed(ctx, id); err != nil {
			return fmt.Errorf("cannot remove feed %s: %w", name, err)
		}
		fmt.Fprintf(stdout, "removed feed %d\n", id)
	}
	return nil
}
