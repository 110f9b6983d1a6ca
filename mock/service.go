// Package mock holds the test doubles of the root package's interfaces,
// shared by the tests of every package that consumes them (http, feed,
// service): an in-memory StoryService that behaves like package service in
// what its callers can see, and a Store whose calls a test can intercept.
// It sits beside the service half of Chorus and is imported only by tests.
package mock

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
)

// StoryService is an in-memory chorus.StoryService. It follows package
// service where a caller can tell: the same validation and limits (a batch
// over chorus.MaxBatch, an article breaking chorus.CheckArticle, without
// text or with a URL that is not http(s), fails the whole batch, nothing
// stored), ingest idempotent by article ID (created, unchanged, updated),
// the same text again stored once (answered unchanged, with the stored
// article), a copy of a stored original marked DuplicateOf, pages of
// chorus.DefaultStoryPage up to chorus.MaxStoryPage, most recently updated
// first, and AddFeed idempotent. It is simpler where tests need
// predictability: an article keeps its client ID (the real service derives
// IDs from the URL), a copy is an article whose first line is a stored
// original's first line (the real service compares sentences), an article
// joins the story whose title its title starts with, and a story's summary is the first line of each original article, in
// ingestion order, each citing its article.
//
// The zero value is ready to use; set the exported fields before the first
// call. It is safe for concurrent use.
type StoryService struct {
	// Err, when set, is returned by every call.
	Err error
	// MaxBatch, when positive, lowers the batch limit below
	// chorus.MaxBatch.
	MaxBatch int
	// BeforeIngest, when set, sees every batch before it is checked; an
	// error it returns fails the batch, nothing stored.
	BeforeIngest func(batch []chorus.Article) error
	// Now is the clock; nil means a clock that starts at 2026-03-01 12:00
	// UTC and advances a minute for every article ingested.
	Now func() time.Time

	mu       sync.Mutex
	tick     time.Time
	batches  []int
	ingested []chorus.Article
	articles map[string]*chorus.StoredArticle
	order    []string
	stories  []*chorus.StoryDetail
	feeds    []chorus.Feed
}

var _ chorus.StoryService = (*StoryService)(nil)

// now returns the next time of the clock. Callers hold s.mu.
func (s *StoryService) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	if s.tick.IsZero() {
		s.tick = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	}
	s.tick = s.tick.Add(time.Minute)
	return s.tick
}

// Batches returns the size of every batch Ingest was called with, accepted
// or not, in order.
func (s *StoryService) Batches() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.batches)
}

// Ingested returns every article of every accepted batch, as received and
// in order, unchanged ones included.
func (s *StoryService) Ingested() []chorus.Article {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.ingested)
}

// Ingest implements chorus.StoryService.
func (s *StoryService) Ingest(ctx context.Context, articles []chorus.Article) ([]chorus.IngestResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Err != nil {
		return nil, s.Err
	}
	s.batches = append(s.batches, len(articles))
	if s.BeforeIngest != nil {
		if err := s.BeforeIngest(articles); err != nil {
			return nil, err
		}
	}
	limit := chorus.MaxBatch
	if s.MaxBatch > 0 {
		limit = min(limit, s.MaxBatch)
	}
	switch {
	case len(articles) == 0:
		return nil, chorus.ErrNoArticles
	case len(articles) > limit:
		return nil, chorus.Errorf(chorus.ETOOLARGE, "%d articles in one batch; the limit is %d", len(articles), limit)
	}
	for i, a := range articles {
		if err := validate(a); err != nil {
			return nil, chorus.Errorf(chorus.ErrorCode(err), "article %d: %s", i+1, chorus.ErrorMessage(err))
		}
	}
	s.ingested = append(s.ingested, articles...)
	out := make([]chorus.IngestResult, len(articles))
	for i, a := range articles {
		out[i] = s.ingestOne(a)
	}
	return out, nil
}

// validate rejects what package service rejects.
func validate(a chorus.Article) error {
	if err := chorus.CheckArticle(a); err != nil {
		return err
	}
	if strings.TrimSpace(a.Text) == "" {
		return chorus.Errorf(chorus.EINVALID, "no text")
	}
	if a.URL != "" && !httpURL(a.URL) {
		return chorus.Errorf(chorus.EINVALID, "not an http(s) URL: %q", chorus.Clip(a.URL, 200))
	}
	return nil
}

