package http_test

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestStoryQueryAPI: GET /api/stories/{id}?query= answers the story
// summarized for the query (focus), cited by the story's numbers, and
// focuses the since view on it; a blank, overlong or non-text query is
// refused with 400.
func TestStoryQueryAPI(t *testing.T) {
	s := newLighthouse(t)
	long := strings.Repeat("storm ", chorus.MaxQueryBytes/6) // 1,020 bytes
	cases := []struct {
		name    string
		query   string // raw, after ?
		status  int
		focus   string   // focus.query; "" for no focus
		texts   []string // sentences of the focus that must be there, in order
		cites   [][]int  // their sources
		update  string   // update.query, when since is given
		errText string
	}{
		{"no query", "", 200, "", nil, nil, "", ""},
		{"a query", "query=" + url.QueryEscape("  Storm repairs? "), 200, "Storm repairs?",
			[]string{"Storm repairs to the lighthouse tower cost 90,000 crowns, the council said."}, [][]int{{2}}, "", ""},
		{"the story's numbers", "query=fishing+boats", 200, "fishing boats",
			[]string{"Two fishing boats passed the relit Varn Point light on Saturday night."}, [][]int{{3}}, "", ""},
		{"with since", "query=storm&since=2025-11-20T12:00:00Z", 200, "storm",
			[]string{"Storm repairs to the lighthouse tower cost 90,000 crowns, the council said."}, [][]int{{2}}, "storm", ""},
		{"at the limit", "query=" + url.QueryEscape(long+"abcd"), 200, strings.TrimSpace(long + "abcd"), nil, nil, "", ""},
		{"over the limit", "query=" + url.QueryEscape(long+"abcde"), 400, "", nil, nil, "", "query of 1025 bytes; the limit is 1024"},
		{"empty", "query=", 400, "", nil, nil, "", "query is empty"},
		{"blank", "query=%20%09", 400, "", nil, nil, "", "query is empty"},
		{"not UTF-8", "query=storm%FF", 400, "", nil, nil, "", "query is not valid UTF-8"},
		{"NUL", "query=storm%00x", 400, "", nil, nil, "", "query contains a NUL byte"},
		{"control character", "query=storm%07x", 400, "", nil, nil, "", "query contains the control character U+0007"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, body, ok := getStory(t, s, "/api/stories/1?"+c.query, c.status, c.errText)
			if !ok {
				return
			}
			if c.focus == "" {
				if d.Focus != nil || strings.Contains(body, `"focus"`) {
					t.Errorf("a focus without a query: %s", body)
				}
				return
			}
			f := d.Focus
			if f == nil || f.Query != c.focus {
				t.Fatalf("focus %+v, want one for %q", f, c.focus)
			}
			at := 0
			for i, want := range c.texts {
				for at < len(f.Summary) && f.Summary[at].Text != want {
					at++
				}
				if at == len(f.Summary) {
					t.Fatalf("focus %+v lacks %q", f.Summary, want)
				}
				if got := f.Summary[at].Sources; len(got) != len(c.cites[i]) || got[0] != c.cites[i][0] {
					t.Errorf("%q cites %v, want %v (the story's numbers)", want, got, c.cites[i])
				}
			}
			for _, src := range f.Sources {
				for _, ss := range d.Sources {
					if ss.Article == src.Article && ss.ID != src.ID {
						t.Errorf("the focus cites %s as [%d], the summary as [%d]", src.Article, src.ID, ss.ID)
					}
				}
			}
			if c.update != "" && (d.Update == nil || d.Update.Query != c.update) {
				t.Errorf("update %+v, want one focused on %q", d.Update, c.update)
			}
			var raw struct {
				Focus struct{ Summary, Sources json.RawMessage }
			}
			mustJSON(t, body, &raw)
			if !bytes.HasPrefix(raw.Focus.Summary, []byte("[")) || !bytes.HasPrefix(raw.Focus.Sources, []byte("[")) {
				t.Errorf("focus lists must be arrays, never null: %s", body)
			}
		})
	}
}

// TestStoryQueryPage: the story page's question form, and the story
// summarized for ?query= shown first, cited by the story's numbers.
func TestStoryQueryPage(t *testing.T) {
	s := newLighthouse(t)
	cases := []struct {
		name    string
		target  string
		status  int
		want    []string // in this order
		notWant []string
	}{
		{"the form", "/stories/1", 200, []string{`<section class="summary"`, `<form class="since ask" action="/stories/1#focus" method="get">`, `name="query" maxlength="1024" required`}, []string{`<section class="focus"`}},
		{"a question", "/stories/1?query=" + url.QueryEscape("storm repairs?"), 200, []string{
			`<h2 id="focus-h">For your question</h2>`, `summarized for “storm repairs?”`,
			`Storm repairs to the lighthouse tower cost 90,000 crowns, the council said. <span class="cites"><a class="cite" href="#focus-source-2" title="Lighthouse relit after storm repairs">[2]</a>`,
			`<li id="focus-source-2" value="2"><a href="/articles/lh-2">`,
			`<section class="summary"`, `value="storm repairs?"`,
		}, nil},
		{"nothing for it", "/stories/1?query=volcano", 200, []string{`summarized for “volcano”`, "The articles hold no usable text for it."}, nil},
		{"escaped", "/stories/1?query=" + url.QueryEscape("<b>storm</b>"), 200, []string{`summarized for “&lt;b&gt;storm&lt;/b&gt;”`}, []string{"<b>storm"}},
		{"empty", "/stories/1?query=", 400, []string{"query is empty"}, nil},
		{"too long", "/stories/1?query=" + strings.Repeat("x", chorus.MaxQueryBytes+1), 400, []string{"query of 1025 bytes; the limit is 1024"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkPage(t, s, c.target, c.status, c.want, c.notWant)
		})
	}
}
