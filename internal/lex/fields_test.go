package lex

import (
	"slices"
	"strings"
	"testing"
)

func TestFirstFields(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want []string
	}{
		{"fewer", "  Marta  rode\thome ", 5, []string{"Marta", "rode", "home"}},
		{"cut", "Marta rode home early", 2, []string{"Marta", "rode"}},
		{"none", " \n ", 3, nil},
		{"zero", "Marta rode", 0, nil},
		{"no-break space", "caf\u00e9\u00a0Ilse\u2003left", 2, []string{"caf\u00e9", "Ilse"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FirstFields(tt.in, tt.n); !slices.Equal(got, tt.want) {
				t.Errorf("FirstFields(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}

func FuzzFirstFields(f *testing.F) {
	f.Add("Marta rode\u00a0home \xff early", 3)
	f.Add("", 1)
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n&31 + 1
		want := strings.Fields(s)
		want = want[:min(n, len(want))]
		if got := FirstFields(s, n); !slices.Equal(got, want) {
			t.Errorf("FirstFields(%q, %d) = %q, want %q", s, n, got, want)
		}
	})
}

func TestFieldsSeq(t *testing.T) {
	for _, s := range []string{"", " ", "one", "  ferry  crew\tsailed\n", "a b c d e f g h i j k l", "harbourmaster's\u00a0launch\u2003left \xff at dawn ", "twelve bytes sixteen bytes!"} {
		got := slices.Collect(FieldsSeq(s))
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("FieldsSeq(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFieldsSeq(f *testing.F) {
	f.Add("Marta rode\u00a0home \xff early", 3)
	f.Add("the pier\x85lights\v\fwent out\r\nat nine", 2)
	f.Fuzz(func(t *testing.T, s string, n int) {
		want := strings.Fields(s)
		var got []string
		for w := range FieldsSeq(s) {
			got = append(got, w)
		}
		if !slices.Equal(got, want) {
			t.Errorf("FieldsSeq(%q) = %q, want %q", s, got, want)
		}
		// Stopping early yields a prefix.
		n = n&7 + 1
		got = got[:0]
		for w := range FieldsSeq(s) {
			if got = append(got, w); len(got) == n {
				break
			}
		}
		if !slices.Equal(got, want[:min(n, len(want))]) {
			t.Errorf("FieldsSeq(%q) stopped after %d = %q", s, n, got)
		}
	})
}
