package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestBenchClusteringCommand checks the exit codes of `chorus bench
// clustering`: a table from data, 1 with a message when the data is
// missing (as `chorus bench`), 2 for a usage mistake.
func TestBenchClusteringCommand(t *testing.T) {
	data := benchData(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"table", []string{"--dataset", "multinews-val", "--data", data}, 0, "multinews-val", ""},
		{"json", []string{"--dataset", "multinews-val", "--data", data, "--json"}, 0, `"bcubed_f1"`, ""},
		{"missing data", []string{"--dataset", "duc2004", "--data", t.TempDir()}, 1, "", "no such file"},
		{"bad flag", []string{"--no-such-flag"}, 2, "", "chorus bench: clustering: flag provided but not defined: -no-such-flag\n"},
		{"extra argument", []string{"--data", data, "extra"}, 2, "", "chorus bench: clustering: unexpected argument \"extra\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"bench", "clustering"}, tt.args...), strings.NewReader(""), &stdout, &stderr)
			if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout.String(), stderr.String())
			}
		})
	}
}
