package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeDUCFixture writes an invented DUC-format dataset: three topics of
// three documents each.
func writeDUCFixture(t *testing.T) string {
	t.Helper()
	topics := []struct{ id, words string }{
		{"d1t", "Korvath dam burst Valdoria floodwater villages reservoir engineers evacuated residents rescue"},
		{"d2t", "Mira Tensk chess final Ostrel tiebreak champion games opening tournament title"},
		{"d3t", "Marrow Bay dockworkers strike port pay container ships harbour union talks"},
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "duc2004"), 0o755); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for _, tp := range topics {
		w := strings.Fields(tp.words)
		line := map[string]any{"id": tp.id, "references": []string{"Ref."}, "reference_annotators": []string{"A"}}
		var docs []map[string]string
		for j := range 3 {
			text := fmt.Sprintf("%s %s %s reported on day %d. The %s and %s drew crowds while %s %s continued.",
				w[j], w[j+1], w[j+2], j+1, w[j+3], w[j+4], w[j+5], w[j+6])
			docs = append(docs, map[string]string{"id": fmt.Sprintf("APW1998101%d.00%d%d", j, j, len(docs)), "text": text})
		}
		line["documents"] = docs
		b, _ := json.Marshal(line)
		zw.Write(append(b, '\n'))
	}
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "duc2004", "duc2004_task2.jsonl.gz"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestBenchClustering(t *testing.T) {
	dir := writeDUCFixture(t)
	runOnce := func() clusteringResult {
		var stdout, stderr bytes.Buffer
		err := runBenchClustering(context.Background(), []string{"--dataset", "duc2004", "--data", dir, "--json", "--seed", "7"},
			strings.NewReader(""), &stdout, &stderr)
		if err != nil {
			t.Fatalf("bench clustering: %v (%s)", err, stderr.String())
		}
		var r clusteringResult
		if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, stdout.String())
		}
		return r
	}
	a, b := runOnce(), runOnce()
	if a.Articles != 9 || a.Gold != 3 || a.Found < 1 || a.F1 <= 0 || a.F1 > 1 || a.PerSecond <= 0 {
		t.Errorf("result = %+v", a)
	}
	a.PerSecond, b.PerSecond = 0, 0
	if a != b {
		t.Errorf("two runs with the same seed differ:\n%+v\n%+v", a, b)
	}
}

func TestBenchClusteringSkipsWithoutData(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := runBenchClustering(context.Background(), []string{"--dataset", "duc2004", "--data", t.TempDir()},
		strings.NewReader(""), &stdout, &stderr)
	if err != nil || !strings.Contains(stderr.String(), "skipped") || stdout.Len() != 0 {
		t.Errorf("missing data: err %v, stderr %q, stdout %q", err, stderr.String(), stdout.String())
	}
}

func TestBenchClusteringBadFlags(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := runBenchClustering(context.Background(), []string{"--no-such-flag"}, strings.NewReader(""), &stdout, &stderr)
	if err != errUsage {
		t.Errorf("bad flag: %v, want errUsage", err)
	}
}
