package service

import (
	"log/slog"
	"runtime"
	"sync"
)

// Summaries are background work: nobody waits for one, and a summary job
// that waits longer takes in more of its story's changes (one computation
// for the burst). Ingest, by contrast, waits for the story assigner. When
// several processes share a machine, each summary worker competes for the
// cores with every process's assigner and request handlers at the same
// priority, so the critical path of a write slows down as processes are
// added. Options.SummaryNice computes summaries on OS threads of lower
// scheduling priority (a higher nice value, Linux only): they use the
// cores the writes leave idle.

// background runs summaries on OS threads of lower priority, one thread
// per worker slot. Its zero value is not ready: use newBackground.
type background struct {
	work   chan func()
	mu     sync.RWMutex // held shared by run, exclusively by close
	closed bool
	wg     sync.WaitGroup
}

// newBackground starts n threads at the given niceness and returns them,
// or nil when the platform cannot lower a thread's priority (then
// summaries run on the worker's goroutine). A thread whose priority cannot
// be lowered logs why and runs its work all the same.
func newBackground(n, nice int, log *slog.Logger) *background {
	if !canNice {
		return nil
	}
	b := &background{work: make(chan func())}
	for range n {
		b.wg.Add(1)
		go b.loop(nice, log)
	}
	return b
}

// loop runs work on one thread until the pool closes. The goroutine keeps
// its thread locked and never unlocks it, so the thread ends with it:
// no other goroutine ever runs at its priority (the runtime also never
// clones a locked thread to start another).
func (b *background) loop(nice int, log *slog.Logger) {
	defer b.wg.Done()
	runtime.LockOSThread()
	if err := niceThread(nice); err != nil {
		log.Warn("cannot lower the priority of a summary thread", "nice", nice, "err", err)
	}
	for fn := range b.work {
		fn()
	}
}

// run calls fn on one of the pool's threads (on the caller's once the
// pool is closed) and returns when it returns. fn must not panic.
func (b *background) run(fn func()) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		fn()
		return
	}
	done := make(chan struct{})
	b.work <- func() {
		defer close(done)
		fn()
	}
	<-done
}

// close ends the threads once the work in hand is done.
func (b *background) close() {
	b.mu.Lock()
	if !b.closed {
		b.closed = true
		close(b.work)
	}
	b.mu.Unlock()
	b.wg.Wait()
}
