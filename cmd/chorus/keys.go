package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/chorusnews/chorus/service"
)

// runKeys manages the API keys that may write to `chorus serve`:
// `chorus keys add [--name NAME]`, `chorus keys revoke ID...` and
// `chorus keys list`.
func runKeys(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("keys", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir, db := storeFlags(fs)
	name := fs.String("name", "", "add: a note on whom the key is for")
	asJSON := fs.Bool("json", false, "list: print JSON instead of a table")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus keys add [--name NAME] [options]\n       chorus keys revoke ID... [options]\n       chorus keys list [options]\n\nAPI keys let clients write (POST /api/articles with Authorization: Bearer KEY)\nto a `chorus serve` that listens beyond loopback, and read from one started\nwith --private. Only the SHA-256 of a key is stored: add prints the key once.\n\noptions:")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args, storeEnv)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 0:
		return usagef("say add, revoke or list (see 'chorus help keys')")
	case pos[0] != "add" && pos[0] != "list" && pos[0] != "revoke":
		return usagef("unknown action %q: add, revoke or list", pos[0])
	case pos[0] == "revoke" && len(pos) == 1:
		return usagef("revoke needs at least one key ID")
	case pos[0] != "revoke" && len(pos) > 1:
		return usagef("%s takes no argument, got %q", pos[0], pos[1])
	}
	svc, err := openService(ctx, *dir, *db, service.Options{})
	if err != nil {
		return err
	}
	defer svc.Close()
	switch pos[0] {
	case "add":
		secret, k, err := svc.AddKey(ctx, *name)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "key %s added; it is shown once, here:\n", k.ID)
		fmt.Fprintln(stdout, secret)
		return nil
	case "revoke":
		for _, id := range pos[1:] {
			if err := svc.RevokeKey(ctx, id); err != nil {
				return fmt.Errorf("cannot revoke key %s: %w", id, err)
			}
			fmt.Fprintf(stdout, "key %s revoked\n", id)
		}
		return nil
	}
	keys, err := svc.Keys(ctx)
	if err != nil {
		return fmt.Errorf("cannot list keys: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if keys == nil {
			return enc.Encode([]any{})
		}
		return enc.Encode(keys)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tCREATED\tREVOKED")
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", k.ID, orDash(k.Name), timeOrNever(k.Created), timeOrNever(k.Revoked))
	}
	return tw.Flush()
}
