package feed

import (
	"context"
	"fmt"

	"github.com/chorusnews/chorus"
)

// DefaultBatchSize is the number of articles sent in one Ingest call when
// Options.BatchSize is zero. It stays well below chorus.MaxBatch, the
// service's own limit.
const DefaultBatchSize = 100

// batch is what ingesting one feed's articles produced.
type batch struct {
	// ingested holds the service's answers for the stored articles.
	ingested []chorus.IngestResult
	// rejected counts the articles the service refused; rejectErr is the
	// first refusal.
	rejected  int
	rejectErr error
}

// ingest sends articles to the service in chunks of at most BatchSize. A
// chunk the service rejects as invalid or too large is sent again one
// article at a time, and the articles that are still rejected are left
// out, so one bad item cannot keep a feed's other items from being
// stored. Any other error (store down, context canceled) ends the ingest;
// the answers for the chunks stored before it are kept in the batch.
func (p *Poller) ingest(ctx context.Context, articles []chorus.Article) (batch, error) {
	var b batch
	for start := 0; start < len(articles); start += p.opts.BatchSize {
		chunk := articles[start:min(start+p.opts.BatchSize, len(articles))]
		res, err := p.opts.Service.Ingest(ctx, chunk)
		switch {
		case err == nil:
			b.add(chunk, res)
			continue
		case !rejection(err):
			return b, fmt.Errorf("cannot ingest feed items: %w", err)
		}
		for _, a := range chunk {
			res, err := p.opts.Service.Ingest(ctx, []chorus.Article{a})
			switch {
			case err == nil:
				b.add([]chorus.Article{a}, res)
			case rejection(err):
				b.rejected++
				if b.rejectErr == nil {
					b.rejectErr = fmt.Errorf("skipped item %s: %w", itemName(a), err)
				}
			default:
				return b, fmt.Errorf("cannot ingest feed items: %w", err)
			}
		}
	}
	return b, nil
}

// add keeps the service's answers for articles: the stored ones in
// ingested, the ones it refused one by one (chorus.IngestRejected: another
// language) counted as rejected.
func (b *batch) add(articles []chorus.Article, res []chorus.IngestResult) {
	for i, r := range res {
		if r.Status != chorus.IngestRejected {
			b.ingested = append(b.ingested, r)
			continue
		}
		b.rejected++
		if b.rejectErr == nil && i < len(articles) {
			b.rejectErr = fmt.Errorf("skipped item %s: %w", itemName(articles[i]), chorus.Errorf(chorus.EINVALID, "%s", r.Error))
		}
	}
}

// rejection reports whether err is the service refusing the articles
// themselves rather than failing to store them: invalid, too large, or an
// article another writer owns.
func rejection(err error) bool {
	switch chorus.ErrorCode(err) {
	case chorus.EINVALID, chorus.ETOOLARGE, chorus.EFORBIDDEN:
		return true
	}
	return false
}

// itemName names an article in a message: its ID and, when it has one,
// its URL.
func itemName(a chorus.Article) string {
	if a.URL == "" {
		return a.ID
	}
	return a.ID + " (" + a.URL + ")"
}
