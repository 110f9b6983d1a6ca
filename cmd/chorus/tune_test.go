package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestTuneCommand(t *testing.T) {
	t.Parallel()
	data := benchData(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring expected on stdout
		stderr string // substring expected on stderr
	}{
		{"help", []string{"-h"}, 0, "VARIANT", ""},
		{"variants", []string{"-data", data, "-limit", "0", "overlap=0.35", "minsrc=2"}, 0, "minsrc=2", ""},
		{"base", []string{"-data", data, "-base", "learned=2"}, 0, "(base)", ""},
		{"test split refused", []string{"-data", data, "-dataset", "multinews-test"}, 2, "", "test set"},
		{"unknown parameter", []string{"-data", data, "bigsal=1"}, 2, "", "unknown parameter"},
		{"bad base", []string{"-data", data, "-base", "overlap"}, 2, "", "--base"},
		{"negative limit", []string{"-limit", "-1"}, 2, "", "negative"},
		{"missing model file", []string{"-data", data, "-model", data + "/none.json"}, 1, "", "cannot open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"tune"}, tt.args...), nil, &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stdout %q, stderr %q; want %q and %q", stdout.String(), stderr.String(), tt.stdout, tt.stderr)
			}
		})
	}
}
