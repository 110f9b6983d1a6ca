// Package fetch downloads web pages politely: the pages a user names on
// the command line, the page an API client submits by URL, and the page a
// feed item links to. It sits at the start of Chorus's pipeline, before
// package input turns the page into an article: URL → page → article →
// clean text → … .
//
// Every fetch sends a real User-Agent, is bounded in time, size and
// redirects, accepts only http(s) and text, and can be made conditional
// (ETag, Last-Modified). A Fetcher built for background work also honours
// robots.txt (RFC 9309) and spaces its requests to one host. Connections
// go through package netguard's address guard unless the caller supplies
// its own client (the CLI does: its user may name any page).
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/chorusnews/chorus/netguard"
)

// Defaults used when the matching Options field is zero.
const (
	DefaultUserAgent    = "chorus/1 (+https://github.com/chorusnews/chorus)"
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 8 << 20
	DefaultMaxRedirects = 5
	// DefaultRobotsTTL is how long a host's robots.txt is trusted.
	DefaultRobotsTTL = 24 * time.Hour
)

// Options configures a Fetcher. The zero value fetches through the address
// guard with the defaults, without robots.txt and without spacing.
type Options struct {
	// Client makes the requests; nil means netguard.New(netguard.Options{})
	// — no loopback, private, link-local or metadata address, redirects
	// included. The Fetcher sets its redirect policy on a copy.
	Client *http.Client
	// UserAgent is sent with every request; empty means DefaultUserAgent.
	UserAgent string
	// Timeout bounds one fetch, redirects and body included; zero means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxBytes caps a page body; zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxRedirects caps the redirects one fetch follows; zero means
	// DefaultMaxRedirects.
	MaxRedirects int
	// Robots makes the Fetcher honour robots.txt for its User-Agent: a page
	// disallowed to it is not fetched (ErrRobots), redirect targets
	// included. For background fetches.
	Robots bool
	// RobotsTTL is how long a fetched robots.txt is used; zero means
	// DefaultRobotsTTL.
	RobotsTTL time.Duration
	// PerHost is the least time between the starts of two requests to one
	// host (robots.txt included); zero means no spacing. A robots.txt
	// Crawl-delay that is longer wins.
	PerHost time.Duration
	// Clock returns the current time; nil means time.Now.
	Clock func() time.Time
	// Sleep waits d or until ctx is done; nil means a timer. Tests record
	// the waits instead.
	Sleep func(ctx context.Context, d time.Duration) error
}

// Errors for expected refusals, wrapped with the URL.
var (
	// ErrRobots means robots.txt disallows the page to this User-Agent.
	ErrRobots = errors.New("disallowed by robots.txt")
	// ErrTooLarge means the body is over Options.MaxBytes.
	ErrTooLarge = errors.New("page too large")
	// ErrNotText means the server answered with something other than a
	// text, HTML or XML document (an image, a PDF).
	ErrNotText = errors.New("not a text or HTML page")
	// ErrScheme means the URL is not http or https.
	ErrScheme = errors.New("not an http or https URL")
)

// Validators make a fetch conditional: the ETag and Last-Modified of the
// version the caller holds.
type Validators struct {
	ETag, LastModified string
}

// Page is one fetched document.
type Page struct {
	// URL is where the page was finally found, after redirects.
	URL string
	// Body is the document, at most Options.MaxBytes, as sent.
	Body []byte
	// ContentType is the Content-Type header.
	ContentType string
	// Validators are the page's ETag and Last-Modified, to make the next
	// fetch conditional.
	Validators Validators
	// NotModified is set when the server answered 304 to a conditional
	// fetch; Body is then empty.
	NotModified bool
}

// Fetcher fetches pages. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client

	mu     sync.Mutex
	robots map[string]*robotsEntry // by scheme://host
	next   map[string]time.Time    // by host: earliest start of the next request
}

