package service

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/mock"
)

// syncBuffer is a bytes.Buffer safe for the workers and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestWorkerErrorsLogged checks that a summary job's store error reaches
// Options.Logger instead of vanishing.
func TestWorkerErrorsLogged(t *testing.T) {
	// The store fails every View once failing is set.
	db := openDB(t, t.TempDir())
	var failing atomic.Bool
	store := &mock.Store{Store: db, ViewFn: func(ctx context.Context, fn func(chorus.StoreReader) error) error {
		if failing.Load() {
			return errors.New("disk on fire")
		}
		return db.View(ctx, fn)
	}}
	var out syncBuffer
	s, err := Open(context.Background(), store, Options{Summarize: leadSummarize, Poll: time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(&out, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(context.Background(), []chorus.Article{damA}); err != nil {
		t.Fatal(err)
	}
	failing.Store(true)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	// The worker's record, not the story assigner's (which meets the same
	// failing store when it takes the lead).
	worker := func(log string) bool {
		for _, line := range strings.Split(log, "\n") {
			if strings.Contains(line, `msg="summary job"`) && strings.Contains(line, "disk on fire") && strings.Contains(line, "level=ERROR") {
				return true
			}
		}
		return false
	}
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && !worker(out.String()); {
		time.Sleep(2 * time.Millisecond)
	}
	cancel()
	<-done
	if got := out.String(); !worker(got) {
		t.Errorf("log = %q, want the worker's error", got)
	}
}
