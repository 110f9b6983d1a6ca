package http

import (
	"strings"
	"testing"
)

func TestMainText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string // paragraphs that must be kept
		notWant []string
	}{
		{"paragraphs", "<p>The ferry resumed service on Monday.</p><p>Operators thanked passengers.</p>", []string{"The ferry resumed service on Monday.\n\nOperators thanked passengers."}, nil},
		{"page furniture", "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu | Home</nav><article><p>The town library &amp; museum will stay open until nine on weekdays, the council said.</p></article><footer>(c) Example</footer><script>track()</script></body></html>",
			[]string{"The town library & museum will stay open until nine on weekdays, the council said."}, []string{"track()", "p{}", "Menu"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := mainText(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("mainText = %q, lacks %q", got, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("mainText = %q, has %q", got, w)
				}
			}
		})
	}
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
