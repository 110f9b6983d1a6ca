package main

import (
	"slices"
	"testing"
)

// TestSteadySysmonEnv checks the environment `chorus serve` runs again
// with: steadySchedtrace added to GODEBUG (other settings kept), nothing
// changed when GODEBUG sets schedtrace already.
func TestSteadySysmonEnv(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want []string
		ok   bool
	}{
		{[]string{"HOME=/h"}, []string{"HOME=/h", "GODEBUG=" + steadySchedtrace}, true},
		{[]string{"GODEBUG=gctrace=1", "A=b"}, []string{"A=b", "GODEBUG=gctrace=1," + steadySchedtrace}, true},
		{[]string{"GODEBUG="}, []string{"GODEBUG=" + steadySchedtrace}, true},
		{[]string{"GODEBUG=schedtrace=0", "A=b"}, []string{"GODEBUG=schedtrace=0", "A=b"}, false},
		{[]string{"GODEBUG=gctrace=1, schedtrace=500"}, []string{"GODEBUG=gctrace=1, schedtrace=500"}, false},
	} {
		got, ok := steadySysmonEnv(tt.in)
		if ok != tt.ok || !slices.Equal(got, tt.want) {
			t.Errorf("steadySysmonEnv(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestServesPostgres checks which `chorus serve` arguments steady the
// system monitor: a non-empty --db in any flag spelling, else CHORUS_DB.
func TestServesPostgres(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "CHORUS_DB" {
				return v
			}
			return ""
		}
	}
	for _, tt := range []struct {
		args []string
		env  string
		want bool
	}{
		{nil, "", false},
		{[]string{"--data", "d"}, "", false},
		{[]string{"--db", "postgres://h/c"}, "", true},
		{[]string{"-db=postgres://h/c", "--workers", "2"}, "", true},
		{[]string{"--addr", ":1", "--db=postgres://h/c"}, "", true},
		{nil, "postgres://h/c", true},
		{[]string{"--db="}, "postgres://h/c", false}, // the flag beats the environment
		{[]string{"--", "--db", "x"}, "", false},
		{[]string{"--dbx", "x"}, "", false},
	} {
		if got := servesPostgres(tt.args, env(tt.env)); got != tt.want {
			t.Errorf("servesPostgres(%q, CHORUS_DB=%q) = %v, want %v", tt.args, tt.env, got, tt.want)
		}
	}
}
