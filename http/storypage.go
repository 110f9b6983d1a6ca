package http

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/render"
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
	// Update is the since view (?since=): what the articles dated after
	// SinceTime add; nil without ?since=. By is its time basis.
	Update *updateView
	By     string
	// Focus is the story summarized for ?query=; nil without it.
	Focus *focusView
	// Timeline lists the listed articles earliest first; Span is its range.
	Timeline []timelineView
	Span     span
	// LastVisitURL opens, later, the since view of what Chorus received
	// after the last article listed now; LastVisit is that time. Empty
	// when no article is listed.
	LastVisitURL string
	LastVisit    time.Time
	// First and Last number the listed articles (1-based) among Total;
	// PrevURL and NextURL link the neighbouring pages, empty at the ends.
	First, Last, Total int
	PrevURL, NextURL   string
}

// sentenceView is a summary sentence with its citations resolved.
// Undated marks a since view's sentence that no source with a publication
// time carries.
type sentenceView struct {
	Text         string
	Cites        []citeView
	New, Undated bool
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

// citeView is one citation mark [N] linking to source N on the page: the
// element whose id is Anchor.
type citeView struct {
	N      int
	Title  string
	Anchor string
}

// cite returns the citation mark of the story summary's source n.
func cite(n int, title string) citeView {
	return citeView{N: n, Title: title, Anchor: "source-" + strconv.Itoa(n)}
}

// sourceView is one numbered source of a story. Received is when Chorus
// got the article, set when its publication time is unknown and the
// article is listed on the page.
type sourceView struct {
	chorus.Source
	CopyOf   *articleRef
	Received time.Time
}

// articleView is one article of a story, duplicates resolved to the
// original's title. At is its publication time, or, when Basis is
// chorus.ByReceived, the time Chorus received it.
type articleView struct {
	chorus.StoredArticle
	CopyOf *articleRef
	At     time.Time
	Basis  string
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
	p.By = q.By
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
	received := make(map[string]time.Time, len(d.Articles))
	for _, a := range d.Articles {
		received[a.ID] = a.Ingested
	}
	titles := make(map[int]string, len(d.Sources))
	for _, src := range d.Sources {
		titles[src.ID] = orText(src.Title, src.Article)
		sv := sourceView{Source: src, CopyOf: copyOf(src.Article)}
		if t := render.TitleWithoutPublisher(src.Title, src.Source); src.Source != "" && t != "" {
			sv.Title = t // the publisher is shown beside it
		}
		if src.Published.IsZero() {
			sv.Received = received[src.Article]
		}
		p.Sources = append(p.Sources, sv)
	}
	for _, a := range d.Articles {
		at, basis := a.Reported()
		p.Articles = append(p.Articles, articleView{StoredArticle: a, CopyOf: copyOf(a.ID), At: at, Basis: basis})
	}
	path := "/stories/" + strconv.FormatInt(d.ID, 10)
	p.Timeline, p.Span = buildTimeline(path, d.Timeline)
	if p.LastVisit = lastReceived(d.Articles); !p.LastVisit.IsZero() {
		p.LastVisitURL = sinceURL(path, p.LastVisit, chorus.ByReceived)
	}
	p.Update = buildUpdate(d.Update, received)
	p.Focus = buildFocus(d.Focus, received)

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
			v.Cites = append(v.Cites, cite(n, titles[n]))
		}
		return v
	}
	for _, v := range d.Voices {
		vv := voiceView{Name: v.Name, Role: v.Role}
		for _, st := range v.Statements {
			sv := statementView{Text: st.Text, Quote: st.Quote}
			for _, n := range st.Sources {
				sv.Cites = append(sv.Cites, cite(n, titles[n]))
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
				cv.Cites = append(cv.Cites, cite(n, titles[n]))
			}
			dv.Claims = append(dv.Claims, cv)
		}
		p.Disputes = append(p.Disputes, dv)
	}
	if p.SinceChosen {
		// The since view (Update) tells what is new; the summary's own
		// change times, on Chorus's clock, are not mixed in.
		for _, st := range d.Summary {
			p.Summary = append(p.Summary, view(st, false))
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
