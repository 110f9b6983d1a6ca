package summarize

import "testing"

func TestMendSplitWord(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"from", "A team f rom the Tarnwick clinic said the ferry was safe.", "A team from the Tarnwick clinic said the ferry was safe."},
		{"the after a comma", "After the vote, t he council met again.", "After the vote, the council met again."},
		{"two", "She sat in t he boat w ith her dog.", "She sat in the boat with her dog."},
		{"initial", "The rapper Mr. T he said was late.", "The rapper Mr. T he said was late."},
		{"apostrophe", "Why don ' t he call?", "Why don ' t he call?"},
		{"none", "The ferry left at noon.", "The ferry left at noon."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := mendSplitWord(tt.in)
			if got != tt.want || ok != (tt.in != tt.want) {
				t.Errorf("mendSplitWord(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}
