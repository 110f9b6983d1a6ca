package service

import (
	"fmt"
	"slices"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/summarize"
)

// This file is the "since T" view of a story (chorus.StoryUpdate): the
// story's articles are split at T by their date, and the later ones are
// summarized for a reader who has read the earlier ones, with the update
// summarization of `chorus summarize --after` (summarize.Update).

// checkBy validates StoryDetailQuery.By.
func checkBy(by string) error {
	switch by {
	case "", chorus.ByPublished, chorus.ByReceived:
		return nil
	}
	return chorus.Errorf(chorus.EINVALID, "by must be %q or %q, not %q", chorus.ByPublished, chorus.ByReceived, chorus.Clip(by, 32))
}

// storyUpdate computes the "since T" view of a story from all its articles
// (with their text), in ingestion order. The whole summary (nothing read
// yet) comes from Options.Summarize, as the stored summaries do; an update
// always from summarize.Update with the embedded model. Its citations are
// numbered as the story summary's, whose sources are story, and its
// sentences put in the order they were reported (chorus.StoryUpdate's
// NumberAs and OrderByPublished).
func (s *Service) storyUpdate(arts []chorus.ArticleRecord, since time.Time, by, query string, story []chorus.Source) *chorus.StoryUpdate {
	if by == "" {
		by = chorus.ByPublished
	}
	u := &chorus.StoryUpdate{Since: since.UTC(), By: by, Status: chorus.UpdateNothing, Summary: []chorus.Sentence{}, Sources: []chorus.Source{}, Query: query}
	var read, added []chorus.ArticleRecord
	for _, a := range arts {
		if a.DatedBy(by).After(since) {
			added = append(added, a)
		} else {
			read = append(read, a)
		}
	}
	u.Articles, u.Read = len(added), len(read)
	if len(added) == 0 {
		return u
	}
	opts := chorus.Options{Words: s.opts.SummaryWords, Query: query}
	var sum chorus.Summary
	var err error
	if len(read) == 0 {
		u.Status = chorus.UpdateWhole
		sum, err = s.summarizeFor(inputs(added), query)
	} else {
		u.Status = chorus.UpdateNew
		sum, err = safeUpdate(inputs(read), inputs(added), opts)
	}
	if err != nil && chorus.ErrorCode(err) != chorus.EINVALID {
		s.opts.Logger.Error("since view", "since", u.Since, "by", by, "err", err)
	}
	if err != nil {
		// No usable text, or nothing the read articles did not say: the
		// view shows no sentence (a whole summary keeps its status).
		if u.Status == chorus.UpdateNew {
			u.Status = chorus.UpdateNothing
		}
		return u
	}
	u.Summary = append(u.Summary, sum.Sentences...)
	u.Sources = append(u.Sources, sum.Sources...)
	u.Words = sum.Words
	u.NumberAs(story)
	u.OrderByPublished()
	return u
}

// storyFocus summarizes a story's articles (all of them, with their text)
// for a query, with Options.Summarize as the stored summaries, its
// citations numbered as the story summary's, whose sources are story.
// Articles with no usable text give an empty summary.
func (s *Service) storyFocus(arts []chorus.ArticleRecord, query string, story []chorus.Source) *chorus.StoryFocus {
	f := &chorus.StoryFocus{Query: query, Summary: []chorus.Sentence{}, Sources: []chorus.Source{}}
	sum, err := s.summarizeFor(inputs(arts), query)
	if err != nil {
		if chorus.ErrorCode(err) != chorus.EINVALID {
			s.opts.Logger.Error("query-focused summary", "err", err)
		}
		return f
	}
	f.Summary = append(f.Summary, sum.Sentences...)
	f.Sources = append(f.Sources, sum.Sources...)
	f.Words = sum.Words
	f.NumberAs(story)
	return f
}

// summarizeFor is summarize focused on a query ("" for the generic
// summary), turning a panic into an error.
func (s *Service) summarizeFor(arts []chorus.Article, query string) (sum chorus.Summary, err error) {
	if query == "" {
		return s.summarize(arts)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot summarize: panic: %v", r)
		}
	}()
	return s.opts.Summarize(arts, chorus.Options{Words: s.opts.SummaryWords, Query: query})
}

// inputs returns the articles to summarize, earliest reported first
// (chorus.StoredArticle.Reported: the publication time, else the time the
// service received the article), ties in ingestion order. The summarizer
// reads its input earliest source first by publication time only when
// every article has one, and in input order otherwise; so one undated
// article no longer turns a story's reading order (and citation numbers)
// into its ingestion order.
func inputs(arts []chorus.ArticleRecord) []chorus.Article {
	sorted := slices.Clone(arts)
	slices.SortStableFunc(sorted, func(a, b chorus.ArticleRecord) int {
		ta, _ := a.Reported()
		tb, _ := b.Reported()
		return ta.Compare(tb)
	})
	in := make([]chorus.Article, len(sorted))
	for i, a := range sorted {
		in[i] = a.Article
		in[i].ID = a.ID
	}
	return in
}

// safeUpdate calls summarize.Update, turning a panic into an error.
func safeUpdate(read, added []chorus.Article, opts chorus.Options) (sum chorus.Summary, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot summarize the update: panic: %v", r)
		}
	}()
	return summarize.Update(read, added, opts)
}
