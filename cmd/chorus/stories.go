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
	"time"

	"github.com/chorusnews/chorus"
	chttp "github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/render"
	"github.com/chorusnews/chorus/service"
)

// runStories reads the story store from the command line: `chorus stories
// [list]` and `chorus stories show ID`.
func runStories(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir, db := storeFlags(fs)
	text := fs.String("q", "", "list: keep stories whose title or summary contains `TEXT`")
	limit := fs.Int("limit", chorus.DefaultStoryPage, fmt.Sprintf("list: at most `N` stories (at most %d); show: at most N articles", chorus.MaxStoryPage))
	offset := fs.Int("offset", 0, "skip `N` stories (list) or articles (show)")
	format := fs.String("format", "text", "show: the summary as `FORMAT`: text, markdown or json")
	asJSON := fs.Bool("json", false, "print the API's JSON (list: the story page; show: the story)")
	since := fs.String("since", "", "show: only what the articles dated after `TIME` add (RFC 3339, or 2026-01-02T15:04 / 2026-01-02 in UTC), summarized for a reader who read the rest")
	by := fs.String("by", chorus.ByPublished, "show --since: date articles by `BASIS`: published (publication time, else when received) or received")
	query := fs.String("query", "", "show: summarize the story for `TEXT`, a topic or a question (the API's ?query=; with --since, the update too)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus stories [list] [--q TEXT] [--limit N] [--offset N] [options]\n"+
			"       chorus stories show ID [--since TIME [--by published|received]] [--query TEXT] [--format text|markdown|json] [options]\n\n"+
			"Lists the stories of the story store, most recently updated first, or shows\n"+
			"one story: its summary with citations, its sources and its articles, earliest\n"+
			"first, each dated by its publication time or marked as dated by when it was\n"+
			"received. With --since, show prints instead what the articles dated after\n"+
			"TIME add to the others (the API's ?since=); with --query, the summary (or\n"+
			"the update) is focused on a topic or a question (the API's ?query=).\n\noptions:")
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
	q := chorus.StoryDetailQuery{Limit: *limit, Offset: *offset}
	sinceSet, bySet, querySet := false, false, false
	fs.Visit(func(f *flag.Flag) {
		sinceSet = sinceSet || f.Name == "since"
		bySet = bySet || f.Name == "by"
		querySet = querySet || f.Name == "query"
	})
	q.Query = strings.TrimSpace(*query)
	switch {
	case querySet && action != "show":
		return usagef("--query goes with show")
	case querySet && q.Query == "":
		return usagef("--query is empty: give a topic or a question")
	case querySet && chorus.CheckQuery(q.Query) != nil:
		return usagef("--query: %s", chorus.ErrorMessage(chorus.CheckQuery(q.Query)))
	case sinceSet && action != "show":
		return usagef("--since goes with show")
	case sinceSet && strings.TrimSpace(*since) == "":
		return usagef("--since is empty: give a time such as 2026-01-02T15:04:05Z")
	case bySet && !sinceSet:
		return usagef("--by goes with --since")
	case *by != chorus.ByPublished && *by != chorus.ByReceived:
		return usagef("--by must be published or received, got %q", *by)
	}
	if sinceSet {
		if q.Since, err = chttp.ParseSince(strings.TrimSpace(*since)); err != nil {
			return usagef("--since must be an RFC 3339 time such as 2026-01-02T15:04:05Z (or 2026-01-02T15:04, UTC), got %q", *since)
		}
		q.By = *by
	}
	svc, err := openService(ctx, *dir, *db, service.Options{})
	if err != nil {
		return err
	}
	defer svc.Close()
	if action == "show" {
		d, err := svc.Story(ctx, id, q)
		if err != nil {
			return fmt.Errorf("cannot read story %d: %w", id, err)
		}
		if *asJSON {
			return writeIndented(stdout, d)
		}
		if d.Update != nil {
			return writeUpdate(stdout, d, out)
		}
		return writeStory(stdout, d, out)
	}
	page, err := svc.Stories(ctx, chorus.StoryQuery{Text: *text, Limit: min(*limit, chorus.MaxStoryPage), Offset: *offset})
	if err != nil {
		return fmt.Errorf("cannot list stories: %w", err)
	}
	if *asJSON {
		return writeIndented(stdout, page)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tPUBLISHERS\tARTICLES\tSUMMARY UPDATED\tTITLE")
	for _, s := range page.Stories {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%s\t%s\n", s.ID, publishedSpan(s), s.SourceCount, s.ArticleCount, timeOrNever(s.Updated), chorus.Clip(s.Title, 100))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if shown := *offset + len(page.Stories); shown < page.Total {
		fmt.Fprintf(stdout, "(%d of %d stories; --offset %d for more)\n", len(page.Stories), page.Total, shown)
	}
	return nil
}

// publishedSpan gives the days a story's articles were published, first
// to latest: "2026-02-27 – 2026-02-28", one day alone, "unknown" when no
// article has a publication time, "-" before the first summary (which
// records the span).
func publishedSpan(s chorus.Story) string {
	switch {
	case !s.Summarized:
		return "-"
	case s.FirstPublished.IsZero():
		return "unknown"
	}
	first, last := s.FirstPublished.UTC().Format(time.DateOnly), s.LastPublished.UTC().Format(time.DateOnly)
	if first == last {
		return first
	}
	return first + " – " + last
}

// writeStory prints one story: its title, its summary in format (with the
// sources) or, asked with a query, its summary for the query, and its
// articles.
func writeStory(w io.Writer, d *chorus.StoryDetail, format render.Format) error {
	sum := chorus.Summary{Sources: d.Sources}
	for _, s := range d.Summary {
		sum.Sentences = append(sum.Sentences, s.Sentence)
		sum.Words += len(strings.Fields(s.Text))
	}
	if f := d.Focus; f != nil {
		sum = chorus.Summary{Sentences: f.Summary, Sources: f.Sources, Words: f.Words}
	}
	if format == render.JSON {
		return render.Write(w, sum, render.Options{Format: format})
	}
	fmt.Fprintf(w, "Story %d: %s\n%s from %s%s; summary updated %s\n\n", d.ID, d.Title, plural(d.ArticleCount, "article", "articles"), plural(d.SourceCount, "publisher", "publishers"), storySpan(d.Story), timeOrNever(d.Updated))
	if f := d.Focus; f != nil {
		fmt.Fprintf(w, "Summarized for %q (numbered as the story's summary):\n\n", f.Query)
		if len(sum.Sentences) == 0 {
			fmt.Fprintln(w, "(no usable text)")
			return writeTimeline(w, d)
		}
	}
	if len(sum.Sentences) == 0 {
		fmt.Fprintln(w, "(no summary yet: a running chorus serve, or chorus ingest --summarize, computes it)")
	} else if err := render.Write(w, sum, render.Options{Format: format}); err != nil {
		return err
	}
	return writeTimeline(w, d)
}

// writeTimeline lists the story's listed articles earliest first, each
// with its publication time or, marked "received", the time the service
// received it when the publication time is unknown.
func writeTimeline(w io.Writer, d *chorus.StoryDetail) error {
	fmt.Fprintln(w, "\nArticles, earliest first (time published, or received when the publication time is unknown):")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, e := range d.Timeline {
		note := ""
		if e.DuplicateOf != "" {
			note = " (copy of " + e.DuplicateOf + ")"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s%s\n", timeOrNever(e.Time), e.Basis, orDash(e.Source), chorus.Clip(orText(e.Title, e.Article), 90), note)
	}
	return tw.Flush()
}

// storySpan says when a story's articles were published, as the story
// list and the story page do: ", published FIRST – LAST", with the number
// of articles that have no publication time when some have none, ",
// publication time unknown" when none has one, and nothing before the
// first summary (which records the span).
func storySpan(s chorus.Story) string {
	if !s.Summarized {
		return ""
	}
	span := publishedSpan(s)
	if s.FirstPublished.IsZero() {
		return ", publication time " + span
	}
	if s.UndatedArticles > 0 {
		span += " (" + plural(s.UndatedArticles, "article", "articles") + " without a publication time)"
	}
	return ", published " + span
}

// writeUpdate prints a story's since view: what the articles dated after
// the time add, in format (JSON: the update summary alone, as
// chorus summarize --after writes it), then the articles.
func writeUpdate(w io.Writer, d *chorus.StoryDetail, format render.Format) error {
	u := d.Update
	sum := chorus.Summary{Sentences: u.Summary, Sources: u.Sources, Words: u.Words}
	if format == render.JSON {
		return render.Write(w, sum, render.Options{Format: format})
	}
	basis := "publication time"
	if u.By == chorus.ByReceived {
		basis = "when received"
	}
	focus := ""
	if u.Query != "" {
		focus = fmt.Sprintf(", for %q", u.Query)
	}
	fmt.Fprintf(w, "Story %d: %s\nSince %s, by %s%s: ", d.ID, d.Title, timeOrNever(u.Since), basis, focus)
	switch {
	case u.Status == chorus.UpdateWhole:
		fmt.Fprintf(w, "nothing had been reported by then; the whole story (%s).\n\n", plural(u.Articles, "article", "articles"))
	case u.Status == chorus.UpdateNew:
		fmt.Fprintf(w, "what %s to the %d before.\n\n", plural(u.Articles, "later article adds", "later articles add"), u.Read)
	case u.Articles > 0:
		fmt.Fprintf(w, "%s, repeating what was reported before. Nothing new.\n", plural(u.Articles, "later article", "later articles"))
	default:
		fmt.Fprintln(w, "no article since then. Nothing new.")
	}
	if len(sum.Sentences) > 0 {
		if err := render.Write(w, sum, render.Options{Format: format}); err != nil {
			return err
		}
		fmt.Fprintf(w, "\n(Earliest published first%s; numbered as the story's summary.)\n", undatedNote(u.Undated))
	}
	return writeTimeline(w, d)
}

// undatedNote says which last sentences of a since view come from articles
// whose publication time is unknown; empty when none.
func undatedNote(n int) string {
	switch n {
	case 0:
		return ""
	case 1:
		return "; the last sentence comes from an article whose publication time is unknown"
	}
	return fmt.Sprintf("; the last %d sentences come from articles whose publication time is unknown", n)
}

// plural writes n with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// orText returns s, or alt when s is empty.
func orText(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}

// writeIndented writes v as indented JSON.
func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