// httpURL reports whether raw is an absolute http(s) URL.
func httpURL(raw string) bool {
	u, err := url.Parse(strings.TrimSpace(raw))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// ingestOne stores one valid article. Callers hold s.mu.
func (s *StoryService) ingestOne(a chorus.Article) chorus.IngestResult {
	if s.articles == nil {
		s.articles = map[string]*chorus.StoredArticle{}
	}
	a.Text, a.Title = strings.TrimSpace(a.Text), strings.TrimSpace(a.Title)
	if a.ID == "" {
		a.ID = fmt.Sprintf("a%d", len(s.order)+1)
	}
	now := s.now()
	if old, ok := s.articles[a.ID]; ok {
		status := chorus.IngestUnchanged
		if old.Text != a.Text {
			old.Text, old.Updated, status = a.Text, now, chorus.IngestUpdated
		}
		return chorus.IngestResult{ID: a.ID, Status: status, StoryID: old.StoryID, DuplicateOf: old.DuplicateOf}
	}
	for _, id := range s.order {
		if o := s.articles[id]; sameText(o.Text, a.Text) {
			return chorus.IngestResult{ID: o.ID, Status: chorus.IngestUnchanged, StoryID: o.StoryID, DuplicateOf: o.DuplicateOf}
		}
	}
	sa := &chorus.StoredArticle{Article: a, Ingested: now, Updated: now}
	for _, id := range s.order {
		if o := s.articles[id]; o.DuplicateOf == "" && firstLine(o.Text) == firstLine(a.Text) {
			sa.DuplicateOf = o.ID
			break
		}
	}
	var st *chorus.StoryDetail
	for _, c := range s.stories {
		if c.Title != "" && strings.HasPrefix(a.Title, c.Title) {
			st = c
		}
	}
	if st == nil {
		st = &chorus.StoryDetail{Story: chorus.Story{ID: int64(len(s.stories) + 1), Title: a.Title, Created: now, Updated: now}}
		s.stories = append(s.stories, st)
	}
	sa.StoryID = st.ID
	s.articles[a.ID] = sa
	s.order = append(s.order, a.ID)
	st.Articles = append(st.Articles, *sa)
	st.ArticleCount++
	if a.Published.IsZero() {
		st.UndatedArticles++
	}
	if p := a.Published; !p.IsZero() {
		// The span of the reports, copies included, as package service
		// records it with each summary.
		if st.FirstPublished.IsZero() || p.Before(st.FirstPublished) {
			st.FirstPublished = p.UTC()
		}
		if p.After(st.LastPublished) {
			st.LastPublished = p.UTC()
		}
	}
	if sa.DuplicateOf == "" {
		if !publisherIn(st.Articles[:len(st.Articles)-1], a.Source) {
			st.SourceCount++ // one publisher counts once, as in the stores
		}
		n := len(st.Sources) + 1
		st.Sources = append(st.Sources, chorus.Source{ID: n, Article: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published})
		st.Summary = append(st.Summary, chorus.StorySentence{Sentence: chorus.Sentence{Text: firstLine(a.Text), Sources: []int{n}, Support: 1}, Added: now})
		st.Lead = st.Summary[0].Text
		st.Summarized = true
		st.Updated = now
	}
	return chorus.IngestResult{ID: a.ID, Status: chorus.IngestCreated, StoryID: st.ID, DuplicateOf: sa.DuplicateOf}
}

// sameText reports whether two texts are the same to package service:
// equal but for case and white space.
func sameText(a, b string) bool {
	return strings.Join(strings.Fields(strings.ToLower(a)), " ") == strings.Join(strings.Fields(strings.ToLower(b)), " ")
}

// firstLine returns the first line of a text.
func firstLine(text string) string {
	line, _, _ := strings.Cut(text, "\n")
	return strings.TrimSpace(line)
}

// Stories implements chorus.StoryService.
func (s *StoryService) Stories(ctx context.Context, q chorus.StoryQuery) (chorus.StoryPage, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Err != nil {
		return chorus.StoryPage{}, s.Err
	}
	if q.Limit < 0 || q.Offset < 0 {
		return chorus.StoryPage{}, chorus.Errorf(chorus.EINVALID, "negative limit or offset")
	}
	if q.Limit == 0 {
		q.Limit = chorus.DefaultStoryPage
	}
	q.Limit = min(q.Limit, chorus.MaxStoryPage)
	text := strings.ToLower(strings.TrimSpace(q.Text))
	all := []chorus.Story{}
	for _, st := range s.stories {
		if text == "" || strings.Contains(strings.ToLower(st.Title), text) || strings.Contains(strings.ToLower(st.Lead), text) {
			all = append(all, st.Story)
		}
	}
	slices.SortStableFunc(all, func(a, b chorus.Story) int {
		if c := b.Updated.Compare(a.Updated); c != 0 {
			return c
		}
		return int(b.ID - a.ID)
	})
	page := chorus.StoryPage{Stories: []chorus.Story{}, Total: len(all)}
	if q.Offset < len(all) {
		page.Stories = all[q.Offset:min(len(all), q.Offset+q.Limit)]
	}
	return page, nil
}

// Story implements chorus.StoryService.
func (s *StoryService) Story(ctx context.Context, id int64, q chorus.StoryDetailQuery) (*chorus.StoryDetail, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Err != nil {
		return nil, s.Err
	}
	if id < 1 || id > int64(len(s.stories)) {
		return nil, chorus.Errorf(chorus.ENOTFOUND, "story %d not found", id)
	}
	st := s.stories[id-1]
	d := *st
	d.Summary = slices.Clone(st.Summary)
	d.Sources = slices.Clone(st.Sources)
	if q.Limit < 0 || q.Offset < 0 {
		return nil, chorus.Errorf(chorus.EINVALID, "negative limit or offset")
	}
	if q.Limit == 0 {
		q.Limit = chorus.DefaultArticlePage
	}
	q.Limit = min(q.Limit, chorus.MaxArticlePage)
	d.Articles = []chorus.StoredArticle{}
	d.ArticleOffset = q.Offset
	for _, a := range st.Articles[min(q.Offset, len(st.Articles)):min(q.Offset+q.Limit, len(st.Articles))] {
		page := *s.articles[a.ID]
		page.Text = ""
		d.Articles = append(d.Articles, page)
	}
	d.New = nil
	for _, sen := range st.Summary {
		if sen.Added.After(q.Since) {
			d.New = append(d.New, sen)
		}
	}
	d.Timeline = chorus.Timeline(d.Articles)
	switch q.By {
	case "", chorus.ByPublished, chorus.ByReceived:
	default:
		return nil, chorus.Errorf(chorus.EINVALID, "by must be %q or %q, not %q", chorus.ByPublished, chorus.ByReceived, chorus.Clip(q.By, 32))
	}
	q.Query = strings.TrimSpace(q.Query)
	if err := chorus.CheckQuery(q.Query); err != nil {
		return nil, err
	}
	if !q.Since.IsZero() {
		d.Update = s.update(st, q.Since, q.By)
		d.Update.Query = q.Query
	}
	if q.Query != "" {
		d.Focus = focus(st, q.Query)
	}
	return &d, nil
}

// focus is the mock's query-focused summary: the story's summary sentences
// that share a word (compared without case) with the query.
func focus(st *chorus.StoryDetail, query string) *chorus.StoryFocus {
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(query)) {
		words[strings.Trim(w, ".,;:?!\"'")] = true
	}
	f := &chorus.StoryFocus{Query: query, Summary: []chorus.Sentence{}, Sources: []chorus.Source{}}
	for _, sen := range st.Summary {
		for _, w := range strings.Fields(strings.ToLower(sen.Text)) {
			if words[strings.Trim(w, ".,;:?!\"'")] {
				f.Summary = append(f.Summary, chorus.Sentence{Text: sen.Text, Sources: slices.Clone(sen.Sources), Support: sen.Support})
				f.Words += len(strings.Fields(sen.Text))
				break
			}
		}
	}
	f.Sources = slices.Clone(st.Sources)
	f.NumberAs(st.Sources)
	return f
}

