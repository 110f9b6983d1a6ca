package http

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// storyList is the JSON answer of GET /api/stories.
type storyList struct {
	chorus.StoryPage
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

func (s *Server) handleListStories(w http.ResponseWriter, r *http.Request) {
	q, err := parseStoryQuery(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	page, err := s.svc.Stories(r.Context(), q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if page.Stories == nil {
		page.Stories = []chorus.Story{}
	}
	writeJSON(w, http.StatusOK, storyList{StoryPage: page, Limit: q.Limit, Offset: q.Offset})
}

// parseStoryQuery reads q, limit and offset.
func parseStoryQuery(r *http.Request) (chorus.StoryQuery, error) {
	v := r.URL.Query()
	q := chorus.StoryQuery{Text: strings.TrimSpace(v.Get("q"))}
	var err error
	q.Limit, q.Offset, err = parsePage(v, chorus.DefaultStoryPage, chorus.MaxStoryPage)
	return q, err
}

// parsePage reads the limit (def when absent, 1 to max) and offset (0 or
// more) of a paged answer.
func parsePage(v url.Values, def, max int) (limit, offset int, err error) {
	limit = def
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > max {
			return def, 0, chorus.Errorf(chorus.EINVALID, "limit must be an integer from 1 to %d", max)
		}
		limit = n
	}
	if s := v.Get("offset"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return limit, 0, chorus.Errorf(chorus.EINVALID, "offset must be a non-negative integer")
		}
		offset = n
	}
	return limit, offset, nil
}

func (s *Server) handleGetStory(w http.ResponseWriter, r *http.Request) {
	id, err := parseStoryID(r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	q, err := parseDetailQuery(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	d, err := s.svc.Story(r.Context(), id, q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, storyJSON(d))
}

// parseDetailQuery reads since and by (the "since T" view), query (the
// query-focused summary), and limit and offset of the story's article
// list. A since that is present must hold a time: ?since= alone is
// refused, as is a by without a since; so is a query that is present but
// blank, longer than chorus.MaxQueryBytes or not text (chorus.CheckQuery).
func parseDetailQuery(r *http.Request) (chorus.StoryDetailQuery, error) {
	v := r.URL.Query()
	query := strings.TrimSpace(v.Get("query"))
	if v.Has("query") && query == "" {
		return chorus.StoryDetailQuery{}, chorus.Errorf(chorus.EINVALID, "query is empty: give a topic or a question, or leave query out")
	}
	if err := chorus.CheckQuery(query); err != nil {
		return chorus.StoryDetailQuery{}, err
	}
	if v.Has("since") && strings.TrimSpace(v.Get("since")) == "" {
		return chorus.StoryDetailQuery{}, chorus.Errorf(chorus.EINVALID, "since is empty: give a time such as 2026-01-02T15:04:05Z, or leave since out")
	}
	since, err := ParseSince(strings.TrimSpace(v.Get("since")))
	if err != nil {
		return chorus.StoryDetailQuery{}, err
	}
	q := chorus.StoryDetailQuery{Since: since, By: v.Get("by"), Query: query}
	switch {
	case q.By != "" && q.Since.IsZero():
		return q, chorus.Errorf(chorus.EINVALID, "by needs a since")
	case q.By != "" && q.By != chorus.ByPublished && q.By != chorus.ByReceived:
		return q, chorus.Errorf(chorus.EINVALID, "by must be %q or %q, not %q", chorus.ByPublished, chorus.ByReceived, chorus.Clip(q.By, 32))
	}
	q.Limit, q.Offset, err = parsePage(v, chorus.DefaultArticlePage, chorus.MaxArticlePage)
	return q, err
}

// storyJSON fills d's nil lists with empty ones so the JSON answer of
// GET /api/stories/{id} always has arrays, never null.
func storyJSON(d *chorus.StoryDetail) *chorus.StoryDetail {
	if d.Summary == nil {
		d.Summary = []chorus.StorySentence{}
	}
	if d.Sources == nil {
		d.Sources = []chorus.Source{}
	}
	if d.Articles == nil {
		d.Articles = []chorus.StoredArticle{}
	}
	if d.New == nil {
		d.New = []chorus.StorySentence{}
	}
	if d.Voices == nil {
		d.Voices = []chorus.Voice{}
	}
	if d.Disputes == nil {
		d.Disputes = []chorus.Dispute{}
	}
	if d.Timeline == nil {
		d.Timeline = []chorus.TimelineEntry{}
	}
	if u := d.Update; u != nil && u.Summary == nil {
		u.Summary = []chorus.Sentence{}
	}
	if u := d.Update; u != nil && u.Sources == nil {
		u.Sources = []chorus.Source{}
	}
	if f := d.Focus; f != nil && f.Summary == nil {
		f.Summary = []chorus.Sentence{}
	}
	if f := d.Focus; f != nil && f.Sources == nil {
		f.Sources = []chorus.Source{}
	}
	return d
}

func (s *Server) handleGetArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.svc.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, err := s.svc.Stories(ctx, chorus.StoryQuery{Limit: 1}); err != nil {
		s.opts.Logger.WarnContext(r.Context(), "health check failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// parseStoryID parses a story ID from a path segment.
func parseStoryID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, chorus.Errorf(chorus.EINVALID, "story id must be a positive integer, not %q", chorus.Clip(s, 64))
	}
	return id, nil
}

// sinceLayouts are the accepted forms of ?since=: RFC 3339 for the API and
// the forms an HTML date-time input sends.
var sinceLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"}

// ParseSince parses the time of a "since T" view (?since= of the API and
// the story page, chorus stories show --since): RFC 3339, or an HTML
// date-time value or a date, which are UTC. The empty string means the zero
// time (no since); the zero time itself (0001-01-01) is refused, as it
// would read as no since at all. The result is in UTC.
func ParseSince(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range sinceLayouts {
		if t, err := time.Parse(l, s); err == nil && !t.IsZero() {
			return t.UTC(), nil
		}
	}
	return time.Time{}, chorus.Errorf(chorus.EINVALID, "since must be an RFC 3339 time such as 2026-01-02T15:04:05Z, not %q", chorus.Clip(s, 64))
}
