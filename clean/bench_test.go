package clean

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParagraphsMultiNews cleans every source line of the Multi-News test
// set (truncated release) once per iteration. It skips when the data is
// absent.
func BenchmarkParagraphsMultiNews(b *testing.B) {
	lines := readMultiNews(b, "test.truncated.src.gz")
	var n int64
	for _, l := range lines {
		n += int64(len(l))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Paragraphs(l)
		}
	}
}

// readMultiNews returns the lines of a Multi-News file from the shared data
// directory: $CHORUS_DATA, or ../shared/data next to the module root.
func readMultiNews(tb testing.TB, name string) []string {
	tb.Helper()
	dir := os.Getenv("CHORUS_DATA")
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			tb.Skipf("no working directory: %v", err)
		}
		for d := wd; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				dir = filepath.Join(d, "..", "shared", "data")
				break
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	f, err := os.Open(filepath.Join(dir, "multi-news", name))
	if err != nil {
		tb.Skipf("Multi-News data absent (set CHORUS_DATA): %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var lines []string
	r := bufio.NewReaderSize(zr, 1<<20)
	for {
		line, err := r.ReadString('\n')
		if line != "" {
			lines = append(lines, strings.TrimRight(line, "\n"))
		}
		if err != nil {
			break
		}
	}
	return lines
}
