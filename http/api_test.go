package http_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	chttp "github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/mock"
)

// seed is a small invented news event and an unrelated story.
var seed = []chorus.Article{
	{ID: "harbor-1", Title: "Harbor bridge closes", Source: "Coast Daily", URL: "https://coast.example/bridge", Text: "The harbor bridge closed on Monday for repairs.\nCrews found cracks."},
	{ID: "harbor-2", Title: "Harbor bridge closes for a month", Source: "Bay Times", Text: "Officials said repairs would take a month.\nTraffic is diverted."},
	{ID: "harbor-3", Title: "Harbor bridge closes (wire)", Source: "Wire Copy", Text: "The harbor bridge closed on Monday for repairs.\nCrews found cracks, the wire said."},
	{ID: "<script>alert(1)</script>", Title: "Orchard <script>alert('x')</script> fair opens", Source: "Valley News", Text: "The orchard fair opened with <b>forty</b> stalls."},
}

func newServer(t *testing.T, opts chttp.Options) (*mock.StoryService, *chttp.Server) {
	t.Helper()
	f := &mock.StoryService{}
	if _, err := f.Ingest(context.Background(), seed); err != nil {
		t.Fatal(err)
	}
	return f, chttp.NewServer(f, opts)
}

// do sends one request to h and returns the response with its body read.
func do(t *testing.T, h http.Handler, method, target, contentType, body string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// errorCode decodes a JSON error body and returns its code.
func errorCode(t *testing.T, body string) string {
	t.Helper()
	var e struct {
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error.Message == "" {
		t.Fatalf("not a JSON error body (%v): %s", err, body)
	}
	return e.Error.Code
}

func TestPostArticles(t *testing.T) {
	const ct = "application/json"
	tests := []struct {
		name        string
		contentType string
		body        string
		maxBody     int64
		wantStatus  int
		wantCode    string   // for errors
		wantResults []string // statuses, for successes
	}{
		{"one article", ct, `{"id":"n1","title":"New park","text":"A park opened."}`, 0, 201, "", []string{"created"}},
		{"array", "application/json; charset=utf-8", `[{"id":"n1","text":"A park opened."},{"id":"n2","text":"A shop closed."}]`, 0, 201, "", []string{"created", "created"}},
		{"wrapped", ct, `{"articles":[{"id":"n3","text":"A park opened."}]}`, 0, 201, "", []string{"created"}},
		{"already stored", ct, `{"id":"harbor-2","title":"Harbor bridge closes for a month","source":"Bay Times","text":"Officials said repairs would take a month.\nTraffic is diverted."}`, 0, 200, "", []string{"unchanged"}},
		{"updated text", ct, `{"id":"harbor-2","text":"Officials said repairs would take six weeks."}`, 0, 200, "", []string{"updated"}},
		{"html text", ct, `{"id":"h1","text":"<html><body><nav>Home</nav><p>A park opened.</p></body></html>"}`, 0, 201, "", []string{"created"}},
		{"wrong content type", "text/plain", `{"id":"x","text":"t"}`, 0, 415, "invalid", nil},
		{"missing content type", "", `{"id":"x","text":"t"}`, 0, 415, "invalid", nil},
		{"malformed json", ct, `{"id":"x",`, 0, 400, "invalid", nil},
		{"unknown field", ct, `{"id":"x","text":"t","author":"me"}`, 0, 400, "invalid", nil},
		{"unknown field in wrapper", ct, `{"articles":[],"extra":1}`, 0, 400, "invalid", nil},
		{"trailing data", ct, `{"id":"x","text":"t"} {"id":"y"}`, 0, 400, "invalid", nil},
		{"not an object", ct, `"hello"`, 0, 400, "invalid", nil},
		{"empty body", ct, ``, 0, 400, "invalid", nil},
		{"empty array", ct, `[]`, 0, 400, "invalid", nil},
		{"service rejects", ct, `{"id":"x","text":"   "}`, 0, 400, "invalid", nil},
		{"too large", ct, `{"id":"x","text":"` + strings.Repeat("a", 200) + `"}`, 100, 413, "too_large", nil},
		{"5 MB title", ct, `{"id":"big","title":"` + strings.Repeat("t", 5<<20) + `","text":"A park opened."}`, 0, 400, "invalid", nil},
		{"long source", ct, `{"id":"big","source":"` + strings.Repeat("s", chorus.MaxSourceBytes+1) + `","text":"A park opened."}`, 0, 400, "invalid", nil},
		{"long id", ct, `{"id":"` + strings.Repeat("i", chorus.MaxIDBytes+1) + `","text":"A park opened."}`, 0, 400, "invalid", nil},
		{"NUL in URL", ct, `{"id":"big","url":"https://x.org/\u0000","text":"A park opened."}`, 0, 400, "invalid", nil},
		{"wrong type", ct, `{"id":7,"text":"A park opened."}`, 0, 400, "invalid", nil},
		{"deep JSON", ct, strings.Repeat("[", 100000) + strings.Repeat("]", 100000), 0, 400, "invalid", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, s := newServer(t, chttp.Options{MaxBodyBytes: tt.maxBody})
			res, body := do(t, s, "POST", "/api/articles", tt.contentType, tt.body)
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.wantStatus, body)
			}
			if tt.wantCode != "" {
				if got := errorCode(t, body); got != tt.wantCode {
					t.Errorf("code %q, want %q", got, tt.wantCode)
				}
				if len(body) > 1000 {
					t.Errorf("error of %d bytes echoes the input", len(body))
				}
				if _, err := f.Article(context.Background(), "big"); err == nil {
					t.Errorf("refused article was stored")
				}
				return
			}
			var results []chorus.IngestResult
			if err := json.Unmarshal([]byte(body), &results); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range results {
				got = append(got, r.Status)
			}
			if strings.Join(got, ",") != strings.Join(tt.wantResults, ",") {
				t.Errorf("statuses %v, want %v", got, tt.wantResults)
			}
			if tt.name == "html text" {
				a, _ := f.Article(context.Background(), "h1")
				if a.Text != "A park opened." {
					t.Errorf("HTML not reduced to its main text: %q", a.Text)
				}
			}
		})
	}
}

