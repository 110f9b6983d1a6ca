package fetch

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// maxRobotsBytes caps a robots.txt; RFC 9309 asks parsers to read at least
// 500 KiB.
const maxRobotsBytes = 512 << 10

// robotsEntry is one host's robots.txt rules for our User-Agent.
type robotsEntry struct {
	rules   robots
	fetched time.Time
}

// robots is the group of robots.txt rules that applies to one User-Agent.
type robots struct {
	rules       []robotsRule
	disallowAll bool          // the file could not be fetched (5xx, network error)
	crawlDelay  time.Duration // Crawl-delay of the group, if any
}

// robotsRule is one Allow or Disallow line.
type robotsRule struct {
	allow   bool
	pattern string // path pattern: * matches any run, a final $ anchors the end
}

// robotsFor returns the rules of u's host, fetching robots.txt when it is
// not cached or its TTL has passed.
func (f *Fetcher) robotsFor(ctx context.Context, u *url.URL) (robots, error) {
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	e := f.robots[key]
	f.mu.Unlock()
	if e != nil && f.opts.Clock().Sub(e.fetched) < f.opts.RobotsTTL {
		return e.rules, nil
	}
	if err := f.wait(ctx, u.Host, 0); err != nil {
		return robots{}, err
	}
	r := f.fetchRobots(ctx, key+"/robots.txt")
	f.mu.Lock()
	f.robots[key] = &robotsEntry{rules: r, fetched: f.opts.Clock()}
	f.mu.Unlock()
	return r, nil
}

// fetchRobots fetches and parses a robots.txt. As RFC 9309 says: a 4xx
// answer means no rules; a 5xx answer or no answer at all means the whole
// site is disallowed (until the TTL passes).
func (f *Fetcher) fetchRobots(ctx context.Context, robotsURL string) robots {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, robotsURL, nil)
	if err != nil {
		return robots{disallowAll: true}
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	// robots.txt redirects are followed (up to MaxRedirects) without
	// consulting robots.txt again.
	c := *f.client
	c.CheckRedirect = func(_ *http.Request, via []*http.Request) error {
		if len(via) >= f.opts.MaxRedirects {
			return fmt.Errorf("stopped after %d redirects", f.opts.MaxRedirects)
		}
		return nil
	}
	res, err := c.Do(req)
	if err != nil {
		return robots{disallowAll: true}
	}
	defer res.Body.Close()
	switch {
	case res.StatusCode >= 500:
		return robots{disallowAll: true}
	case res.StatusCode >= 400:
		return robots{}
	case res.StatusCode < 200 || res.StatusCode > 299:
		return robots{}
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, maxRobotsBytes))
	if err != nil {
		return robots{disallowAll: true}
	}
	return parseRobots(body, f.opts.UserAgent)
}

// crawlDelay returns the Crawl-delay the cached robots.txt of host asks
// for, whatever its scheme; zero when none is known.
func (f *Fetcher) crawlDelay(host string) time.Duration {
	if !f.opts.Robots {
		return 0
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var d time.Duration
	for _, scheme := range []string{"https://", "http://"} {
		if e := f.robots[scheme+host]; e != nil {
			d = max(d, e.rules.crawlDelay)
		}
	}
	return d
}

// maxCrawlDelay bounds the Crawl-delay a site may impose.
const maxCrawlDelay = time.Minute

// parseRobots returns the group of a robots.txt that applies to userAgent:
// the groups naming the agent's product token (the part before "/",
// compared without case) merged, or else the "*" groups merged. Unknown
// lines are ignored.
func parseRobots(body []byte, userAgent string) robots {
	token := strings.ToLower(userAgent)
	if i := strings.IndexAny(token, "/ "); i >= 0 {
		token = token[:i]
	}
	var mine, star robots
	var haveMine bool
	var agents []string
	inRules := false // the current group's agent lines have ended
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), maxRobotsBytes)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if inRules {
				agents, inRules = nil, false
			}
			agents = append(agents, strings.ToLower(value))
		case "allow", "disallow", "crawl-delay":
			inRules = true
			for _, a := range agents {
				var g *robots
				switch {
				case a == token:
					g, haveMine = &mine, true
				case a == "*":
					g = &star
				default:
					continue
				}
				switch key {
				case "crawl-delay":
					if s, err := strconv.ParseFloat(value, 64); err == nil && s > 0 {
						g.crawlDelay = min(time.Duration(s*float64(time.Second)), maxCrawlDelay)
					}
				default:
					if value == "" {
						continue // "Disallow:" with no path allows everything
					}
					g.rules = append(g.rules, robotsRule{allow: key == "allow", pattern: value})
				}
			}
		}
	}
	if haveMine {
		return mine
	}
	return star
}

// allowed reports whether the rules let a path (escaped, as in the URL)
// with its query be fetched: the longest matching pattern decides, Allow
// winning a tie; no match allows.
func (r robots) allowed(path, query string) bool {
	if r.disallowAll {
		return false
	}
	if path == "" {
		path = "/"
	}
	if query != "" {
		path += "?" + query
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if !match(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || (n == best && rule.allow) {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// match reports whether a robots.txt path pattern matches path: the
// pattern is a prefix, "*" matches any run of characters and a final "$"
// anchors the end.
func match(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	for i, part := range parts[1:] {
		last := i == len(parts)-2
		if last && anchored {
			return strings.HasSuffix(path[pos:], part)
		}
		j := strings.Index(path[pos:], part)
		if j < 0 {
			return false
		}
		pos += j + len(part)
	}
	return !anchored || pos == len(path)
}
