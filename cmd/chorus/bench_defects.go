package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/bench"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/defect"
)

// runBenchDefects runs `chorus bench defects`: the defect rates of whole
// summaries (-dataset), the detectors' precision and recall on labelled
// sentences (-labels), the agreement of two labellers (-agree) or the
// drawing of sentences to label (-sample).
func runBenchDefects(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench defects", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		data      = fs.String("data", "", "data `DIR` (default $CHORUS_DATA or ../shared/data beside the module)")
		name      = fs.String("dataset", "", "count summary defects on `NAME`: "+strings.Join(dataset.Names(), ", "))
		systems   = fs.String("system", strings.Join(bench.SystemNames(), ","), "with -dataset: comma-separated systems to run")
		limit     = fs.Int("limit", 0, "with -dataset: read only the first `N` clusters (0: all)")
		words     = fs.Int("words", 0, "with -dataset: word budget (0 with -sentences 0: each system's default)")
		sentences = fs.Int("sentences", 0, "with -dataset: sentence budget")
		workers   = fs.Int("workers", 0, "with -dataset: clusters summarized at once (0: one per CPU)")
		labels    = fs.String("labels", "", "score the detectors on the labelled sentences of `FILE` (key<TAB>label), e.g. defect/testdata/labels.tsv")
		split     = fs.String("split", "held-out", "with -labels: the labels to score: held-out, train or all")
		agree     = fs.String("agree", "", "report the agreement of two label files `A.tsv,B.tsv` on the keys both hold")
		sample    = fs.String("sample", "", "write sentence slices to label into `DIR` (outside the repository: they hold dataset text)")
	)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "usage: chorus bench defects -dataset NAME [options]   defect rates of whole summaries\n"+
			"       chorus bench defects -labels FILE [-split held-out]  detector precision and recall\n"+
			"       chorus bench defects -agree A.tsv,B.tsv              agreement of two labellers\n"+
			"       chorus bench defects -sample DIR                     draw sentences to label\n\noptions:\n")
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args, nil); err != nil {
		return err
	}
	modes := 0
	for _, set := range []bool{*name != "", *labels != "", *agree != "", *sample != ""} {
		if set {
			modes++
		}
	}
	switch {
	case modes != 1:
		return usagef("defects: give one of -dataset, -labels, -agree or -sample")
	case fs.NArg() != 0:
		return usagef("defects: unexpected argument %q", fs.Arg(0))
	case *limit < 0 || *words < 0 || *sentences < 0:
		return usagef("defects: -limit, -words and -sentences must not be negative")
	case *split != "held-out" && *split != "train" && *split != "all":
		return usagef("defects: -split must be held-out, train or all, got %q", *split)
	}
	if *agree != "" {
		a, b, ok := strings.Cut(*agree, ",")
		if !ok {
			return usagef("defects: -agree takes two files separated by a comma, got %q", *agree)
		}
		la, err := readLabelFile(a)
		if err != nil {
			return err
		}
		lb, err := readLabelFile(b)
		if err != nil {
			return err
		}
		return bench.WriteAgreement(stdout, la, lb, a, b)
	}
	dir := *data
	if dir == "" {
		d, err := dataset.Dir()
		if err != nil {
			return fmt.Errorf("cannot find data: %w", err)
		}
		dir = d
	}
	switch {
	case *sample != "":
		if err := os.MkdirAll(*sample, 0o755); err != nil {
			return fmt.Errorf("cannot create %s: %w", *sample, err)
		}
		return bench.WriteDefectSample(dir, *sample, stderr)
	case *labels != "":
		ls, err := readLabelFile(*labels)
		if err != nil {
			return err
		}
		sents, err := bench.LabelledSentences(dir, ls)
		if err != nil {
			return err
		}
		e := bench.EvalDefects(ls, sents, *split, func(s bench.SourceSentence) defect.Class {
			return defect.Classify(s.Text, s.Context())
		})
		return e.WriteTable(stdout, "defect.Classify")
	}
	var names []string
	for _, s := range strings.Split(*systems, ",") {
		if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
			names = append(names, s)
		}
	}
	res, err := bench.RunDefectRates(ctx, bench.DefectRateOptions{
		Dataset: *name, Dir: dir, Systems: names, Limit: *limit, Workers: *workers,
		Summary: chorus.Options{Words: *words, Sentences: *sentences},
	})
	if err != nil {
		return err
	}
	return res.WriteTable(stdout)
}

// readLabelFile reads a label file (defect.ReadLabels).
func readLabelFile(path string) ([]defect.Label, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read labels: %w", err)
	}
	defer f.Close()
	ls, err := defect.ReadLabels(f)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return ls, nil
}
