package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// ferryArticles are an invented story reported over two days, every
// article dated, so that the since view's output is the same on every run.
var ferryArticles = map[string]string{
	"1-harbour-post.json": `{"title":"Ferry runs aground off Caldmoor island","source":"Harbour Post","url":"https://harbour.example.com/ferry-aground","published":"2026-02-27T09:00:00Z",
"text":"The ferry Morwen Star ran aground off Caldmoor island on Friday morning with 212 passengers on board.\n\nCoastguard boats from Caldmoor reached the ferry within an hour and began taking passengers ashore.\n\nThe ferry operator said the vessel struck a sandbank in heavy fog near the Caldmoor harbour entrance."}`,
	"2-island-courier.json": `{"title":"Caldmoor ferry passengers brought ashore after grounding","source":"Island Courier","url":"https://courier.example.org/caldmoor-ferry","published":"2026-02-27T15:30:00Z",
"text":"All 212 passengers of the Morwen Star were brought ashore on Caldmoor island after the ferry ran aground in fog.\n\nThe coastguard said four passengers were treated for minor injuries at the Caldmoor clinic.\n\nThe ferry operator suspended its Caldmoor crossings until the vessel is inspected."}`,
	"3-harbour-post.json": `{"title":"Investigators board grounded Caldmoor ferry","source":"Harbour Post","url":"https://harbour.example.com/ferry-inquiry","published":"2026-02-28T10:00:00Z",
"text":"Marine investigators boarded the grounded ferry Morwen Star off Caldmoor island on Saturday.\n\nThe investigators will examine the ferry's radar, which the crew said failed shortly before the grounding.\n\nSalvage tugs are expected to refloat the Morwen Star at high tide on Sunday evening."}`,
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./cmd/chorus -run %s -update writes it)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test ./cmd/chorus -run %s -update rewrites it); got:\n%s", path, t.Name(), got)
	}
}

