package summarize

import "testing"

// TestSecondLedePassive checks which other sources' ledes read as the
// opening's act told again in the passive, on invented sentences.
func TestSecondLedePassive(t *testing.T) {
	lead := "Tarnwick mayor Anna Varga fired harbour master Piet Lund on Monday, saying the port needed a fresh start after a summer of ferry delays."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"the object as the passive's subject, another firing verb", "Piet Lund has been replaced as Tarnwick's harbour master amid anger over his handling of a strike and smuggling.", true},
		{"the same verb in the passive", "Piet Lund was fired as Tarnwick's harbour master amid anger over his handling of a strike and smuggling.", true},
		{"the active one's subject in the passive", "Tarnwick mayor Anna Varga was praised by the port's ferry crews for the summer's delays.", false},
		{"another act", "Piet Lund has been charged as Tarnwick's harbour master amid anger over his handling of a strike and smuggling.", false},
		{"a cause of its own", "Piet Lund was fired for lying as Tarnwick's harbour master amid his handling of a strike and smuggling.", false},
		{"a number of its own", "Piet Lund has been replaced after 14 years as Tarnwick's harbour master amid anger over a strike and smuggling.", false},
		{"active, another subject", "Ferry crews in Tarnwick replaced harbour master Piet Lund's rota amid the summer's delays.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, lead, tt.other)
			if got := c.secondLede(b, a); got != tt.want {
				t.Errorf("secondLede = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPassiveRetold checks the active-passive pairing alone.
func TestPassiveRetold(t *testing.T) {
	tests := []struct {
		name, s, t string
		want       bool
	}{
		{"object as subject", "Piet Lund has been ousted as harbour master.", "Anna Varga sacked harbour master Piet Lund on Monday.", true},
		{"both active", "Anna Varga ousted Piet Lund.", "Anna Varga sacked harbour master Piet Lund on Monday.", false},
		{"object after the comma", "Piet Lund has been ousted as harbour master.", "Anna Varga acted on Monday, and sacked Lund.", false},
		{"other verbs", "Piet Lund has been praised as harbour master.", "Anna Varga sacked harbour master Piet Lund on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := passiveRetold(tt.s, tt.t); got != tt.want {
				t.Errorf("passiveRetold = %v, want %v", got, tt.want)
			}
		})
	}
}
