package http

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/input"
)

// handlePostArticles ingests one article, an array of articles, or an
// object {"articles": [...]}.
func (s *Server) handlePostArticles(w http.ResponseWriter, r *http.Request) {
	writer, err := s.writer(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	articles, err := s.decodeArticles(w, r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := s.fetchPages(r.Context(), articles); err != nil {
		s.writeError(w, r, err)
		return
	}
	for i := range articles {
		text, err := input.ArticleText(articles[i].Text)
		if err != nil {
			s.writeError(w, r, chorus.Errorf(chorus.EINVALID, "article %d: cannot read its text: %s", i+1, chorus.ErrorMessage(err)))
			return
		}
		articles[i].Text = text
		if err := chorus.CheckArticle(articles[i]); err != nil {
			s.writeError(w, r, chorus.Errorf(chorus.ErrorCode(err), "article %d: %s", i+1, chorus.ErrorMessage(err)))
			return
		}
	}
	results, err := s.svc.Ingest(chorus.WithWriter(r.Context(), writer), articles)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	status := http.StatusOK
	for _, res := range results {
		s.metrics.ingested.WithLabelValues(res.Status).Inc()
		if res.Status == chorus.IngestCreated {
			status = http.StatusCreated
		}
	}
	if results == nil {
		results = []chorus.IngestResult{}
	}
	writeJSON(w, status, results)
}

// fetchPages fills in the articles posted with a url and no text from
// their pages, through Options.FetchPage: the fields the client gave win
// over the page's. Without FetchPage, or beyond MaxFetchesPerRequest, such
// an article is refused.
func (s *Server) fetchPages(ctx context.Context, articles []chorus.Article) error {
	byURL := func(a *chorus.Article) bool { return strings.TrimSpace(a.Text) == "" && strings.TrimSpace(a.URL) != "" }
	n := 0
	for i := range articles {
		if !byURL(&articles[i]) {
			continue
		}
		if s.opts.FetchPage == nil {
			return chorus.Errorf(chorus.EINVALID, "article %d: no text (this server does not fetch pages by url)", i+1)
		}
		if n++; n > MaxFetchesPerRequest {
			return chorus.Errorf(chorus.ETOOLARGE, "more than %d articles to fetch by url in one request", MaxFetchesPerRequest)
		}
	}
	for i := range articles {
		a := &articles[i]
		if !byURL(a) {
			continue
		}
		page, err := s.opts.FetchPage(ctx, a.URL)
		if err != nil {
			return chorus.Errorf(chorus.EINVALID, "article %d: cannot fetch %s: %s", i+1, a.URL, fetchProblem(err))
		}
		a.Text = page.Text
		if a.Title == "" {
			a.Title = page.Title
		}
		if a.Source == "" {
			a.Source = page.Source
		}
		if a.Published.IsZero() {
			a.Published = page.Published
		}
	}
	return nil
}

// fetchProblem is the last part of a fetch error: the reason without the
// URL the message names already.
func fetchProblem(err error) string {
	msg := chorus.ErrorMessage(err)
	if msg == "internal error" {
		msg = err.Error()
	}
	if i := strings.LastIndex(msg, ": "); i >= 0 && strings.HasPrefix(msg, "cannot ") {
		msg = msg[i+2:]
	}
	return msg
}

// decodeArticles reads the body of POST /api/articles strictly. Invalid
// UTF-8 in the body is read as chorus.ValidUTF8 says, before decoding, as
// in a file given to chorus ingest (encoding/json would turn it into
// U+FFFD).
func (s *Server) decodeArticles(w http.ResponseWriter, r *http.Request) ([]chorus.Article, error) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return nil, errUnsupportedMedia
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, chorus.Errorf(chorus.ETOOLARGE, "request body exceeds %d bytes", s.opts.MaxBodyBytes)
		}
		return nil, chorus.Errorf(chorus.EINVALID, "cannot read request body: %v", err)
	}
	body = bytes.TrimSpace(body)
	if !utf8.Valid(body) {
		body = []byte(chorus.ValidUTF8(string(body)))
	}
	if len(body) == 0 {
		return nil, chorus.Errorf(chorus.EINVALID, "empty request body")
	}
	var articles []chorus.Article
	switch body[0] {
	case '[':
		err = decodeStrict(body, &articles)
	case '{':
		var probe map[string]json.RawMessage
		if err = json.Unmarshal(body, &probe); err != nil {
			break
		}
		if _, ok := probe["articles"]; ok {
			var wrap struct {
				Articles []chorus.Article `json:"articles"`
			}
			err = decodeStrict(body, &wrap)
			articles = wrap.Articles
		} else {
			var a chorus.Article
			err = decodeStrict(body, &a)
			articles = []chorus.Article{a}
		}
	default:
		return nil, chorus.Errorf(chorus.EINVALID, "malformed JSON: expected an article, an array or {\"articles\": [...]}")
	}
	if err != nil {
		return nil, chorus.Errorf(chorus.EINVALID, "malformed JSON: %v", err)
	}
	if len(articles) == 0 {
		return nil, chorus.ErrNoArticles
	}
	return articles, nil
}

// errUnsupportedMedia is answered with 415.
var errUnsupportedMedia = errors.New("unsupported media type")

// decodeStrict decodes exactly one JSON value, rejecting unknown fields and
// trailing data.
func decodeStrict(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("unexpected data after the JSON value")
	}
	return nil
}
