package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/input"
	"github.com/chorusnews/chorus/service"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// runIngest sends the articles read from PATH... to the story store: the
// embedded one in --data, or a running server with --server.
func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir, db := storeFlags(fs)
	server := fs.String("server", "", "send to the chorus server at `URL` instead of the embedded store (env CHORUS_SERVER)")
	key := fs.String("key", "", "with --server, the API `KEY` to write with (env CHORUS_API_KEY)")
	format := fs.String("input", "auto", "input `FORMAT`: auto, text, html, json, jsonl or multinews")
	batch := fs.Int("batch", 100, fmt.Sprintf("articles per request or transaction (`N`, at most %d)", chorus.MaxBatch))
	summarize := fs.Bool("summarize", false, "with the embedded store, compute the stories' summaries before exiting (otherwise 'chorus serve' does it)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	pages := fs.Bool("pages", true, "fetch the page of a feed item that is a teaser (under 150 words), honouring robots.txt, one request per host every 0.5 s")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus ingest [options] PATH|URL...\n\n"+
			"PATH is a directory of articles, an article file, an RSS, Atom or JSON Feed\n"+
			"file (one article per item), a JSON Lines or Multi-News file, or - for stdin\n"+
			"(a feed there too, told apart by content); an http(s) URL is fetched: a web\n"+
			"page's article, or a feed's items (the same inputs as chorus summarize). A\n"+
			"feed item that is a teaser (under 150 words, with a link) is read through the\n"+
			"page it links to, fetched from the network, as chorus digest and the feed\n"+
			"poller do (--pages).\n\noptions:")
		fs.PrintDefaults()
	}
	paths, err := parseArgs(fs, args, withEnv(storeEnv, "server", "CHORUS_SERVER", "key", "CHORUS_API_KEY"))
	if err != nil {
		return err
	}
	if *batch < 1 || *batch > chorus.MaxBatch {
		return usagef("--batch must be within 1 and %d, got %d", chorus.MaxBatch, *batch)
	}
	if len(paths) == 0 {
		if !piped(stdin) {
			return usagef("no PATH given and nothing piped to standard input (see 'chorus help ingest')")
		}
		paths = []string{"-"}
	}
	inFormat, err := input.ParseFormat(*format)
	if err != nil {
		return usagef("--input: %s", errorLine(err))
	}
	reader := inputReader{cmd: "chorus ingest", format: inFormat, stdin: stdin, warn: stderr}
	if *pages {
		reader.pages = teaserFetcher()
	}
	articles, err := readArticles(ctx, reader, paths)
	if err != nil {
		return err
	}

	var send func(context.Context, []chorus.Article) ([]chorus.IngestResult, error)
	var finish func(context.Context) error
	if *server != "" {
		c := &apiClient{base: strings.TrimRight(*server, "/"), key: *key, http: &http.Client{Timeout: 2 * time.Minute}}
		send = c.ingest
	} else {
		svc, err := openService(ctx, *dir, *db, service.Options{})
		if err != nil {
			return err
		}
		defer svc.Close()
		send = svc.Ingest
		if *summarize {
			finish = func(ctx context.Context) error {
				_, err := svc.ProcessPending(ctx)
				return err
			}
		}
	}

	bar := progressBar(stderr, len(articles), *quiet)
	stop := refresh(bar, barRefresh)
	tally, err := ingestBatches(ctx, articles, *batch, send, bar)
	stop()
	if bar != nil {
		if err == nil {
			_ = bar.Finish()
		}
		fmt.Fprintln(stderr) // end the bar's line
	}
	if err != nil {
		return err
	}
	if finish != nil {
		if err := finish(ctx); err != nil {
			return fmt.Errorf("cannot compute summaries: %w", err)
		}
	}
	for _, r := range tally.rejected {
		fmt.Fprintf(stderr, "chorus ingest: skipped article %s\n", r)
	}
	fmt.Fprintln(stdout, tally.String())
	return nil
}

// readArticles reads every cluster of paths as r reads them (a feed, file
// or URL, is one article per item) and flattens them into articles whose
// IDs are unique across clusters. An article that breaks a limit of
// chorus.CheckArticle fails the whole read, before anything is sent, with
// an error naming the article and the field.
func readArticles(ctx context.Context, r inputReader, paths []string) ([]chorus.Article, error) {
	clusters, err := r.read(ctx, paths)
	if err != nil {
		return nil, err
	}
	var out []chorus.Article
	for _, c := range clusters {
		for _, a := range c.Articles {
			if len(clusters) > 1 && a.ID != "" && c.ID != "" {
				a.ID = c.ID + "/" + a.ID
			}
			if err := chorus.CheckArticle(a); err != nil {
				return nil, fmt.Errorf("cannot ingest article %d (id %q): %w", len(out)+1, chorus.Clip(a.ID, 64), err)
			}
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, chorus.ErrNoArticles
	}
	return out, nil
}

// ingestBatches sends articles in batches of at most batch and tallies the
// results. A non-nil bar moves after each article: the embedded service
// reports within a batch (service.WithIngestProgress), a server after each
// request.
func ingestBatches(ctx context.Context, articles []chorus.Article, batch int, send func(context.Context, []chorus.Article) ([]chorus.IngestResult, error), bar *progressbar.ProgressBar) (ingestTally, error) {
	var tally ingestTally
	for start := 0; start < len(articles); start += batch {
		if err := ctx.Err(); err != nil {
			return tally, err
		}
		part := articles[start:min(len(articles), start+batch)]
		sctx := ctx
		if bar != nil {
			sctx = service.WithIngestProgress(ctx, func(done int) { _ = bar.Set(start + done) })
		}
		res, err := send(sctx, part)
		if err != nil {
			return tally, fmt.Errorf("cannot ingest articles %d to %d: %w", start+1, start+len(part), err)
		}
		tally.add(part, res)
		if bar != nil {
			_ = bar.Set(start + len(part))
		}
	}
	return tally, nil
}

const (
	// barThrottle is the shortest time between two frames of the progress
	// bar.
	barThrottle = 100 * time.Millisecond
	// barRefresh is how often the bar is redrawn while no article moves it
	// (a slow request to a server), so that its clock keeps going.
	barRefresh = time.Second
)

// refresh redraws bar every interval until the returned stop is called;
// stop waits for the last redraw. A nil bar needs no refresh.
func refresh(bar *progressbar.ProgressBar, every time.Duration) (stop func()) {
	if bar == nil {
		return func() {}
	}
	done, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = bar.RenderBlank() // draws the current state
			}
		}
	}()
	return func() {
		close(done)
		<-exited
	}
}

