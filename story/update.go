package story

// This file handles updated articles: a new text for an article already
// stored under the same identity (URL). The article keeps its story, but
// whether it copies another article is decided again from the new text.

// Replace swaps the text of an article already held (an updated version of
// the same URL). The article stays in its story; the old text's share of the
// centroid and of the document frequencies is taken out before the new
// text's is added, so the statistics are as if only the new text had been
// seen. The copy test runs again against the story's other original
// articles: dupOf is the ID of the original the new text copies, or empty
// when it copies none. held reports whether the article was held; when it
// is not, nothing changes.
func (c *Clusterer) Replace(d Doc) (dupOf string, held bool) {
	old := c.articles[d.ID]
	if old == nil {
		return "", false
	}
	cl := old.story
	c.remove(old)
	vec, sents := c.vectorize(d)
	if sents.Len() > 0 {
		best, orig := c.bestOriginal(d.ID, &sents, c.mayCopy(&sents, cl, c.opts.Duplicate), 0, nil)
		if orig != nil && best >= c.opts.Duplicate {
			dupOf = orig.id
		}
	}
	c.Apply(Decision{Story: cl.id, DuplicateOf: dupOf, doc: d, vec: vec, sents: sents}, cl.id)
	return dupOf, true
}

// CopyOf returns the ID of the article among originals that d copies most,
// or empty when d copies none of them. It is the copy test of Replace for an
// article whose story is no longer held: originals are the story's other
// articles that are not copies themselves (d itself is skipped). It changes
// nothing observable.
func (c *Clusterer) CopyOf(d Doc, originals []Doc) string {
	sents := c.copyDoc(d.Text)
	if sents.Len() == 0 {
		return ""
	}
	ms := make([]*member, 0, len(originals))
	for _, o := range originals {
		if o.ID == d.ID {
			continue
		}
		ms = append(ms, &member{id: o.ID, sents: c.copyDoc(o.Text)})
	}
	if best, orig := c.bestOriginal(d.ID, &sents, ms, 0, nil); orig != nil && best >= c.opts.Duplicate {
		return orig.id
	}
	return ""
}
