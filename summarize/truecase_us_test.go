package summarize

import "testing"

func TestRaiseUSIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"after the", "Tarnwick asked the us for help.", "Tarnwick asked the US for help."},
		{"after a", "A us drone flew over Tarnwick.", "A US drone flew over Tarnwick."},
		{"closing a sentence", "Anna Varga left for the us.", "Anna Varga left for the US."},
		{"former", "She met former us envoy Anna Varga.", "She met former US envoy Anna Varga."},
		{"the magazine", "A source told us weekly that Varga wed.", "A source told Us Weekly that Varga wed."},
		{"the magazine closing", "Varga said so to us weekly.", "Varga said so to Us Weekly."},
		{"the airline", "She flew a us airways jet.", "She flew a US Airways jet."},
		{"the pronoun", "Varga told us the harbour was closed.", "Varga told us the harbour was closed."},
		{"the pronoun after a verb", "Let us go, and give us weeklyish reports.", "Let us go, and give us weeklyish reports."},
		{"already capitals", "The US and Us Weekly.", "The US and Us Weekly."},
		{"an address", "See the us.tarnwick.org page.", "See the us.tarnwick.org page."},
		{"inside a word", "The bus left the campus.", "The bus left the campus."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseUSIn(tt.in); got != tt.want {
				t.Errorf("raiseUSIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
