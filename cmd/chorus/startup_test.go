//go:build unix

package main

import (
	"bufio"
	"bytes"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// BenchmarkStartup runs `chorus help` from a freshly built binary: the
// cost every command pays before it does anything. Besides the time per
// run it reports the peak resident set of a run (peak-RSS-MB) and the heap
// the package initialisers allocate (init-heap-MB, from GODEBUG=inittrace).
// go-dateparser's locale tables, linked in through go-trafilatura, used to
// cost about 140 ms and 78 MB here; third_party/go-dateparser builds them
// on first use instead.
//
//	go test ./cmd/chorus -run '^$' -bench Startup
func BenchmarkStartup(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "chorus")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("cannot build chorus: %v\n%s", err, out)
	}
	trace := exec.Command(bin, "help")
	trace.Env = append(trace.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	trace.Stderr = &stderr
	if err := trace.Run(); err != nil {
		b.Fatalf("chorus help: %v", err)
	}
	initBytes := 0.0
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		// init PKG @T ms, C ms clock, N bytes, A allocs
		f := strings.Fields(sc.Text())
		if len(f) >= 9 && f[0] == "init" && f[8] == "bytes," {
			n, _ := strconv.ParseFloat(f[7], 64)
			initBytes += n
		}
	}
	var peak int64
	for b.Loop() {
		cmd := exec.Command(bin, "help")
		if err := cmd.Run(); err != nil {
			b.Fatalf("chorus help: %v", err)
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peak = max(peak, ru.Maxrss) // kilobytes on Linux
		}
	}
	b.ReportMetric(float64(peak)/1024, "peak-RSS-MB")
	b.ReportMetric(initBytes/(1<<20), "init-heap-MB")
}