func TestGetStoriesAndArticles(t *testing.T) {
	tests := []struct {
		name       string
		target     string
		wantStatus int
		check      func(t *testing.T, body string)
	}{
		{"list", "/api/stories", 200, wantStories(2, "2,1")},
		{"list leads", "/api/stories?q=harbor", 200, func(t *testing.T, body string) {
			var p chorus.StoryPage
			mustJSON(t, body, &p)
			if want := "The harbor bridge closed on Monday for repairs."; len(p.Stories) != 1 || p.Stories[0].Lead != want {
				t.Errorf("want one story with lead %q: %s", want, body)
			}
		}},
		{"list page size", "/api/stories?limit=1", 200, wantStories(2, "2")},
		{"list second page", "/api/stories?limit=1&offset=1", 200, wantStories(2, "1")},
		{"list past the end", "/api/stories?offset=50", 200, wantStories(2, "")},
		{"list filter", "/api/stories?q=harbor", 200, wantStories(1, "1")},
		{"list filter no match", "/api/stories?q=volcano", 200, wantStories(0, "")},
		{"bad limit", "/api/stories?limit=0", 400, wantError("invalid")},
		{"huge limit", "/api/stories?limit=1000", 400, wantError("invalid")},
		{"bad offset", "/api/stories?offset=-1", 400, wantError("invalid")},
		{"story", "/api/stories/1", 200, func(t *testing.T, body string) {
			var d chorus.StoryDetail
			mustJSON(t, body, &d)
			if d.ID != 1 || len(d.Summary) != 2 || len(d.Articles) != 3 || len(d.New) != 2 {
				t.Errorf("unexpected story: %+v", d)
			}
			if d.Articles[2].DuplicateOf != "harbor-1" {
				t.Errorf("duplicate not marked: %+v", d.Articles[2])
			}
			var counts struct {
				ArticleCount int `json:"article_count"`
				SourceCount  int `json:"source_count"`
			}
			mustJSON(t, body, &counts)
			if counts.ArticleCount != 3 || counts.SourceCount != 2 {
				t.Errorf("counts %+v, want 3 articles and 2 sources", counts)
			}
		}},
		{"story since", "/api/stories/1?since=2026-03-01T12:01:30Z", 200, func(t *testing.T, body string) {
			var d chorus.StoryDetail
			mustJSON(t, body, &d)
			if len(d.New) != 1 || !strings.HasPrefix(d.New[0].Text, "Officials") {
				t.Errorf("new = %+v, want the second sentence only", d.New)
			}
		}},
		{"story bad since", "/api/stories/1?since=yesterday", 400, wantError("invalid")},
		{"story not found", "/api/stories/99", 404, wantError("not_found")},
		{"story bad id", "/api/stories/abc", 400, wantError("invalid")},
		{"article", "/api/articles/harbor-2", 200, func(t *testing.T, body string) {
			var a chorus.StoredArticle
			mustJSON(t, body, &a)
			if a.ID != "harbor-2" || a.StoryID != 1 || a.Source != "Bay Times" {
				t.Errorf("unexpected article: %+v", a)
			}
		}},
		{"article escaped id", "/api/articles/%3Cscript%3Ealert%281%29%3C%2Fscript%3E", 200, func(t *testing.T, body string) {
			var a chorus.StoredArticle
			mustJSON(t, body, &a)
			if a.StoryID != 2 {
				t.Errorf("unexpected article: %+v", a)
			}
		}},
		{"article not found", "/api/articles/nope", 404, wantError("not_found")},
		{"unknown api route", "/api/nothing", 404, wantError("not_found")},
		{"health", "/healthz", 200, func(t *testing.T, body string) {
			if !strings.Contains(body, `"ok"`) {
				t.Errorf("health body %s", body)
			}
		}},
	}
	_, s := newServer(t, chttp.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := do(t, s, "GET", tt.target, "", "")
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.wantStatus, body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			tt.check(t, body)
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	_, s := newServer(t, chttp.Options{})
	res, body := do(t, s, "DELETE", "/api/stories", "", "")
	if res.StatusCode != 405 || errorCode(t, body) != "method_not_allowed" || res.Header.Get("Allow") == "" {
		t.Errorf("got %d %q Allow=%q: %s", res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Allow"), body)
	}
}

func TestInternalErrorsAreGeneric(t *testing.T) {
	f, s := newServer(t, chttp.Options{})
	f.Err = errors.New("disk on fire at /var/secret")
	for _, target := range []string{"/api/stories", "/api/stories/1", "/api/articles/harbor-1"} {
		res, body := do(t, s, "GET", target, "", "")
		if res.StatusCode != 500 || errorCode(t, body) != "internal" || strings.Contains(body, "secret") {
			t.Errorf("%s: got %d %s", target, res.StatusCode, body)
		}
	}
	res, _ := do(t, s, "GET", "/healthz", "", "")
	if res.StatusCode != 503 {
		t.Errorf("healthz with a failing store: %d, want 503", res.StatusCode)
	}
}

func TestErrorStatus(t *testing.T) {
	for code, want := range map[string]int{"invalid": 400, "not_found": 404, "conflict": 409, "too_large": 413, "internal": 500, "other": 500} {
		if got := chttp.ErrorStatus(code); got != want {
			t.Errorf("ErrorStatus(%q) = %d, want %d", code, got, want)
		}
	}
}

func TestMetrics(t *testing.T) {
	_, s := newServer(t, chttp.Options{})
	do(t, s, "GET", "/api/stories/1", "", "")
	do(t, s, "GET", "/api/stories/99", "", "")
	do(t, s, "POST", "/api/articles", "application/json", `{"id":"m1","text":"A park opened."}`)
	do(t, s, "GET", "/no/such/page", "", "")
	res, body := do(t, s, "GET", "/metrics", "", "")
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	for _, want := range []string{
		`chorus_http_requests_total{method="GET",route="GET /api/stories/{id}",status="200"} 1`,
		`chorus_http_requests_total{method="GET",route="GET /api/stories/{id}",status="404"} 1`,
		`chorus_http_requests_total{method="GET",route="unmatched",status="404"} 1`,
		`chorus_http_ingested_articles_total{status="created"} 1`,
		`chorus_http_request_duration_seconds_count{route="POST /api/articles",status="201"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func wantStories(total int, ids string) func(t *testing.T, body string) {
	return func(t *testing.T, body string) {
		t.Helper()
		var p struct {
			Stories []chorus.Story `json:"stories"`
			Total   int            `json:"total"`
		}
		mustJSON(t, body, &p)
		var got []string
		for _, s := range p.Stories {
			got = append(got, string(rune('0'+s.ID)))
		}
		if p.Total != total || strings.Join(got, ",") != ids {
			t.Errorf("total %d ids %v, want %d %q", p.Total, got, total, ids)
		}
		if p.Stories == nil {
			t.Errorf("stories is null, want []: %s", body)
		}
	}
}

func wantError(code string) func(t *testing.T, body string) {
	return func(t *testing.T, body string) {
		t.Helper()
		if got := errorCode(t, body); got != code {
			t.Errorf("code %q, want %q", got, code)
		}
	}
}

func mustJSON(t *testing.T, body string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("cannot decode %s: %v", body, err)
	}
}
