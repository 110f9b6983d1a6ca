package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/digest"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/input"
	"github.com/chorusnews/chorus/render"
)

// runDigest fetches feeds and pages, groups their articles into stories
// and prints one summary per story: `chorus digest FEED|URL|PATH...`.
func runDigest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("digest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output `FORMAT`: text, markdown, json or html (one self-contained page)")
	words := fs.Int("words", 0, "word budget of each story's summary (0: adaptive)")
	minArticles := fs.Int("min-articles", 1, "leave out stories with fewer than `N` articles")
	pages := fs.Bool("pages", true, "fetch the page of a feed item that is a teaser (under 150 words), honouring robots.txt, one request per host every 0.5 s")
	title := fs.String("title", "Chorus digest", "page `TITLE` of the html format")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus digest [options] FEED|URL|PATH...\n\n"+
			"Reads RSS, Atom and JSON feeds (URLs or files), web pages and article files,\n"+
			"groups their articles into stories and prints one summary per story, the\n"+
			"stories with the most publishers first. No server, no database. - (or no\n"+
			"PATH with piped standard input) reads a feed, page or article from stdin,\n"+
			"told apart by content. A feed item that is a teaser (under 150 words, with\n"+
			"a link) is read through the page it links to, fetched from the network\n"+
			"(--pages; robots.txt honoured, one request per host every 0.5 s).\n\noptions:")
		fs.PrintDefaults()
	}
	paths, err := parseArgs(fs, args, nil)
	if err != nil {
		return err
	}
	if len(paths) == 0 && piped(stdin) {
		paths = []string{"-"}
	}
	switch {
	case len(paths) == 0:
		return usagef("name at least one feed, page or file, or pipe one to standard input (see 'chorus help digest')")
	case *words < 0:
		return usagef("--words must be positive, got %d", *words)
	case *minArticles < 1:
		return usagef("--min-articles must be positive, got %d", *minArticles)
	}
	var out render.Format
	if *format != "html" {
		if out, err = render.ParseFormat(*format); err != nil {
			return usagef("--format must be text, markdown, json or html, got %q", *format)
		}
	}
	articles, err := digestArticles(ctx, paths, *pages, stdin, stderr)
	if err != nil {
		return err
	}
	stories := digest.Build(articles, digest.Options{Summary: chorus.Options{Words: *words}, MinArticles: *minArticles})
	switch {
	case *format == "html":
		return digest.WriteHTML(stdout, *title, stories)
	case out == render.JSON:
		return digest.WriteJSON(stdout, stories)
	}
	written := 0
	for _, s := range stories {
		if s.Err != nil {
			fmt.Fprintf(stderr, "chorus digest: no summary of %q: %s\n", s.Title, errorLine(s.Err))
			continue
		}
		if written > 0 {
			fmt.Fprintln(stdout)
		}
		written++
		if err := render.Write(stdout, s.Summary, render.Options{Format: out, Cluster: s.Title}); err != nil {
			return err
		}
	}
	return nil
}

// digestArticles reads every article of paths: a feed (URL or file) gives
// its items, with the pages of teaser items fetched when pages is set; a
// web page its article; anything else what package input reads.
func digestArticles(ctx context.Context, paths []string, pages bool, stdin io.Reader, warn io.Writer) ([]chorus.Article, error) {
	user := fetch.New(fetch.Options{Client: fetch.UserClient()})
	polite := teaserFetcher()
	var all []chorus.Article
	for _, p := range paths {
		var arts []chorus.Article
		isFeed := false
		var err error
		switch st, statErr := os.Stat(p); {
		case fetch.IsURL(p):
			arts, isFeed, err = fetchPage(ctx, user, p)
		case p == "-" && stdin != nil:
			var rest io.Reader
			if arts, isFeed, rest, err = sniffFeed(stdin, stdinName); err == nil && !isFeed {
				arts, err = readLoose(p, rest)
			}
		case statErr == nil && !st.IsDir():
			if arts, isFeed, err = readFeedFile(p); err == nil && !isFeed {
				arts, err = readLoose(p, stdin)
			}
		default:
			arts, err = readLoose(p, stdin)
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			fmt.Fprintf(warn, "chorus digest: skipped %s\n", errorLine(err))
			continue
		}
		if isFeed && pages {
			arts = readTeasers(ctx, arts, polite)
		}
		all = append(all, arts...)
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("cannot read articles: %s: %w", strings.Join(inputNames(paths), ", "), chorus.ErrNoArticles)
	}
	input.AssignIDs(all)
	return all, nil
}

// readLoose reads a path with package input, clusters flattened.
func readLoose(path string, stdin io.Reader) ([]chorus.Article, error) {
	arts, clusters, err := input.ReadPath(path, input.Options{Stdin: stdin})
	if err != nil {
		return nil, fmt.Errorf("cannot read articles: %w", err)
	}
	for _, c := range clusters {
		arts = append(arts, c.Articles...)
	}
	return arts, nil
}
