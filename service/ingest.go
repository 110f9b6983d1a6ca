package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/lang"
	"github.com/chorusnews/chorus/story"
)

// progressKey is the context key of WithIngestProgress.
type progressKey struct{}

// WithIngestProgress returns a copy of ctx that makes Ingest call f after
// each article of the batch, with how many of the batch's articles are
// ingested so far, so that a caller can show progress within a batch. f
// runs inside the store transaction: it must be quick and must not call
// the service. A retried transaction counts again from 1, so f should set
// a position rather than add to one.
func WithIngestProgress(ctx context.Context, f func(done int)) context.Context {
	return context.WithValue(ctx, progressKey{}, f)
}

// Ingest implements chorus.StoryService. The whole batch is one
// transaction: every article is acknowledged, durably, when Ingest returns
// nil, and none is stored when it returns an error. New articles belong to
// the writer of ctx (chorus.WithWriter); a stored article's text can only
// be replaced by its owner — another writer gets EFORBIDDEN.
//
// The transaction stores the articles and queues the new and changed ones
// for the story assigner (assign.go); it locks only the articles' keys and
// text hashes, so writers of other articles, in this process or another,
// run alongside. Ingest then waits, up to Options.AssignWait, for the
// assigner to place them and answers with their stories; an article still
// waiting after that is answered with StoryID zero: stored, its story
// pending (it is assigned as soon as an assigner runs).
//
// An article surely in a language other than English (lang.Check) is not
// stored, and does not stop the others: its result has Status
// IngestRejected and the reason in Error. When every article of the batch
// is refused, Ingest returns the first refusal, an EINVALID error.
func (s *Service) Ingest(ctx context.Context, articles []chorus.Article) ([]chorus.IngestResult, error) {
	if len(articles) == 0 {
		return nil, chorus.ErrNoArticles
	}
	if len(articles) > chorus.MaxBatch {
		return nil, chorus.Errorf(chorus.ETOOLARGE, "%d articles in one batch; the limit is %d", len(articles), chorus.MaxBatch)
	}
	for i, a := range articles {
		if err := validate(a); err != nil {
			return nil, chorus.Errorf(chorus.ErrorCode(err), "article %d: %s", i+1, chorus.ErrorMessage(err))
		}
	}
	articles, refused, err := checkLanguages(articles)
	if err != nil {
		return nil, err
	}
	results, err := s.ingest(ctx, articles)
	if err != nil || refused == nil {
		return results, err
	}
	k := 0
	for i := range refused {
		if refused[i].Status == "" {
			refused[i], k = results[k], k+1
		}
	}
	return refused, nil
}

// checkLanguages applies the language policy (lang.Check: Chorus
// summarizes English) to each article of a batch, so that one article in
// another language does not turn the others away. It returns the articles
// to store and, when some are refused, the batch's results with those
// filled in (IngestRejected, the reason in Error) and the others left for
// the stored articles, in order. When every article is refused there is
// nothing to store: the first refusal is the error.
func checkLanguages(articles []chorus.Article) ([]chorus.Article, []chorus.IngestResult, error) {
	var results []chorus.IngestResult
	var kept []chorus.Article
	for i, a := range articles {
		err := lang.Check(a.Text)
		if err == nil {
			if results != nil {
				kept = append(kept, a)
			}
			continue
		}
		err = chorus.Errorf(chorus.ErrorCode(err), "article %d: %s", i+1, chorus.ErrorMessage(err))
		if results == nil {
			results = make([]chorus.IngestResult, len(articles))
			kept = append(kept, articles[:i]...)
		}
		results[i] = chorus.IngestResult{Status: chorus.IngestRejected, Error: chorus.ErrorMessage(err)}
		if len(kept) == 0 && i == len(articles)-1 {
			return nil, nil, firstRefusal(results)
		}
	}
	if results == nil {
		return articles, nil, nil
	}
	return kept, results, nil
}

