package http_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	chttp "github.com/chorusnews/chorus/http"
)

func TestServeShutsDownGracefully(t *testing.T) {
	_, s := newServer(t, chttp.Options{ShutdownTimeout: 5 * time.Second})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	res, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), "ok") {
		t.Fatalf("healthz: %d %s", res.StatusCode, body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestListenAndServeBadAddress(t *testing.T) {
	_, s := newServer(t, chttp.Options{})
	if err := s.ListenAndServe(context.Background(), "256.0.0.1:http"); err == nil {
		t.Error("listening on a bad address succeeded")
	}
}

// FuzzPostArticles checks that no request body makes the API fail with a
// server error or answer anything but JSON.
func FuzzPostArticles(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Text."}`, `[{"text":"<p>x</p>"}]`, `{"articles":[{"text":"t"}]}`,
		`{"articles":null}`, `[null]`, `{"text":1}`, `{"published":"yesterday","text":"t"}`, `[`, `{}`, ``,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		_, s := newServer(t, chttp.Options{MaxBodyBytes: 4096})
		res, out := do(t, s, "POST", "/api/articles", "application/json", body)
		if res.StatusCode >= 500 {
			t.Errorf("status %d for %q: %s", res.StatusCode, body, out)
		}
		if !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
			t.Errorf("Content-Type %q", res.Header.Get("Content-Type"))
		}
	})
}
