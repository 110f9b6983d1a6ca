package clean

import (
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus/internal/datadir"
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
