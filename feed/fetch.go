package feed

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/mmcdole/gofeed"
)

// Result reports one poll of one feed.
type Result struct {
	// Feed is the feed's state after the poll.
	Feed chorus.Feed
	// NotModified is set when the server answered 304.
	NotModified bool
	// Items counts the feed's items; Skipped those without usable text.
	Items, Skipped int
	// Capped counts the items left out because the feed held more than
	// Options.MaxItems.
	Capped int
	// Pages counts the linked pages fetched and read in place of teaser
	// items (Options.Pages).
	Pages int
	// Rejected counts the items the service refused (invalid or too
	// large); they are left out and the others are stored.
	Rejected int
	// RejectErr is the first refusal; it is kept in the feed's LastError
	// but does not make the poll a failure.
	RejectErr error
	// Ingested holds the service's answer for the ingested items.
	Ingested []chorus.IngestResult
	// Err is why the poll failed, if it did; the feed then backs off.
	Err error
}

// Poll fetches one feed now, ingests its items and saves its new state.
// The error is non-nil only when the state cannot be saved; fetch and
// ingest failures are in Result.Err and in the feed's LastError. Items the
// service rejects are skipped without failing the poll: the first such
// rejection is in Result.RejectErr and the feed's LastError.
func (p *Poller) Poll(ctx context.Context, f chorus.Feed) (Result, error) {
	r := p.poll(ctx, f)
	now := p.opts.Clock()
	r.Feed.LastPolled = now
	for _, in := range r.Ingested {
		p.items.WithLabelValues(in.Status).Inc()
	}
	if r.Rejected > 0 {
		p.items.WithLabelValues("skipped").Add(float64(r.Rejected))
	}
	switch {
	case r.Err != nil:
		r.Feed.Failures++
		r.Feed.LastError = chorus.Clip(r.Err.Error(), chorus.MaxErrorBytes-len("…"))
		r.Feed.NextPoll = now.Add(p.backoff(r.Feed.Failures))
		p.polls.WithLabelValues("error").Inc()
		p.opts.Logger.WarnContext(ctx, "feed poll failed", "feed", f.URL, "failures", r.Feed.Failures, "next", r.Feed.NextPoll, "err", r.Err)
	default:
		r.Feed.Failures, r.Feed.LastError = 0, ""
		r.Feed.NextPoll = now.Add(p.opts.Interval)
		result := "ok"
		if r.NotModified {
			result = "not_modified"
		}
		p.polls.WithLabelValues(result).Inc()
		if r.RejectErr != nil {
			r.Feed.LastError = chorus.Clip(r.RejectErr.Error(), chorus.MaxErrorBytes-len("…"))
			p.opts.Logger.WarnContext(ctx, "feed items rejected", "feed", f.URL, "rejected", r.Rejected, "err", r.RejectErr)
		}
		p.opts.Logger.InfoContext(ctx, "feed polled", "feed", f.URL, "result", result, "items", r.Items, "skipped", r.Skipped, "rejected", r.Rejected)
	}
	if err := p.opts.Service.UpdateFeed(ctx, r.Feed); err != nil {
		return r, fmt.Errorf("cannot save state of feed %s: %w", f.URL, err)
	}
	return r, nil
}

// backoff returns the wait after n consecutive failures.
func (p *Poller) backoff(n int) time.Duration {
	d := p.opts.Interval
	for i := 0; i < n && d < p.opts.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, p.opts.MaxBackoff)
}

// poll fetches and ingests; the returned Feed carries the new validators
// only when everything succeeded, so a failed ingest is fetched again.
func (p *Poller) poll(ctx context.Context, f chorus.Feed) Result {
	r := Result{Feed: f}
	body, header, status, err := p.fetch(ctx, f)
	if err != nil {
		r.Err = err
		return r
	}
	if status == http.StatusNotModified {
		r.NotModified = true
		return r
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(validUTF8(body)))
	if err != nil {
		r.Err = fmt.Errorf("cannot parse feed: %w", err)
		return r
	}
	r.Items = len(parsed.Items)
	if len(parsed.Items) > p.opts.MaxItems {
		r.Capped = len(parsed.Items) - p.opts.MaxItems
		parsed.Items = parsed.Items[:p.opts.MaxItems]
	}
	articles, refused := p.articles(f, parsed)
	articles, pages := p.pages(ctx, articles)
	r.Pages = pages.fetched
	r.Skipped = refused.skipped + pages.dropped
	// The feed owns the articles it creates: only it may replace them.
	b, err := p.ingest(chorus.WithWriter(ctx, chorus.WriterFeedPrefix+strconv.FormatInt(f.ID, 10)), articles)
	r.Ingested, r.Rejected, r.RejectErr = b.ingested, b.rejected+refused.rejected, b.rejectErr
	if refused.rejectErr != nil {
		r.RejectErr = refused.rejectErr
	}
	if err != nil {
		r.Err = err
		return r
	}
	r.Feed.ETag = header.Get("ETag")
	r.Feed.LastModified = header.Get("Last-Modified")
	if r.Feed.Title == "" {
		r.Feed.Title = chorus.Clip(strings.TrimSpace(parsed.Title), chorus.MaxTitleBytes-len("…"))
	}
	return r
}

// fetch performs a conditional GET of the feed, bounded in time and size.
func (p *Poller) fetch(ctx context.Context, f chorus.Feed) ([]byte, http.Header, int, error) {
	ctx, cancel := context.WithTimeout(ctx, p.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("cannot build request: %w", err)
	}
	req.Header.Set("User-Agent", p.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8")
	if f.ETag != "" {
		req.Header.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		req.Header.Set("If-Modified-Since", f.LastModified)
	}
	res, err := p.opts.Client.Do(req)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("cannot fetch feed: %w", err)
	}
	defer res.Body.Close()
	switch {
	case res.StatusCode == http.StatusNotModified:
		return nil, res.Header, res.StatusCode, nil
	case res.StatusCode < 200 || res.StatusCode > 299:
		return nil, nil, res.StatusCode, fmt.Errorf("cannot fetch feed: server answered %s", res.Status)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, p.opts.MaxBodyBytes+1))
	if err != nil {
		return nil, nil, 0, fmt.Errorf("cannot read feed: %w", err)
	}
	if int64(len(body)) > p.opts.MaxBodyBytes {
		return nil, nil, 0, fmt.Errorf("cannot read feed: larger than %d bytes", p.opts.MaxBodyBytes)
	}
	return body, res.Header, res.StatusCode, nil
}
