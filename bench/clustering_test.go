package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
)

// inventedDUC writes an invented dataset in the DUC format (as duc2004):
// three topics of three documents each, and returns its directory.
func inventedDUC(t *testing.T) string {
	t.Helper()
	topics := []struct{ id, words string }{
		{"d1t", "Korvath dam burst Valdoria floodwater villages reservoir engineers evacuated residents rescue"},
		{"d2t", "Mira Tensk chess final Ostrel tiebreak champion games opening tournament title"},
		{"d3t", "Marrow Bay dockworkers strike port pay container ships harbour union talks"},
	}
	var lines []string
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
		b, err := json.Marshal(line)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	dir := t.TempDir()
	writeGz(t, dir, "duc2004/duc2004_task2.jsonl.gz", lines)
	return dir
}

func TestRunClustering(t *testing.T) {
	dir := inventedDUC(t)
	for _, dated := range []bool{false, true} {
		t.Run(fmt.Sprintf("dated=%v", dated), func(t *testing.T) {
			opts := ClusteringOptions{Dataset: "duc2004", Dir: dir, Seed: 7, Dated: dated}
			a, err := RunClustering(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			b, err := RunClustering(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			if a.Articles != 9 || a.Gold != 3 || a.Found < 1 || a.F1 <= 0 || a.F1 > 1 || a.PerSecond <= 0 || a.Dated != dated || a.Seed != 7 {
				t.Errorf("result = %+v", a)
			}
			a.PerSecond, b.PerSecond = 0, 0
			if *a != *b {
				t.Errorf("two runs with the same seed differ:\n%+v\n%+v", a, b)
			}
		})
	}
}

// TestRunClusteringMissingData checks that missing data is an error, as in
// Run, never a silent success.
func TestRunClusteringMissingData(t *testing.T) {
	tests := []struct {
		name string
		opts ClusteringOptions
	}{
		{"empty directory", ClusteringOptions{Dataset: "duc2004", Dir: t.TempDir()}},
		{"missing directory", ClusteringOptions{Dataset: "multinews-val", Dir: t.TempDir() + "/nothing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := RunClustering(context.Background(), tt.opts)
			if !errors.Is(err, fs.ErrNotExist) || res != nil {
				t.Errorf("RunClustering = %+v, %v; want an error wrapping fs.ErrNotExist", res, err)
			}
		})
	}
	if _, err := RunClustering(context.Background(), ClusteringOptions{Dataset: "nope", Dir: t.TempDir()}); err == nil {
		t.Error("unknown dataset accepted")
	}
}

func TestClusteringResultWrite(t *testing.T) {
	r := &ClusteringResult{Dataset: "duc2004", Articles: 9, Gold: 3, Found: 4, Precision: 1, Recall: 0.75, F1: 0.857, PerSecond: 1200, Seed: 1}
	var table, js strings.Builder
	if err := r.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(table.String()), "\n"); len(lines) != 2 || !strings.Contains(lines[1], "duc2004") || !strings.Contains(lines[1], "0.8570") {
		t.Errorf("table:\n%s", table.String())
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back ClusteringResult
	if err := json.Unmarshal([]byte(js.String()), &back); err != nil || back != *r {
		t.Errorf("JSON round trip: %+v, %v\n%s", back, err, js.String())
	}
}
