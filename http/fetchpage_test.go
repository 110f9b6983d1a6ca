package http_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	chttp "github.com/chorusnews/chorus/http"
)

// TestPostArticleByURL checks POST /api/articles with an article that has
// only a url: the server fetches it through Options.FetchPage (a stub
// here: the fetch itself is tested in package fetch), the client's own
// fields win over the page's, and without a fetcher, on a failed fetch or
// beyond the per-request cap the request is refused.
func TestPostArticleByURL(t *testing.T) {
	page := chorus.Article{Title: "Ferry service resumes", Source: "Strait Herald", Published: time.Date(2025, 10, 2, 6, 0, 0, 0, time.UTC),
		Text: "The ferry service across the strait resumed on Thursday after a week of storms. The first crossing left at six."}
	var fetched []string
	fetchPage := func(_ context.Context, url string) (chorus.Article, error) {
		fetched = append(fetched, url)
		if strings.Contains(url, "refused") {
			return chorus.Article{}, fmt.Errorf("cannot fetch %s: %w", url, errors.New("address guard refused 10.0.0.7: private address"))
		}
		return page, nil
	}
	many := make([]string, chttp.MaxFetchesPerRequest+1)
	for i := range many {
		many[i] = fmt.Sprintf(`{"url":"https://herald.example/%d"}`, i)
	}
	tests := []struct {
		name      string
		fetch     bool
		body      string
		status    int
		wantTitle string // title stored, when accepted
		errText   string
	}{
		{"url only", true, `{"url":"https://herald.example/ferry"}`, http.StatusCreated, "Ferry service resumes", ""},
		{"client title wins", true, `{"url":"https://herald.example/ferry","title":"Ferries back"}`, http.StatusCreated, "Ferries back", ""},
		{"no fetcher", false, `{"url":"https://herald.example/ferry"}`, http.StatusBadRequest, "", "does not fetch pages"},
		{"fetch refused", true, `{"url":"https://refused.example/x"}`, http.StatusBadRequest, "", "article 1: cannot fetch https://refused.example/x: private address"},
		{"too many", true, "[" + strings.Join(many, ",") + "]", http.StatusRequestEntityTooLarge, "", "more than 10 articles to fetch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := chttp.Options{}
			if tt.fetch {
				opts.FetchPage = fetchPage
			}
			svc, srv := newServer(t, opts)
			before := len(svc.Ingested())
			res, body := do(t, srv, "POST", "/api/articles", "application/json", tt.body)
			if res.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.status, body)
			}
			if tt.errText != "" && !strings.Contains(body, tt.errText) {
				t.Errorf("body %s lacks %q", body, tt.errText)
			}
			got := svc.Ingested()[before:]
			if tt.wantTitle == "" {
				if len(got) != 0 {
					t.Errorf("refused request stored %d articles", len(got))
				}
				return
			}
			if len(got) != 1 || got[0].Title != tt.wantTitle || got[0].Source != "Strait Herald" || got[0].Text != page.Text || !got[0].Published.Equal(page.Published) {
				t.Errorf("stored %+v", got)
			}
		})
	}
}
