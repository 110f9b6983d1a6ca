package summarize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCutVisitPromo(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"section box", "Gazette health for more, visit gazette health the tarnwick ferry line said on monday it would end winter crossings.", "The tarnwick ferry line said on monday it would end winter crossings."},
		{"another name after", "Gazette health for more, visit westvale news the tarnwick ferry line said on monday it would end winter crossings.", ""},
		{"a sentence of its own", "Ilse varga said that for more, visit the harbour office, which opens at nine on weekdays.", ""},
		{"too short", "Gazette health for more, visit gazette health ferries.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got := cutVisitPromo(tt.in); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestCommaV(t *testing.T) {
	// The proof commaV rests on: no rune but ',', ' ', 'v' and 'V'
	// lower-cases to one of these.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); utf8.ValidRune(r) && strings.ContainsRune(", v", l) && r != l && r != 'V' {
			t.Errorf("%U lower-cases to %q", r, l)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Harbour news for more, visit", true},
		{"Harbour news FOR MORE, VISIT", true},
		{"Harbour news for more,visit", false},
		{"Harbour news for more, see", false},
		{", v", true},
		{", ", false},
		{"", false},
	} {
		if got := commaV(tc.s); got != tc.want {
			t.Errorf("commaV(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	// Wherever the lower-cased head holds the marker, commaV holds.
	r := rand.New(rand.NewPCG(3, 5))
	pieces := []string{"for", "FOR", "more", "More", ",", " ", " ", "visit", "VİSIT", "Visit", "gazette", "É", "\xff"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if strings.Contains(strings.ToLower(s), ", v") && !commaV(s) {
			t.Errorf("commaV(%q) = false, but its lower case holds \", v\"", s)
		}
	}
}
