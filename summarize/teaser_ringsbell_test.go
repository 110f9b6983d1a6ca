package summarize

import "testing"

func TestRewriteBellTeaser(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"name rings a bell", "If Ada Brennan's name rings a bell, it's because she's the skipper who rowed to Tarnwick.",
			"Ada Brennan is the skipper who rowed to Tarnwick."},
		{"sounds familiar was", "If Oren Maddox sounds familiar, that's because he was the mayor of Westvale for a decade.",
			"Oren Maddox was the mayor of Westvale for a decade."},
		{"has", "If Ilse Varga's name rings a bell, it's because she has won the harbour race twice.",
			"Ilse Varga has won the harbour race twice."},
		{"not a name", "If this weekday sounds familiar, that's because the old pier fell on it.",
			"If this weekday sounds familiar, that's because the old pier fell on it."},
		{"no pronoun", "If Tarnwick sounds familiar, that's because reporters covered its flood last year.",
			"If Tarnwick sounds familiar, that's because reporters covered its flood last year."},
		{"quoted", `"If Ada Brennan's name rings a bell, it's because she's famous," a neighbour said.`,
			`"If Ada Brennan's name rings a bell, it's because she's famous," a neighbour said.`},
		{"plain", "Ada Brennan rowed to Tarnwick.", "Ada Brennan rowed to Tarnwick."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rewriteBellTeaser(tt.s); got != tt.want {
				t.Errorf("rewriteBellTeaser(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}