// progressBar returns a bar on a terminal, nil otherwise.
func progressBar(w io.Writer, n int, quiet bool) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return newBar(w, n, barThrottle)
}

// newBar returns a bar of n articles drawn on w at most once per throttle,
// drawn empty at once so that it shows before the first batch is done.
func newBar(w io.Writer, n int, throttle time.Duration) *progressbar.ProgressBar {
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionShowIts(),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetRenderBlankState(true),
		progressbar.OptionThrottle(throttle),
	)
}

// ingestTally counts ingest results.
type ingestTally struct {
	created, updated, unchanged, duplicates int
	rejected                                []string // the reasons, one per rejected article
	stories                                 map[int64]bool
}

// add counts the answers res for articles.
func (t *ingestTally) add(articles []chorus.Article, res []chorus.IngestResult) {
	if t.stories == nil {
		t.stories = map[int64]bool{}
	}
	for i, r := range res {
		switch r.Status {
		case chorus.IngestRejected:
			// The service numbers articles within the batch: name the
			// article by its ID instead.
			reason := r.Error
			if _, after, ok := strings.Cut(reason, ": "); ok && strings.HasPrefix(reason, "article ") {
				reason = after
			}
			if i < len(articles) {
				reason = articles[i].ID + ": " + reason
			}
			t.rejected = append(t.rejected, reason)
			continue
		case chorus.IngestCreated:
			t.created++
		case chorus.IngestUpdated:
			t.updated++
		default:
			t.unchanged++
		}
		if r.DuplicateOf != "" {
			t.duplicates++
		}
		t.stories[r.StoryID] = true
	}
}

// String implements fmt.Stringer: the line printed at the end.
func (t *ingestTally) String() string {
	stories := "stories"
	if len(t.stories) == 1 {
		stories = "story"
	}
	line := fmt.Sprintf("%d created, %d updated, %d unchanged, %d duplicates, in %d %s",
		t.created, t.updated, t.unchanged, t.duplicates, len(t.stories), stories)
	if len(t.rejected) > 0 {
		line += fmt.Sprintf("; %d rejected", len(t.rejected))
	}
	return line
}

// apiClient posts articles to a running chorus server.
type apiClient struct {
	base string
	key  string // API key sent as a bearer token, if set
	http *http.Client
}

// ingest posts one batch; a batch the server finds too large is split in
// halves until it fits.
func (c *apiClient) ingest(ctx context.Context, articles []chorus.Article) ([]chorus.IngestResult, error) {
	res, err := c.post(ctx, articles)
	if chorus.ErrorCode(err) != chorus.ETOOLARGE || len(articles) < 2 {
		return res, err
	}
	half := len(articles) / 2
	first, err := c.ingest(ctx, articles[:half])
	if err != nil {
		return nil, err
	}
	rest, err := c.ingest(ctx, articles[half:])
	if err != nil {
		return nil, err
	}
	return append(first, rest...), nil
}

func (c *apiClient) post(ctx context.Context, articles []chorus.Article) ([]chorus.IngestResult, error) {
	body, err := json.Marshal(articles)
	if err != nil {
		return nil, fmt.Errorf("cannot encode articles: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/api/articles", bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("cannot build request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if c.key != "" {
		req.Header.Set("Authorization", "Bearer "+c.key)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("cannot reach %s: %w", c.base, err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(io.LimitReader(res.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("cannot read answer: %w", err)
	}
	if res.StatusCode != http.StatusOK && res.StatusCode != http.StatusCreated {
		var e struct {
			Error struct{ Code, Message string }
		}
		if json.Unmarshal(data, &e) == nil && e.Error.Message != "" {
			return nil, &chorus.Error{Code: e.Error.Code, Message: e.Error.Message}
		}
		return nil, fmt.Errorf("server answered %s", res.Status)
	}
	var out []chorus.IngestResult
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("cannot decode answer: %w", err)
	}
	if len(out) != len(articles) {
		return nil, errors.New("server answered a different number of results")
	}
	return out, nil
}
