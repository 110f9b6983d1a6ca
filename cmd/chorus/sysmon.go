package main

import "strings"

// Go's system monitor (sysmon) is a runtime thread that sleeps in steps
// while the program runs: 20 µs at first, doubling up to 10 ms once it has
// had nothing to do for a while. When every goroutine waits it sleeps
// until woken, and the next system call (a socket read or write) wakes it
// with its step back at 20 µs. A `chorus serve` process sharing a
// PostgreSQL store with others is idle between most of its requests and
// database round trips, so its monitor went back to 20 µs steps a few
// times per article: with four processes on one stream, 38-45% of the
// processes' context switches were the monitor's (perf sched:sched_switch,
// Multi-News validation), and a process's context switches per article
// doubled from one process to four. With schedtrace set, the monitor never
// sleeps until woken, so its step stays at 10 ms while the process idles
// (100 wake-ups a second: about 0.4% of a core while it idles, against
// 0.1% without). Only `chorus serve` on PostgreSQL does so: the store
// of several processes; the embedded SQLite default keeps its idle cost.
// schedtrace also prints
// one scheduler line every steadySchedtrace milliseconds, about 24.8 days,
// counted from the machine's boot, and a scheduler dump before the stack
// of a crash.

// steadySchedtrace is the GODEBUG schedtrace setting of `chorus serve`:
// the longest interval schedtrace takes, in milliseconds.
const steadySchedtrace = "schedtrace=2147483647"

// servesPostgres reports whether the `chorus serve` arguments args (after
// "serve") name a PostgreSQL store: a non-empty --db, else a non-empty
// CHORUS_DB from getenv (see storeFlags).
func servesPostgres(args []string, getenv func(string) string) bool {
	db, set := "", false
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "db" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			i++
			value = args[i]
		}
		db, set = value, true
	}
	if !set {
		db = getenv("CHORUS_DB")
	}
	return db != ""
}

// steadySysmonEnv returns environ with steadySchedtrace added to GODEBUG,
// and false when GODEBUG sets schedtrace already (an operator's choice,
// schedtrace=0 included, is kept).
func steadySysmonEnv(environ []string) ([]string, bool) {
	out := make([]string, 0, len(environ)+1)
	godebug := ""
	for _, kv := range environ {
		if v, ok := strings.CutPrefix(kv, "GODEBUG="); ok {
			godebug = v
			continue
		}
		out = append(out, kv)
	}
	for _, s := range strings.Split(godebug, ",") {
		if strings.HasPrefix(strings.TrimSpace(s), "schedtrace=") {
			return environ, false
		}
	}
	if godebug != "" {
		godebug += ","
	}
	return append(out, "GODEBUG="+godebug+steadySchedtrace), true
}
