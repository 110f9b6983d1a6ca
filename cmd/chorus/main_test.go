package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConventions checks the command-line conventions every subcommand
// follows: help on stdout when asked, `help CMD`, `--version`, flags after
// the arguments, one-line explanations of mistakes and errors that do not
// repeat themselves.
func TestConventions(t *testing.T) {
	const example = "../../examples/quake"
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring expected on stdout
		stderr string // expected stderr: exact when it ends in a newline, else a substring
	}{
		{"no command", nil, 2, "", "usage: chorus COMMAND"},
		{"help", []string{"help"}, 0, "summarize ", ""},
		{"--help", []string{"--help"}, 0, "commands:", ""},
		{"help summarize", []string{"help", "summarize"}, 0, "usage: chorus summarize", ""},
		{"summarize -h", []string{"summarize", "-h"}, 0, "-words N", ""},
		{"help after path", []string{"summarize", example, "--help"}, 0, "usage: chorus summarize", ""},
		{"help feeds", []string{"help", "feeds"}, 0, "usage: chorus feeds add URL", ""},
		{"help bench clustering", []string{"help", "bench", "clustering"}, 0, "usage: chorus bench clustering", ""},
		{"version", []string{"version"}, 0, "chorus ", ""},
		{"--version", []string{"--version"}, 0, "chorus ", ""},
		{"flags after path", []string{"summarize", example, "--words", "50", "--format", "json"}, 0, `"words":`, ""},
		{"negative words", []string{"summarize", "--words", "-5", example}, 2, "", "chorus summarize: --words must be positive, got -5\n"},
		{"negative words after path", []string{"summarize", example, "--words=-5"}, 2, "", "chorus summarize: --words must be positive, got -5\n"},
		{"bad number", []string{"summarize", "--words", "many", example}, 2, "", "chorus summarize: invalid value \"many\" for flag -words: parse error\n"},
		{"unknown flag", []string{"summarize", "--nope", example}, 2, "", "chorus summarize: flag provided but not defined: -nope\n"},
		{"bad format", []string{"summarize", "--format", "pdf", example}, 2, "", "chorus summarize: --format: "},
		{"no path, no pipe", []string{"summarize"}, 2, "", "chorus summarize: no PATH given and nothing piped to standard input (see 'chorus help summarize')\n"},
		{"missing file", []string{"summarize", "/nonexistent/chorus"}, 1, "", "chorus summarize: cannot read articles: /nonexistent/chorus: no such file or directory\n"},
		{"double dash", []string{"summarize", "--", "--words"}, 1, "", "--words: no such file"},
		{"unknown command", []string{"summarise"}, 2, "", "chorus: unknown command \"summarise\" (run 'chorus help' for the list)\n"},
		{"feeds bad action", []string{"feeds", "delete", "1"}, 2, "", "chorus feeds: unknown action \"delete\""},
		{"serve bad workers", []string{"serve", "--workers", "0"}, 2, "", "chorus serve: --workers must be positive, got 0\n"},
		{"ingest bad batch", []string{"ingest", "x", "--batch", "0"}, 2, "", "chorus ingest: --batch must be within 1 and"},
		{"bench metadata without data", []string{"bench", "metadata", "--data", "/nonexistent/chorus"}, 1, "", "chorus bench: cannot read readability pages: open /nonexistent/chorus/extraction/readability-test-pages: no such file or directory\n"},
		{"digest without input", []string{"digest"}, 2, "", "chorus digest: name at least one feed, page or file, or pipe one to standard input (see 'chorus help digest')\n"},
		{"stories bad action", []string{"stories", "delete"}, 2, "", "chorus stories: unknown action \"delete\": list or show\n"},
		{"train test set", []string{"train", "--dataset", "multinews-test"}, 2, "", "chorus train: multinews-test is a test set; train on multinews-train\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout.String(), stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, stdout.String())
			}
			got := stderr.String()
			if strings.HasSuffix(tt.stderr, "\n") && got != tt.stderr || !strings.Contains(got, tt.stderr) {
				t.Errorf("stderr %q, want %q", got, tt.stderr)
			}
			if tt.code == 0 && got != "" {
				t.Errorf("stderr not empty on success: %q", got)
			}
			if strings.Contains(got, "chorus: not_found") || strings.Contains(got, "chorus: invalid") {
				t.Errorf("stderr repeats the error code prefix: %q", got)
			}
		})
	}
}

// TestPipedStdin checks that summarize and ingest read a piped standard
// input when no path is given, without an explicit "-".
func TestPipedStdin(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "in.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("Ferry aground\n\nThe ferry ran aground off the north pier on Friday. All forty passengers were brought ashore by lifeboat.\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"summarize", "--words", "40"}, f, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "ferry ran aground") {
		t.Errorf("summary of piped input:\n%s", stdout.String())
	}
}

// TestRunOnRefused checks that text with no sentence punctuation at all is
// refused ("no usable text", as the README says), not summarized into a
// run-on.
func TestRunOnRefused(t *testing.T) {
	words := strings.Fields("the tide came in over the sea wall and the harbour road was closed for hours while crews cleared sand and kelp from the lanes")
	var b strings.Builder
	b.WriteString("Harbour road closed\n\n")
	for i := 0; i < 400; i++ {
		b.WriteString(words[i%len(words)] + " ")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "runon.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"summarize", path}, nil, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "no usable text") || stdout.Len() > 0 {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and no usable text", code, stdout.String(), stderr.String())
	}
}
