package service

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// threadNice reads the nice value of the calling OS thread from /proc.
func threadNice(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/self/task/%d/stat", syscall.Gettid()))
	if err != nil {
		t.Fatal(err)
	}
	// The fields after the command name (which may hold spaces), from
	// field 3 (state): nice is field 19.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	n, err := strconv.Atoi(f[19-3])
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBackground runs work on the pool's threads at the pool's niceness,
// leaves the calling thread's alone, and runs work on the caller's thread
// once the pool is closed.
func TestBackground(t *testing.T) {
	base := threadNice(t)
	if base >= 19 {
		t.Skipf("the test runs at nice %d already", base)
	}
	want := min(base+5, 19)
	b := newBackground(2, want, slog.New(slog.DiscardHandler))
	if b == nil {
		t.Fatal("no pool on Linux")
	}
	got := make(chan int, 4)
	for range 4 {
		b.run(func() { got <- threadNice(t) })
	}
	for range 4 {
		if n := <-got; n != want {
			t.Errorf("work ran at nice %d, want %d", n, want)
		}
	}
	b.close()
	b.run(func() { got <- threadNice(t) })
	if n := <-got; n != base {
		t.Errorf("after close, work ran at nice %d, want the caller's %d", n, base)
	}
}

// TestRunSummaryNice: under Run, with Options.SummaryNice, summaries are
// computed on threads of that niceness; without it, at the process's.
func TestRunSummaryNice(t *testing.T) {
	base := threadNice(t)
	if base >= 19 {
		t.Skipf("the test runs at nice %d already", base)
	}
	for _, tc := range []struct {
		name string
		nice int
		want int
	}{
		{"nice", min(base+3, 19), min(base+3, 19)},
		{"default priority", 0, base},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seen := make(chan int, 8)
			summarize := func(arts []chorus.Article, o chorus.Options) (chorus.Summary, error) {
				seen <- threadNice(t)
				return leadSummarize(arts, o)
			}
			clock := &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
			s, err := Open(context.Background(), openDB(t, t.TempDir()), Options{Clock: clock.Now, Summarize: summarize,
				Poll: time.Millisecond, SummaryNice: tc.nice})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error)
			go func() { done <- s.Run(ctx) }()
			if _, err := s.Ingest(context.Background(), []chorus.Article{damA, chess}); err != nil {
				t.Fatal(err)
			}
			for range 2 {
				select {
				case n := <-seen:
					if n != tc.want {
						t.Errorf("summary computed at nice %d, want %d", n, tc.want)
					}
				case <-time.After(10 * time.Second):
					t.Fatal("no summary computed")
				}
			}
			cancel()
			<-done
		})
	}
}
