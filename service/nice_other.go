//go:build !linux

package service

// canNice reports whether niceThread can lower one thread's priority:
// only on Linux is the nice value a thread's own.
const canNice = false

// niceThread does nothing where threads share their process's priority.
func niceThread(int) error { return nil }
