package http

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/chorusnews/chorus"
)

// storyPage is the data of the page for one story.
type storyPage struct {
	Title, Query string
	Story        *chorus.StoryDetail
	Summary      []sentenceView
	Voices       []voiceView
	Disputes     []disputeView
	Sources      []sourceView
	Articles     []articleView
	// New holds the sentences added since SinceTime; SinceChosen says
	// whether the reader picked the time with ?since=.
	New         []sentenceView
	SinceTime   time.Time
	SinceChosen bool
	// FirstSummary is set when the summary has changed only once, so
	// everything is new.
	FirstSummary bool
	// First and Last number the listed articles (1-based) among Total;
	// PrevURL and NextURL link the neighbouring pages, empty at the ends.
	First, Last, Total int
	PrevURL, NextURL   string
}

// sentenceView is a summary sentence with its citations resolved.
type sentenceView struct {
	Text  string
	Cites []citeView
	New   bool
}

// voiceView is one speaker of the summary with cited statements.
type voiceView struct {
	Name, Role string
	Statements []statementView
}

// statementView is one statement of a speaker with its citations.
type statementView struct {
	Text  string
	Quote bool
	Cites []citeView
}

// disputeView is one point of dispute with its cited claims.
type disputeView struct {
	Topic  string
	Claims []claimView
}

// claimView is one claim of a dispute with its citations.
type claimView struct {
	Text, Speaker string
	Time          time.Time // earliest publication among its sources; zero when unknown
	Cites         []citeView
}

// claimTime returns the earliest publication time of a claim's sources.
func claimTime(c chorus.Claim, sources []chorus.Source) time.Time {
	var first time.Time
	for _, id := range c.Sources {
		for _, s := range sources {
			if s.ID == id && !s.Published.IsZero() && (first.IsZero() || s.Published.Before(first)) {
				first = s.Published
			}
		}
	}
	return first
}

// citeView is one citation mark [N] linking to source N on the page.
type citeView struct {
	N     int
	Title string
}

// sourceView is one numbered source of a story.
type sourceView struct {
	chorus.Source
	CopyOf *articleRef
}

// articleView is one article of a story, duplicates resolved to the
// original's title.
type articleView struct {
	chorus.StoredArticle
	CopyOf *articleRef
}

// articleRef names an article for a link.
type articleRef struct {
	ID, Title string
}

func (s *Server) handleStoryPage(w http.ResponseWriter, r *http.Request) {
	id, err := parseStoryID(r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, http.StatusNotFound, "There is no such story.")
		return
	}
	q, err := parseDetailQuery(r)
	if err != nil {
		s.renderServiceError(w, r, err)
		return
	}
	d, err := s.svc.Story(r.Context(), id, q)
	if err != nil {
		s.renderServiceError(w, r, err)
		return
	}
	p := buildStoryPage(d, q.Since)
	p.pager(r.URL, d, q)
	s.render(w, r, http.StatusOK, "story", p)
}

// pager numbers the listed articles and links the neighbouring pages,
// keeping the other parameters of u.
func (p *storyPage) pager(u *url.URL, d *chorus.StoryDetail, q chorus.StoryDetailQuery) {
	p.Total = max(d.ArticleCount, d.ArticleOffset+len(d.Articles))
	if len(d.Articles) > 0 {
		p.First, p.Last = d.ArticleOffset+1, d.ArticleOffset+len(d.Articles)
	}
	link := func(offset int) string {
		v := u.Query()
		if offset == 0 {
			v.Del("offset")
		} else {
			v.Set("offset", strconv.Itoa(offset))
		}
		return (&url.URL{Path: u.Path, RawQuery: v.Encode()}).String()
	}
	if q.Offset > 0 {
		p.PrevURL = link(max(q.Offset-q.Limit, 0))
	}
	if q.Offset+len(d.Articles) < p.Total && len(d.Articles) > 0 {
		p.NextURL = link(q.Offset + q.Limit)
	}
}

