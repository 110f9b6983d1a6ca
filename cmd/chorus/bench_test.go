package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// benchData writes a two-cluster invented dataset in the Multi-News format
// as multinews-val and returns its directory.
func benchData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"val.truncated.src.gz": "The museum reopened on Sunday after a long renovation of its halls. Visitors queued for hours in the rain. ||||| Officials said the museum renovation cost twelve million. The new halls show local art.\n" +
			"A marathon runner set a course record in the city race on Saturday. Thousands cheered along the river. ||||| The record-breaking runner thanked her coach after the race.\n",
		"val.truncated.tgt.gz": "The museum reopened on Sunday after a renovation costing twelve million.\n" +
			"A runner set a course record in the city marathon.\n",
	}
	for name, text := range files {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(text))
		zw.Close()
		path := filepath.Join(dir, "multi-news", name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBenchCommand(t *testing.T) {
	data := benchData(t)
	out := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string // substring expected on stdout
		stderr   string // substring expected on stderr
		jsonRows int    // with --json: rows expected
	}{
		{"help", []string{"-h"}, 0, "-dataset", "", 0},
		{"no dataset", []string{}, 2, "", "--dataset is required", 0},
		{"bad flag", []string{"--frobnicate"}, 2, "", "frobnicate", 0},
		{"unknown dataset", []string{"--dataset", "cnn"}, 2, "", "unknown dataset", 0},
		{"unknown system", []string{"--dataset", "multinews-val", "--system", "lead,gpt"}, 2, "", "unknown system", 0},
		{"stray argument", []string{"--dataset", "multinews-val", "extra"}, 2, "", "unexpected argument", 0},
		{"missing data", []string{"--dataset", "multinews-test", "--data", data, "--system", "lead"}, 1, "", "cannot open", 0},
		{"table", []string{"--dataset", "multinews-val", "--data", data, "--system", "lead,oracle"}, 0, "ROUGE-SU4 F", "", 0},
		{"json and out", []string{"--dataset", "multinews-val", "--data", data, "--system", "lead,textrank", "--json", "--out", out}, 0, `"rows"`, "", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"bench"}, tc.args...), strings.NewReader(""), &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stdout %q lacks %q or stderr %q lacks %q", stdout.String(), tc.stdout, stderr.String(), tc.stderr)
			}
			if tc.jsonRows > 0 {
				var res struct {
					Dataset string
					Rows    []struct{ System string }
				}
				if err := json.Unmarshal(stdout.Bytes(), &res); err != nil || len(res.Rows) != tc.jsonRows || res.Dataset != "multinews-val" {
					t.Errorf("JSON %s: %v", stdout.String(), err)
				}
			}
		})
	}
	for _, f := range []string{"lead/multinews-val-0.txt", "textrank/multinews-val-1.txt"} {
		b, err := os.ReadFile(filepath.Join(out, f))
		if err != nil || len(bytes.TrimSpace(b)) == 0 {
			t.Errorf("--out file %s: %v, %q", f, err, b)
		}
	}
	// Each cluster's ROUGE beside its summary: a header, then a metric per
	// line with recall, precision and F ×100.
	b, err := os.ReadFile(filepath.Join(out, "lead/multinews-val-0.rouge.tsv"))
	if err != nil {
		t.Fatalf("--out scores: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) < 3 || lines[0] != "metric\trecall\tprecision\tf" || !strings.HasPrefix(lines[1], "ROUGE-1\t") {
		t.Fatalf("--out scores:\n%s", b)
	}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			t.Fatalf("--out scores line %q", l)
		}
		for _, v := range f[1:] {
			if x, err := strconv.ParseFloat(v, 64); err != nil || x < 0 || x > 100 {
				t.Errorf("--out scores line %q: value %q", l, v)
			}
		}
	}
}

func TestBenchClusteringDispatch(t *testing.T) {
	var stdout, stderr bytes.Buffer
	run(context.Background(), []string{"bench", "clustering", "-h"}, strings.NewReader(""), &stdout, &stderr)
	if strings.Contains(stderr.String(), "--dataset is required") || strings.Contains(stderr.String(), "unexpected argument") {
		t.Errorf("bench clustering went to the summary benchmark: %s", stderr.String())
	}
}

func TestSafeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"d30001t", "d30001t"},
		{"multinews-test-12", "multinews-test-12"},
		{"../etc/passwd", "_etc_passwd"},
		{"..", "_"},
		{"a b/c", "a_b_c"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := safeName(tc.in); got != tc.want {
				t.Errorf("safeName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
