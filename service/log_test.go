package service

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/sqlite"
)

// failingStore fails every View once failing is set.
type failingStore struct {
	chorus.Store
	failing atomic.Bool
}

func (f *failingStore) View(ctx context.Context, fn func(chorus.StoreReader) error) error {
	if f.failing.Load() {
		return errors.New("disk on fire")
	}
	return f.Store.View(ctx, fn)
}

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

// TestWorkerErrorsLogged checks that a worker's store error reaches
// Options.Logger instead of vanishing.
func TestWorkerErrorsLogged(t *testing.T) {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "chorus.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	store := &failingStore{Store: db}
	var out syncBuffer
	s, err := Open(context.Background(), store, Options{Summarize: leadSummarize, Poll: time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(&out, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	store.failing.Store(true)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && !strings.Contains(out.String(), "disk on fire"); {
		time.Sleep(2 * time.Millisecond)
	}
	cancel()
	<-done
	if got := out.String(); !strings.Contains(got, "disk on fire") || !strings.Contains(got, "level=ERROR") {
		t.Errorf("log = %q, want the worker's error", got)
	}
}
