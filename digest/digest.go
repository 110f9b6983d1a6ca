// Package digest turns a pile of articles — a feed's items, fetched pages,
// files — into one summary per story, with no store and no server: the
// aggregator of the story service in one pass. It sits after the way in
// (articles) and runs the story grouper (package story) and the
// summarizer (package summarize) on each story.
package digest

import (
	"sort"
	"strconv"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/story"
	"github.com/chorusnews/chorus/summarize"
)

// Options configures Build. The zero value groups with the story
// defaults, summarizes at the adaptive default length and keeps every
// story.
type Options struct {
	// Summary is the length of each story's summary.
	Summary chorus.Options
	// Cluster tunes the story grouper.
	Cluster story.Options
	// MinArticles drops stories with fewer articles; zero keeps all.
	MinArticles int
	// Summarizer summarizes; nil means the default summarizer.
	Summarizer *summarize.Summarizer
}

// Story is one story of a digest.
type Story struct {
	// Title is the headline of the story's earliest dated article (else
	// its first article).
	Title string
	// Articles are the story's articles in input order.
	Articles []chorus.Article
	// First and Last span the known publication times; zero when none is
	// known.
	First, Last time.Time
	// Summary is the story's summary; Err why there is none (a story of
	// captions, say).
	Summary chorus.Summary
	Err     error
}

// Sources counts the story's distinct publishers (articles without one
// count apart).
func (s Story) Sources() int {
	seen := map[string]bool{}
	n := 0
	for i, a := range s.Articles {
		key := a.Source
		if key == "" {
			key = "\x00" + strconv.Itoa(i)
		}
		if !seen[key] {
			seen[key] = true
			n++
		}
	}
	return n
}

// Build groups articles into stories, in input order, and summarizes each.
// Stories come out with the most publishers first, then the most recent,
// then in order of their first article. The result depends only on the
// input and opts.
func Build(articles []chorus.Article, opts Options) []Story {
	docs := make([]story.Doc, len(articles))
	for i, a := range articles {
		docs[i] = story.Doc{Title: a.Title, Text: a.Text, Time: a.Published}
	}
	sum := opts.Summarizer
	if sum == nil {
		sum = &summarize.Summarizer{}
	}
	var out []Story
	for _, g := range story.Group(docs, opts.Cluster) {
		if len(g) < opts.MinArticles {
			continue
		}
		s := Story{}
		for _, i := range g {
			a := articles[i]
			s.Articles = append(s.Articles, a)
			if t := a.Published; !t.IsZero() {
				if s.First.IsZero() || t.Before(s.First) {
					s.First, s.Title = t, a.Title
				}
				if t.After(s.Last) {
					s.Last = t
				}
			}
		}
		if s.Title == "" {
			s.Title = s.Articles[0].Title
		}
		s.Summary, s.Err = sum.Summarize(s.Articles, opts.Summary)
		out = append(out, s)
	}
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := &out[order[x]], &out[order[y]]
		if na, nb := a.Sources(), b.Sources(); na != nb {
			return na > nb
		}
		if !a.Last.Equal(b.Last) {
			return a.Last.After(b.Last)
		}
		return order[x] < order[y]
	})
	sorted := make([]Story, len(out))
	for i, k := range order {
		sorted[i] = out[k]
	}
	return sorted
}
