package http

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pages holds one parsed template set per page, each with the shared layout.
type pages struct {
	byName map[string]*template.Template
}

var pageFuncs = template.FuncMap{
	"storyURL":   func(id int64) string { return "/stories/" + strconv.FormatInt(id, 10) },
	"articleURL": func(id string) string { return "/articles/" + url.PathEscape(id) },
	"datetime":   func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	"when": func(t time.Time) string {
		if t.IsZero() {
			return "unknown time"
		}
		return t.UTC().Format("2 Jan 2006, 15:04 UTC")
	},
	"day":       func(t time.Time) string { return t.UTC().Format("2 Jan 2006") },
	"inputTime": func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04") },
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	},
}

// mustParsePages parses the embedded templates; they are tested, so a
// failure is a programming error.
func mustParsePages() *pages {
	p := &pages{byName: map[string]*template.Template{}}
	for _, name := range []string{"list", "story", "article", "error"} {
		t := template.Must(template.New(name).Funcs(pageFuncs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html"))
		p.byName[name] = t
	}
	return p
}

// render executes a page into a buffer first so that a template failure
// never leaves a half-written page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages.byName[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.opts.Logger.ErrorContext(r.Context(), "cannot render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// errorPage is the data of the error page.
type errorPage struct {
	Title, Query, Message string
	Status                int
}

// renderError shows an error page.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", errorPage{Title: http.StatusText(status), Message: msg, Status: status})
}

// renderServiceError shows the error page for a service error.
func (s *Server) renderServiceError(w http.ResponseWriter, r *http.Request, err error) {
	code := chorus.ErrorCode(err)
	msg := chorus.ErrorMessage(err)
	if code == chorus.EINTERNAL {
		s.opts.Logger.ErrorContext(r.Context(), "page failed", "path", r.URL.Path, "err", err)
		msg = "Something went wrong on our side."
	}
	s.renderError(w, r, ErrorStatus(code), msg)
}

// listPage is the data of the story list.
type listPage struct {
	Title, Query     string
	Stories          []chorus.Story
	Total            int
	First, Last      int
	PrevURL, NextURL string
}

func (s *Server) handleHomePage(w http.ResponseWriter, r *http.Request) {
	q, err := parseStoryQuery(r)
	if err != nil {
		s.renderServiceError(w, r, err)
		return
	}
	page, err := s.svc.Stories(r.Context(), q)
	if err != nil {
		s.renderServiceError(w, r, err)
		return
	}
	d := listPage{Title: "Stories", Query: q.Text, Stories: page.Stories, Total: page.Total}
	if q.Text != "" {
		d.Title = "Stories matching “" + q.Text + "”"
	}
	if len(page.Stories) > 0 {
		d.First, d.Last = q.Offset+1, q.Offset+len(page.Stories)
	}
	if q.Offset > 0 {
		d.PrevURL = listURL(q.Text, max(0, q.Offset-q.Limit), q.Limit)
	}
	if q.Offset+len(page.Stories) < page.Total {
		d.NextURL = listURL(q.Text, q.Offset+q.Limit, q.Limit)
	}
	s.render(w, r, http.StatusOK, "list", d)
}

// listURL builds the address of a story list page.
func listURL(text string, offset, limit int) string {
	v := url.Values{}
	if text != "" {
		v.Set("q", text)
	}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	if limit != chorus.DefaultStoryPage {
		v.Set("limit", strconv.Itoa(limit))
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	sub, _ := fs.Sub(staticFS, "static")
	name := r.PathValue("file")
	if _, err := fs.Stat(sub, name); err != nil {
		s.renderError(w, r, http.StatusNotFound, "no such file")
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeFileFS(w, r, sub, name)
}

// paragraphs splits a plain text into paragraphs at blank lines.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
