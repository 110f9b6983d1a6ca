package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version is the release, set at build time with
// -ldflags "-X main.version=v1.2.3"; empty means the module version or VCS
// revision recorded by the Go toolchain.
var version string

// runVersion prints the version of the binary: `chorus version` and
// `chorus --version`.
func runVersion(_ context.Context, args []string, _ io.Reader, stdout, _ io.Writer) error {
	if helpAsked(args) {
		fmt.Fprintln(stdout, "usage: chorus version\n\nPrints the version of this binary, its VCS revision and the Go version it was built with.")
		return nil
	}
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	fmt.Fprintln(stdout, versionString())
	return nil
}

// versionString returns "chorus VERSION (REVISION, GOVERSION OS/ARCH)".
func versionString() string {
	v, rev, dirty := version, "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && dirty {
		rev += "-dirty"
	}
	if rev != "" {
		rev += ", "
	}
	return fmt.Sprintf("chorus %s (%s%s %s/%s)", v, rev, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