// update is the mock's "since T" view: the first line of each original
// article dated after since, each citing its article by the story's
// number, earliest published first (as package service orders it);
// nothing new when the first line of every such article is the first line
// of an article dated at or before since. Callers hold s.mu.
func (s *StoryService) update(st *chorus.StoryDetail, since time.Time, by string) *chorus.StoryUpdate {
	if by == "" {
		by = chorus.ByPublished
	}
	u := &chorus.StoryUpdate{Since: since.UTC(), By: by, Status: chorus.UpdateNothing, Summary: []chorus.Sentence{}, Sources: []chorus.Source{}}
	read := map[string]bool{}
	for _, ref := range st.Articles {
		if a := s.articles[ref.ID]; !a.DatedBy(by).After(since) {
			u.Read++
			read[firstLine(a.Text)] = true
		}
	}
	for _, ref := range st.Articles {
		a := s.articles[ref.ID]
		if !a.DatedBy(by).After(since) {
			continue
		}
		u.Articles++
		if line := firstLine(a.Text); a.DuplicateOf == "" && !read[line] {
			n := len(u.Sources) + 1
			u.Sources = append(u.Sources, chorus.Source{ID: n, Article: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published})
			u.Summary = append(u.Summary, chorus.Sentence{Text: line, Sources: []int{n}, Support: 1})
			u.Words += len(strings.Fields(line))
		}
	}
	switch {
	case u.Read == 0 && u.Articles > 0:
		u.Status = chorus.UpdateWhole
	case len(u.Summary) > 0:
		u.Status = chorus.UpdateNew
	}
	u.NumberAs(st.Sources)
	u.OrderByPublished()
	return u
}

