package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestFeedsCommand(t *testing.T) {
	data := t.TempDir()
	run := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := runFeeds(context.Background(), append(args, "--data", data), nil, &out, io.Discard)
		return out.String(), err
	}
	if out, err := run("add", "https://news.example/rss", "https://wire.example/atom.xml"); err != nil || !strings.Contains(out, "feed 1: https://news.example/rss") || !strings.Contains(out, "feed 2: ") {
		t.Fatalf("add: %q %v", out, err)
	}
	if out, err := run("add", "https://news.example/rss"); err != nil || !strings.Contains(out, "feed 1: ") {
		t.Errorf("adding again: %q %v", out, err)
	}
	if _, err := run("add", "not a url"); err == nil {
		t.Error("adding a bad URL succeeded")
	}
	out, err := run("list")
	if err != nil || !strings.Contains(out, "https://wire.example/atom.xml") || !strings.HasPrefix(out, "ID  ") {
		t.Errorf("list: %q %v", out, err)
	}
	out, err = run("list", "--json")
	var feeds []chorus.Feed
	if err != nil || json.Unmarshal([]byte(out), &feeds) != nil || len(feeds) != 2 {
		t.Errorf("list --json: %q %v", out, err)
	}
	if out, err := run("remove", "1", "HTTPS://Wire.example/atom.xml"); err != nil || out != "removed feed 1\nremoved feed 2\n" {
		t.Errorf("remove by ID and by URL: %q %v", out, err)
	}
	if out, err := run("list", "--json"); err != nil || strings.TrimSpace(out) != "[]" {
		t.Errorf("list after removing: %q %v", out, err)
	}
	if _, err := run("remove", "1"); chorus.ErrorCode(err) != chorus.ENOTFOUND {
		t.Errorf("removing a removed feed: %v", err)
	}
	if _, err := run("remove", "https://none.example/rss"); chorus.ErrorCode(err) != chorus.ENOTFOUND {
		t.Errorf("removing an unknown URL: %v", err)
	}
	for _, args := range [][]string{{}, {"add"}, {"remove"}, {"delete", "x"}, {"list", "extra"}} {
		if _, err := run(args...); !errors.Is(err, errUsage) {
			t.Errorf("%v: err %v, want errUsage", args, err)
		}
	}
}
