package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractionData writes an invented one-page scrapinghub-aeb set and
// returns the data folder.
func extractionData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	body := "The council of Amberley voted on Monday to reopen the old railway footbridge, which has been closed since a storm damaged its handrails last winter. Work will start in spring and cost about forty thousand pounds, the council said in a statement."
	files := map[string]string{
		"ground-truth.json.gz": `{"a1":{"articleBody":"` + body + `","url":"https://example.com/a1"}}`,
		"html/a1.html.gz":      `<html><head><title>Footbridge to reopen</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Footbridge to reopen</h1><p>` + body + `</p></article><footer>About us</footer></body></html>`,
		"point_scores.json.gz": `{"tooly":{"version":"2","precision":1,"recall":0.5,"f1":0.66667,"per_page":{"a1":[0.5,0,0.5]}}}`,
	}
	for name, text := range files {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(text))
		zw.Close()
		path := filepath.Join(dir, "extraction", "scrapinghub-aeb", name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBenchExtractionCommand(t *testing.T) {
	data := extractionData(t)
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr string
	}{
		{"help", []string{"-h"}, 0, "--dataset NAME", ""},
		{"no dataset", []string{}, 2, "", "--dataset is required"},
		{"unknown dataset", []string{"--dataset", "cnn"}, 2, "", "unknown dataset"},
		{"negative limit", []string{"--dataset", "readability", "--limit", "-1"}, 2, "", "must not be negative"},
		{"unknown half", []string{"--dataset", "readability", "--half", "left"}, 2, "", "unknown --half"},
		{"half of the test set", []string{"--dataset", "scrapinghub-aeb", "--half", "tune"}, 2, "", "--half is for the dev sets"},
		{"stray argument", []string{"--dataset", "readability", "x"}, 2, "", "unexpected argument"},
		{"missing data", []string{"--dataset", "readability", "--data", t.TempDir()}, 1, "", "cannot read readability pages"},
		{"table", []string{"--dataset", "scrapinghub-aeb", "--data", data}, 0, "tooly *", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"bench", "extraction"}, tc.args...), strings.NewReader(""), &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stdout %q lacks %q or stderr %q lacks %q", stdout.String(), tc.stdout, stderr.String(), tc.stderr)
			}
		})
	}

	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"bench", "extraction", "--dataset", "scrapinghub-aeb", "--data", data, "--json"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("--json: exit %d: %s", code, stderr.String())
	}
	var res struct {
		Dataset string
		Pages   int
		Rows    []map[string]any
	}
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("--json output %q: %v", stdout.String(), err)
	}
	if res.Dataset != "scrapinghub-aeb" || res.Pages != 1 || len(res.Rows) != 2 {
		t.Fatalf("--json: %+v", res)
	}
	systems := map[string]bool{}
	for _, r := range res.Rows {
		systems[r["system"].(string)] = true
		for _, k := range []string{"precision", "recall", "f1"} {
			if _, ok := r[k].(float64); !ok {
				t.Errorf("row %v lacks %q", r, k)
			}
		}
	}
	if !systems["chorus"] || !systems["tooly"] {
		t.Errorf("--json rows %v: want chorus and tooly", res.Rows)
	}
}
