package sentence

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/datadir"
)

func BenchmarkSplit(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range strings.Split(text, "\n\n") {
			Split(p)
		}
	}
}

// BenchmarkSplitMultiNews splits every source line of the Multi-News test
// set (truncated release) once per iteration. It skips when the data is
// absent.
func BenchmarkSplitMultiNews(b *testing.B) {
	lines := readMultiNews(b, "test.truncated.src.gz")
	var n int64
	for _, l := range lines {
		n += int64(len(l))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Split(l)
		}
	}
}

// readMultiNews returns the lines of a Multi-News file from the shared data
// directory, skipping the benchmark when the data is absent.
func readMultiNews(tb testing.TB, name string) []string {
	tb.Helper()
	dir, err := datadir.Find()
	if err != nil {
		tb.Skipf("Multi-News data absent (set CHORUS_DATA): %v", err)
	}
	lines, err := datadir.GzipLines(filepath.Join(dir, "multi-news", name))
	if err != nil {
		tb.Skipf("Multi-News data absent: %v", err)
	}
	return lines
}