// firstRefusal is the error of the first rejected result.
func firstRefusal(results []chorus.IngestResult) error {
	for _, r := range results {
		if r.Status == chorus.IngestRejected {
			return chorus.Errorf(chorus.EINVALID, "%s", r.Error)
		}
	}
	return nil
}

// ingest stores a batch of valid articles and waits for their stories (see
// Ingest).
func (s *Service) ingest(ctx context.Context, articles []chorus.Article) ([]chorus.IngestResult, error) {
	now := s.now()
	recs := make([]chorus.ArticleRecord, len(articles))
	var locks []string
	for i, a := range articles {
		recs[i] = record(ctx, a, now)
		locks = append(locks, "article:"+recs[i].Key, "text:"+recs[i].Hash)
	}
	results := make([]chorus.IngestResult, len(articles))
	var entries []*int64 // inbox entries, known once the transaction commits
	var at []int         // their results
	progress, _ := ctx.Value(progressKey{}).(func(int))
	// Taken before the commit: the batch that assigns these articles
	// commits after them, so it closes this channel.
	since := s.batchSignal()
	err := s.update(ctx, "ingest", func(tx chorus.StoreTx) error {
		entries, at = entries[:0], at[:0]
		if err := tx.Lock(ctx, locks...); err != nil {
			return err
		}
		for i, rec := range recs {
			r, entry, err := s.storeOne(ctx, tx, rec, now)
			if err != nil {
				return err
			}
			results[i] = r
			if entry != nil {
				entries, at = append(entries, entry), append(at, i)
			}
			if progress != nil {
				progress(i + 1)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cannot ingest: %w", internal(err))
	}
	queued := make([]int64, len(entries))
	for i, e := range entries {
		queued[i] = *e
	}
	if len(queued) > 0 {
		s.noteQueued()
	}
	if err := s.awaitStories(ctx, queued, at, results, since); err != nil {
		// The articles are stored: a failed wait leaves their stories
		// pending rather than failing the acknowledged write.
		s.log.Warn("cannot read the stories of ingested articles", "err", err)
	}
	return results, nil
}

// assignHere assigns the inbox in this process, which runs no assigner
// loop (a one-shot command such as `chorus ingest`, a test without Run),
// when no other process leads; it leads only meanwhile, keeping its index
// to catch up from the change log next time.
func (s *Service) assignHere(ctx context.Context) {
	took, err := s.tryLead(ctx)
	if err != nil {
		s.log.Warn("assigner election failed", "err", err)
	}
	if !took {
		return
	}
	if err := s.assign(ctx); err != nil && !errors.Is(err, errNotLeader) {
		s.log.Warn("story assignment failed", "err", err)
	}
	s.stepDown(nil)
}

// record returns the stored form of an ingested article.
func record(ctx context.Context, a chorus.Article, now time.Time) chorus.ArticleRecord {
	rec := chorus.ArticleRecord{StoredArticle: chorus.StoredArticle{Article: a, Ingested: now, Updated: now}, Owner: chorus.WriterFrom(ctx)}
	rec.Text = strings.TrimSpace(a.Text)
	rec.Title = strings.TrimSpace(a.Title)
	if y := rec.Published.Year(); y < 1900 || y > 2200 {
		rec.Published = time.Time{}
	} else {
		rec.Published = rec.Published.UTC()
	}
	rec.Key = articleKey(a, rec.Text)
	rec.Hash = TextHash(rec.Text)
	rec.ID = articleID(rec.Key)
	return rec
}

// internal turns a store's ErrNotFound or ErrVersion that escapes ingest
// into an internal error: the batch was valid, the caller asked for no
// missing story and can fix no conflict, so neither 404 nor 409 applies.
func internal(err error) error {
	switch chorus.ErrorCode(err) {
	case chorus.ENOTFOUND, chorus.ECONFLICT:
		return chorus.Errorf(chorus.EINTERNAL, "%v", err)
	}
	return err
}

// validate rejects articles the service cannot store: fields over the
// limits of chorus.CheckArticle (checked here so that every store behaves
// alike), no text, or a URL that is not http(s). The language policy is
// applied to each article apart (checkLanguages).
func validate(a chorus.Article) error {
	if err := chorus.CheckArticle(a); err != nil {
		return err
	}
	switch {
	case strings.TrimSpace(a.Text) == "":
		return chorus.Errorf(chorus.EINVALID, "no text")
	case a.URL != "":
		if _, err := NormalizeURL(a.URL); err != nil {
			return err
		}
	}
	return nil
}

// storeOne stores one article inside tx and queues it for the story
// assigner when it is new or has new text, returning the inbox entry (nil
// when nothing was queued), which may be known only once tx commits
// (putAndQueue).
func (s *Service) storeOne(ctx context.Context, tx chorus.StoreTx, rec chorus.ArticleRecord, now time.Time) (chorus.IngestResult, *int64, error) {
	unchanged := func(o *chorus.ArticleRecord) chorus.IngestResult {
		return chorus.IngestResult{ID: o.ID, Status: chorus.IngestUnchanged, StoryID: o.StoryID, DuplicateOf: o.DuplicateOf}
	}
	old, same, err := lookUp(ctx, tx, rec)
	switch {
	case err == nil && old.Hash == rec.Hash:
		return unchanged(old), nil, nil
	case err == nil && old.Owner != rec.Owner:
		// Only the writer that created an article may rewrite it, so nobody
		// can put words in another publisher's article by posting to its
		// URL.
		return chorus.IngestResult{}, nil, chorus.Errorf(chorus.EFORBIDDEN, "article %s belongs to another writer; only its creator can replace its text", old.ID)
	case err == nil:
		// A new version of a stored article: it replaces the old text and
		// keeps its place and story (StoryID zero keeps the stored one);
		// the assigner decides again whether it copies another article of
		// its story, and its story is recomputed.
		rec.ID, rec.Ingested, rec.DuplicateOf = old.ID, old.Ingested, old.DuplicateOf
		seq, err := putAndQueue(ctx, tx, rec, now)
		if err != nil {
			return chorus.IngestResult{}, nil, err
		}
		return chorus.IngestResult{ID: rec.ID, Status: chorus.IngestUpdated, StoryID: old.StoryID, DuplicateOf: old.DuplicateOf}, seq, nil
	case !chorus.IsNotFound(err):
		return chorus.IngestResult{}, nil, err
	}
	if same != nil {
		return unchanged(same), nil, nil
	}
	seq, err := putAndQueue(ctx, tx, rec, now)
	if err != nil {
		return chorus.IngestResult{}, nil, err
	}
	return chorus.IngestResult{ID: rec.ID, Status: chorus.IngestCreated}, seq, nil
}

// putAndQueuer is a store transaction that stores an article and queues
// it for the assigner in one call (the sqlite and postgres stores; one
// statement on PostgreSQL).
type putAndQueuer interface {
	PutAndQueueArticle(ctx context.Context, a chorus.ArticleRecord, now time.Time) (int64, error)
}

// laterPutAndQueuer is a store transaction that stores an article and
// queues it with the transaction's next statement or its commit, the
// inbox entry known only then (the sqlite and postgres stores; on
// PostgreSQL one round trip fewer per stored article).
type laterPutAndQueuer interface {
	PutAndQueueArticleLater(ctx context.Context, a chorus.ArticleRecord, now time.Time) (*int64, error)
}

// putAndQueue stores rec in tx and queues it for the story assigner,
// returning its inbox entry, which may be set only once tx commits.
func putAndQueue(ctx context.Context, tx chorus.StoreTx, rec chorus.ArticleRecord, now time.Time) (*int64, error) {
	if p, ok := tx.(laterPutAndQueuer); ok {
		return p.PutAndQueueArticleLater(ctx, rec, now)
	}
	var seq int64
	var err error
	if p, ok := tx.(putAndQueuer); ok {
		seq, err = p.PutAndQueueArticle(ctx, rec, now)
	} else if _, err = tx.PutArticle(ctx, rec); err == nil {
		seq, err = tx.QueueArticle(ctx, rec.ID, now)
	}
	if err != nil {
		return nil, err
	}
	return &seq, nil
}

// keyOrHashReader is a store transaction that reads an article by key and
// the first by text hash in one statement (the sqlite and postgres
// stores): one round trip fewer per new article.
type keyOrHashReader interface {
	ArticleByKeyOrHash(ctx context.Context, key, hash string) (byKey, byHash *chorus.ArticleRecord, err error)
}

// lookUp returns the stored article with rec's key (chorus.ErrNotFound
// when there is none) and, when there is none, the first stored with rec's
// text hash (nil when there is none either).
func lookUp(ctx context.Context, tx chorus.StoreTx, rec chorus.ArticleRecord) (old, same *chorus.ArticleRecord, err error) {
	if r, ok := tx.(keyOrHashReader); ok {
		old, same, err = r.ArticleByKeyOrHash(ctx, rec.Key, rec.Hash)
		switch {
		case err != nil:
			return nil, nil, err
		case old != nil:
			return old, nil, nil
		}
		return nil, same, chorus.ErrNotFound
	}
	old, err = tx.ArticleByKey(ctx, rec.Key)
	if !chorus.IsNotFound(err) {
		return old, nil, err
	}
	same, herr := tx.ArticleByHash(ctx, rec.Hash)
	switch {
	case herr == nil:
		return nil, same, err
	case !chorus.IsNotFound(herr):
		return nil, nil, herr
	}
	return nil, nil, err
}

// copyOf runs the copy test for the new text of rec, whose story the
// clusterer no longer holds, against the story's other stored originals.
func (s *Service) copyOf(ctx context.Context, tx chorus.StoreTx, rec chorus.ArticleRecord) (string, error) {
	arts, err := tx.StoryArticles(ctx, rec.StoryID)
	if err != nil {
		return "", err
	}
	var originals []story.Doc
	for _, a := range arts {
		if a.ID != rec.ID && a.DuplicateOf == "" {
			originals = append(originals, doc(a))
		}
	}
	return s.clu.CopyOf(doc(rec), originals), nil
}

// docTime is the article's time for the story's last-article time: its
// publication time, or its ingestion time when that is unknown.
func docTime(a chorus.ArticleRecord) time.Time {
	if a.Published.IsZero() {
		return a.Ingested
	}
	return a.Published
}

// articleKey is an article's identity: its normalized URL, else its client
// ID, else its text.
func articleKey(a chorus.Article, text string) string {
	if a.URL != "" {
		if u, err := NormalizeURL(a.URL); err == nil {
			return "url:" + u
		}
	}
	if id := strings.TrimSpace(a.ID); id != "" {
		return "id:" + id
	}
	return "text:" + TextHash(text)
}

// articleID derives a short stable ID from an identity key.
func articleID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}

// TextHash returns the hex SHA-256 of text normalized for comparison:
// lower-cased, whitespace collapsed.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(strings.ToLower(text)), " ")))
	return hex.EncodeToString(sum[:])
}

// trackingParams are query parameters that only track the reader.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "_ga": true, "cmpid": true,
}

// NormalizeURL returns the canonical form of an article URL: lower-case
// scheme and host, no default port, no fragment, no tracking parameters
// (utm_* and the like), remaining parameters sorted.
func NormalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", chorus.Errorf(chorus.EINVALID, "not an http(s) URL: %q", chorus.Clip(raw, 200))
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if p := u.Port(); p != "" && !(u.Scheme == "http" && p == "80") && !(u.Scheme == "https" && p == "443") {
		host += ":" + p
	}
	u.Host, u.Fragment, u.RawFragment, u.User = host, "", "", nil
	q := u.Query()
	for k := range q {
		if lk := strings.ToLower(k); strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), nil
}
