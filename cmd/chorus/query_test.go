package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fireCase is the invented wildfire case of package summarize, and
// fireQuery asks about its cause, which the generic summary mostly leaves
// out.
const (
	fireCase  = "../../summarize/testdata/query"
	fireQuery = "Cause of the Corvala Valley fire. What do investigators say started the fire, and who may be held responsible?"
)

func summarizeOut(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := runSummarize(context.Background(), args, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	return out.String()
}

// TestSummarizeQuery checks --query, --query-file and a JSON cluster's own
// "query": each focuses the summary the same way.
func TestSummarizeQuery(t *testing.T) {
	dir := t.TempDir()
	qfile := filepath.Join(dir, "query.txt")
	if err := os.WriteFile(qfile, []byte(fireQuery+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The case as one JSON cluster carrying the query.
	files, err := filepath.Glob(filepath.Join(fireCase, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no invented articles: %v", err)
	}
	cluster := map[string]any{"id": "fire", "query": fireQuery}
	var arts []map[string]string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		title, text, _ := strings.Cut(string(b), "\n")
		arts = append(arts, map[string]string{"id": filepath.Base(f), "title": title, "text": title + "\n" + text})
	}
	cluster["articles"] = arts
	b, err := json.Marshal(cluster)
	if err != nil {
		t.Fatal(err)
	}
	jsonPath := filepath.Join(dir, "fire.json")
	if err := os.WriteFile(jsonPath, b, 0o644); err != nil {
		t.Fatal(err)
	}

	generic := summarizeOut(t, "--words", "100", fireCase)
	focused := summarizeOut(t, "--words", "100", "--query", fireQuery, fireCase)
	if strings.Contains(generic, "sue Western") || !strings.Contains(focused, "sue Western") {
		t.Errorf("--query does not bring in the lawsuit over the cause:\ngeneric:\n%s\nfocused:\n%s", generic, focused)
	}
	if got := summarizeOut(t, "--words", "100", "--query-file", qfile, fireCase); got != focused {
		t.Errorf("--query-file differs from --query:\n%s", got)
	}
	fromJSON := summarizeOut(t, "--words", "100", "--format", "json", jsonPath)
	if !strings.Contains(fromJSON, "sue Western") {
		t.Errorf("a JSON cluster's own query is not used:\n%s", fromJSON)
	}
	if got := summarizeOut(t, "--words", "100", "--format", "json", "--query", "Schools and festivals in Brennick", jsonPath); strings.Contains(got, "sue Western") {
		t.Errorf("--query does not override a JSON cluster's own query:\n%s", got)
	}
}

func TestSummarizeQueryErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, []byte(" \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		usage bool
	}{
		{"both", []string{"--query", "fire", "--query-file", empty, fireCase}, true},
		{"blank query", []string{"--query", "  ", fireCase}, true},
		{"empty query file", []string{"--query-file", empty, fireCase}, true},
		{"missing query file", []string{"--query-file", filepath.Join(dir, "nope.txt"), fireCase}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := runSummarize(context.Background(), tt.args, strings.NewReader(""), &out, &errOut)
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, errUsage) != tt.usage {
				t.Errorf("error %v: usage error = %v, want %v", err, errors.Is(err, errUsage), tt.usage)
			}
		})
	}
}