// buildStoryPage resolves citations and duplicates for the template. With
// a zero since, "what's new" is what the last summary change added.
func buildStoryPage(d *chorus.StoryDetail, since time.Time) storyPage {
	p := storyPage{Title: d.Title, Story: d, SinceTime: since, SinceChosen: !since.IsZero()}
	// Duplicates are resolved within the listed page of articles: an
	// original on another page is named by its ID.
	refs := make(map[string]articleRef, len(d.Articles))
	dupOf := make(map[string]string, len(d.Articles))
	for _, a := range d.Articles {
		refs[a.ID] = articleRef{ID: a.ID, Title: orText(a.Title, a.ID)}
		if a.DuplicateOf != "" {
			dupOf[a.ID] = a.DuplicateOf
		}
	}
	copyOf := func(id string) *articleRef {
		orig, ok := dupOf[id]
		if !ok {
			return nil
		}
		ref, ok := refs[orig]
		if !ok {
			ref = articleRef{ID: orig, Title: orig}
		}
		return &ref
	}
	titles := make(map[int]string, len(d.Sources))
	for _, src := range d.Sources {
		titles[src.ID] = orText(src.Title, src.Article)
		p.Sources = append(p.Sources, sourceView{Source: src, CopyOf: copyOf(src.Article)})
	}
	for _, a := range d.Articles {
		p.Articles = append(p.Articles, articleView{StoredArticle: a, CopyOf: copyOf(a.ID)})
	}

	var latest, earliest time.Time
	for i, st := range d.Summary {
		if i == 0 || st.Added.After(latest) {
			latest = st.Added
		}
		if i == 0 || st.Added.Before(earliest) {
			earliest = st.Added
		}
	}
	view := func(st chorus.StorySentence, isNew bool) sentenceView {
		v := sentenceView{Text: st.Text, New: isNew}
		for _, n := range st.Sources {
			v.Cites = append(v.Cites, citeView{N: n, Title: titles[n]})
		}
		return v
	}
	for _, v := range d.Voices {
		vv := voiceView{Name: v.Name, Role: v.Role}
		for _, st := range v.Statements {
			sv := statementView{Text: st.Text, Quote: st.Quote}
			for _, n := range st.Sources {
				sv.Cites = append(sv.Cites, citeView{N: n, Title: titles[n]})
			}
			vv.Statements = append(vv.Statements, sv)
		}
		p.Voices = append(p.Voices, vv)
	}
	for _, dis := range d.Disputes {
		dv := disputeView{Topic: dis.Topic}
		for _, c := range dis.Claims {
			cv := claimView{Text: c.Text, Speaker: c.Speaker, Time: claimTime(c, d.Sources)}
			for _, n := range c.Sources {
				cv.Cites = append(cv.Cites, citeView{N: n, Title: titles[n]})
			}
			dv.Claims = append(dv.Claims, cv)
		}
		p.Disputes = append(p.Disputes, dv)
	}
	if p.SinceChosen {
		isNew := make(map[string]bool, len(d.New))
		for _, st := range d.New {
			isNew[st.Text] = true
			p.New = append(p.New, view(st, true))
		}
		for _, st := range d.Summary {
			p.Summary = append(p.Summary, view(st, isNew[st.Text]))
		}
		return p
	}
	p.SinceTime = latest
	p.FirstSummary = latest.Equal(earliest)
	for _, st := range d.Summary {
		isNew := !p.FirstSummary && st.Added.Equal(latest)
		p.Summary = append(p.Summary, view(st, isNew))
		if isNew {
			p.New = append(p.New, view(st, true))
		}
	}
	return p
}

// orText returns s, or alt when s is empty.
func orText(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}

// articlePage is the data of the page for one article.
type articlePage struct {
	Title, Query string
	Article      *chorus.StoredArticle
	Paragraphs   []string
	CopyOf       string
}

func (s *Server) handleArticlePage(w http.ResponseWriter, r *http.Request) {
	a, err := s.svc.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.renderServiceError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "article", articlePage{
		Title:      orText(a.Title, a.ID),
		Article:    a,
		Paragraphs: paragraphs(a.Text),
		CopyOf:     a.DuplicateOf,
	})
}
