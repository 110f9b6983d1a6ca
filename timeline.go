package chorus

import (
	"slices"
	"time"
)

// This file holds the dates of a story: when each of its sources reported
// (its timeline) and what the articles after a time add (the "since T"
// view). A time is never passed off as something it is not: an article
// whose publication time is unknown is dated by when the service received
// it, and says so.

// Time bases: what an article's date in a timeline or a "since T" view is.
const (
	// ByPublished dates an article by its publication time, or by the time
	// the service received it when the publication time is unknown (the
	// TimelineEntry then says BasisReceived).
	ByPublished = "published"
	// ByReceived dates every article by when the service first stored it.
	ByReceived = "received"
)

// Reported returns the time an article is dated by on a story's timeline
// and the basis of that time: its publication time and ByPublished when
// known, else its ingestion time and ByReceived.
func (a StoredArticle) Reported() (time.Time, string) {
	if !a.Published.IsZero() {
		return a.Published, ByPublished
	}
	return a.Ingested, ByReceived
}

// DatedBy returns the time of a by the basis by (ByPublished, the default
// when empty, or ByReceived): the time that decides whether a is before or
// after the T of a "since T" view.
func (a StoredArticle) DatedBy(by string) time.Time {
	if by == ByReceived {
		return a.Ingested
	}
	t, _ := a.Reported()
	return t
}

