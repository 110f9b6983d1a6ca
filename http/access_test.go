package http_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	chttp "github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/mock"
)

// goodKey is the one secret the test authenticator accepts.
const goodKey = "chorus_test-secret"

func authenticate(ctx context.Context, secret string) (string, error) {
	if secret == goodKey {
		return "k1", nil
	}
	return "", chorus.Errorf(chorus.EUNAUTHORIZED, "unknown or revoked API key")
}

func TestAccess(t *testing.T) {
	const article = `{"id":"n1","title":"New park","text":"A park opened."}`
	keys := chttp.Options{Authenticate: authenticate, RequireKey: true}
	private := chttp.Options{Authenticate: authenticate, RequireKey: true, Private: true}
	loopbackHosts := chttp.Options{AllowedHosts: []string{"localhost", "127.0.0.1", "::1"}}
	tests := []struct {
		name       string
		opts       chttp.Options
		method     string
		target     string
		key        string
		host       string
		remote     string
		wantStatus int
	}{
		{"no keys: write without key", chttp.Options{}, "POST", "/api/articles", "", "", "", 201},
		{"keys required: write without key", keys, "POST", "/api/articles", "", "", "", 401},
		{"keys required: write with a bad key", keys, "POST", "/api/articles", "chorus_wrong", "", "", 401},
		{"keys required: write with a key", keys, "POST", "/api/articles", goodKey, "", "", 201},
		{"keys not required: a bad key is still refused", chttp.Options{Authenticate: authenticate}, "POST", "/api/articles", "chorus_wrong", "", "", 401},
		{"keys required: reads stay open", keys, "GET", "/api/stories", "", "", "", 200},
		{"keys required: pages stay open", keys, "GET", "/", "", "", "", 200},
		{"private: API read without key", private, "GET", "/api/stories", "", "", "", 401},
		{"private: page without key", private, "GET", "/stories/1", "", "", "", 401},
		{"private: read with key", private, "GET", "/api/stories", goodKey, "", "", 200},
		{"private alone: write without key", chttp.Options{Authenticate: authenticate, Private: true}, "POST", "/api/articles", "", "", "", 401},
		{"private: health stays open", private, "GET", "/healthz", "", "", "", 200},
		{"loopback hosts: rebinding host refused", loopbackHosts, "GET", "/api/stories", "", "attacker.example", "", 421},
		{"loopback hosts: rebinding host refused on writes", loopbackHosts, "POST", "/api/articles", "", "attacker.example:8080", "", 421},
		{"loopback hosts: localhost with port", loopbackHosts, "GET", "/api/stories", "", "localhost:8080", "", 200},
		{"loopback hosts: IPv6 loopback", loopbackHosts, "GET", "/api/stories", "", "[::1]:8080", "", 200},
		{"metrics loopback-only: remote client", chttp.Options{MetricsAccess: chttp.MetricsLoopback}, "GET", "/metrics", "", "", "10.0.0.5:4000", 403},
		{"metrics loopback-only: local client", chttp.Options{MetricsAccess: chttp.MetricsLoopback}, "GET", "/metrics", "", "", "127.0.0.1:4000", 200},
		{"metrics by key: no key", chttp.Options{Authenticate: authenticate, MetricsAccess: chttp.MetricsKey}, "GET", "/metrics", "", "", "", 401},
		{"metrics by key: key", chttp.Options{Authenticate: authenticate, MetricsAccess: chttp.MetricsKey}, "GET", "/metrics", goodKey, "", "", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, s := newServer(t, tt.opts)
			var body *strings.Reader
			if tt.method == "POST" {
				body = strings.NewReader(article)
			} else {
				body = strings.NewReader("")
			}
			req := httptest.NewRequest(tt.method, tt.target, body)
			req.Header.Set("Content-Type", "application/json")
			if tt.key != "" {
				req.Header.Set("Authorization", "Bearer "+tt.key)
			}
			if tt.host != "" {
				req.Host = tt.host
			}
			if tt.remote != "" {
				req.RemoteAddr = tt.remote
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.wantStatus, rec.Body)
			}
			if rec.Code == http.StatusUnauthorized && rec.Header().Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
			if rec.Header().Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("Referrer-Policy %q", rec.Header().Get("Referrer-Policy"))
			}
		})
	}
}

// TestWriterReachesService checks that a keyed write reaches the service
// as the key's writer and an unkeyed one as the local operator.
func TestWriterReachesService(t *testing.T) {
	var got []string
	svc := &writerService{StoryService: &mock.StoryService{}, seen: &got}
	s := chttp.NewServer(svc, chttp.Options{Authenticate: authenticate})
	for _, key := range []string{goodKey, ""} {
		req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(`{"id":"w","text":"A park opened."}`))
		req.Header.Set("Content-Type", "application/json")
		if key != "" {
			req.Header.Set("Authorization", "bearer "+key)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code >= 300 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
	if strings.Join(got, ",") != "key:k1," {
		t.Errorf("writers %q, want key:k1 then the operator", got)
	}
}

type writerService struct {
	*mock.StoryService
	seen *[]string
}

func (w *writerService) Ingest(ctx context.Context, as []chorus.Article) ([]chorus.IngestResult, error) {
	*w.seen = append(*w.seen, chorus.WriterFrom(ctx))
	return w.StoryService.Ingest(ctx, as)
}

func TestPageHeaders(t *testing.T) {
	_, s := newServer(t, chttp.Options{})
	res, _ := do(t, s, "GET", "/", "", "")
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("Content-Security-Policy %q lacks frame-ancestors 'none'", csp)
	}
	if res.Header.Get("Referrer-Policy") != "no-referrer" || res.Header.Get("X-Frame-Options") != "DENY" {
		t.Errorf("headers %v", res.Header)
	}
}
