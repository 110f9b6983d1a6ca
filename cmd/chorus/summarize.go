package main

import (
	"context"
	"errors"
	"io"
)

// runSummarize is a PLACEHOLDER until the summarize subcommand is written.
func runSummarize(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("not implemented yet")
}
