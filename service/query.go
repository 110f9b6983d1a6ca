package service

import (
	"context"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Stories implements chorus.StoryService: live stories, most recently
// updated first, optionally filtered by text in the title or summary.
func (s *Service) Stories(ctx context.Context, q chorus.StoryQuery) (chorus.StoryPage, error) {
	if q.Limit < 0 || q.Offset < 0 {
		return chorus.StoryPage{}, chorus.Errorf(chorus.EINVALID, "negative limit or offset")
	}
	if q.Limit == 0 {
		q.Limit = chorus.DefaultStoryPage
	}
	q.Limit = min(q.Limit, chorus.MaxStoryPage)
	page := chorus.StoryPage{Stories: []chorus.Story{}}
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		recs, total, err := r.Stories(ctx, chorus.StoryQuery{Text: strings.TrimSpace(q.Text), Limit: q.Limit, Offset: q.Offset})
		if err != nil {
			return err
		}
		page.Total = total
		for _, rec := range recs {
			page.Stories = append(page.Stories, storyOf(&rec))
		}
		return nil
	})
	return page, err
}

// storyOf returns the Story of a record with what its summary tells: the
// lead and the span of the reports.
func storyOf(rec *chorus.StoryRecord) chorus.Story {
	st := rec.Story
	st.Lead = lead(rec.Summary)
	if sum := rec.Summary; sum != nil {
		st.Summarized = true
		st.FirstPublished, st.LastPublished = sum.FirstPublished, sum.LastPublished
		st.UndatedArticles = sum.UndatedArticles
		if st.FirstPublished.IsZero() {
			// A summary stored before the span was recorded: the span of
			// the articles it cites.
			for _, src := range sum.Sources {
				st.FirstPublished, st.LastPublished = widen(st.FirstPublished, st.LastPublished, src.Published)
			}
		}
	}
	return st
}

// publishedSpan returns the earliest and latest publication times of arts,
// zero when none has one, and how many have none.
func publishedSpan(arts []chorus.ArticleRecord) (first, last time.Time, undated int) {
	for _, a := range arts {
		if a.Published.IsZero() {
			undated++
		}
		first, last = widen(first, last, a.Published)
	}
	return first.UTC(), last.UTC(), undated
}

// widen extends the span from first to last to t; a zero t is unknown and
// leaves it as it is.
func widen(first, last, t time.Time) (time.Time, time.Time) {
	if t.IsZero() {
		return first, last
	}
	if first.IsZero() || t.Before(first) {
		first = t
	}
	if last.IsZero() || t.After(last) {
		last = t
	}
	return first, last
}

// lead returns the first sentence of a stored summary, or "" when there is
// no summary or it has no sentence (the summarizer rejected the story).
func lead(sum *chorus.StorySummary) string {
	if sum == nil || len(sum.Sentences) == 0 {
		return ""
	}
	return strings.TrimSpace(sum.Sentences[0].Text)
}

// maxMergeHops bounds how far Story follows merged stories.
const maxMergeHops = 64

