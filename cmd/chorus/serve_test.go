package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a server.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{{"--workers", "0"}, {"--max-body", "big"}, {"extra"}, {"--log-level", "loud"}, {"--poll", "-1s"}, {"--fetch-allow", "10.0.0.0/99"}} {
		var stderr bytes.Buffer
		if err := runServe(context.Background(), args, nil, io.Discard, &stderr); !errors.Is(err, errUsage) {
			t.Errorf("%v: err %v, want errUsage", args, err)
		}
	}
}

// startServe runs `chorus serve` on a free port and returns its base URL
// and a function that stops it and returns its error.
func startServe(t *testing.T, dir string) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, []string{"--addr", "127.0.0.1:0", "--data", dir, "--poll", "0"}, nil, io.Discard, &stderr)
	}()
	re := regexp.MustCompile(`url=(http://[0-9.:]+)`)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			stop := func() error {
				cancel()
				select {
				case err := <-done:
					return err
				case <-time.After(10 * time.Second):
					return errors.New("serve did not stop")
				}
			}
			return m[1], stop
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve ended early: %v\n%s", err, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start:\n%s", stderr.String())
		}
	}
}

// writeArticles writes an invented cluster of plain-text articles.
func writeArticles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	texts := map[string]string{
		"a.txt": "The river ferry resumed service on Monday after a storm damaged its landing ramp.\n\nOperators said repairs to the ramp took two days and cost the harbour board forty thousand pounds.",
		"b.txt": "Ferry service on the river restarted Monday, two days after the storm.\n\nThe operator thanked passengers for their patience.",
		"c.txt": "The river ferry resumed service on Monday after a storm damaged its landing ramp.\n\nOperators said repairs to the ramp took two days and cost the harbour board forty thousand pounds.\n\n(Wire copy.)",
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestServeAndIngestOverHTTP(t *testing.T) {
	// A small body limit makes the client split its batch of three.
	t.Setenv("CHORUS_MAX_BODY", "400")
	base, stop := startServe(t, t.TempDir())
	in := writeArticles(t)
	var out, errb bytes.Buffer
	if err := runIngest(context.Background(), []string{"--server", base, in}, nil, &out, &errb); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errb.String())
	}
	if !strings.HasPrefix(out.String(), "3 created, 0 updated, 0 unchanged") {
		t.Errorf("ingest printed %q", out.String())
	}
	res, err := http.Get(base + "/api/stories")
	if err != nil {
		t.Fatal(err)
	}
	var page struct{ Total int }
	err = json.NewDecoder(res.Body).Decode(&page)
	res.Body.Close()
	if err != nil || page.Total < 1 {
		t.Errorf("stories after ingest: %+v %v", page, err)
	}
	res, err = http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(metrics), `chorus_http_requests_total{method="POST",route="POST /api/articles",status="413"}`) {
		t.Errorf("the batch was never too large for the server: the split went untested\n%s", metrics)
	}
	for _, name := range []string{"chorus_jobs_queued", "chorus_jobs_running", "chorus_jobs_done_total", "chorus_jobs_failed_total", "chorus_jobs_oldest_age_seconds", "chorus_index_rebuilds_total", "chorus_store_lock_wait_seconds_count"} {
		if !strings.Contains(string(metrics), name) {
			t.Errorf("/metrics lacks %s", name)
		}
	}
	if err := stop(); err != nil {
		t.Errorf("serve: %v", err)
	}
}
