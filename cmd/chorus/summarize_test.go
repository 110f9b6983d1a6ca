package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestSummarizeCommand(t *testing.T) {
	const example = "../../examples/quake"
	// The invented update case of package summarize.
	const seenOld, seenNew = "../../summarize/testdata/seen/old", "../../summarize/testdata/seen/new"
	tests := []struct {
		name  string
		args  []string
		stdin string
		check func(t *testing.T, out string)
	}{
		{"text", []string{example}, "", func(t *testing.T, out string) {
			if !strings.Contains(out, "Sources:\n  [1]") || !strings.Contains(out, "Velmora") {
				t.Errorf("text output lacks summary or sources:\n%s", out)
			}
		}},
		{"facts before colour", []string{"--format", "json", example}, "", func(t *testing.T, out string) {
			// At the default length the injured (two outlets) come
			// before any bystander's quote.
			var s chorus.Summary
			if err := json.Unmarshal([]byte(out), &s); err != nil {
				t.Fatalf("bad JSON: %v\n%s", err, out)
			}
			injured := slices.IndexFunc(s.Sentences, func(x chorus.Sentence) bool { return strings.Contains(x.Text, "140 people were injured") })
			quote := slices.IndexFunc(s.Sentences, func(x chorus.Sentence) bool { return strings.Contains(x.Text, "moved like a boat") })
			if injured < 0 || quote >= 0 && quote < injured {
				t.Errorf("injured at %d, the baker's quote at %d: %q", injured, quote, out)
			}
		}},
		{"markdown", []string{"--format", "markdown", "--words", "60", example}, "", func(t *testing.T, out string) {
			if !strings.Contains(out, "][") && !strings.Contains(out, ".[1]") || !strings.Contains(out, "\n1. ") {
				t.Errorf("markdown output lacks citations or source list:\n%s", out)
			}
		}},
		{"json", []string{"--format", "json", "--sentences", "2", example}, "", func(t *testing.T, out string) {
			var s chorus.Summary
			if err := json.Unmarshal([]byte(out), &s); err != nil {
				t.Fatalf("bad JSON: %v\n%s", err, out)
			}
			if len(s.Sentences) != 2 || len(s.Sources) == 0 || s.Words == 0 {
				t.Errorf("json summary: %d sentences, %d sources, %d words", len(s.Sentences), len(s.Sources), s.Words)
			}
		}},
		{"after", []string{"--words", "100", "--after", seenOld + "/1-courier.txt", "--after", seenOld + "/2-gazette.txt", seenNew}, "", func(t *testing.T, out string) {
			lead, _, _ := strings.Cut(out, "\n")
			if !strings.Contains(lead, "demolished") || strings.Contains(out, "Mill Road") || strings.Contains(out, "9,000") {
				t.Errorf("--after summary does not lead with the new fact or repeats an old one:\n%s", out)
			}
		}},
		{"after directory", []string{"--words", "100", "--after", seenOld, seenNew}, "", func(t *testing.T, out string) {
			if strings.Contains(out, "cracks in two") {
				t.Errorf("--after summary repeats an old fact:\n%s", out)
			}
		}},
		{"stdin", []string{"--words", "30", "-"}, "The river rose above its banks on Sunday and flooded the lower town. Hundreds of people spent the night in the school gym.", func(t *testing.T, out string) {
			if !strings.Contains(out, "river rose") {
				t.Errorf("stdin summary:\n%s", out)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := runSummarize(context.Background(), tt.args, strings.NewReader(tt.stdin), &out, &errOut)
			if err != nil {
				t.Fatalf("%v\n%s", err, errOut.String())
			}
			tt.check(t, out.String())
		})
	}
}

func TestSummarizeCommandErrors(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		usage bool
	}{
		{"no path", nil, true},
		{"bad flag", []string{"--nope", "x"}, true},
		{"bad format", []string{"--format", "pdf", "x"}, true},
		{"negative words", []string{"--words", "-3", "x"}, true},
		{"missing path", []string{"/nonexistent/chorus/path"}, false},
		{"empty stdin", []string{"-"}, false},
		{"after stdin", []string{"--after", "-", "../../examples/quake"}, true},
		{"after missing path", []string{"--after", "/nonexistent/chorus/old", "../../examples/quake"}, false},
		{"after empty", []string{"--after=", "../../examples/quake"}, true},
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

// TestSummarizeCommandSkipsBadCluster checks that with several clusters one
// that cannot be summarized is reported and skipped, the others are written,
// and the command still fails.
func TestSummarizeCommandSkipsBadCluster(t *testing.T) {
	jsonl := `{"id":"good","articles":[{"id":"a","text":"The ferry ran aground off the north pier on Friday. All forty passengers were brought ashore by lifeboat."}]}
{"id":"caption-only","articles":[{"id":"b","text":"Photo: AP"}]}
{"id":"also-good","articles":[{"id":"c","text":"The library reopened on Monday after a two-year renovation. Visitors queued before the doors opened."}]}
`
	var out, errOut bytes.Buffer
	err := runSummarize(context.Background(), []string{"--input", "jsonl", "--format", "json", "-"}, strings.NewReader(jsonl), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "1 of 3 clusters") {
		t.Errorf("error = %v, want one of three clusters failed", err)
	}
	if !strings.Contains(errOut.String(), "caption-only") {
		t.Errorf("stderr does not name the failed cluster:\n%s", errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "ferry") || !strings.Contains(lines[1], "library") {
		t.Errorf("want the two good summaries as JSON Lines, got:\n%s", out.String())
	}
}

// TestSummarizeCommandWorkers checks that a stream of clusters gives the
// same output, byte for byte and in input order, however many clusters are
// summarized at once.
func TestSummarizeCommandWorkers(t *testing.T) {
	places := []string{"north pier", "old harbour", "river mouth", "east jetty", "ferry slip", "south beach", "canal lock"}
	var in strings.Builder
	for i := range 20 {
		p := places[i%len(places)]
		fmt.Fprintf(&in, `{"id":"c%d","articles":[{"id":"a","text":"A boat ran aground off the %s on Friday with %d people aboard. Lifeboats brought everyone ashore by noon."},`+
			`{"id":"b","text":"All %d passengers of the boat stranded at the %s were rescued, the coastguard said. The hull was not damaged."}]}`+"\n", i, p, 10+i, 10+i, p)
		if i%6 == 5 {
			in.WriteString(`{"id":"caption-only","articles":[{"id":"x","text":"Photo: AP"}]}` + "\n")
		}
	}
	run := func(workers string) (string, string) {
		var out, errOut bytes.Buffer
		err := runSummarize(context.Background(), []string{"--input", "jsonl", "--workers", workers, "-"}, strings.NewReader(in.String()), &out, &errOut)
		if err == nil || !strings.Contains(err.Error(), "3 of 23 clusters") {
			t.Errorf("--workers %s: error = %v, want 3 of 23 clusters failed", workers, err)
		}
		return out.String(), errOut.String()
	}
	want, wantErr := run("1")
	if i, j := strings.Index(want, "== c3 =="), strings.Index(want, "== c12 =="); i < 0 || j < i {
		t.Errorf("clusters out of input order:\n%s", want)
	}
	for _, w := range []string{"0", "2", "5"} {
		if got, gotErr := run(w); got != want || gotErr != wantErr {
			t.Errorf("--workers %s: output differs from --workers 1", w)
		}
	}
}

// TestSummarizeInputNames checks that --input takes every name
// input.ParseFormat takes, in any case, and the same rejections.
func TestSummarizeInputNames(t *testing.T) {
	const doc = `{"id":"c","articles":[{"id":"a","text":"The ferry ran aground off the north pier on Friday. All forty passengers were brought ashore by lifeboat."}]}` + "\n"
	tests := []struct {
		name string
		ok   bool
	}{
		{"jsonl", true},
		{"NDJSON", true},
		{"JsonL", true},
		{"Auto", true},
		{"pdf", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := runSummarize(context.Background(), []string{"--input", tt.name, "-"}, strings.NewReader(doc), &out, io.Discard)
			if tt.ok && (err != nil || !strings.Contains(out.String(), "ferry")) {
				t.Errorf("--input %s: %v, printed %q", tt.name, err, out.String())
			}
			if !tt.ok && !errors.Is(err, errUsage) {
				t.Errorf("--input %s: err %v, want errUsage", tt.name, err)
			}
		})
	}
}
