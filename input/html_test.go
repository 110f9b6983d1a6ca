package input

import (
	"strings"
	"testing"
)

func TestHTMLText(t *testing.T) {
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
			got, err := HTMLText(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("HTMLText = %q, lacks %q", got, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("HTMLText = %q, has %q", got, w)
				}
			}
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<p>Hi</p>", true},
		{"  <!DOCTYPE html><html><body>x</body></html>", true},
		{"<3 you", false},
		{"Plain text.", false},
	}
	for _, tt := range tests {
		if got := LooksLikeHTML(tt.in); got != tt.want {
			t.Errorf("LooksLikeHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestHTMLTextRejectsBinary(t *testing.T) {
	if _, err := HTMLText("\x00\x01\x02<p>x</p>"); err == nil {
		t.Error("HTMLText accepted binary junk")
	}
}
