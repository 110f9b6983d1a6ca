package netguard_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/netguard"
)

func TestBlocked(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"192.168.1.1", "private"},
		{"fd00:ec2::254", "private"},
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"0.1.2.3", "unspecified"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"255.255.255.255", "broadcast"},
		{"100.100.100.200", "shared (carrier-grade NAT, cloud metadata)"},
		{"64:ff9b::7f00:1", "loopback"},
		{"2002:a00:1::", "private"},
		{"93.184.215.14", ""},
		{"2606:4700::1111", ""},
		{"8.8.8.8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := netguard.Blocked(netip.MustParseAddr(tt.addr)); got != tt.want {
				t.Errorf("Blocked(%s) = %q, want %q", tt.addr, got, tt.want)
			}
		})
	}
}

func TestParseAllow(t *testing.T) {
	o, err := netguard.ParseAllow(" 10.0.0.0/8, 192.168.1.5 ,feeds.internal,,fd00::/8")
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Allow) != 3 || o.Allow[1] != netip.MustParsePrefix("192.168.1.5/32") || len(o.AllowHosts) != 1 || o.AllowHosts[0] != "feeds.internal" {
		t.Errorf("ParseAllow = %+v", o)
	}
	for _, bad := range []string{"10.0.0.0/99", "http://x", "a b"} {
		if _, err := netguard.ParseAllow(bad); err == nil {
			t.Errorf("ParseAllow(%q) accepted", bad)
		}
	}
}

// serveOn starts a test server listening on addr.
func serveOn(t *testing.T, addr string, h http.Handler) *httptest.Server {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	srv := &httptest.Server{Listener: ln, Config: &http.Server{Handler: h}}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

var hello = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("internal secret")) })

func get(c *http.Client, url string) (string, error) {
	res, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var b strings.Builder
	buf := make([]byte, 512)
	n, _ := res.Body.Read(buf)
	b.Write(buf[:n])
	return b.String(), nil
}

func TestGuardedClient(t *testing.T) {
	// inner (127.0.0.2) and local (127.0.0.1) stand for internal servers.
	inner := serveOn(t, "127.0.0.2:0", hello)
	local := serveOn(t, "127.0.0.1:0", hello)
	_, localPort, _ := net.SplitHostPort(local.Listener.Addr().String())
	redirect := func(to string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, http.StatusFound) })
	}
	toInner := serveOn(t, "127.0.0.1:0", redirect(inner.URL+"/"))
	toInnerByName := serveOn(t, "127.0.0.1:0", redirect("http://localhost:"+localPort+"/"))
	_, byNamePort, _ := net.SplitHostPort(toInnerByName.Listener.Addr().String())

	tests := []struct {
		name   string
		opts   netguard.Options
		url    string
		reason string // "" means the fetch succeeds
	}{
		{"loopback refused", netguard.Options{}, inner.URL, "loopback"},
		{"name resolving to loopback refused", netguard.Options{}, "http://localhost:" + localPort + "/", "loopback"},
		{"allowed network", netguard.Options{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}, inner.URL, ""},
		{"allowed network, after a redirect", netguard.Options{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}, toInner.URL, ""},
		{"allowed host", netguard.Options{AllowHosts: []string{"LOCALHOST"}}, "http://localhost:" + localPort + "/", ""},
		{"redirect from an allowed address into a refused one", netguard.Options{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}, toInner.URL, "loopback"},
		{"redirect from an allowed host to a name resolving to loopback", netguard.Options{AllowHosts: []string{"127.0.0.1"}}, toInnerByName.URL, "loopback"},
		{"allowed host reached by another name", netguard.Options{AllowHosts: []string{"localhost"}}, "http://127.0.0.1:" + byNamePort + "/", "loopback"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := netguard.New(tt.opts).Client(0)
			body, err := get(c, tt.url)
			if tt.reason == "" {
				if err != nil || body != "internal secret" {
					t.Errorf("fetch = %q, %v; want the page", body, err)
				}
				return
			}
			var re *netguard.RefusedError
			if !errors.As(err, &re) || re.Reason != tt.reason {
				t.Fatalf("fetch = %q, %v; want refused as %s", body, err, tt.reason)
			}
			if body != "" {
				t.Errorf("refused fetch returned %q", body)
			}
		})
	}
}

func TestDialContextRefusesBeforeConnecting(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan struct{}, 1)
	go func() {
		if c, err := ln.Accept(); err == nil {
			accepted <- struct{}{}
			c.Close()
		}
	}()
	_, err = netguard.New(netguard.Options{}).DialContext(context.Background(), "tcp", ln.Addr().String())
	var re *netguard.RefusedError
	if !errors.As(err, &re) {
		t.Fatalf("DialContext = %v, want a RefusedError", err)
	}
	ln.Close()
	select {
	case <-accepted:
		t.Error("the refused connection reached the listener")
	default:
	}
}
