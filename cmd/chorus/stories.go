package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/render"
	"github.com/chorusnews/chorus/service"
)

// runStories reads the story store from the command line: `chorus stories
// [list]` and `chorus stories show ID`.
func runStories(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir, db := storeFlags(fs)
	query := fs.String("q", "", "list: keep stories whose title or summary contains `TEXT`")
	limit := fs.Int("limit", chorus.DefaultStoryPage, fmt.Sprintf("list: at most `N` stories (at most %d); show: at most N articles", chorus.MaxStoryPage))
	offset := fs.Int("offset", 0, "skip `N` stories (list) or articles (show)")
	format := fs.String("format", "text", "show: the summary as `FORMAT`: text, markdown or json")
	asJSON := fs.Bool("json", false, "print the API's JSON (list: the story page; show: the story)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus stories [list] [--q TEXT] [--limit N] [--offset N] [options]\n"+
			"       chorus stories show ID [--format text|markdown|json] [options]\n\n"+
			"Lists the stories of the story store, most recently updated first, or shows\n"+
			"one story: its summary with citations, its sources and its articles.\n\noptions:")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args, storeEnv)
	if err != nil {
		return err
	}
	action := "list"
	if len(pos) > 0 {
		action = pos[0]
	}
	var id int64
	switch {
	case action != "list" && action != "show":
		return usagef("unknown action %q: list or show", action)
	case action == "list" && len(pos) > 1:
		return usagef("list takes no argument, got %q", pos[1])
	case action == "show" && len(pos) != 2:
		return usagef("show takes one story ID")
	case *limit < 1:
		return usagef("--limit must be positive, got %d", *limit)
	case *offset < 0:
		return usagef("--offset must not be negative, got %d", *offset)
	}
	if action == "show" {
		if id, err = strconv.ParseInt(pos[1], 10, 64); err != nil || id < 1 {
			return usagef("story ID must be a positive number, got %q", pos[1])
		}
	}
	out, err := render.ParseFormat(*format)
	if err != nil {
		return usagef("--format must be text, markdown or json, got %q", *format)
	}
	svc, err := openService(ctx, *dir, *db, service.Options{})
	if err != nil {
		return err
	}
	defer svc.Close()
	if action == "show" {
		d, err := svc.Story(ctx, id, chorus.StoryDetailQuery{Limit: *limit, Offset: *offset})
		if err != nil {
			return fmt.Errorf("cannot read story %d: %w", id, err)
		}
		if *asJSON {
			return writeIndented(stdout, d)
		}
		return writeStory(stdout, d, out)
	}
	page, err := svc.Stories(ctx, chorus.StoryQuery{Text: *query, Limit: min(*limit, chorus.MaxStoryPage), Offset: *offset})
	if err != nil {
		return fmt.Errorf("cannot list stories: %w", err)
	}
	if *asJSON {
		return writeIndented(stdout, page)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tUPDATED\tARTICLES\tSOURCES\tTITLE")
	for _, s := range page.Stories {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%s\n", s.ID, timeOrNever(s.Updated), s.ArticleCount, s.SourceCount, chorus.Clip(s.Title, 100))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if shown := *offset + len(page.Stories); shown < page.Total {
		fmt.Fprintf(stdout, "(%d of %d stories; --offset %d for more)\n", len(page.Stories), page.Total, shown)
	}
	return nil
}

// writeStory prints one story: its title, its summary in format (with the
// sources), and its articles.
func writeStory(w io.Writer, d *chorus.StoryDetail, format render.Format) error {
	sum := chorus.Summary{Sources: d.Sources}
	for _, s := range d.Summary {
		sum.Sentences = append(sum.Sentences, s.Sentence)
		sum.Words += len(strings.Fields(s.Text))
	}
	if format == render.JSON {
		return render.Write(w, sum, render.Options{Format: format})
	}
	fmt.Fprintf(w, "Story %d: %s\n%d articles from %d sources, updated %s\n\n", d.ID, d.Title, d.ArticleCount, d.SourceCount, timeOrNever(d.Updated))
	if len(sum.Sentences) == 0 {
		fmt.Fprintln(w, "(no summary yet: a running chorus serve, or chorus ingest --summarize, computes it)")
	} else if err := render.Write(w, sum, render.Options{Format: format}); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nArticles:")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, a := range d.Articles {
		note := ""
		if a.DuplicateOf != "" {
			note = " (copy of " + a.DuplicateOf + ")"
		}
		when := a.Published
		if when.IsZero() {
			when = a.Ingested
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s%s\n", timeOrNever(when), orDash(a.Source), chorus.Clip(a.Title, 90), note)
	}
	return tw.Flush()
}

// writeIndented writes v as indented JSON.
func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