// New returns a Fetcher for opts.
func New(opts Options) *Fetcher {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.RobotsTTL <= 0 {
		opts.RobotsTTL = DefaultRobotsTTL
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Sleep == nil {
		opts.Sleep = sleep
	}
	base := opts.Client
	if base == nil {
		base = netguard.New(netguard.Options{}).Client(opts.MaxRedirects)
	}
	f := &Fetcher{opts: opts, robots: map[string]*robotsEntry{}, next: map[string]time.Time{}}
	c := *base
	c.CheckRedirect = f.checkRedirect
	f.client = &c
	return f
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Get fetches rawURL, conditionally when v holds validators. Errors say
// which URL failed and why: ErrScheme, ErrRobots, ErrTooLarge, ErrNotText,
// a server status, a refused address (netguard.RefusedError) or a
// timeout.
func (f *Fetcher) Get(ctx context.Context, rawURL string, v Validators) (Page, error) {
	u, err := checkURL(rawURL)
	if err != nil {
		return Page{}, fmt.Errorf("cannot fetch %s: %w", rawURL, err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	if err := f.allowed(ctx, u); err != nil {
		return Page{}, fmt.Errorf("cannot fetch %s: %w", rawURL, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Page{}, fmt.Errorf("cannot fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.1")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	res, err := f.client.Do(req)
	if err != nil {
		return Page{}, fmt.Errorf("cannot fetch %s: %w", rawURL, err)
	}
	defer res.Body.Close()
	p := Page{
		URL:         res.Request.URL.String(),
		ContentType: res.Header.Get("Content-Type"),
		Validators:  Validators{ETag: res.Header.Get("ETag"), LastModified: res.Header.Get("Last-Modified")},
	}
	switch {
	case res.StatusCode == http.StatusNotModified && (v.ETag != "" || v.LastModified != ""):
		p.NotModified = true
		return p, nil
	case res.StatusCode < 200 || res.StatusCode > 299:
		return Page{}, fmt.Errorf("cannot fetch %s: server answered %s", rawURL, res.Status)
	}
	if !textual(p.ContentType) {
		return Page{}, fmt.Errorf("cannot fetch %s: %w (%s)", rawURL, ErrNotText, p.ContentType)
	}
	if res.ContentLength > f.opts.MaxBytes {
		return Page{}, fmt.Errorf("cannot fetch %s: %w: %d bytes, the limit is %d", rawURL, ErrTooLarge, res.ContentLength, f.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, f.opts.MaxBytes+1))
	if err != nil {
		return Page{}, fmt.Errorf("cannot read %s: %w", rawURL, err)
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return Page{}, fmt.Errorf("cannot fetch %s: %w: over %d bytes", rawURL, ErrTooLarge, f.opts.MaxBytes)
	}
	p.Body = body
	return p, nil
}

// checkURL parses rawURL and accepts only absolute http(s) URLs with a
// host.
func checkURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, ErrScheme
	}
	return u, nil
}

// IsURL reports whether s is an absolute http or https URL, as Get takes.
func IsURL(s string) bool {
	_, err := checkURL(s)
	return err == nil && (strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "http://") || strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "https://"))
}

// checkRedirect bounds redirects, keeps them on http(s) and, with Robots,
// refuses a target robots.txt disallows.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= f.opts.MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", f.opts.MaxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s: %w", req.URL, ErrScheme)
	}
	if err := f.allowed(req.Context(), req.URL); err != nil {
		return fmt.Errorf("redirect to %s: %w", req.URL, err)
	}
	return nil
}

// allowed waits for the host's turn and, with Robots, checks robots.txt.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	if f.opts.Robots {
		r, err := f.robotsFor(ctx, u)
		if err != nil {
			return err
		}
		if !r.allowed(u.EscapedPath(), u.RawQuery) {
			return ErrRobots
		}
	}
	return f.wait(ctx, u.Host, 0)
}

// wait blocks until host may receive another request (at least PerHost,
// or delay when longer, after the previous one) and books the slot.
func (f *Fetcher) wait(ctx context.Context, host string, delay time.Duration) error {
	gap := max(f.opts.PerHost, delay, f.crawlDelay(host))
	if gap <= 0 {
		return nil
	}
	f.mu.Lock()
	now := f.opts.Clock()
	start := now
	if n := f.next[host]; n.After(start) {
		start = n
	}
	f.next[host] = start.Add(gap)
	f.mu.Unlock()
	if d := start.Sub(now); d > 0 {
		return f.opts.Sleep(ctx, d)
	}
	return nil
}

// textual reports whether a Content-Type is a document Chorus can read:
// text/*, HTML, XHTML, XML, or none given.
func textual(contentType string) bool {
	if strings.TrimSpace(contentType) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return strings.HasPrefix(mt, "text/") || mt == "application/xhtml+xml" || mt == "application/xml" ||
		strings.HasSuffix(mt, "+xml") || mt == "application/json" || mt == "application/feed+json"
}

// Host returns the host of a URL without "www.", for crediting a page
// whose publisher is not named; "" when it has none.
func Host(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
