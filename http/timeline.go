package http

import (
	"net/url"
	"strconv"
	"time"

	"github.com/chorusnews/chorus"
)

// This file builds the dated parts of the story page: when each source
// reported (a timeline, as a list and a small SVG strip that need no
// JavaScript) and the "since T" view (chorus.StoryUpdate). A time is
// always labelled with what it is: "published", or "received" when the
// publication time is unknown and the time is when Chorus got the article.

// timelineView is one article on the story page's timeline.
type timelineView struct {
	chorus.TimelineEntry
	// SinceURL opens the story page's view of what came after this entry.
	SinceURL string
	// X places the entry on the strip, from stripLeft to stripRight.
	X string
}

// Geometry of the timeline strip, in its viewBox units.
const (
	stripLeft, stripRight = 12.0, 588.0
)

// span is the time range of a story's reports.
type span struct {
	First, Last time.Time
	// Basis is chorus.ByPublished when every listed article has a
	// publication time, chorus.ByReceived when none has, "" when mixed.
	Basis string
}

// buildTimeline turns the story's timeline into views, each linking to the
// page's since view after it, and returns the span of the reports.
func buildTimeline(storyPath string, entries []chorus.TimelineEntry) ([]timelineView, span) {
	var sp span
	if len(entries) == 0 {
		return nil, sp
	}
	sp.First, sp.Last = entries[0].Time, entries[len(entries)-1].Time
	published, received := 0, 0
	for _, e := range entries {
		if e.Basis == chorus.ByReceived {
			received++
		} else {
			published++
		}
	}
	switch {
	case received == 0:
		sp.Basis = chorus.ByPublished
	case published == 0:
		sp.Basis = chorus.ByReceived
	}
	width := sp.Last.Sub(sp.First)
	out := make([]timelineView, len(entries))
	for i, e := range entries {
		x := (stripLeft + stripRight) / 2
		if width > 0 {
			x = stripLeft + (stripRight-stripLeft)*float64(e.Time.Sub(sp.First))/float64(width)
		}
		out[i] = timelineView{TimelineEntry: e, SinceURL: sinceURL(storyPath, e.Time, ""), X: strconv.FormatFloat(x, 'f', 1, 64)}
	}
	return out, sp
}

// sinceURL is the address of the story page's since view after t.
func sinceURL(storyPath string, t time.Time, by string) string {
	v := url.Values{"since": {t.UTC().Format(time.RFC3339)}}
	if by != "" {
		v.Set("by", by)
	}
	return storyPath + "?" + v.Encode()
}

// lastReceived returns the latest time an article of the listed page was
// received, or the zero time for no article. When the page lists the whole
// story, what arrives later is exactly what is dated after it by
// chorus.ByReceived.
func lastReceived(arts []chorus.StoredArticle) time.Time {
	var last time.Time
	for _, a := range arts {
		if a.Ingested.After(last) {
			last = a.Ingested
		}
	}
	return last
}

// updateView is the since view of the story page.
type updateView struct {
	chorus.StoryUpdate
	Sentences []sentenceView
	Sources   []sourceView
}

// buildUpdate resolves the citations of a since view: they carry the
// story's numbers (chorus.StoryUpdate.NumberAs), so [N] is the same article
// in the since view and in the summary, and point at the view's own list of
// the sources it cites (update-source-N), beside it. received holds the
// reception times of the listed articles, shown for sources without a
// publication time.
func buildUpdate(u *chorus.StoryUpdate, received map[string]time.Time) *updateView {
	if u == nil {
		return nil
	}
	v := &updateView{StoryUpdate: *u}
	v.Sources, v.Sentences = citedSentences(u.Sources, u.Summary, received, "update-source-")
	for i := range v.Sentences {
		v.Sentences[i].Undated = i >= len(u.Summary)-u.Undated
	}
	return v
}

// citedSentences builds the views of a summary computed on request (an
// update or a focus): its sources, with the reception time of those without
// a publication time, and its sentences, each citation titled and pointing
// at anchor+N in the view's own source list.
func citedSentences(sources []chorus.Source, summary []chorus.Sentence, received map[string]time.Time, anchor string) ([]sourceView, []sentenceView) {
	titles := make(map[int]string, len(sources))
	var svs []sourceView
	for _, src := range sources {
		titles[src.ID] = orText(src.Title, src.Article)
		sv := sourceView{Source: src}
		if src.Published.IsZero() {
			sv.Received = received[src.Article]
		}
		svs = append(svs, sv)
	}
	var sents []sentenceView
	for _, st := range summary {
		sv := sentenceView{Text: st.Text}
		for _, n := range st.Sources {
			sv.Cites = append(sv.Cites, citeView{N: n, Title: titles[n], Anchor: anchor + strconv.Itoa(n)})
		}
		sents = append(sents, sv)
	}
	return svs, sents
}

// focusView is the story summarized for a query (?query=) on the story
// page.
type focusView struct {
	Query     string
	Sentences []sentenceView
	Sources   []sourceView
}

// buildFocus resolves the citations of a query-focused summary as
// buildUpdate does: the story's numbers, pointing at the focus's own list
// of the sources it cites (focus-source-N).
func buildFocus(f *chorus.StoryFocus, received map[string]time.Time) *focusView {
	if f == nil {
		return nil
	}
	v := &focusView{Query: f.Query}
	v.Sources, v.Sentences = citedSentences(f.Sources, f.Summary, received, "focus-source-")
	return v
}
