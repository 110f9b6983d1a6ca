package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/input"
	"github.com/chorusnews/chorus/render"
	"github.com/chorusnews/chorus/summarize"
)

// runSummarize summarizes the clusters read from PATH... and writes one
// summary per cluster.
func runSummarize(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	words := fs.Int("words", 0, "word budget: whole sentences only, never more than `N` words (0: adaptive, a length that suits the cluster, at most 250)")
	sentences := fs.Int("sentences", 0, "at most `N` sentences (0: no limit; with --words unset, replaces the word budget)")
	format := fs.String("format", "text", "output `FORMAT`: text, markdown or json")
	inputFormat := fs.String("input", "auto", "input `FORMAT`: auto, text, html, json, jsonl or multinews")
	workers := fs.Int("workers", 0, "clusters summarized at once, output still in input order (0: one per CPU)")
	query := fs.String("query", "", "focus the summary on `TEXT`: what the reader wants to know (a title, a question, a description)")
	queryFile := fs.String("query-file", "", "read the --query text from `FILE`")
	pages := fs.Bool("pages", true, "fetch the page of a feed item that is a teaser (under 150 words), honouring robots.txt, one request per host every 0.5 s")
	var after pathList
	fs.Var(&after, "after", "`OLDER`: a file, directory or http(s) URL of articles already read (repeat for more); the summary tells only what PATH... adds to them")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus summarize [options] PATH|URL...\n\n"+
			"Each directory is one cluster (one summary each); article files, http(s) URLs\n"+
			"(fetched; the page's main text, title, publisher and date) and - (stdin) named\n"+
			"together form one more; an RSS, Atom or JSON Feed file or URL is a cluster of\n"+
			"its items, and so is a feed on - (told apart by content, as a file is); JSON\n"+
			"Lines and Multi-News files hold their own clusters. With no PATH, piped\n"+
			"standard input is read. A feed item that is a teaser (under 150 words, with\n"+
			"a link) is read through the page it links to, fetched from the network, as\n"+
			"chorus digest and ingest do (--pages=false: the item's own text, no network\n"+
			"but for URLs named). A cluster that seems to mix events is named on stderr.\n"+
			"With --after OLDER (repeatable), the summary tells only what PATH... adds to\n"+
			"the articles in OLDER (files, directories or URLs). With --query, it prefers\n"+
			"what answers the query; a JSON cluster's own \"query\" is used when --query\n"+
			"is not given.\n\noptions:")
		fs.PrintDefaults()
	}
	paths, err := parseArgs(fs, args, nil)
	if err != nil {
		return err
	}
	batchGC()
	wordsSet := false
	fs.Visit(func(f *flag.Flag) { wordsSet = wordsSet || f.Name == "words" })
	if *words < 0 {
		return usagef("--words must be positive, got %d", *words)
	}
	if *sentences < 0 {
		return usagef("--sentences must be positive, got %d", *sentences)
	}
	if *workers < 0 {
		return usagef("--workers must not be negative, got %d", *workers)
	}
	if len(paths) == 0 {
		if !piped(stdin) {
			return usagef("no PATH given and nothing piped to standard input (see 'chorus help summarize')")
		}
		paths = []string{"-"}
	}
	out, err := render.ParseFormat(*format)
	if err != nil {
		return usagef("--format: %s", errorLine(err))
	}
	if *query != "" && *queryFile != "" {
		return usagef("give --query or --query-file, not both")
	}
	if *queryFile != "" {
		b, err := os.ReadFile(*queryFile)
		if err != nil {
			return fmt.Errorf("cannot read --query-file: %w", err)
		}
		if *query = string(b); strings.TrimSpace(*query) == "" {
			return usagef("--query-file %s is empty", *queryFile)
		}
	}
	if *query != "" && strings.TrimSpace(*query) == "" {
		return usagef("--query is blank")
	}
	opts := chorus.Options{Words: *words, Sentences: *sentences, Query: strings.TrimSpace(*query)}
	if *sentences > 0 && !wordsSet {
		opts.Words = 0
	}
	inFormat, err := input.ParseFormat(*inputFormat)
	if err != nil {
		return usagef("--input: %s", errorLine(err))
	}
	reader := inputReader{cmd: "chorus summarize", format: inFormat, stdin: stdin, warn: stderr, mixed: true}
	if *pages {
		reader.pages = teaserFetcher()
	}
	clusters, err := reader.read(ctx, paths)
	if err != nil {
		return err
	}
	refused := checkLanguages(clusters, *workers, stderr)
	var seen []chorus.Article
	if len(after) > 0 {
		if seen, err = readSeen(ctx, after, inFormat, reader.pages); err != nil {
			return err
		}
	}
	// With several clusters, one that cannot be summarized is reported and
	// skipped, and the command fails at the end.
	failed, written := 0, 0
	sz := summarize.Summarizer{Seen: seen}
	err = sz.SummarizeEach(ctx, clusters, opts, *workers, func(i int, sum chorus.Summary, err error) error {
		c := &clusters[i]
		if refused != nil && refused[i] != nil {
			err = refused[i]
		}
		if len(seen) > 0 && errors.Is(err, chorus.ErrNoText) {
			// Every sentence may repeat one of --after's: say so, as
			// "no usable text" alone would be wrong then.
			err = fmt.Errorf("%w, or nothing in them is new after the --after articles", err)
		}
		if err != nil && len(clusters) == 1 {
			return fmt.Errorf("cannot summarize %s: %w", c.ID, err)
		}
		if err != nil {
			fmt.Fprintf(stderr, "chorus summarize: cannot summarize %s: %s\n", c.ID, errorLine(err))
			failed++
			return nil
		}
		id := ""
		if len(clusters) > 1 {
			id = c.ID
			if written > 0 && out != render.JSON {
				fmt.Fprintln(stdout)
			}
		}
		written++
		return render.Write(stdout, sum, render.Options{Format: out, Cluster: id})
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d clusters could not be summarized", failed, len(clusters))
	}
	return nil
}

