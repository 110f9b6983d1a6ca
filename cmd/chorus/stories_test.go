package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

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
