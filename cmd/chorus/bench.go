package main

import (
	"context"
	"errors"
	"io"
)

// runBench is a PLACEHOLDER until the bench subcommand is written.
func runBench(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("not implemented yet")
}
