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
	// Summary holds the update's sentences; their Sources refer to
	// Sources' IDs, which number only the update's own sources (not the
	// story summary's). Empty, never nil.
	Summary []Sentence `json:"summary"`
	// Sources lists the articles the update cites. Empty, never nil.
	Sources []Source `json:"sources"`
	// Words counts the words of Summary.
	Words int `json:"words"`
}
