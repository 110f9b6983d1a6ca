package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
)

func TestPprofLoopbackOnly(t *testing.T) {
	for _, tc := range []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:6060", true},
		{"[::1]:6060", true},
		{"localhost:0", true},
		{"127.0.0.2:6060", true},
		{"0.0.0.0:6060", false},
		{":6060", false},
		{"192.168.1.4:6060", false},
		{"example.org:6060", false},
		{"6060", false},
	} {
		err := loopbackAddr(tc.addr)
		if (err == nil) != tc.ok {
			t.Errorf("loopbackAddr(%q) = %v, want ok %v", tc.addr, err, tc.ok)
		}
		if err != nil && !errors.Is(err, errUsage) {
			t.Errorf("loopbackAddr(%q): %v is not a usage error", tc.addr, err)
		}
	}
	var stderr bytes.Buffer
	err := runServe(context.Background(), []string{"--pprof", "0.0.0.0:6060", "--data", t.TempDir()}, nil, io.Discard, &stderr)
	if !errors.Is(err, errUsage) {
		t.Errorf("serve --pprof 0.0.0.0:6060: err %v, want a usage error", err)
	}
}

func TestPprofServes(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var logs bytes.Buffer
	wait, err := servePprof(ctx, "127.0.0.1:0", slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	_, url, ok := strings.Cut(logs.String(), "url=")
	if !ok {
		cancel()
		wait()
		t.Fatalf("no url logged: %s", logs.String())
	}
	url = strings.TrimSpace(url)
	for _, page := range []string{"", "goroutine?debug=1", "heap?debug=1"} {
		res, err := http.Get(url + page)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || len(body) == 0 {
			t.Errorf("GET %s: %s, %d bytes", url+page, res.Status, len(body))
		}
	}
	cancel()
	wait()
	if _, err := http.Get(url); err == nil {
		t.Errorf("the profile server still answers after its context ended")
	}
}

func TestServeWithoutPprof(t *testing.T) {
	base, stop := startServe(t, t.TempDir())
	defer stop()
	res, err := http.Get(base + "/debug/pprof/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode == http.StatusOK {
		t.Errorf("the service's own address serves profiles")
	}
}
