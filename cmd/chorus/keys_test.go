package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strings"
	"testing"

	chttp "github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/service"
)

func keys(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if err := runKeys(context.Background(), args, nil, &out, &errb); err != nil {
		t.Fatalf("keys %v: %v\n%s", args, err, errb.String())
	}
	return out.String()
}

func TestKeysCommand(t *testing.T) {
	data := t.TempDir()
	secret := strings.TrimSpace(keys(t, "add", "--name", "wire desk", "--data", data))
	if !strings.HasPrefix(secret, "chorus_") {
		t.Fatalf("add printed %q", secret)
	}
	list := keys(t, "list", "--data", data)
	if !strings.Contains(list, "wire desk") || strings.Contains(list, secret) {
		t.Fatalf("list = %q: want the key's name, never its secret", list)
	}
	id := strings.Fields(strings.Split(list, "\n")[1])[0]
	if out := keys(t, "revoke", id, "--data", data); !strings.Contains(out, "revoked") {
		t.Errorf("revoke printed %q", out)
	}
	if list := keys(t, "list", "--data", data); strings.Count(list, " UTC") != 2 {
		t.Errorf("list after revoke = %q, want created and revoked times", list)
	}
	for _, args := range [][]string{{}, {"add", "x"}, {"revoke"}, {"list", "x"}, {"burn"}} {
		if err := runKeys(context.Background(), append(args, "--data", data), nil, io.Discard, io.Discard); !errors.Is(err, errUsage) {
			t.Errorf("keys %v: %v, want errUsage", args, err)
		}
	}
	if err := runKeys(context.Background(), []string{"revoke", "nope", "--data", data}, nil, io.Discard, io.Discard); err == nil {
		t.Error("revoking an unknown key succeeded")
	}
}

func TestAccessOptions(t *testing.T) {
	addr := func(s string) net.Addr { return &net.TCPAddr{IP: net.ParseIP(s), Port: 8080} }
	tests := []struct {
		name        string
		addr        net.Addr
		hosts       string
		private     bool
		wantKey     bool
		wantPrivate bool
		wantHosts   []string
	}{
		{"loopback", addr("127.0.0.1"), "", false, false, false, loopbackHosts},
		{"loopback with a proxy's name", addr("::1"), "news.example", false, false, false, append([]string{"news.example"}, loopbackHosts...)},
		{"every interface", addr("0.0.0.0"), "", false, true, false, nil},
		{"one public address", addr("192.0.2.7"), "news.example, www.news.example", false, true, false, []string{"news.example", "www.news.example"}},
		{"private loopback", addr("127.0.0.1"), "", true, true, true, loopbackHosts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := accessOptions(tt.addr, tt.hosts, tt.private, chttp.MetricsLoopback)
			if o.RequireKey != tt.wantKey || o.Private != tt.wantPrivate || !slices.Equal(o.AllowedHosts, tt.wantHosts) || o.MetricsAccess != chttp.MetricsLoopback {
				t.Errorf("accessOptions = %+v", o)
			}
		})
	}
}

// TestServeChecksHostAndKeys runs `chorus serve` on loopback: a DNS
// rebinding request (a foreign Host) is refused, a keyed write is
// accepted, and a revoked key is refused.
func TestServeChecksHostAndKeys(t *testing.T) {
	data := t.TempDir()
	secret := strings.TrimSpace(keys(t, "add", "--data", data))
	base, stop := startServe(t, data)
	defer stop()
	post := func(host, key string) int {
		req, _ := http.NewRequest("POST", base+"/api/articles", strings.NewReader(`{"id":"k","text":"The ferry resumed service on Monday."}`))
		req.Header.Set("Content-Type", "application/json")
		if host != "" {
			req.Host = host
		}
		if key != "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if got := post("attacker.example", ""); got != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: status %d, want 421", got)
	}
	if got := post("", "chorus_wrong"); got != http.StatusUnauthorized {
		t.Errorf("bad key: status %d, want 401", got)
	}
	if got := post("", secret); got != http.StatusCreated {
		t.Errorf("keyed write: status %d, want 201", got)
	}
}

func TestWarnAccess(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		addr string
		keys bool
		want []string
		not  []string
	}{
		{"loopback", "127.0.0.1", false, nil, []string{"every network interface", "no API key"}},
		{"every interface, no key", "0.0.0.0", false, []string{"every network interface", "there is none yet"}, nil},
		{"every interface, a key", "::", true, []string{"every network interface"}, []string{"there is none yet"}},
		{"one address, no key", "192.0.2.7", false, []string{"there is none yet"}, []string{"every network interface"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := t.TempDir()
			if tt.keys {
				keys(t, "add", "--data", data)
			}
			svc, err := openService(ctx, data, "", service.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer svc.Close()
			var logs bytes.Buffer
			addr := &net.TCPAddr{IP: net.ParseIP(tt.addr), Port: 8080}
			if err := warnAccess(ctx, slog.New(slog.NewTextHandler(&logs, nil)), addr, accessOptions(addr, "", false, "loopback"), svc); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(logs.String(), w) {
					t.Errorf("no warning %q in %q", w, logs.String())
				}
			}
			for _, n := range tt.not {
				if strings.Contains(logs.String(), n) {
					t.Errorf("unexpected %q in %q", n, logs.String())
				}
			}
		})
	}
}
