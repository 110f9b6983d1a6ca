package main

import (
	"context"
	"errors"
	"io"
)

// runServe is a PLACEHOLDER until the serve subcommand is written.
func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("not implemented yet")
}
