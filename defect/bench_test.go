package defect

import (
	"strings"
	"testing"
)

// benchSentences are the invented fixtures, read once.
func benchSentences(b *testing.B) []string {
	b.Helper()
	t := &testing.T{}
	var out []string
	for _, fx := range readFixtures(t) {
		out = append(out, fx.text)
	}
	return out
}

func BenchmarkFurniture(b *testing.B) {
	ss := benchSentences(b)
	n := 0
	for _, s := range ss {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range ss {
			Furniture(s)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	ss := benchSentences(b)
	b.SetBytes(int64(len(strings.Join(ss, ""))))
	for b.Loop() {
		for _, s := range ss {
			Detect(s, Context{})
		}
	}
}
