package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// TestStoriesCommand ingests the example cluster and two invented
// unrelated articles into a fresh store, then lists and shows the
// stories.
func TestStoriesCommand(t *testing.T) {
	data := t.TempDir()
	dir := writeFiles(t, t.TempDir(), "vote", voteArticles)
	run := func(args ...string) (string, string, int) {
		var out, errOut bytes.Buffer
		code := run(context.Background(), append(args, "--data", data), nil, &out, &errOut)
		return out.String(), errOut.String(), code
	}
	if _, errOut, code := run("ingest", "--summarize", "--quiet", "../../examples/quake", dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	out, errOut, code := run("stories")
	if code != 0 || !strings.HasPrefix(out, "ID  ") || !strings.Contains(out, "Velmora") || !strings.Contains(out, "Orlan") {
		t.Fatalf("list: exit %d\n%s%s", code, out, errOut)
	}
	out, _, _ = run("stories", "list", "--json", "--q", "velmora")
	var page chorus.StoryPage
	if err := json.Unmarshal([]byte(out), &page); err != nil || page.Total != 1 || len(page.Stories) != 1 {
		t.Fatalf("list --json --q velmora: %v\n%s", err, out)
	}
	id := page.Stories[0].ID
	out, errOut, code = run("stories", "show", strconv.FormatInt(id, 10))
	if code != 0 || !strings.Contains(out, "Sources:\n  [1]") || !strings.Contains(out, "Articles, earliest first") || !strings.Contains(out, "(copy of ") {
		t.Errorf("show: exit %d\n%s%s", code, out, errOut)
	}
	// The vote articles are plain text files with no date.
	out, _, _ = run("stories", "list", "--json", "--q", "orlan")
	if err := json.Unmarshal([]byte(out), &page); err != nil || len(page.Stories) != 1 {
		t.Fatalf("list --json --q orlan: %v\n%s", err, out)
	}
	out, _, _ = run("stories", "show", strconv.FormatInt(page.Stories[0].ID, 10))
	if !strings.Contains(out, "2 articles from 1 publisher, publication time unknown; summary updated") && !strings.Contains(out, "2 articles from 2 publishers, publication time unknown; summary updated") {
		t.Errorf("show of an undated story:\n%s", out)
	}
	out, _, code = run("stories", "show", strconv.FormatInt(id, 10), "--format", "json")
	var sum chorus.Summary
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil || len(sum.Sentences) == 0 || len(sum.Sources) == 0 {
		t.Errorf("show --format json: exit %d\n%s", code, out)
	}
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"stories", "show", "999"}, 1, "chorus stories: cannot read story 999: "},
		{[]string{"stories", "show"}, 2, "chorus stories: show takes one story ID\n"},
		{[]string{"stories", "show", "x"}, 2, "chorus stories: story ID must be a positive number, got \"x\"\n"},
		{[]string{"stories", "--limit", "0"}, 2, "chorus stories: --limit must be positive, got 0\n"},
	} {
		_, errOut, code := run(tt.args...)
		if code != tt.code || !strings.HasPrefix(errOut, tt.msg) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
}

// TestStorySpan: chorus stories show states when the articles were
// published as the story list and the story page do, counting the
// articles without a publication time, never with a reception time.
func TestStorySpan(t *testing.T) {
	d1 := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	d2 := time.Date(2026, 3, 4, 18, 30, 0, 0, time.UTC)
	tests := []struct {
		name  string
		story chorus.Story
		want  string
	}{
		{"no summary yet", chorus.Story{}, ""},
		{"none dated", chorus.Story{Summarized: true, UndatedArticles: 3}, ", publication time unknown"},
		{"one day", chorus.Story{Summarized: true, FirstPublished: d1, LastPublished: d1.Add(time.Hour)}, ", published 2026-03-03"},
		{"two days", chorus.Story{Summarized: true, FirstPublished: d1, LastPublished: d2}, ", published 2026-03-03 – 2026-03-04"},
		{"one undated", chorus.Story{Summarized: true, FirstPublished: d1, LastPublished: d2, UndatedArticles: 1}, ", published 2026-03-03 – 2026-03-04 (1 article without a publication time)"},
		{"two undated", chorus.Story{Summarized: true, FirstPublished: d1, LastPublished: d1, UndatedArticles: 2}, ", published 2026-03-03 (2 articles without a publication time)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := storySpan(tt.story); got != tt.want {
				t.Errorf("storySpan = %q, want %q", got, tt.want)
			}
		})
	}
}
