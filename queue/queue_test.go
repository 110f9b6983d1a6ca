package queue

import (
	"testing"
	"time"
)

// TestBackoff checks the retry delays.
func TestBackoff(t *testing.T) {
	for _, tt := range []struct {
		attempt int
		want    time.Duration
	}{{1, time.Second}, {2, 2 * time.Second}, {5, 16 * time.Second}, {11, 10 * time.Minute}, {40, 10 * time.Minute}} {
		if got := Backoff(tt.attempt); got != tt.want {
			t.Errorf("Backoff(%d) = %v, want %v", tt.attempt, got, tt.want)
		}
	}
}

// TestAlign checks the grid of due times of AlignDue: a time after now
// moves up to the next multiple of the tick (in Unix time), a multiple or
// a time not after now stays, and without a tick nothing moves.
func TestAlign(t *testing.T) {
	var q Queue[struct{}]
	now := time.Unix(1_700_000_000, 250e6)
	at := func(s, ms int64) time.Time { return time.Unix(1_700_000_000+s, ms*1e6) }
	if got := q.align(at(1, 300), now); !got.Equal(at(1, 300)) {
		t.Errorf("without a tick: %v", got)
	}
	q.AlignDue(time.Second, func() {})
	for _, tt := range []struct{ at, want time.Time }{
		{at(1, 300), at(2, 0)},
		{at(1, 0), at(1, 0)},
		{at(0, 251), at(1, 0)},
		{at(0, 250), at(0, 250)}, // due now
		{at(-3, 700), at(-3, 700)},
	} {
		if got := q.align(tt.at, now); !got.Equal(tt.want) {
			t.Errorf("align(%v) = %v, want %v", tt.at, got, tt.want)
		}
	}
	q.AlignDue(400*time.Millisecond, func() {})
	if got, want := q.align(at(1, 300), now), at(1, 600); !got.Equal(want) {
		t.Errorf("400 ms tick: align = %v, want %v", got, want)
	}
}

// TestTicking checks that ticking calls AlignDue's fetch just after each
// multiple of the tick, and stops when told.
func TestTicking(t *testing.T) {
	var q Queue[struct{}]
	const tick = 200 * time.Millisecond
	calls := make(chan time.Time, 100)
	q.AlignDue(tick, func() { calls <- time.Now() })
	stop := q.ticking()
	for range 3 {
		select {
		case c := <-calls:
			if off := time.Duration(c.UnixNano() % int64(tick)); off < fetchOffset || off > fetchOffset+150*time.Millisecond {
				t.Errorf("fetch %s after a multiple of the tick", off)
			}
		case <-time.After(time.Second):
			t.Fatal("no fetch")
		}
	}
	stop()
	n := len(calls)
	time.Sleep(3 * tick)
	if len(calls) != n {
		t.Errorf("%d fetches after stop", len(calls)-n)
	}
}

// TestFetchPoll checks River's own poll for jobs: every Poll, and every
// tickedPolls ticks once AlignDue's ticks fetch.
func TestFetchPoll(t *testing.T) {
	var q Queue[struct{}]
	r := &runner[struct{}]{q: &q, cfg: Config{Poll: 300 * time.Millisecond}}
	if got := r.fetchPoll(); got != 300*time.Millisecond {
		t.Errorf("without ticks: every %s, want every Poll", got)
	}
	q.AlignDue(time.Second, func() {})
	if got, want := r.fetchPoll(), tickedPolls*time.Second; got != want {
		t.Errorf("with ticks: every %s, want %s", got, want)
	}
	q.AlignDue(0, nil)
	if got := r.fetchPoll(); got != 300*time.Millisecond {
		t.Errorf("ticks off: every %s, want every Poll", got)
	}
}
