package main

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestBcubed(t *testing.T) {
	tests := []struct {
		name    string
		found   map[string]int64
		p, r, f float64
	}{
		{"perfect", map[string]int64{"0/0": 1, "0/1": 1, "1/0": 2}, 1, 1, 1},
		{"all in one story", map[string]int64{"0/0": 1, "0/1": 1, "1/0": 1, "1/1": 1}, 0.5, 1, 2.0 / 3},
		{"all apart", map[string]int64{"0/0": 1, "0/1": 2, "1/0": 3, "1/1": 4}, 1, 0.5, 2.0 / 3},
		// Cluster 0 split 2+1: precision 1; recall (2/3+2/3+1/3+1)/4.
		{"one split", map[string]int64{"0/0": 1, "0/1": 1, "0/2": 2, "1/0": 3}, 1, (2.0/3 + 2.0/3 + 1.0/3 + 1) / 4, 0},
		{"empty", map[string]int64{}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, f := bcubed(tt.found, goldOf(tt.found))
			want := tt.f
			if want == 0 && tt.p+tt.r > 0 {
				want = 2 * tt.p * tt.r / (tt.p + tt.r)
			}
			if !near(p, tt.p) || !near(r, tt.r) || !near(f, want) {
				t.Errorf("bcubed = %.4f %.4f %.4f, want %.4f %.4f %.4f", p, r, f, tt.p, tt.r, want)
			}
		})
	}
}

func TestMoved(t *testing.T) {
	base := map[string]int64{"a": 1, "b": 1, "c": 2}
	tests := []struct {
		name  string
		other map[string]int64
		want  int
	}{
		{"same stories, other numbers", map[string]int64{"a": 7, "b": 7, "c": 9}, 0},
		{"c joins a and b", map[string]int64{"a": 1, "b": 1, "c": 1}, 3},
		{"b leaves", map[string]int64{"a": 1, "b": 3, "c": 2}, 2},
		{"an article only in one run is left out", map[string]int64{"a": 1, "b": 1, "c": 2, "d": 2}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := moved(base, tt.other); got != tt.want {
				t.Errorf("moved = %d, want %d", got, tt.want)
			}
			_, _, f := bcubed(tt.other, asTruth(base))
			if (tt.want == 0) != near(f, 1) {
				t.Errorf("B³ F1 against base = %.4f with %d moved", f, tt.want)
			}
		})
	}
}

func TestLongestPause(t *testing.T) {
	t0 := time.Unix(1000, 0)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	tests := []struct {
		name  string
		times []time.Time
		end   time.Time
		want  time.Duration
	}{
		{"none", nil, at(3), 3 * time.Second},
		{"middle", []time.Time{at(1), at(4), at(4.5)}, at(5), 3 * time.Second},
		{"tail", []time.Time{at(0.5), at(1)}, at(6), 5 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := longestPause(tt.times, t0, tt.end); got != tt.want {
				t.Errorf("longestPause = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLatency(t *testing.T) {
	t0 := time.Unix(1000, 0)
	l := &postLog{}
	for i := 1; i <= 100; i++ {
		l.requests = append(l.requests, request{start: t0, end: t0.Add(time.Duration(i) * time.Millisecond), status: 201})
	}
	l.requests = append(l.requests, request{start: t0, end: t0.Add(time.Hour)}) // failed: not counted
	if got := l.latency(0.5); got != 51*time.Millisecond {
		t.Errorf("p50 = %v, want 51ms", got)
	}
	if got := l.latency(0.99); got != 100*time.Millisecond {
		t.Errorf("p99 = %v, want 100ms", got)
	}
	if got := l.retries(); got != 1 {
		t.Errorf("retries = %d, want 1", got)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestRotate(t *testing.T) {
	tests := []struct {
		round int
		want  []int
	}{{0, []int{1, 4, 2}}, {1, []int{4, 2, 1}}, {2, []int{2, 1, 4}}, {3, []int{1, 4, 2}}}
	for _, tt := range tests {
		if got := rotate([]int{1, 4, 2}, tt.round); !slices.Equal(got, tt.want) {
			t.Errorf("rotate(1,4,2, %d) = %v, want %v", tt.round, got, tt.want)
		}
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}}
	for _, tt := range tests {
		if got := median(slices.Clone(tt.in)); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestProcActivity checks that a process's system calls and context
// switches are read and grow with its writes and sleeps, and that a gone
// process counts nothing.
func TestProcActivity(t *testing.T) {
	if _, err := os.Stat("/proc/self/io"); err != nil {
		t.Skip("no /proc/PID/io here")
	}
	before := procActivity(os.Getpid())
	f, err := os.Create(filepath.Join(t.TempDir(), "w"))
	if err != nil {
		t.Fatal(err)
	}
	for range 50 {
		if _, err := f.Write([]byte("x")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Millisecond)
	}
	f.Close()
	d := procActivity(os.Getpid()).sub(before)
	if d.syscalls < 50 || d.switches < 1 {
		t.Errorf("50 writes and sleeps counted as %d system calls and %d switches", d.syscalls, d.switches)
	}
	if a := procActivity(1 << 30); a != (activity{}) {
		t.Errorf("a process that does not exist: %+v", a)
	}
}
