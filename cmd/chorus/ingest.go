package main

import (
	"context"
	"errors"
	"io"
)

// runIngest is a PLACEHOLDER until the ingest subcommand is written.
func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("not implemented yet")
}
