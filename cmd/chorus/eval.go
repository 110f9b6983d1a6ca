package main

import (
	"context"
	"errors"
	"io"
)

// runEval is a PLACEHOLDER until the eval subcommand is written.
func runEval(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("not implemented yet")
}
