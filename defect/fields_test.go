package defect

import (
	"slices"
	"strings"
	"testing"
)

func TestFirstFields(t *testing.T) {
	tests := []struct {
		name string
		s    string
		n    int
	}{
		{"empty", "", 4},
		{"spaces only", " \t\n", 4},
		{"fewer than n", "On Tuesday, he said", 10},
		{"more than n", "On Tuesday, he told reporters at the harbour that the ferry would run again", 10},
		{"exactly n", "one two three", 3},
		{"leading and trailing space", "\t Later  that day,\u00a0she left. ", 10},
		{"non-breaking and em spaces", "In\u2003the end,\u00a0they\u0085went home", 10},
		{"invalid byte", "Then \xff it rained", 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fields, at := firstFields(make([]string, 0, tt.n), make([]int, 0, tt.n), tt.s)
			want := strings.Fields(tt.s)
			want = want[:min(len(want), tt.n)]
			if !slices.Equal(fields, want) {
				t.Fatalf("firstFields(%q) = %q, want %q", tt.s, fields, want)
			}
			for i, f := range fields {
				if !strings.HasPrefix(tt.s[at[i]:], f) {
					t.Errorf("field %d %q is not at %d in %q", i, f, at[i], tt.s)
				}
			}
		})
	}
}
