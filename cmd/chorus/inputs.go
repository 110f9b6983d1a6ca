package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/feed"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/input"
	"github.com/chorusnews/chorus/story"
)

// This file turns the PATH arguments of `chorus summarize` and `chorus
// ingest` into clusters: each directory is one cluster, each feed document
// another, and the article files, web pages (http(s) URLs, fetched) and
// standard input named together form one more, placed where the first of
// them stands; files of clusters (JSON Lines, Multi-News) add their own
// clusters in place.

// readInputs reads paths in format for chorus summarize; "-" reads stdin
// and an http(s) URL is fetched. A page that cannot be fetched or read is
// reported to warn and skipped. It writes a warning to warn for every
// cluster it formed that seems to mix several events.
func readInputs(ctx context.Context, paths []string, format input.Format, stdin io.Reader, warn io.Writer) ([]chorus.Cluster, error) {
	r := inputReader{cmd: "chorus summarize", format: format, stdin: stdin, warn: warn, mixed: true}
	return r.read(ctx, paths)
}

// inputReader reads the PATH arguments of a command into clusters.
type inputReader struct {
	// cmd names the command in the notes written to warn.
	cmd    string
	format input.Format
	stdin  io.Reader
	warn   io.Writer
	// mixed asks for a warning about every cluster formed here that seems
	// to mix several events (summarize: they would be summarized as one).
	mixed bool
	// pages, when set, reads the teaser items of feeds through the pages
	// they link to (readTeasers), as chorus digest and the feed poller do.
	pages *fetch.Fetcher
}

// read reads paths; see readInputs.
func (r inputReader) read(ctx context.Context, paths []string) ([]chorus.Cluster, error) {
	opts := input.Options{Format: r.format, Stdin: r.stdin}
	var out []chorus.Cluster
	checked := map[int]bool{} // clusters formed here, not read whole from a file
	loose, looseAt := chorus.Cluster{}, -1
	var fetcher *fetch.Fetcher
	addFeed := func(id string, arts []chorus.Article) {
		if r.pages != nil {
			arts = readTeasers(ctx, arts, r.pages)
		}
		checked[len(out)] = true
		out = append(out, chorus.Cluster{ID: id, Articles: arts})
	}
	for _, p := range paths {
		if fetch.IsURL(p) {
			if fetcher == nil {
				fetcher = fetch.New(fetch.Options{Client: fetch.UserClient()})
			}
			arts, isFeed, err := fetchPage(ctx, fetcher, p)
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				fmt.Fprintf(r.warn, "%s: skipped %s\n", r.cmd, errorLine(err))
				continue
			}
			if isFeed {
				addFeed(fetch.Host(p), arts)
				continue
			}
			if looseAt < 0 {
				looseAt, loose.ID = len(out), fetch.Host(p)
				checked[len(out)] = true
				out = append(out, chorus.Cluster{})
			}
			loose.Articles = append(loose.Articles, arts...)
			continue
		}
		if p == "-" && r.format == input.FormatAuto && opts.Stdin != nil {
			arts, isFeed, rest, err := sniffFeed(opts.Stdin, stdinName)
			if err != nil {
				return nil, err
			}
			if isFeed {
				addFeed(input.ClusterName(p), arts)
				continue
			}
			opts.Stdin = rest // what was read to look, then the rest
		}
		if p != "-" {
			st, err := os.Stat(p)
			if err == nil && st.IsDir() {
				arts, _, err := input.ReadPath(p, opts)
				if err != nil {
					return nil, fmt.Errorf("cannot read articles: %w", err)
				}
				input.AssignIDs(arts)
				checked[len(out)] = true
				out = append(out, chorus.Cluster{ID: input.ClusterName(p), Articles: arts})
				continue
			}
			if err == nil && r.format == input.FormatAuto {
				arts, isFeed, err := readFeedFile(p)
				if err != nil {
					return nil, err
				}
				if isFeed {
					addFeed(input.ClusterName(p), arts)
					continue
				}
			}
		}
		arts, clusters, err := input.ReadPath(p, opts)
		if err != nil {
			return nil, fmt.Errorf("cannot read articles: %w", err)
		}
		if len(arts) > 0 && looseAt < 0 {
			looseAt, loose.ID = len(out), input.ClusterName(p)
			checked[len(out)] = true
			out = append(out, chorus.Cluster{})
		}
		loose.Articles = append(loose.Articles, arts...)
		out = append(out, clusters...)
	}
	if looseAt >= 0 {
		input.AssignIDs(loose.Articles)
		out[looseAt] = loose
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("cannot read articles: %s: %w", strings.Join(inputNames(paths), ", "), chorus.ErrNoArticles)
	}
	uniqueIDs(out)
	if r.mixed {
		for i, c := range out {
			if checked[i] {
				warnMixed(r.warn, c)
			}
		}
	}
	return out, nil
}

