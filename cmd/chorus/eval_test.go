package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/rouge"
)

// Invented fixtures: two clusters, two references each.
var (
	evalRefs = map[string][][]string{
		"c1": {
			{"Storms flooded the river valley on Monday.", "Thousands of residents left their homes."},
			{"Floods forced thousands from homes in the valley."},
		},
		"c2": {
			{"The council approved the new budget.", "Taxes will rise next year."},
			{"A budget raising taxes was approved by the council."},
		},
	}
	evalCands = map[string][]string{
		"c1": {"Heavy storms flooded the valley.", "Thousands of residents fled their homes."},
		"c2": {"The council approved a budget.", "It raises taxes."},
	}
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// expectedAverage is what chorus eval should print for ROUGE-1 recall.
func expectedAverage(opts rouge.Options, metric string) rouge.Interval {
	var per []rouge.Scores
	for _, id := range []string{"c1", "c2"} {
		per = append(per, rouge.Evaluate(evalCands[id], evalRefs[id], opts))
	}
	return rouge.Bootstrap(per, 1000, 95, 0)[metric]
}

func runEvalArgs(args ...string) (stdout, stderr string, err error) {
	var out, errb bytes.Buffer
	err = runEval(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func TestEvalDirectories(t *testing.T) {
	dir := t.TempDir()
	for id, refs := range evalRefs {
		for i, ref := range refs {
			// c1 uses ID.X files, c2 a subdirectory per cluster.
			name := filepath.Join(dir, "refs", fmt.Sprintf("%s.%c.txt", id, 'A'+i))
			if id == "c2" {
				name = filepath.Join(dir, "refs", id, string(rune('A'+i)))
			}
			writeFile(t, name, strings.Join(ref, "\n")+"\n\n")
		}
	}
	for id, cand := range evalCands {
		writeFile(t, filepath.Join(dir, "mysys", id+".txt"), strings.Join(cand, "\n"))
	}
	stdout, stderr, err := runEvalArgs("--references", filepath.Join(dir, "refs"), "--candidates", filepath.Join(dir, "mysys"), "-m", "-2", "4", "-U", "--per-cluster")
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	for _, metric := range []string{"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-S4", "ROUGE-SU4"} {
		iv := expectedAverage(rouge.Options{Stem: true, SkipGap: 4, SkipUnigrams: true}, metric)
		want := fmt.Sprintf("mysys %s Average_R: %.5f (95%%-conf.int. %.5f - %.5f)", metric, iv.Mean.R, iv.Low.R, iv.High.R)
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stdout, "mysys ROUGE-1 Eval c2.mysys R:") {
		t.Errorf("per-cluster lines missing:\n%s", stdout)
	}
	if stderr != "" {
		t.Errorf("unexpected warnings: %s", stderr)
	}
}

func TestEvalJSONLines(t *testing.T) {
	dir := t.TempDir()
	var refs, cands strings.Builder
	for _, id := range []string{"c1", "c2"} {
		// one reference as a string with a sentence per line, one as a list
		r := evalRefs[id]
		line, _ := json.Marshal(map[string]any{"id": id, "references": []any{strings.Join(r[0], "\n"), r[1]}})
		refs.Write(append(line, '\n'))
		for _, system := range []string{"alpha", "beta"} {
			line, _ := json.Marshal(map[string]any{"system": system, "cluster": id, "summary": evalCands[id]})
			cands.Write(append(line, '\n'))
		}
	}
	// a cluster with no references: warned about and skipped
	cands.WriteString(`{"system": "alpha", "id": "c9", "summary": "Nothing to compare."}` + "\n")
	writeFile(t, filepath.Join(dir, "refs.jsonl"), refs.String())
	writeFile(t, filepath.Join(dir, "cands.jsonl"), cands.String())

	stdout, stderr, err := runEvalArgs("--references", filepath.Join(dir, "refs.jsonl"), "--candidates", filepath.Join(dir, "cands.jsonl"), "--json", "-n", "1", "-x")
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "no references for cluster c9") {
		t.Errorf("missing warning for c9, stderr: %q", stderr)
	}
	var got struct {
		Systems map[string]struct {
			Clusters int
			Average  map[string]map[string]struct{ Mean, Low, High float64 }
		}
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, stdout)
	}
	want := expectedAverage(rouge.Options{MaxN: 1, NoLCS: true}, "ROUGE-1")
	for _, system := range []string{"alpha", "beta"} {
		s, ok := got.Systems[system]
		if !ok || s.Clusters != 2 {
			t.Fatalf("system %s: %+v", system, s)
		}
		if r := s.Average["ROUGE-1"]["R"]; r.Mean != want.Mean.R || r.Low != want.Low.R || r.High != want.High.R {
			t.Errorf("system %s ROUGE-1 R = %+v, want %+v", system, r, want)
		}
		if _, ok := s.Average["ROUGE-L"]; ok {
			t.Errorf("ROUGE-L computed despite -x")
		}
	}
}

func TestEvalErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "refs", "a.A"), "some reference\n")
	writeFile(t, filepath.Join(dir, "cands", "b.txt"), "some candidate\n")
	refs, cands := filepath.Join(dir, "refs"), filepath.Join(dir, "cands")
	tests := []struct {
		name  string
		args  []string
		usage bool
	}{
		{"missing references flag", []string{"--candidates", cands}, true},
		{"unknown formula", []string{"--references", refs, "--candidates", cands, "-f", "C"}, true},
		{"two length limits", []string{"--references", refs, "--candidates", cands, "-l", "100", "-b", "665"}, true},
		{"alpha out of range", []string{"--references", refs, "--candidates", cands, "-p", "2"}, true},
		{"-U without -2", []string{"--references", refs, "--candidates", cands, "-U"}, true},
		{"unknown flag", []string{"--references", refs, "--candidates", cands, "--nope"}, true},
		{"no common cluster", []string{"--references", refs, "--candidates", cands}, false},
		{"missing path", []string{"--references", filepath.Join(dir, "none"), "--candidates", cands}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runEvalArgs(tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if got := errors.Is(err, errUsage); got != tt.usage {
				t.Errorf("errors.Is(err, errUsage) = %v, want %v (err: %v)", got, tt.usage, err)
			}
		})
	}
}
