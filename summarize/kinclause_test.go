package summarize

import (
	"strings"
	"testing"
)

func TestKinNear(t *testing.T) {
	tests := []struct {
		name string
		s    string
		at   string
		want bool
	}{
		{"relative after a comma", "The boat was found by her son, Osei, at dawn.", "Osei,", true},
		{"relative two words before", "Her late husband Osei built the quay.", "Osei", true},
		{"family word after", "Osei's father was a pilot in Tarnwick.", "Osei's", true},
		{"family word right after", "Osei family members met the mayor.", "Osei", true},
		{"another clause", "In the suit filed by Varga and his wife, Varga says Osei knew the nets were cut.", "Osei", false},
		{"told between", "Her son told Osei the ferry had gone.", "Osei", false},
		{"no family word", "The harbour board says Osei knew the nets were cut.", "Osei", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := strings.Fields(tt.s)
			j := -1
			for k, w := range f {
				if w == tt.at {
					j = k
				}
			}
			if got := kinNear(f, j); got != tt.want {
				t.Errorf("kinNear(%q, %q) = %v, want %v", tt.s, tt.at, got, tt.want)
			}
		})
	}
}
