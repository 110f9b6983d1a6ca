package feed

import (
	"context"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/fetch"
)

// maxValidators bounds the page validators a Poller remembers for
// conditional GET; past it the memory starts afresh.
const maxValidators = 100_000

// pageCount reports what ReadPages did.
type pageCount struct {
	// fetched counts the pages read in place of their items.
	fetched int
	// dropped counts the items left out: unchanged pages (304) and items
	// with no text whose page could not be read.
	dropped int
}

// pages replaces teaser items by the articles of the pages they link to,
// when Options.Pages is set. An item whose page cannot be fetched keeps
// its own text, or is dropped when it has none; an item whose page is
// unchanged since the last fetch (304) is dropped, the stored article
// standing.
func (p *Poller) pages(ctx context.Context, articles []chorus.Article) ([]chorus.Article, pageCount) {
	if p.opts.Pages == nil {
		return articles, pageCount{}
	}
	out, fetched, dropped := ReadPages(ctx, articles, p.opts.TeaserWords, p.opts.MaxPages, p.page)
	return out, pageCount{fetched: fetched, dropped: dropped}
}

// PageReader reads the article of the page at url; notModified reports a
// page unchanged since the caller last read it (its article stands).
type PageReader func(ctx context.Context, url string) (a chorus.Article, notModified bool, err error)

// ReadPages replaces the teaser articles of a feed — no text, or fewer
// than teaserWords words, with a URL — by the articles read from their
// pages, at most maxPages of them: the page's text, publisher
// (Source), canonical URL, and title and date where the item had none. A
// teaser whose page cannot be read keeps its text, or is dropped when it
// has none; one whose page is unchanged is dropped. It returns the
// articles (reusing the slice), the pages read and the teasers dropped.
// The poller uses it with Options.Pages; chorus digest with its own
// fetcher.
func ReadPages(ctx context.Context, articles []chorus.Article, teaserWords, maxPages int, read PageReader) (out []chorus.Article, fetched, dropped int) {
	var n pageCount
	out = articles[:0]
	budget := maxPages
	for _, a := range articles {
		if a.URL == "" || words(a.Text) >= teaserWords || budget == 0 || ctx.Err() != nil {
			if a.Text != "" {
				out = append(out, a)
			} else {
				n.dropped++
			}
			continue
		}
		budget--
		page, notModified, err := read(ctx, a.URL)
		switch {
		case notModified:
			n.dropped++
			continue
		case err != nil || words(page.Text) <= words(a.Text):
			if a.Text == "" {
				n.dropped++
				continue
			}
			out = append(out, a)
			continue
		}
		n.fetched++
		a.Text = page.Text
		if page.Source != "" {
			a.Source = chorus.Clip(page.Source, chorus.MaxSourceBytes-len("…"))
		}
		if a.Title == "" {
			a.Title = page.Title
		}
		if a.Published.IsZero() {
			a.Published = page.Published
		}
		if fetch.IsURL(page.URL) {
			a.URL = page.URL // the canonical address: one publisher's page counts once
		}
		if chorus.CheckArticle(a) != nil {
			n.dropped++
			continue
		}
		out = append(out, a)
	}
	return out, n.fetched, n.dropped
}

// page fetches one linked page, conditionally when it was fetched before.
func (p *Poller) page(ctx context.Context, url string) (chorus.Article, bool, error) {
	p.mu.Lock()
	v := p.validators[url]
	p.mu.Unlock()
	pg, err := p.opts.Pages.Get(ctx, url, v)
	if err != nil {
		p.opts.Logger.DebugContext(ctx, "linked page not read", "url", url, "err", err)
		return chorus.Article{}, false, err
	}
	if pg.NotModified {
		return chorus.Article{}, true, nil
	}
	a, err := fetch.Article(pg)
	if err != nil {
		return chorus.Article{}, false, err
	}
	if pg.Validators != (fetch.Validators{}) {
		p.mu.Lock()
		if len(p.validators) >= maxValidators {
			clear(p.validators)
		}
		p.validators[url] = pg.Validators
		p.mu.Unlock()
	}
	return a, false, nil
}

// words counts the words of s.
func words(s string) int { return len(strings.Fields(s)) }
