package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/summarize"
)

// runTrain fits the summarizer's sentence scorer on a training dataset and
// writes the model as JSON (the embedded summarize/model.json is made so).
func runTrain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "data `DIR` (default $CHORUS_DATA or ../shared/data beside the module)")
	name := fs.String("dataset", "multinews-train", "training `DATASET` (never a test split)")
	limit := fs.Int("limit", 10000, "read only the first `N` clusters (0: all)")
	ridge := fs.Float64("ridge", 1, "L2 `PENALTY` on the weights")
	out := fs.String("out", "-", "write the model to `FILE` (- for stdout)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chorus train [options]\n\nFits the summarizer's sentence scorer; write it to summarize/model.json to embed it.\n\noptions:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return errUsage
	}
	if fs.NArg() != 0 || *limit < 0 || *ridge <= 0 {
		fs.Usage()
		return errUsage
	}
	if strings.Contains(*name, "test") || *name == "duc2004" || *name == "longbench200" {
		fmt.Fprintf(stderr, "chorus train: %s is a test set; train on multinews-train\n", *name)
		return errUsage
	}
	dir := *data
	if dir == "" {
		var err error
		if dir, err = dataset.Dir(); err != nil {
			return fmt.Errorf("cannot find the data: %w", err)
		}
	}
	tr := summarize.Trainer{Ridge: *ridge}
	err := dataset.Read(dir, *name, *limit, func(ex dataset.Example) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		refs := make([]string, len(ex.References))
		for i, r := range ex.References {
			refs[i] = strings.Join(r, " ")
		}
		tr.Add(ex.Cluster.Articles, refs)
		return nil
	})
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", *name, err)
	}
	m, err := tr.Fit()
	if err != nil {
		return err
	}
	m.About = fmt.Sprintf("chorus train --dataset %s --limit %d --ridge %g: %s", *name, *limit, *ridge, m.About)
	if *out == "-" {
		return m.Write(stdout)
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("cannot create model file: %w", err)
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
