package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestIngestEmbedded(t *testing.T) {
	data, in := t.TempDir(), writeArticles(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"first", []string{"--data", data, "--summarize", in}, "3 created, 0 updated, 0 unchanged, 1 duplicates"},
		{"again", []string{in, "--data", data}, "0 created, 0 updated, 3 unchanged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if err := runIngest(context.Background(), tt.args, nil, &out, &errb); err != nil {
				t.Fatalf("ingest: %v\n%s", err, errb.String())
			}
			if !strings.HasPrefix(out.String(), tt.want) {
				t.Errorf("printed %q, want %q...", out.String(), tt.want)
			}
			if errb.Len() != 0 {
				t.Errorf("stderr not a terminal, yet: %q", errb.String())
			}
		})
	}
}

func TestIngestJSONLines(t *testing.T) {
	// Two clusters whose articles share IDs: the IDs are made unique.
	in := `{"id":"c1","articles":[{"id":"1","title":"Dam opens","text":"The new dam opened on Friday in the valley."}]}
{"id":"c2","articles":[{"id":"1","title":"Market closes","text":"The old fish market closed after ninety years."}]}
`
	var out bytes.Buffer
	err := runIngest(context.Background(), []string{"--data", t.TempDir(), "--input", "jsonl", "-"}, strings.NewReader(in), &out, io.Discard)
	if err != nil || !strings.HasPrefix(out.String(), "2 created") {
		t.Errorf("ingest: %q %v", out.String(), err)
	}
}

func TestIngestLimits(t *testing.T) {
	data := t.TempDir()
	in := `{"id":"c1","articles":[{"id":"ok","text":"The new dam opened on Friday in the valley."},` +
		`{"id":"big","title":"` + strings.Repeat("t", 5<<20) + `","text":"The old fish market closed."}]}`
	err := runIngest(context.Background(), []string{"--data", data, "--input", "jsonl", "-"}, strings.NewReader(in), io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "title of 5242880 bytes; the limit is 1024") || !strings.Contains(err.Error(), "article 2") {
		t.Fatalf("ingest of a 5 MB title: %.300v", err)
	}
	// Nothing was sent: the first, valid article is not stored either.
	var out bytes.Buffer
	ok := `{"id":"c1","articles":[{"id":"ok","text":"The new dam opened on Friday in the valley."}]}`
	if err := runIngest(context.Background(), []string{"--data", data, "--input", "jsonl", "-"}, strings.NewReader(ok), &out, io.Discard); err != nil || !strings.HasPrefix(out.String(), "1 created") {
		t.Errorf("after the refused batch: %q %v", out.String(), err)
	}
}

func TestIngestErrors(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string // "" means errUsage
	}{
		{"no paths", []string{"--data", "x"}, ""},
		{"bad batch", []string{"--batch", "0", "p"}, ""},
		{"bad input format", []string{"--input", "pdf", "p"}, ""},
		{"missing path", []string{"--data", "x", "/nonexistent/chorus"}, "no such file"},
		{"server down", []string{"--server", "http://127.0.0.1:1", writeArticles(t)}, "cannot reach"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := runIngest(context.Background(), tt.args, nil, io.Discard, io.Discard)
			if tt.wantErr == "" {
				if !errors.Is(err, errUsage) {
					t.Errorf("err %v, want errUsage", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err %v, want %q", err, tt.wantErr)
			}
		})
	}
}

// TestIngestTallyRejected checks that an article the service rejects is
// counted apart and named by its ID, not by its place in the batch.
func TestIngestTallyRejected(t *testing.T) {
	var tally ingestTally
	tally.add([]chorus.Article{{ID: "a"}, {ID: "b"}}, []chorus.IngestResult{
		{ID: "x1", Status: chorus.IngestCreated, StoryID: 1},
		{Status: chorus.IngestRejected, Error: "article 2: unsupported language: French (fr); Chorus summarizes English"},
	})
	if want := "1 created, 0 updated, 0 unchanged, 0 duplicates, in 1 story; 1 rejected"; tally.String() != want {
		t.Errorf("tally %q, want %q", tally.String(), want)
	}
	if want := []string{"b: unsupported language: French (fr); Chorus summarizes English"}; !reflect.DeepEqual(tally.rejected, want) {
		t.Errorf("rejected %q, want %q", tally.rejected, want)
	}
}