// Article implements chorus.StoryService.
func (s *StoryService) Article(ctx context.Context, id string) (*chorus.StoredArticle, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Err != nil {
		return nil, s.Err
	}
	a, ok := s.articles[id]
	if !ok {
		return nil, chorus.Errorf(chorus.ENOTFOUND, "article %q not found", chorus.Clip(id, 64))
	}
	c := *a
	return &c, nil
}

// AddFeed implements chorus.StoryService: a known URL returns the stored
// feed, as in package service (which also normalizes the URL; the mock
// compares it as given, trimmed).
func (s *StoryService) AddFeed(ctx context.Context, raw string) (*chorus.Feed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Err != nil {
		return nil, s.Err
	}
	raw = strings.TrimSpace(raw)
	if err := chorus.CheckField("url", raw, chorus.MaxURLBytes); err != nil {
		return nil, err
	}
	if !httpURL(raw) {
		return nil, chorus.Errorf(chorus.EINVALID, "not an http(s) feed URL: %q", chorus.Clip(raw, 200))
	}
	for _, f := range s.feeds {
		if f.URL == raw {
			return &f, nil
		}
	}
	id := int64(1)
	for _, f := range s.feeds {
		id = max(id, f.ID+1)
	}
	f := chorus.Feed{ID: id, URL: raw}
	s.feeds = append(s.feeds, f)
	return &f, nil
}

// Feeds implements chorus.StoryService.
func (s *StoryService) Feeds(ctx context.Context) ([]chorus.Feed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Err != nil {
		return nil, s.Err
	}
	return append([]chorus.Feed{}, s.feeds...), nil
}

// RemoveFeed implements chorus.StoryService.
func (s *StoryService) RemoveFeed(ctx context.Context, id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Err != nil {
		return s.Err
	}
	for i := range s.feeds {
		if s.feeds[i].ID == id {
			s.feeds = append(s.feeds[:i], s.feeds[i+1:]...)
			return nil
		}
	}
	return chorus.Errorf(chorus.ENOTFOUND, "feed %d not found", id)
}

// UpdateFeed implements chorus.StoryService.
func (s *StoryService) UpdateFeed(ctx context.Context, f chorus.Feed) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Err != nil {
		return s.Err
	}
	for i := range s.feeds {
		if s.feeds[i].ID == f.ID {
			s.feeds[i] = f
			return nil
		}
	}
	return chorus.Errorf(chorus.ENOTFOUND, "feed %d not found", f.ID)
}

// publisherIn reports whether an independent article of arts has the
// non-empty source (compared without case).
func publisherIn(arts []chorus.StoredArticle, source string) bool {
	if source == "" {
		return false
	}
	for _, a := range arts {
		if a.DuplicateOf == "" && strings.EqualFold(a.Source, source) {
			return true
		}
	}
	return false
}
