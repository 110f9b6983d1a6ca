package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/input"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/publicsuffix"
)

// refused counts the items of a feed that are not sent to the service.
type refused struct {
	// skipped counts items without usable text.
	skipped int
	// rejected counts items that break a limit of package chorus (a body
	// over chorus.MaxFeedItemBytes, a field over chorus.CheckArticle's
	// limits); rejectErr is the first such refusal.
	rejected  int
	rejectErr error
}

// articles turns a parsed feed's items into articles, leaving out items
// with no usable text and items that break a limit.
func (p *Poller) articles(f chorus.Feed, parsed *gofeed.Feed) ([]chorus.Article, refused) {
	source := strings.TrimSpace(parsed.Title)
	if source == "" {
		source = strings.TrimSpace(f.Title)
	}
	if source == "" {
		source = host(f.URL)
	}
	source = chorus.Clip(source, chorus.MaxSourceBytes-len("…"))
	site := strings.TrimSpace(parsed.Link) // the feed's own web site, when it says
	base, _ := url.Parse(f.URL)            // nil when malformed: only absolute links are kept
	var out []chorus.Article
	var ref refused
	reject := func(err error) {
		ref.rejected++
		if ref.rejectErr == nil {
			ref.rejectErr = err
		}
	}
	for i, it := range parsed.Items {
		if it == nil {
			continue
		}
		if n := len(it.Content) + len(it.Description); n > chorus.MaxFeedItemBytes {
			reject(chorus.Errorf(chorus.ETOOLARGE, "skipped item %d: body of %d bytes; the limit is %d", i+1, n, chorus.MaxFeedItemBytes))
			continue
		}
		a, ok := p.article(base, itemSource(source, site, it), it)
		if !ok {
			ref.skipped++
			continue
		}
		if err := chorus.CheckArticle(a); err != nil {
			reject(fmt.Errorf("skipped item %s: %w", chorus.Clip(itemName(a), 200), err))
			continue
		}
		out = append(out, a)
	}
	return out, ref
}

// article converts one item; ok is false when it has no text. A relative
// link is resolved against base, the feed's URL; a link that is still not
// http(s) is dropped.
func (p *Poller) article(base *url.URL, source string, it *gofeed.Item) (chorus.Article, bool) {
	link := strings.TrimSpace(it.Link)
	if link == "" && len(it.Links) > 0 {
		link = strings.TrimSpace(it.Links[0])
	}
	a := chorus.Article{
		Title:  plain(it.Title),
		Source: source,
		URL:    resolve(base, link),
	}
	switch {
	case it.PublishedParsed != nil:
		a.Published = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		a.Published = it.UpdatedParsed.UTC()
	}
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	text, err := input.ArticleText(body)
	if err != nil {
		text = ""
	}
	a.Text = text
	if a.Text == "" && (p.opts.Pages == nil || a.URL == "") {
		return a, false
	}
	// With Options.Pages, an item with a link and no text waits for its
	// page (see pages.go).
	a.ID = itemID(it, link, a)
	return a, true
}

// resolve returns link as an absolute http(s) URL, resolved against base
// when it is relative, or "" when it cannot be made one. An absolute link
// is returned as written.
func resolve(base *url.URL, link string) string {
	u, err := url.Parse(link)
	if err != nil || link == "" {
		return ""
	}
	if !u.IsAbs() && base != nil {
		u = base.ResolveReference(u)
		link = u.String()
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return link
}

// itemID derives a stable article ID from the item's GUID, else its link
// as written in the feed, else its title and date, so that polling a feed
// again is idempotent.
func itemID(it *gofeed.Item, link string, a chorus.Article) string {
	key := strings.TrimSpace(it.GUID)
	if key == "" {
		key = link
	}
	if key == "" {
		key = a.Title + "\x00" + a.Published.Format(time.RFC3339)
	}
	sum := sha256.Sum256([]byte(key))
	return "feed-" + hex.EncodeToString(sum[:8])
}

// redirectors are hosts whose links stand for another publisher's page
// (feed proxies and link shorteners): an item linking through one keeps
// the feed's name.
var redirectors = map[string]bool{
	"feedproxy.google.com": true, "feeds.feedburner.com": true, "news.google.com": true,
	"t.co": true, "bit.ly": true, "ow.ly": true, "dlvr.it": true, "trib.al": true,
}

// itemSource names the publisher of a feed item: the feed's name when the
// item links to the feed's own site (the same registrable domain, so
// rss.paper.example and www.paper.example agree) or the feed names no
// site, else the host of the
// linked page, so that an aggregator's items are credited to the sites
// that wrote them, not to the aggregator, and one publisher counts once
// however many feeds carry it. A fetched page's own site name replaces it
// later (pages.go).
func itemSource(feedSource, site string, it *gofeed.Item) string {
	link := strings.TrimSpace(it.Link)
	if link == "" && len(it.Links) > 0 {
		link = strings.TrimSpace(it.Links[0])
	}
	u, err := url.Parse(link)
	if err != nil || !u.IsAbs() || u.Hostname() == "" {
		return feedSource
	}
	h := strings.ToLower(strings.TrimPrefix(u.Hostname(), "www."))
	if redirectors[h] {
		return feedSource
	}
	s, err := url.Parse(site)
	if err != nil || s.Hostname() == "" {
		return feedSource
	}
	if domain(h) == domain(strings.ToLower(s.Hostname())) {
		return feedSource
	}
	return chorus.Clip(h, chorus.MaxSourceBytes-len("…"))
}

// domain returns the registrable domain of a host name (news.paper.co.uk →
// paper.co.uk), or the host itself when it has none (an IP address,
// localhost).
func domain(h string) string {
	d, err := publicsuffix.EffectiveTLDPlusOne(h)
	if err != nil {
		return h
	}
	return d
}

// host returns the host name of a URL, or the URL itself when it has none.
func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
