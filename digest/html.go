package digest

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// page is the self-contained HTML digest: inline style, no script, no
// external resource.
var page = template.Must(template.New("digest").Funcs(template.FuncMap{
	"cites": cites,
	"date":  func(s Story) string { return dateRange(s) },
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{.Title}}</title>
<style>
body{font:16px/1.5 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin:2rem 0 .2rem}
.meta{color:#666;font-size:.85rem;margin:0 0 .6rem}
sup a{text-decoration:none;font-size:.75rem}
ol{font-size:.9rem;color:#444}
.err{color:#a00}
</style></head><body>
<h1>{{.Title}}</h1>
<p class="meta">{{len .Stories}} stories from {{.Articles}} articles</p>
{{range $i, $s := .Stories}}<section id="story-{{$i}}">
<h2>{{$s.Title}}</h2>
<p class="meta">{{len $s.Articles}} articles, {{$s.Sources}} publishers{{with date $s}} · {{.}}{{end}}</p>
{{if $s.Err}}<p class="err">No summary: {{$s.Err}}</p>{{else}}<p>{{range $s.Summary.Sentences}}{{.Text}}{{cites $i .Sources}} {{end}}</p>
<ol>{{range $s.Summary.Sources}}<li id="s{{$i}}-{{.ID}}">{{if .URL}}<a href="{{.URL}}" rel="noopener noreferrer">{{or .Title .Article}}</a>{{else}}{{or .Title .Article}}{{end}}{{with .Source}} — {{.}}{{end}}</li>
{{end}}</ol>{{end}}
</section>
{{end}}</body></html>
`))

// cites renders a sentence's citations as superscript links to the story's
// source list.
func cites(story int, ids []int) template.HTML {
	var b strings.Builder
	for _, id := range ids {
		fmt.Fprintf(&b, `<sup><a href="#s%d-%d">[%d]</a></sup>`, story, id, id)
	}
	return template.HTML(b.String())
}

// dateRange formats the span of a story's publication times.
func dateRange(s Story) string {
	const day = "2 Jan 2006"
	switch {
	case s.First.IsZero():
		return ""
	case s.First.UTC().Format(day) == s.Last.UTC().Format(day):
		return s.First.UTC().Format(day)
	}
	return s.First.UTC().Format(day) + " – " + s.Last.UTC().Format(day)
}

// WriteHTML writes stories as one self-contained HTML page titled title.
func WriteHTML(w io.Writer, title string, stories []Story) error {
	n := 0
	for _, s := range stories {
		n += len(s.Articles)
	}
	if err := page.Execute(w, struct {
		Title    string
		Stories  []Story
		Articles int
	}{title, stories, n}); err != nil {
		return fmt.Errorf("cannot write digest: %w", err)
	}
	return nil
}

// jsonStory is a story in the JSON digest.
type jsonStory struct {
	Title    string          `json:"title"`
	Articles int             `json:"articles"`
	Sources  int             `json:"sources"`
	First    *time.Time      `json:"first,omitempty"`
	Last     *time.Time      `json:"last,omitempty"`
	Summary  *chorus.Summary `json:"summary,omitempty"`
	Error    string          `json:"error,omitempty"`
}

// WriteJSON writes stories as one JSON object {"stories":[{"title",
// "articles","sources","first","last","summary"}]}, "error" in place of
// "summary" for a story that could not be summarized.
func WriteJSON(w io.Writer, stories []Story) error {
	out := make([]jsonStory, len(stories))
	for i, s := range stories {
		js := jsonStory{Title: s.Title, Articles: len(s.Articles), Sources: s.Sources()}
		if !s.First.IsZero() {
			js.First, js.Last = &stories[i].First, &stories[i].Last
		}
		if s.Err != nil {
			js.Error = chorus.ErrorMessage(s.Err)
		} else {
			js.Summary = &stories[i].Summary
		}
		out[i] = js
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(struct {
		Stories []jsonStory `json:"stories"`
	}{out}); err != nil {
		return fmt.Errorf("cannot write digest: %w", err)
	}
	return nil
}