// TimelineEntry is one article on a story's timeline.
type TimelineEntry struct {
	// Article is the article's ID.
	Article string `json:"article"`
	// Time is when the article was published, or, when that is unknown,
	// when the service received it (Basis says which).
	Time time.Time `json:"time"`
	// Basis is ByPublished or ByReceived: what Time is.
	Basis string `json:"basis"`
	// Title, Source and URL are the article's.
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
	// DuplicateOf is set when the article copies another.
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// Timeline returns the articles as a timeline: earliest first by their
// Reported time, articles with the same time in the order given. The
// result is never nil.
func Timeline(arts []StoredArticle) []TimelineEntry {
	out := make([]TimelineEntry, len(arts))
	for i, a := range arts {
		t, basis := a.Reported()
		out[i] = TimelineEntry{Article: a.ID, Time: t.UTC(), Basis: basis, Title: a.Title, Source: a.Source, URL: a.URL, DuplicateOf: a.DuplicateOf}
	}
	slices.SortStableFunc(out, func(x, y TimelineEntry) int { return x.Time.Compare(y.Time) })
	return out
}

// Statuses of a StoryUpdate.
const (
	// UpdateWhole: no article is dated at or before Since, so the reader
	// has read nothing and the summary is the whole story's.
	UpdateWhole = "whole"
	// UpdateNew: the summary tells what the articles after Since add to
	// the ones before (an update summary).
	UpdateNew = "update"
	// UpdateNothing: no article is dated after Since, or the ones that are
	// only repeat what the earlier ones said; the summary is empty.
	UpdateNothing = "nothing_new"
)

// StoryUpdate is the "since T" view of a story: a summary of only what its
// articles dated after Since add to those dated at or before it (the
// already-read set), as `chorus summarize --after` writes.
type StoryUpdate struct {
	// Since is the time asked for, in UTC.
	Since time.Time `json:"since"`
	// By is the time basis the articles were dated by: ByPublished or
	// ByReceived.
	By string `json:"by"`
	// Status is UpdateWhole, UpdateNew or UpdateNothing.
	Status string `json:"status"`
	// Articles counts the articles dated after Since; Read those at or
	// before it.
	Articles int `json:"articles"`
	Read     int `json:"read"`
	// Summary holds the update's sentences in the order they were
	// reported (OrderByPublished): earliest publication first, the
	// sentences of articles whose publication time is unknown last. Their
	// Sources refer to Sources' IDs, which are the story summary's
	// citation numbers (NumberAs). Empty, never nil.
	Summary []Sentence `json:"summary"`
	// Sources lists the articles the update cites, by number. Empty, never
	// nil.
	Sources []Source `json:"sources"`
	// Words counts the words of Summary.
	Words int `json:"words"`
	// Undated counts the last sentences of Summary, those none of whose
	// sources has a publication time.
	Undated int `json:"undated"`
	// Query is the query the update is focused on
	// (StoryDetailQuery.Query); empty for the generic update.
	Query string `json:"query,omitempty"`
}

// StoryFocus is a story summarized for a query (StoryDetailQuery.Query):
// the query-focused summary of all its articles, as `chorus summarize
// --query` writes it, computed on request.
type StoryFocus struct {
	// Query is the query asked, trimmed.
	Query string `json:"query"`
	// Summary holds the focused summary's sentences; their Sources are the
	// story summary's citation numbers (NumberAs). Empty, never nil; empty
	// also when the articles have no usable text.
	Summary []Sentence `json:"summary"`
	// Sources lists the articles the focused summary cites, by number.
	// Empty, never nil.
	Sources []Source `json:"sources"`
	// Words counts the words of Summary.
	Words int `json:"words"`
}

// NumberAs gives the focused summary the citation numbers of a story's
// summary, whose sources are story, as StoryUpdate.NumberAs does.
func (f *StoryFocus) NumberAs(story []Source) { f.Sources = numberAs(f.Summary, f.Sources, story) }

// NumberAs gives the update the citation numbers of a story's summary,
// whose sources are story (see numberAs), so that one number means one
// article on a page or in an answer that shows both.
func (u *StoryUpdate) NumberAs(story []Source) { u.Sources = numberAs(u.Summary, u.Sources, story) }

// numberAs renumbers the citations of sentences, which refer to sources,
// with the numbers of a story's summary, whose sources are story: a cited
// article keeps the number it has there, and an article the story's
// summary does not cite gets the next number after the story's, in the
// order the sentences first cite it. Each sentence's Sources end up in
// ascending order; a number without a source is dropped. It returns the
// sources the sentences cite, by number.
func numberAs(sentences []Sentence, sources, story []Source) []Source {
	byArticle := make(map[string]int, len(story))
	next := 1
	for _, s := range story {
		if _, ok := byArticle[s.Article]; !ok {
			byArticle[s.Article] = s.ID
		}
		next = max(next, s.ID+1)
	}
	own := make(map[int]Source, len(sources))
	for _, s := range sources {
		own[s.ID] = s
	}
	renumbered := make(map[int]int, len(sources))
	var cited []Source
	for i := range sentences {
		ids := make([]int, 0, len(sentences[i].Sources))
		for _, old := range sentences[i].Sources {
			src, ok := own[old]
			if !ok {
				continue // a number without a source cites nothing
			}
			n, done := renumbered[old]
			if !done {
				if n, ok = byArticle[src.Article]; !ok {
					n = next
					next++
				}
				renumbered[old] = n
				src.ID = n
				cited = append(cited, src)
			}
			ids = append(ids, n)
		}
		slices.Sort(ids)
		sentences[i].Sources = slices.Compact(ids)
	}
	slices.SortFunc(cited, func(a, b Source) int { return a.ID - b.ID })
	return append([]Source{}, cited...)
}

// OrderByPublished puts the update's sentences in the order they were
// reported: by the earliest publication time among each sentence's
// sources, ties in the summarizer's order. A sentence none of whose sources
// has a publication time comes after every dated one (Undated counts them),
// as a time of reception says nothing about when a report was published.
// Call it after NumberAs or before, on sentences and sources that agree.
func (u *StoryUpdate) OrderByPublished() {
	published := make(map[int]time.Time, len(u.Sources))
	for _, s := range u.Sources {
		published[s.ID] = s.Published
	}
	first := func(s Sentence) time.Time {
		var t time.Time
		for _, id := range s.Sources {
			if p := published[id]; !p.IsZero() && (t.IsZero() || p.Before(t)) {
				t = p
			}
		}
		return t
	}
	slices.SortStableFunc(u.Summary, func(a, b Sentence) int {
		ta, tb := first(a), first(b)
		switch {
		case ta.IsZero() && tb.IsZero():
			return 0
		case ta.IsZero():
			return 1
		case tb.IsZero():
			return -1
		}
		return ta.Compare(tb)
	})
	u.Undated = 0
	for _, s := range u.Summary {
		if first(s).IsZero() {
			u.Undated++
		}
	}
}
