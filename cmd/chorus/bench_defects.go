package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/chorusnews/chorus/dataset"
)

// runBenchDefects runs `chorus bench defects`.
func runBenchDefects(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench defects", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		data   = fs.String("data", "", "data `DIR` (default $CHORUS_DATA or ../shared/data beside the module)")
		sample = fs.String("sample", "", "write sentence slices to label into `DIR` (outside the repository)")
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	dir := *data
	if dir == "" {
		d, err := dataset.Dir()
		if err != nil {
			return fmt.Errorf("cannot find data: %w", err)
		}
		dir = d
	}
	if *sample != "" {
		if err := os.MkdirAll(*sample, 0o755); err != nil {
			return fmt.Errorf("cannot create %s: %w", *sample, err)
		}
		return writeSample(dir, *sample, stderr)
	}
	return errUsage
}
