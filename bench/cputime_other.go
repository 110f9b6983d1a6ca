//go:build !linux

package bench

import "time"

// threadClock is unavailable off Linux: timings fall back to wall time.
func threadClock() (time.Duration, bool) { return 0, false }

// lockThread does nothing off Linux.
func lockThread() func() { return func() {} }