// pathList is a repeatable flag of paths.
type pathList []string

func (p *pathList) String() string { return strings.Join(*p, ", ") }

func (p *pathList) Set(v string) error {
	if v == "" {
		return errors.New("empty path")
	}
	*p = append(*p, v)
	return nil
}

// readSeen reads the articles of --after, in the order given: files and
// directories as package input reads them, a feed file's items, and http(s)
// URLs fetched like the positional ones (a page's article, or a feed's
// items). A feed's teaser items are read through their pages with pages,
// when it is not nil, as the positional feeds are. Unlike a positional URL, an --after URL that cannot be fetched
// fails the command: summarizing as new what the reader has read would be
// wrong without a word.
func readSeen(ctx context.Context, paths []string, format input.Format, pages *fetch.Fetcher) ([]chorus.Article, error) {
	for _, p := range paths {
		if p == "-" {
			return nil, usagef("--after cannot read standard input")
		}
	}
	var seen []chorus.Article
	var fetcher *fetch.Fetcher
	for _, p := range paths {
		if fetch.IsURL(p) {
			if fetcher == nil {
				fetcher = fetch.New(fetch.Options{Client: fetch.UserClient()})
			}
			arts, isFeed, err := fetchPage(ctx, fetcher, p)
			if err != nil {
				return nil, fmt.Errorf("cannot read --after %s: %w", p, err)
			}
			if isFeed && pages != nil {
				arts = readTeasers(ctx, arts, pages)
			}
			seen = append(seen, arts...)
			continue
		}
		if format == input.FormatAuto {
			arts, isFeed, err := readFeedFile(p)
			if err != nil {
				return nil, fmt.Errorf("cannot read --after articles: %w", err)
			}
			if isFeed {
				if pages != nil {
					arts = readTeasers(ctx, arts, pages)
				}
				seen = append(seen, arts...)
				continue
			}
		}
		clusters, err := input.ReadPaths([]string{p}, input.Options{Format: format})
		if err != nil {
			return nil, fmt.Errorf("cannot read --after articles: %w", err)
		}
		for _, c := range clusters {
			seen = append(seen, c.Articles...)
		}
	}
	return seen, nil
}