// Story implements chorus.StoryService. A story merged into another is
// answered with the story it was merged into. New holds the summary
// sentences added after q.Since; Articles one page of the articles,
// without their text, read from the store page by page so that a story of
// thousands of articles costs no more than a small one. When q.Since is
// set, Update is computed from all the story's articles (since.go), read
// in the same snapshot and summarized after it is released; so is Focus
// when q.Query is set.
func (s *Service) Story(ctx context.Context, id int64, q chorus.StoryDetailQuery) (*chorus.StoryDetail, error) {
	if q.Limit < 0 || q.Offset < 0 {
		return nil, chorus.Errorf(chorus.EINVALID, "negative limit or offset")
	}
	if err := checkBy(q.By); err != nil {
		return nil, err
	}
	q.Query = strings.TrimSpace(q.Query)
	if err := chorus.CheckQuery(q.Query); err != nil {
		return nil, err
	}
	if q.Limit == 0 {
		q.Limit = chorus.DefaultArticlePage
	}
	q.Limit = min(q.Limit, chorus.MaxArticlePage)
	var d *chorus.StoryDetail
	var all []chorus.ArticleRecord // for Update and Focus
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		st, err := r.Story(ctx, id)
		for hops := 0; err == nil && st.MergedInto != 0 && hops < maxMergeHops; hops++ {
			st, err = r.Story(ctx, st.MergedInto)
		}
		if chorus.IsNotFound(err) {
			return chorus.Errorf(chorus.ENOTFOUND, "story %d not found", id)
		}
		if err != nil {
			return err
		}
		arts, err := r.StoryArticlePage(ctx, st.ID, q.Limit, q.Offset)
		if err != nil {
			return err
		}
		d = detail(st, arts, q)
		if !q.Since.IsZero() || q.Query != "" {
			all, err = r.StoryArticles(ctx, st.ID)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if !q.Since.IsZero() {
		d.Update = s.storyUpdate(all, q.Since, q.By, q.Query, d.Sources)
	}
	if q.Query != "" {
		d.Focus = s.storyFocus(all, q.Query, d.Sources)
	}
	return d, nil
}

// detail assembles a StoryDetail; slices are never nil.
func detail(st *chorus.StoryRecord, arts []chorus.ArticleRecord, q chorus.StoryDetailQuery) *chorus.StoryDetail {
	d := &chorus.StoryDetail{
		Story:         storyOf(st),
		Summary:       []chorus.StorySentence{},
		Sources:       []chorus.Source{},
		Articles:      make([]chorus.StoredArticle, len(arts)),
		ArticleOffset: q.Offset,
		New:           []chorus.StorySentence{},
		Voices:        []chorus.Voice{},
		Disputes:      []chorus.Dispute{},
	}
	if st.Summary != nil {
		d.Summary = append(d.Summary, st.Summary.Sentences...)
		d.Sources = append(d.Sources, st.Summary.Sources...)
		d.Voices = append(d.Voices, st.Summary.Voices...)
		d.Disputes = append(d.Disputes, st.Summary.Disputes...)
	}
	for _, sen := range d.Summary {
		if sen.Added.After(q.Since) {
			d.New = append(d.New, sen)
		}
	}
	for i, a := range arts {
		d.Articles[i] = a.StoredArticle
	}
	d.Timeline = chorus.Timeline(d.Articles)
	return d
}

// Article implements chorus.StoryService.
func (s *Service) Article(ctx context.Context, id string) (*chorus.StoredArticle, error) {
	var a *chorus.ArticleRecord
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		var err error
		a, err = r.Article(ctx, id)
		return err
	})
	if chorus.IsNotFound(err) {
		return nil, chorus.Errorf(chorus.ENOTFOUND, "article %q not found", chorus.Clip(id, 64))
	}
	if err != nil {
		return nil, err
	}
	return &a.StoredArticle, nil
}

// AddFeed implements chorus.StoryService. The URL must be absolute http(s)
// and at most chorus.MaxURLBytes long; it is stored normalized
// (NormalizeURL), so "HTTP://Example.com/rss#x" is the same feed as
// "http://example.com/rss". Adding a known URL returns the stored feed.
func (s *Service) AddFeed(ctx context.Context, raw string) (*chorus.Feed, error) {
	raw = strings.TrimSpace(raw)
	if err := chorus.CheckField("url", raw, chorus.MaxURLBytes); err != nil {
		return nil, err
	}
	norm, err := NormalizeURL(raw)
	if err != nil {
		return nil, chorus.Errorf(chorus.EINVALID, "not an http(s) feed URL: %q", chorus.Clip(raw, 200))
	}
	var f *chorus.Feed
	err = s.update(ctx, "other", func(tx chorus.StoreTx) error {
		var err error
		f, err = tx.AddFeed(ctx, norm, s.now())
		return err
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Feeds implements chorus.StoryService.
func (s *Service) Feeds(ctx context.Context) ([]chorus.Feed, error) {
	feeds := []chorus.Feed{}
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		fs, err := r.Feeds(ctx)
		feeds = append(feeds, fs...)
		return err
	})
	return feeds, err
}

// RemoveFeed implements chorus.StoryService.
func (s *Service) RemoveFeed(ctx context.Context, id int64) error {
	err := s.update(ctx, "other", func(tx chorus.StoreTx) error { return tx.RemoveFeed(ctx, id) })
	if chorus.IsNotFound(err) {
		return chorus.Errorf(chorus.ENOTFOUND, "feed %d not found", id)
	}
	return err
}

// UpdateFeed implements chorus.StoryService.
func (s *Service) UpdateFeed(ctx context.Context, f chorus.Feed) error {
	err := s.update(ctx, "other", func(tx chorus.StoreTx) error { return tx.UpdateFeed(ctx, f) })
	if chorus.IsNotFound(err) {
		return chorus.Errorf(chorus.ENOTFOUND, "feed %d not found", f.ID)
	}
	return err
}