// teaserFetcher returns the fetcher of the pages that teaser feed items
// link to. Those pages are fetched on the feed's behalf, not named by the
// user: robots.txt is honoured and a host gets one request every 0.5 s.
func teaserFetcher() *fetch.Fetcher {
	return fetch.New(fetch.Options{Client: fetch.UserClient(), Robots: true, PerHost: 500 * time.Millisecond})
}

// readTeasers replaces a feed's teaser items (under
// feed.DefaultTeaserWords words, with a link; at most feed.DefaultMaxPages
// of them) by the articles of the pages they link to, credited to the
// pages' publishers, as the feed poller does (feed.ReadPages). A teaser
// whose page cannot be read keeps its own text.
func readTeasers(ctx context.Context, arts []chorus.Article, f *fetch.Fetcher) []chorus.Article {
	out, _, _ := feed.ReadPages(ctx, arts, feed.DefaultTeaserWords, feed.DefaultMaxPages, func(ctx context.Context, url string) (chorus.Article, bool, error) {
		a, err := f.Article(ctx, url)
		return a, false, err
	})
	return out
}

// fetchPage fetches one web page a user named and reads its article, or,
// when the document is a feed, one article per item (isFeed).
func fetchPage(ctx context.Context, f *fetch.Fetcher, url string) (arts []chorus.Article, isFeed bool, err error) {
	p, err := f.Get(ctx, url, fetch.Validators{})
	if err != nil {
		return nil, false, err
	}
	if looksLikeFeed(p.Body[:min(len(p.Body), 1024)]) && feed.IsFeed(p.Body) {
		arts, err := feed.Items(p.Body, p.URL)
		if err == nil && len(arts) == 0 {
			err = fmt.Errorf("cannot read %s: a feed with no item that carries text", url)
		}
		return arts, true, err
	}
	a, err := fetch.Article(p)
	if err != nil {
		return nil, false, err
	}
	return []chorus.Article{a}, false, nil
}

// readFeedFile reads path as a feed document (RSS, Atom or JSON Feed) when
// it is one: one article per item with text. isFeed is false for any other
// file, which is left to package input.
func readFeedFile(path string) (arts []chorus.Article, isFeed bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, nil // package input reports it
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, false, nil // a directory: package input reads it
	}
	arts, isFeed, _, err = sniffFeed(f, path)
	return arts, isFeed, err
}

// stdinName names standard input ("-") in messages.
const stdinName = "standard input"

// inputNames returns paths for a message, "-" spelled as standard input.
func inputNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = p
		if p == "-" {
			out[i] = stdinName
		}
	}
	return out
}

