package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/chorusnews/chorus/bench"
	"github.com/chorusnews/chorus/dataset"
)

// runBenchMetadata runs `chorus bench metadata`: the accuracy of the page
// metadata (title, site name, author, language, published date) on the
// extraction dev sets.
func runBenchMetadata(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench metadata", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "data `DIR` (default $CHORUS_DATA or ../shared/data beside the module)")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus bench metadata [--data DIR] [--json]\n\n"+
			"Scores page metadata on the readability test pages (expected-metadata.json:\n"+
			"title, byline, site name, language, published time) and on trafilatura's\n"+
			"evaluation pages that have a gold date (published day), for Chorus's article,\n"+
			"Chorus's metadata reader alone and go-trafilatura's metadata.\n\noptions:")
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args, nil); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("metadata: unexpected argument %q", fs.Arg(0))
	}
	dir := *data
	if dir == "" {
		d, err := dataset.Dir()
		if err != nil {
			return fmt.Errorf("cannot find data: %w", err)
		}
		dir = d
	}
	rows, err := bench.RunMetadata(dir)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"rows": rows})
	}
	return bench.WriteMetadataTable(stdout, rows)
}
