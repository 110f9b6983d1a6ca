package main

import (
	"context"
	"errors"
	"io"
)

// runFeeds is a PLACEHOLDER until the feeds subcommand is written.
func runFeeds(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("not implemented yet")
}