// TestStoriesShowSince ingests the dated ferry story and reads its since
// view from the CLI.
func TestStoriesShowSince(t *testing.T) {
	data := t.TempDir()
	dir := writeFiles(t, t.TempDir(), "ferry", ferryArticles)
	run := func(args ...string) (string, string, int) {
		var out, errOut bytes.Buffer
		code := run(context.Background(), append(args, "--data", data), nil, &out, &errOut)
		return out.String(), errOut.String(), code
	}
	if _, errOut, code := run("ingest", "--summarize", "--quiet", dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	// The list gives the days the articles were published and the number
	// of publishers.
	out, _, _ := run("stories")
	if lines := strings.Split(out, "\n"); len(lines) < 2 || !strings.HasPrefix(strings.Join(strings.Fields(lines[1]), " "), "1 2026-02-27 – 2026-02-28 2 3 ") ||
		!strings.HasPrefix(strings.Join(strings.Fields(lines[0]), " "), "ID PUBLISHED PUBLISHERS ARTICLES SUMMARY UPDATED TITLE") {
		t.Errorf("stories list:\n%s", out)
	}
	out, _, _ = run("stories", "list", "--json")
	var page chorus.StoryPage
	if err := json.Unmarshal([]byte(out), &page); err != nil || page.Total != 1 {
		t.Fatalf("want one story: %v\n%s", err, out)
	}
	cases := []struct {
		name string
		args []string
		want []string // in order
	}{
		{"story, earliest first", []string{"stories", "show", "1"}, []string{
			"3 articles from 2 publishers, published 2026-02-27 – 2026-02-28; summary updated ",
			"Articles, earliest first",
			"2026-02-27 09:00 UTC  published  Harbour Post    Ferry runs aground off Caldmoor island",
			"2026-02-27 15:30 UTC  published  Island Courier  Caldmoor ferry passengers",
			"2026-02-28 10:00 UTC  published  Harbour Post    Investigators board"}},
		{"since the first day", []string{"stories", "show", "1", "--since", "2026-02-27T23:00:00Z"}, []string{
			"Story 1: ", "Since 2026-02-27 23:00 UTC, by publication time: what 1 later article adds to the 2 before.",
			// Cited by the story summary's number.
			"[3]", "Sources:\n  [3] Investigators board grounded Caldmoor ferry", "(Earliest published first; numbered as the story's summary.)", "Articles, earliest first"}},
		{"since before all", []string{"stories", "show", "1", "--since", "2026-02-01"}, []string{
			"nothing had been reported by then; the whole story (3 articles)."}},
		{"since after all", []string{"stories", "show", "1", "--since", "2026-03-01T00:00"}, []string{
			"no article since then. Nothing new.", "Articles, earliest first"}},
		{"by received", []string{"stories", "show", "1", "--since", "2026-02-27T23:00:00Z", "--by", "received"}, []string{
			"by when received: nothing had been reported by then"}},
		{"query", []string{"stories", "show", "1", "--query", " Were passengers injured? "}, []string{
			"Summarized for \"Were passengers injured?\" (numbered as the story's summary):",
			"four passengers were treated for minor injuries", "Sources:", "[2] Caldmoor ferry passengers brought ashore after grounding", "Articles, earliest first"}},
		{"query and since", []string{"stories", "show", "1", "--since", "2026-02-27T23:00:00Z", "--query", "radar"}, []string{
			"Since 2026-02-27 23:00 UTC, by publication time, for \"radar\": what 1 later article adds", "radar", "[3] Investigators board"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := run(c.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			at := 0
			for _, w := range c.want {
				i := strings.Index(out[at:], w)
				if i < 0 {
					t.Errorf("output lacks %q after position %d:\n%s", w, at, out)
					break
				}
				at += i + len(w)
			}
		})
	}
	out, errOut, code := run("stories", "show", "1", "--since", "2026-02-27T23:00:00Z")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden(t, "stories-show-since.txt", []byte(out))

	out, _, code = run("stories", "show", "1", "--since", "2026-02-27T23:00:00Z", "--format", "json")
	var sum chorus.Summary
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil || len(sum.Sentences) == 0 {
		t.Fatalf("--format json: exit %d\n%s", code, out)
	}
	for _, src := range sum.Sources {
		if src.Title != "Investigators board grounded Caldmoor ferry" {
			t.Errorf("the update cites %q, an article of the first day", src.Title)
		}
	}
	out, _, code = run("stories", "show", "1", "--since", "2026-02-27T23:00:00Z", "--json")
	var d chorus.StoryDetail
	if code != 0 || json.Unmarshal([]byte(out), &d) != nil || d.Update == nil || d.Update.Status != chorus.UpdateNew || len(d.Timeline) != 3 {
		t.Fatalf("--json: exit %d\n%s", code, out)
	}
	for _, src := range d.Update.Sources {
		for _, s := range d.Sources {
			if s.Article == src.Article && s.ID != src.ID {
				t.Errorf("--json: the update cites %s as [%d], the story's summary as [%d]", src.Article, src.ID, s.ID)
			}
		}
	}

	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"stories", "show", "1", "--since", ""}, "chorus stories: --since is empty: give a time such as 2026-01-02T15:04:05Z\n"},
		{[]string{"stories", "show", "1", "--since", "yesterday"}, "chorus stories: --since must be an RFC 3339 time such as 2026-01-02T15:04:05Z (or 2026-01-02T15:04, UTC), got \"yesterday\"\n"},
		{[]string{"stories", "show", "1", "--since", "2026-02-27", "--by", "modified"}, "chorus stories: --by must be published or received, got \"modified\"\n"},
		{[]string{"stories", "show", "1", "--by", "received"}, "chorus stories: --by goes with --since\n"},
		{[]string{"stories", "list", "--since", "2026-02-27"}, "chorus stories: --since goes with show\n"},
		{[]string{"stories", "list", "--query", "radar"}, "chorus stories: --query goes with show\n"},
		{[]string{"stories", "show", "1", "--query", " "}, "chorus stories: --query is empty: give a topic or a question\n"},
		{[]string{"stories", "show", "1", "--query", strings.Repeat("x", chorus.MaxQueryBytes+1)}, "chorus stories: --query: query of 1025 bytes; the limit is 1024\n"},
	} {
		_, errOut, code := run(tt.args...)
		if code != 2 || errOut != tt.msg {
			t.Errorf("%q: exit %d, stderr %q; want 2, %q", tt.args, code, errOut, tt.msg)
		}
	}
}
