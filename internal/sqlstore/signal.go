package sqlstore

import "sync"

// Signal is a broadcast: Wait returns a channel that the next Fire closes.
// The zero value is ready to use.
type Signal struct {
	mu sync.Mutex
	c  chan struct{}
}

// Wait returns the channel closed by the next Fire.
func (s *Signal) Wait() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.c == nil {
		s.c = make(chan struct{})
	}
	return s.c
}

// Fire closes the channel of the callers of Wait so far.
func (s *Signal) Fire() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.c != nil {
		close(s.c)
		s.c = nil
	}
}
