package main

import (
	"os"
	"syscall"
)

// steadySysmon re-executes this process with steadySchedtrace in GODEBUG
// (see sysmon.go), which the runtime reads only as a program starts. It
// returns, doing nothing, when GODEBUG sets schedtrace already or the
// executable cannot be run again; on success it does not return (the
// process keeps its ID).
func steadySysmon() {
	env, ok := steadySysmonEnv(os.Environ())
	if !ok {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	syscall.Exec(exe, os.Args, env)
}
