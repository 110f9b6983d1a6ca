package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus/netguard"
)

// site is an invented web site on a loopback test server: it counts
// requests by path and records the User-Agent it saw.
type site struct {
	mu     sync.Mutex
	hits   map[string]int
	agents []string
	robots string // robots.txt body; "" answers 404, "5xx" answers 503
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.agents = append(s.agents, r.UserAgent())
	robots := s.robots
	s.mu.Unlock()
	switch p := r.URL.Path; {
	case p == "/robots.txt":
		switch robots {
		case "":
			http.NotFound(w, r)
		case "5xx":
			http.Error(w, "down", http.StatusServiceUnavailable)
		default:
			w.Write([]byte(robots))
		}
	case p == "/article":
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		w.Write([]byte("<html><head><title>Harbour wall repaired</title></head><body><p>The harbour wall was repaired on Tuesday.</p></body></html>"))
	case p == "/moved":
		http.Redirect(w, r, "/article", http.StatusMovedPermanently)
	case p == "/to-private":
		http.Redirect(w, r, "/private/page", http.StatusFound)
	case p == "/loop":
		http.Redirect(w, r, "/loop", http.StatusFound)
	case p == "/to-ftp":
		http.Redirect(w, r, "ftp://files.example/x", http.StatusFound)
	case p == "/huge":
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("<p>big</p>", 1000)))
	case p == "/image":
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n"))
	case strings.HasPrefix(p, "/private/"):
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>secret</p>"))
	default:
		http.NotFound(w, r)
	}
}

// newSite starts a site on loopback.
func newSite(t *testing.T, robots string) (*site, *httptest.Server) {
	t.Helper()
	s := &site{hits: map[string]int{}, robots: robots}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, srv
}

// loopbackClient is a guarded client that allows loopback explicitly: the
// test server's only address.
func loopbackClient() *http.Client {
	return netguard.New(netguard.Options{Allow: []netip.Prefix{
		netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128"),
	}}).Client(0)
}

func TestGet(t *testing.T) {
	const robotsTxt = "User-agent: *\nDisallow: /private/\n"
	tests := []struct {
		name    string
		robots  string // the site's robots.txt
		obey    bool   // Options.Robots
		path    string
		v       Validators
		max     int64
		wantErr error  // errors.Is target; nil: success
		errText string // substring of the error when wantErr is nil but an error is expected
		check   func(t *testing.T, p Page, s *site)
	}{
		{name: "page", path: "/article", check: func(t *testing.T, p Page, s *site) {
			if !strings.Contains(string(p.Body), "harbour wall") || p.Validators.ETag != `"v1"` || !strings.HasSuffix(p.URL, "/article") {
				t.Errorf("page %+v", p)
			}
			if s.agents[0] != DefaultUserAgent {
				t.Errorf("User-Agent %q", s.agents[0])
			}
		}},
		{name: "redirect followed", path: "/moved", check: func(t *testing.T, p Page, s *site) {
			if !strings.HasSuffix(p.URL, "/article") {
				t.Errorf("final URL %s", p.URL)
			}
		}},
		{name: "conditional GET", path: "/article", v: Validators{ETag: `"v1"`}, check: func(t *testing.T, p Page, s *site) {
			if !p.NotModified || len(p.Body) != 0 {
				t.Errorf("want 304 page, got %+v", p)
			}
		}},
		{name: "robots disallows", robots: robotsTxt, obey: true, path: "/private/page", wantErr: ErrRobots, check: func(t *testing.T, p Page, s *site) {
			if s.hits["/private/page"] != 0 {
				t.Error("disallowed page was requested")
			}
		}},
		{name: "robots disallows redirect target", robots: robotsTxt, obey: true, path: "/to-private", wantErr: ErrRobots, check: func(t *testing.T, p Page, s *site) {
			if s.hits["/private/page"] != 0 {
				t.Error("disallowed redirect target was requested")
			}
		}},
		{name: "robots ignored when not asked", robots: robotsTxt, path: "/private/page", check: func(t *testing.T, p Page, s *site) {
			if s.hits["/robots.txt"] != 0 {
				t.Error("robots.txt fetched by a fetcher that does not obey it")
			}
		}},
		{name: "robots 404 allows", obey: true, path: "/private/page"},
		{name: "robots 5xx disallows all", robots: "5xx", obey: true, path: "/article", wantErr: ErrRobots},
		{name: "redirect loop bounded", path: "/loop", errText: "stopped after 5 redirects", check: func(t *testing.T, p Page, s *site) {
			if s.hits["/loop"] != 5 {
				t.Errorf("loop requested %d times, want 5", s.hits["/loop"])
			}
		}},
		{name: "redirect to another scheme", path: "/to-ftp", wantErr: ErrScheme},
		{name: "too large", path: "/huge", max: 1000, wantErr: ErrTooLarge},
		{name: "not text", path: "/image", wantErr: ErrNotText},
		{name: "server error", path: "/none", errText: "404 Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, srv := newSite(t, tt.robots)
			f := New(Options{Client: loopbackClient(), Robots: tt.obey, MaxBytes: tt.max})
			p, err := f.Get(context.Background(), srv.URL+tt.path, tt.v)
			switch {
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Fatalf("err %v, want %v", err, tt.wantErr)
			case tt.errText != "" && (err == nil || !strings.Contains(err.Error(), tt.errText)):
				t.Fatalf("err %v, want one saying %q", err, tt.errText)
			case tt.wantErr == nil && tt.errText == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			}
			if tt.check != nil {
				tt.check(t, p, s)
			}
		})
	}
}

