package http_test

import (
	"encoding/json"
	"strings"
	"testing"

	chttp "github.com/chorusnews/chorus/http"
)

func TestPages(t *testing.T) {
	tests := []struct {
		name       string
		target     string
		wantStatus int
		want       []string // substrings of the HTML
		notWant    []string
	}{
		{"home", "/", 200, []string{
			`<meta name="viewport"`, `href="/stories/1">Harbor bridge closes</a>`, `href="/stories/2"`,
			"Showing 1–2 of 2 stories", `name="q"`,
		}, []string{`rel="next"`, `rel="prev"`}},
		{"home escapes titles", "/", 200, []string{"Orchard &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; fair opens"}, []string{"<script>"}},
		{"home shows leads", "/", 200, []string{
			`<p class="lead">The harbor bridge closed on Monday for repairs.</p>`}, []string{"Officials said repairs"}},
		{"home escapes leads", "/", 200, []string{`<p class="lead">The orchard fair opened with &lt;b&gt;forty&lt;/b&gt; stalls.</p>`}, []string{"<b>"}},
		{"home search", "/?q=harbor", 200, []string{`value="harbor"`, "Harbor bridge closes", "1 story"}, []string{"Orchard"}},
		{"home search no match", "/?q=volcano", 200, []string{"No story matches “volcano”"}, nil},
		{"home first page", "/?limit=1", 200, []string{`rel="next" href="/?limit=1&amp;offset=1"`, "Showing 1–1 of 2"}, []string{`rel="prev"`}},
		{"home last page", "/?limit=1&offset=1", 200, []string{`rel="prev" href="/?limit=1"`, "Showing 2–2 of 2"}, []string{`rel="next"`}},
		{"home bad paging", "/?limit=nope", 400, []string{"limit must be"}, nil},
		{"story", "/stories/1", 200, []string{
			"<h1>Harbor bridge closes</h1>",
			`The harbor bridge closed on Monday for repairs. <span class="cites"><a class="cite" href="#source-1" title="Harbor bridge closes">[1]</a></span>`,
			`<a class="cite" href="#source-2" title="Harbor bridge closes for a month">[2]</a>`,
			`<li id="source-1" value="1">`, `href="/articles/harbor-1">Harbor bridge closes</a> <span class="publisher">Coast Daily</span>`, `href="https://coast.example/bridge"`,
			`copy of <a href="/articles/harbor-1">Harbor bridge closes</a>`,
			"2 publishers · 3 articles", "last changed",
			"Added in the last update",
		}, nil},
		{"story since", "/stories/1?since=2026-03-01T12:00", 200, []string{"Since <time", `value="2026-03-01T12:00"`}, []string{"Nothing new"}},
		{"story since nothing new", "/stories/1?since=2030-01-01T00:00:00Z", 200, []string{"Nothing new since then."}, nil},
		{"story bad since", "/stories/1?since=soon", 400, []string{"since must be"}, nil},
		{"story escapes", "/stories/2", 200, []string{"Orchard &lt;script&gt;", "The orchard fair opened with &lt;b&gt;forty&lt;/b&gt; stalls.",
			`href="/articles/%3Cscript%3Ealert%281%29%3C%2Fscript%3E"`, "No sentence has been added since the summary was first written"}, []string{"<script>", "<b>"}},
		{"story not found", "/stories/99", 404, []string{"story 99 not found"}, nil},
		{"story bad id", "/stories/x", 404, []string{"There is no such story."}, nil},
		{"article", "/articles/harbor-3", 200, []string{"<h1>Harbor bridge closes (wire)</h1>", "<p>The harbor bridge closed on Monday for repairs.\nCrews found cracks, the wire said.</p>",
			`This article is a copy of <a href="/articles/harbor-1">`, `href="/stories/1"`}, nil},
		{"article escaped id", "/articles/%3Cscript%3Ealert%281%29%3C%2Fscript%3E", 200, []string{"Valley News"}, []string{"<script>"}},
		{"article not found", "/articles/nope", 404, []string{"not found"}, nil},
		{"unknown page", "/nothing/here", 404, []string{"no such page", `href="/static/style.css"`}, nil},
	}
	_, s := newServer(t, chttp.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := do(t, s, "GET", tt.target, "", "")
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.wantStatus, body)
			}
			if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(body, w) {
					t.Errorf("page has %q", w)
				}
			}
			if t.Failed() {
				t.Log(body)
			}
		})
	}
}

func TestStatic(t *testing.T) {
	_, s := newServer(t, chttp.Options{})
	res, body := do(t, s, "GET", "/static/style.css", "", "")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/css") || !strings.Contains(body, "max-width") {
		t.Errorf("style.css: %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	res, _ = do(t, s, "GET", "/static/nope.css", "", "")
	if res.StatusCode != 404 {
		t.Errorf("missing static file: %d", res.StatusCode)
	}
}

// TestOpenAPI checks that the document is valid JSON and documents every
// registered route, and that every documented operation is a route.
func TestOpenAPI(t *testing.T) {
	_, s := newServer(t, chttp.Options{})
	res, body := do(t, s, "GET", "/openapi.json", "", "")
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	mustJSON(t, body, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	routes := map[string]bool{}
	for _, r := range s.Routes() {
		method, path, _ := strings.Cut(r, " ")
		path = strings.TrimSuffix(path, "{$}")
		routes[strings.ToLower(method)+" "+path] = true
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("route %q is not documented", r)
		}
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if !routes[method+" "+path] {
				t.Errorf("documented %s %s is not a route", method, path)
			}
		}
	}
}
