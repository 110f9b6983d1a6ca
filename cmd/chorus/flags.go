package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// This file holds the flag helpers the subcommands share: environment
// variables as flag defaults, flags after positional arguments, the story
// store flags and byte sizes.

// defaultDataDir is where the story store lives unless --data or
// CHORUS_DATA_DIR says otherwise.
const defaultDataDir = "./chorus-data"

// storeEnv names the environment variables of the flags storeFlags defines.
var storeEnv = map[string]string{"data": "CHORUS_DATA_DIR", "db": "CHORUS_DB"}

// storeFlags defines the --data and --db flags of the commands that open the
// story store (see openStore).
func storeFlags(fs *flag.FlagSet) (dir, db *string) {
	dir = fs.String("data", defaultDataDir, "data `DIR` holding the SQLite story store (env CHORUS_DATA_DIR)")
	db = fs.String("db", "", "story store `URL`: a postgres:// URL stores stories in PostgreSQL instead of the SQLite file in --data (env CHORUS_DB)")
	return dir, db
}

// withEnv returns a copy of env with more flag-name, variable pairs added.
func withEnv(env map[string]string, pairs ...string) map[string]string {
	out := make(map[string]string, len(env)+len(pairs)/2)
	for k, v := range env {
		out[k] = v
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		out[pairs[i]] = pairs[i+1]
	}
	return out
}

// parseArgs sets flags from the environment variables in env, then parses
// args, allowing flags after positional arguments ("feeds add URL --data
// d"); "--" ends the flags. It returns the positional arguments,
// flag.ErrHelp (after printing fs.Usage) for -h, and a one-line usage error
// for any mistake.
func parseArgs(fs *flag.FlagSet, args []string, env map[string]string) ([]string, error) {
	for name, key := range env {
		v, ok := os.LookupEnv(key)
		if !ok || v == "" {
			continue
		}
		if err := fs.Set(name, v); err != nil {
			return nil, usagef("bad %s=%q: %v", key, v, err)
		}
	}
	// The flag package prints its complaint and the whole usage text; one
	// line from run says it better, and the usage text is for -h.
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	defer func() { fs.SetOutput(out); fs.Usage = usage }()
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(out)
				usage()
				return nil, err
			}
			sub := ""
			if _, rest, ok := strings.Cut(fs.Name(), " "); ok {
				sub = rest + ": " // "bench clustering" reports as "chorus bench: clustering: …"
			}
			return nil, usagef("%s%v", sub, err)
		}
		if fs.NArg() == 0 {
			break
		}
		if len(args) > fs.NArg() && args[len(args)-fs.NArg()-1] == "--" {
			pos = append(pos, fs.Args()...) // everything after "--"
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	// Leave the positional arguments where fs.Args() finds them.
	_ = fs.Parse(append([]string{"--"}, pos...))
	return pos, nil
}

// positive returns a usage error unless n > 0.
func positive(name string, n int) error {
	if n <= 0 {
		return usagef("--%s must be positive, got %d", name, n)
	}
	return nil
}

// nonNegative returns a usage error unless n >= 0.
func nonNegative(name string, n int) error {
	if n < 0 {
		return usagef("--%s must not be negative, got %d", name, n)
	}
	return nil
}

// byteSize is a flag value for sizes such as 16MiB, 512k or 1048576.
type byteSize int64

// sizeFlag defines a byteSize flag with default def.
func sizeFlag(fs *flag.FlagSet, name string, def int64, usage string) *byteSize {
	b := byteSize(def)
	fs.Var(&b, name, usage)
	return &b
}

// String implements flag.Value.
func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		s string
		n int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.n && n%u.n == 0 {
			return strconv.FormatInt(n/u.n, 10) + u.s
		}
	}
	return strconv.FormatInt(n, 10)
}

// Set implements flag.Value.
func (b *byteSize) Set(s string) error {
	t := strings.TrimSpace(strings.ToLower(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"gb", 1e9}, {"mb", 1e6}, {"kb", 1e3}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.n
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<50)/mult {
		return fmt.Errorf("not a size: %q (use e.g. 16MiB)", s)
	}
	*b = byteSize(n * mult)
	return nil
}

// piped reports whether stdin is a file that is not a terminal: a pipe or
// a redirected file, read when a command that takes PATH... is given none.
// Readers that are not files (tests) count as not piped.
func piped(stdin io.Reader) bool {
	f, ok := stdin.(*os.File)
	if !ok || f == nil {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice == 0
}
