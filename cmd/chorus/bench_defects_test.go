package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBenchDefectsArgs(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.tsv")
	b := filepath.Join(dir, "b.tsv")
	os.WriteFile(a, []byte("key\tlabel\nd:1:0:x\tok\nd:1:0:y\tcaption\n"), 0o644)
	os.WriteFile(b, []byte("key\tlabel\nd:1:0:x\tok\nd:1:0:y\tcaption\nd:2:0:z\tok\n"), 0o644)
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("d:1:0:x\tnonsense\n"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"no mode", nil, 2, ""},
		{"two modes", []string{"-agree", a + "," + b, "-labels", a}, 2, ""},
		{"agree", []string{"-agree", a + "," + b}, 0, "on the 2 sentences both labelled: 100.0% same label, Cohen's kappa 1.000"},
		{"agree needs two files", []string{"-agree", a}, 2, ""},
		{"bad labels", []string{"-agree", a + "," + bad}, 1, ""},
		{"bad split", []string{"-labels", a, "-split", "test"}, 2, ""},
		{"negative limit", []string{"-dataset", "duc2003", "-limit", "-1"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"bench", "defects"}, tt.args...), strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr.String())
			}
			if tt.out != "" && !strings.Contains(stdout.String(), tt.out) {
				t.Errorf("stdout lacks %q:\n%s", tt.out, stdout.String())
			}
		})
	}
}
