package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/chorusnews/chorus/bench"
	"github.com/chorusnews/chorus/dataset"
)

// runBenchExtraction runs `chorus bench extraction`: Chorus's HTML
// extraction scored on an extraction set beside other extractors.
func runBenchExtraction(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench extraction", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		name   = fs.String("dataset", "", "dataset: "+strings.Join(bench.ExtractionDatasets, ", "))
		data   = fs.String("data", "", "data `DIR` (default $CHORUS_DATA or ../shared/data beside the module)")
		limit  = fs.Int("limit", 0, "score only the first N pages (0: all)")
		half   = fs.String("half", "", "dev sets: score one half of the pages, "+strings.Join(bench.ExtractionHalves, " or ")+" (FNV hash of the page name)")
		gold   = fs.String("gold", "", "score a `DIR` of hand-labelled golds instead of a dataset: NAME.txt (the article body) beside NAME.html or NAME.html.gz")
		asJSON = fs.Bool("json", false, `print {"dataset","pages","rows":[{"system","precision","recall","f1"}]}`)
	)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus bench extraction --dataset NAME [--limit N] [--half tune|held-out] [--json]\n"+
			"       chorus bench extraction --gold DIR [--half tune|held-out] [--json]\n\n"+
			"Scores the main text Chorus extracts from HTML pages (the path of chorus summarize).\n"+
			"scrapinghub-aeb (test): the article-extraction-benchmark metric (4-token shingle\n"+
			"precision and recall averaged over pages) beside the 32 published tools.\n"+
			"readability (dev): the same metric against the text of expected.html.\n"+
			"trafilatura (dev): snippets of the gold that must (with) and must not (without) appear.\n"+
			"--gold DIR: the same metric against hand-labelled golds (NAME.txt beside NAME.html[.gz]).\n"+
			"On the dev sets go-trafilatura (with fallback) is run beside Chorus.\n\noptions:")
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args, nil); err != nil {
		return err
	}
	if *gold != "" {
		switch {
		case fs.NArg() > 0:
			return usagef("extraction: unexpected argument %q", fs.Arg(0))
		case *name != "":
			return usagef("extraction: give --dataset or --gold, not both")
		case *limit < 0:
			return usagef("extraction: --limit must not be negative")
		case *half != "" && !slices.Contains(bench.ExtractionHalves, *half):
			return usagef("extraction: unknown --half %q (want one of %s)", *half, strings.Join(bench.ExtractionHalves, ", "))
		}
		res, err := bench.RunExtraction(bench.ExtractionOptions{Dataset: "gold " + *gold, Gold: *gold, Limit: *limit, Half: *half})
		if err != nil {
			return err
		}
		if *asJSON {
			return res.WriteJSON(stdout)
		}
		return res.WriteTable(stdout)
	}
	switch {
	case fs.NArg() > 0:
		return usagef("extraction: unexpected argument %q", fs.Arg(0))
	case *name == "":
		return usagef("extraction: --dataset is required (one of %s), or --gold DIR", strings.Join(bench.ExtractionDatasets, ", "))
	case !slices.Contains(bench.ExtractionDatasets, *name):
		return usagef("extraction: unknown dataset %q (want one of %s)", *name, strings.Join(bench.ExtractionDatasets, ", "))
	case *limit < 0:
		return usagef("extraction: --limit must not be negative")
	case *half != "" && !slices.Contains(bench.ExtractionHalves, *half):
		return usagef("extraction: unknown --half %q (want one of %s)", *half, strings.Join(bench.ExtractionHalves, ", "))
	case *half != "" && *name == "scrapinghub-aeb":
		return usagef("extraction: --half is for the dev sets; scrapinghub-aeb is a test set")
	}
	dir := *data
	if dir == "" {
		d, err := dataset.Dir()
		if err != nil {
			return fmt.Errorf("cannot find data: %w", err)
		}
		dir = d
	}
	res, err := bench.RunExtraction(bench.ExtractionOptions{Dataset: *name, Dir: dir, Limit: *limit, Half: *half})
	if err != nil {
		return err
	}
	if *asJSON {
		return res.WriteJSON(stdout)
	}
	return res.WriteTable(stdout)
}