// sniffFeed reads r, named name in errors, as a feed document (RSS, Atom
// or JSON Feed) when its content is one, as a feed file is told: its first
// kilobyte names a feed's root element or JSON Feed's version and the
// document (up to chorus.MaxFeedBytes) parses as a feed; a larger feed is
// an ETOOLARGE error. A feed gives one
// article per item with text; a feed without such an item, or one that
// cannot be parsed, is an error. For anything else isFeed is false and
// rest reads r from its start again (the bytes read here, then the others),
// for package input. Gzip-compressed content is looked at decompressed
// (and rest is then decompressed too).
func sniffFeed(r io.Reader, name string) (arts []chorus.Article, isFeed bool, rest io.Reader, err error) {
	br := bufio.NewReader(r)
	r = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, false, nil, fmt.Errorf("cannot read %s: bad gzip data: %w", name, err)
		}
		r = zr
	}
	head := make([]byte, 1024)
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, false, nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	head = head[:n]
	if !looksLikeFeed(head) {
		return nil, false, io.MultiReader(bytes.NewReader(head), r), nil
	}
	more, err := io.ReadAll(io.LimitReader(r, chorus.MaxFeedBytes-int64(len(head))+1))
	if err != nil {
		return nil, false, nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	data := append(head, more...)
	if !feed.IsFeed(data) {
		return nil, false, io.MultiReader(bytes.NewReader(data), r), nil
	}
	if len(data) > chorus.MaxFeedBytes {
		// Cut at the limit, the feed would fail as malformed XML.
		return nil, true, nil, fmt.Errorf("cannot read %s: %w", name, chorus.Errorf(chorus.ETOOLARGE, "a feed over the limit of %d bytes", chorus.MaxFeedBytes))
	}
	arts, err = feed.Items(data, "")
	if err != nil {
		return nil, true, nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	if len(arts) == 0 {
		return nil, true, nil, fmt.Errorf("cannot read %s: a feed with no item that carries text", name)
	}
	return arts, true, nil, nil
}

// looksLikeFeed reports whether the start of a file names a feed's root
// element or JSON Feed's version URL.
func looksLikeFeed(head []byte) bool {
	h := bytes.ToLower(head)
	for _, mark := range []string{"<rss", "<feed", "<rdf:rdf", "jsonfeed.org/version"} {
		if bytes.Contains(h, []byte(mark)) {
			return true
		}
	}
	return false
}

// uniqueIDs suffixes "#2", "#3" … to cluster IDs already taken (two
// directories named quake in different places).
func uniqueIDs(cs []chorus.Cluster) {
	seen := make(map[string]bool, len(cs))
	for i := range cs {
		id := cs[i].ID
		for k := 2; seen[id]; k++ {
			id = cs[i].ID + "#" + strconv.Itoa(k)
		}
		cs[i].ID = id
		seen[id] = true
	}
}

// Mixed-event warnings: the story grouper reads the cluster's articles in
// order, and two of the stories it finds each hold at least
// mixedMinArticles articles and 1/mixedMinShare of the cluster. Measured on
// the first 1,000 Multi-News validation clusters (each one event): 0.6%
// warned; on 500 pairs of them mixed into one folder: 62.2% warned (a
// cluster of one article cannot be told from an outlier); DUC 2003 (30
// topics of 10 articles over weeks): 2 warned, 15 of 15 mixed pairs.
const (
	mixedMinArticles = 2
	mixedMinShare    = 4
	// mixedMaxArticles is how many of a cluster's articles are grouped:
	// the first 500, the articles the summarizer reads (its maxArticles).
	// Grouping is quadratic in the articles: 10,000 tiny files in one
	// folder took over two minutes before this bound.
	mixedMaxArticles = 500
)

// warnMixed writes a warning when c seems to mix several events.
func warnMixed(w io.Writer, c chorus.Cluster) {
	docs := make([]story.Doc, min(len(c.Articles), mixedMaxArticles))
	for i, a := range c.Articles[:len(docs)] {
		docs[i] = story.Doc{Title: a.Title, Text: a.Text, Time: a.Published}
	}
	var big [][]int
	for _, g := range story.Group(docs, story.Options{}) {
		if len(g) >= mixedMinArticles && mixedMinShare*len(g) >= len(docs) {
			big = append(big, g)
		}
	}
	if len(big) < 2 {
		return
	}
	var parts []string
	for _, g := range big {
		a := c.Articles[g[0]]
		name := a.Title
		if name == "" {
			name = a.ID
		}
		parts = append(parts, fmt.Sprintf("%q and %d more", chorus.Clip(name, 60), len(g)-1))
	}
	fmt.Fprintf(w, "chorus summarize: warning: %s seems to mix %d events (%s); they are summarized together: give each event its own directory, or use chorus digest\n",
		c.ID, len(big), strings.Join(parts, "; "))
}
