package service

import "syscall"

// canNice reports whether niceThread can lower one thread's priority.
const canNice = true

// niceThread sets the nice value of the calling OS thread (on Linux each
// thread has its own; setpriority with a thread ID sets that thread's).
func niceThread(nice int) error {
	return syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), nice)
}
