package main

import (
	"context"
	"errors"
	"io"
)

// runBenchClustering is a PLACEHOLDER until `chorus bench clustering` is written.
func runBenchClustering(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("not implemented yet")
}
