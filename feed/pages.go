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

// pageCount reports what pages did in one poll.
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
	var n pageCount
	if p.opts.Pages == nil {
		return articles, n
	}
	out := articles[:0]
	budget := p.opts.MaxPages
	for _, a := range articles {
		if a.URL == "" || words(a.Text) >= p.opts.TeaserWords || budget == 0 || ctx.Err() != nil {
			if a.Text != "" {
				out = append(out, a)
			} else {
				n.dropped++
			}
			continue
		}
		budget--
		page, notModified, err := p.page(ctx, a.URL)
		switch {
		case notModified:
			n.dropped++
			continue
		case err != nil || words(page.Text) <= words(a.Text):
			if err != nil {
				p.opts.Logger.DebugContext(ctx, "linked page not read", "url", a.URL, "err", err)
			}
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
	return out, n
}

// page fetches one linked page, conditionally when it was fetched before.
func (p *Poller) page(ctx context.Context, url string) (chorus.Article, bool, error) {
	p.mu.Lock()
	v := p.validators[url]
	p.mu.Unlock()
	pg, err := p.opts.Pages.Get(ctx, url, v)
	if err != nil {
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
