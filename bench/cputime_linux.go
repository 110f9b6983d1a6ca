package bench

import (
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

// threadClock measures the CPU time of the calling goroutine's OS thread,
// so timings do not count time spent waiting for a busy CPU. The caller
// must stay locked to its thread (see lockThread).
func threadClock() (time.Duration, bool) {
	var ts syscall.Timespec
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}

// lockThread pins the calling goroutine to its OS thread for threadClock.
func lockThread() func() {
	runtime.LockOSThread()
	return runtime.UnlockOSThread
}