// TestRobotsCached checks that robots.txt is fetched once per host while
// its TTL lasts, and again after.
func TestRobotsCached(t *testing.T) {
	s, srv := newSite(t, "User-agent: *\nDisallow: /private/\n")
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	f := New(Options{Client: loopbackClient(), Robots: true, Clock: func() time.Time { return now }})
	for i := 0; i < 3; i++ {
		if _, err := f.Get(context.Background(), srv.URL+"/article", Validators{}); err != nil {
			t.Fatal(err)
		}
	}
	now = now.Add(DefaultRobotsTTL + time.Second)
	if _, err := f.Get(context.Background(), srv.URL+"/article", Validators{}); err != nil {
		t.Fatal(err)
	}
	if s.hits["/robots.txt"] != 2 || s.hits["/article"] != 4 {
		t.Errorf("robots.txt fetched %d times, article %d; want 2 and 4", s.hits["/robots.txt"], s.hits["/article"])
	}
}

// TestPerHostSpacing checks that requests to one host are spaced by
// PerHost (robots.txt included) and a longer Crawl-delay, while another
// host does not wait. The clock is frozen and the waits recorded.
func TestPerHostSpacing(t *testing.T) {
	_, srv := newSite(t, "User-agent: *\nCrawl-delay: 3\n")
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var waits []time.Duration
	f := New(Options{Client: loopbackClient(), Robots: true, PerHost: time.Second,
		Clock: func() time.Time { return now },
		Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil },
	})
	for i := 0; i < 2; i++ {
		if _, err := f.Get(context.Background(), srv.URL+"/article", Validators{}); err != nil {
			t.Fatal(err)
		}
	}
	// robots.txt at 0 (booked 1 s, no delay known yet), page at 1 s
	// (booked 3 s: the Crawl-delay), page at 4 s.
	want := []time.Duration{time.Second, 4 * time.Second}
	if len(waits) != len(want) || waits[0] != want[0] || waits[1] != want[1] {
		t.Errorf("waits %v, want %v", waits, want)
	}
	// Another host (the same server named differently) has its own turn.
	u, _ := url.Parse(srv.URL)
	other := "http://localhost:" + u.Port()
	waits = nil
	if _, err := f.Get(context.Background(), other+"/article", Validators{}); err != nil {
		t.Fatal(err)
	}
	if len(waits) != 1 || waits[0] != time.Second {
		t.Errorf("other host waits %v, want only the 1 s after its robots.txt", waits)
	}
}

// TestAddressGuard checks that the default client refuses the loopback
// server, directly and through a redirect from a host the guard lets
// through by name.
func TestAddressGuard(t *testing.T) {
	_, srv := newSite(t, "")
	var refused *netguard.RefusedError
	if _, err := New(Options{}).Get(context.Background(), srv.URL+"/article", Validators{}); !errors.As(err, &refused) {
		t.Fatalf("default fetcher reached loopback: err %v", err)
	}
	// "localhost" is allowed by name; its redirect to 127.0.0.1 is not.
	u, _ := url.Parse(srv.URL)
	redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, srv.URL+"/article", http.StatusFound)
	}))
	defer redirector.Close()
	ru, _ := url.Parse(redirector.URL)
	guard := netguard.New(netguard.Options{AllowHosts: []string{"localhost"}})
	f := New(Options{Client: guard.Client(0)})
	if _, err := f.Get(context.Background(), "http://localhost:"+u.Port()+"/article", Validators{}); err != nil {
		t.Fatalf("allowed host refused: %v", err)
	}
	if _, err := f.Get(context.Background(), "http://localhost:"+ru.Port()+"/", Validators{}); !errors.As(err, &refused) {
		t.Errorf("redirect to a refused address followed: err %v", err)
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://news.example/a": true, "http://x.example": true, "HTTPS://X.EXAMPLE/": true,
		"ftp://x.example/": false, "examples/quake": false, "-": false, "https://": false, "/abs/path": false,
	} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}
