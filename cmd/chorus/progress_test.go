package main

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/service"
)

// TestIngestProgress ingests N invented articles into the embedded store
// with a bar drawn on a buffer (unthrottled) and checks that the bar showed
// every count from 0 to N, within batches too, not once per batch.
func TestIngestProgress(t *testing.T) {
	ctx := context.Background()
	places := []string{"Arlen", "Bosk", "Carrow", "Dunmere", "Elst", "Fenwick", "Garth"}
	var arts []chorus.Article
	for i, p := range places {
		arts = append(arts, chorus.Article{ID: strconv.Itoa(i), Title: p + " opens a library",
			Text: fmt.Sprintf("The town of %s opened its first public library on Saturday. %s's mayor said %d readers signed up on the first day.", p, p, 40+i)})
	}
	frame := regexp.MustCompile(`\((\d+)/(\d+), `)
	tests := []struct {
		name  string
		batch int
	}{
		{"one batch", 100},
		{"batches of 3", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			svc, err := openService(ctx, t.TempDir(), "", service.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer svc.Close()
			var buf bytes.Buffer
			bar := newBar(&buf, len(arts), 0)
			tally, err := ingestBatches(ctx, arts, tc.batch, svc.Ingest, bar)
			if err != nil {
				t.Fatal(err)
			}
			if tally.created != len(arts) {
				t.Errorf("created %d, want %d", tally.created, len(arts))
			}
			seen := map[int]bool{}
			for _, m := range frame.FindAllStringSubmatch(buf.String(), -1) {
				k, _ := strconv.Atoi(m[1])
				seen[k] = true
				if m[2] != strconv.Itoa(len(arts)) {
					t.Errorf("frame %q: total %s, want %d", m[0], m[2], len(arts))
				}
			}
			for k := 0; k <= len(arts); k++ {
				if !seen[k] {
					t.Errorf("no frame showed %d/%d; output %q", k, len(arts), buf.String())
				}
			}
		})
	}
}

// lockedBuffer is a bytes.Buffer safe for a writer and a reader in two
// goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestBarRefresh holds one batch in flight (a slow server) until the bar
// has been redrawn three more times: refresh keeps drawing it.
func TestBarRefresh(t *testing.T) {
	var w lockedBuffer
	bar := newBar(&w, 2, 0)
	frames := func() int { return strings.Count(w.String(), "ingesting") }
	first := frames()
	stop := refresh(bar, time.Millisecond)
	defer stop()
	send := func(ctx context.Context, arts []chorus.Article) ([]chorus.IngestResult, error) {
		deadline := time.Now().Add(10 * time.Second)
		for frames() < first+3 {
			if time.Now().After(deadline) {
				return nil, fmt.Errorf("%d frames drawn during the batch, want %d", frames()-first, 3)
			}
			time.Sleep(time.Millisecond)
		}
		return make([]chorus.IngestResult, len(arts)), nil
	}
	arts := []chorus.Article{{Text: "One."}, {Text: "Two."}}
	if _, err := ingestBatches(context.Background(), arts, 2, send, bar); err != nil {
		t.Fatal(err)
	}
	if got := refresh(nil, time.Millisecond); got == nil {
		t.Fatal("refresh(nil) returned a nil stop")
	} else {
		got()
	}
}
