package feed_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus/feed"
	"github.com/chorusnews/chorus/netguard"
)

// TestPollRefusesInternalAddresses is the regression test for the SSRF of
// issue 9: the poller fetched loopback feeds and followed redirects into
// them, publishing internal content.
func TestPollRefusesInternalAddresses(t *testing.T) {
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(rssItems(1, func(int) string {
			return `<item><guid>s</guid><title>Internal</title><description>internal secret</description></item>`
		})))
	}))
	defer internal.Close()
	_, port, _ := net.SplitHostPort(internal.Listener.Addr().String())
	// The redirector listens on 127.0.0.2, the one address the allow-list
	// lets through, and sends the poller on to the internal server.
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2: %v", err)
	}
	redirector := &httptest.Server{Listener: ln, Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, internal.URL+"/feed", http.StatusFound)
	})}}
	redirector.Start()
	defer redirector.Close()
	allowRedirector := netguard.New(netguard.Options{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.2/32")}}).Client(0)

	tests := []struct {
		name   string
		client *http.Client
		url    string
	}{
		{"default client, loopback feed", nil, internal.URL + "/feed"},
		{"default client, name resolving to loopback", nil, "http://localhost:" + port + "/feed"},
		{"allowed feed redirecting to loopback", allowRedirector, redirector.URL + "/feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc := newService()
			p, err := feed.NewPoller(feed.Options{Service: svc, Client: tt.client, Clock: func() time.Time { return time.Unix(1e9, 0) }})
			if err != nil {
				t.Fatal(err)
			}
			f, _ := svc.AddFeed(context.Background(), tt.url)
			r, err := p.Poll(context.Background(), *f)
			if err != nil {
				t.Fatal(err)
			}
			if r.Err == nil || !strings.Contains(r.Err.Error(), "address guard refused") || !strings.Contains(r.Err.Error(), "loopback address") {
				t.Errorf("poll error %v, want the address guard's refusal", r.Err)
			}
			if len(svc.Ingested()) != 0 {
				t.Errorf("internal content ingested: %+v", svc.Ingested())
			}
		})
	}
}
