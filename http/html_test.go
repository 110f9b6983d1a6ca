package http

import (
	"strings"
	"testing"
)

func TestStripTags(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"page furniture", "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><article><p>Body &amp; soul.</p></article><footer>(c)</footer><script>x()</script></body></html>", "Body & soul."},
		{"inline", "<p>A <b>bold</b> move.<br>Next line.</p>", "A bold move.\n\nNext line."},
		{"plain", "no tags", "no tags"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := stripTags(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("stripTags = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func FuzzStripTags(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<script>", "<nav><p>x</nav>y", "&amp;<", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := stripTags(s)
		if err != nil {
			return
		}
		if strings.Contains(got, "<script") {
			t.Errorf("script tag survived: %q", got)
		}
	})
}

func TestLooksLikeHTML(t *testing.T) {
	for in, want := range map[string]bool{
		"<p>Hi</p>":            true,
		"  <!DOCTYPE html><x>": true,
		"<3 you":               false,
		"Plain text.":          false,
		"a < b and <p>":        false,
	} {
		if got := looksLikeHTML(in); got != want {
			t.Errorf("looksLikeHTML(%q) = %v", in, got)
		}
	}
}
