package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/render"
	"github.com/chorusnews/chorus/summarize"
)

// runSummarize summarizes the clusters read from PATH... and writes one
// summary per cluster.
func runSummarize(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	words := fs.Int("words", chorus.DefaultWords, "word budget: whole sentences only, never more than `N` words")
	sentences := fs.Int("sentences", 0, "at most `N` sentences (0: no limit; with --words unset, replaces the word budget)")
	format := fs.String("format", "text", "output `FORMAT`: text, markdown or json")
	inputFormat := fs.String("input", "auto", "input `FORMAT`: auto, text, html, json, jsonl or multinews")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chorus summarize [options] PATH...\n\nPATH is a directory of articles, an article file, or - for stdin.\n\noptions:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return errUsage
	}
	wordsSet := false
	fs.Visit(func(f *flag.Flag) { wordsSet = wordsSet || f.Name == "words" })
	if fs.NArg() == 0 || *words < 0 || *sentences < 0 {
		fs.Usage()
		return errUsage
	}
	out, err := render.ParseFormat(*format)
	if err != nil {
		fmt.Fprintf(stderr, "chorus summarize: %v\n", err)
		return errUsage
	}
	opts := chorus.Options{Words: *words, Sentences: *sentences}
	if *sentences > 0 && !wordsSet {
		opts.Words = 0
	}
	clusters, err := readClusters(fs.Args(), *inputFormat, stdin)
	if err != nil {
		return err
	}
	for i, c := range clusters {
		if err := ctx.Err(); err != nil {
			return err
		}
		sum, err := summarize.Summarize(c.Articles, opts)
		if err != nil {
			return fmt.Errorf("cannot summarize %s: %w", c.ID, err)
		}
		id := ""
		if len(clusters) > 1 {
			id = c.ID
			if i > 0 && out != render.JSON {
				fmt.Fprintln(stdout)
			}
		}
		if err := render.Write(stdout, sum, render.Options{Format: out, Cluster: id}); err != nil {
			return err
		}
	}
	return nil
}

// readClusters reads plain-text articles: every file of a directory, a file,
// or stdin for "-", all as one cluster.
// TEMPORARY: replaced by input.ReadPaths once the input package lands.
func readClusters(paths []string, format string, stdin io.Reader) ([]chorus.Cluster, error) {
	if format != "auto" && format != "text" {
		return nil, chorus.Errorf(chorus.EINVALID, "input format %q is not supported yet", format)
	}
	c := chorus.Cluster{ID: strings.Join(paths, " ")}
	add := func(id string, b []byte) {
		c.Articles = append(c.Articles, chorus.Article{ID: id, Text: string(b)})
	}
	for _, p := range paths {
		if p == "-" {
			b, err := io.ReadAll(stdin)
			if err != nil {
				return nil, fmt.Errorf("cannot read stdin: %w", err)
			}
			add("stdin", b)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", p, err)
		}
		files := []string{p}
		if st.IsDir() {
			ents, err := os.ReadDir(p)
			if err != nil {
				return nil, fmt.Errorf("cannot read %s: %w", p, err)
			}
			files = files[:0]
			for _, e := range ents {
				if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
					files = append(files, filepath.Join(p, e.Name()))
				}
			}
			sort.Strings(files)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("cannot read %s: %w", f, err)
			}
			add(filepath.Base(f), b)
		}
	}
	return []chorus.Cluster{c}, nil
}
