package summarize

import "testing"

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
