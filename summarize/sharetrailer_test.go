package summarize

import "testing"

func TestShareTrailer(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"trading", "Harbourline, which has offices in Tarnwick and Velmora, rose 1.4 percent to hk$4.12 in Hong Kong trading.", true},
		{"yen", "Shares of Quayline rose 1.2 percent to 2,140 yen in Tokyo trading.", true},
		{"clock", "Velmora Foods shares fell 1 percent on Tuesday to $31.08 at 10:05 a.m. in New York.", true},
		{"close", "Tarn Motors slid 2.5% to $14.20 at the close.", true},
		{"cause", "Quayline fell 3 percent to $12.40 in New York trading after the ferry sank.", false},
		{"cause before", "After the ferry sank, Quayline fell 3 percent to $12.40 in New York trading.", false},
		{"aside", "Tarn Motors climbed 3.9 percent to $18.61 at the close, its best day since March.", false},
		{"not a price", "Ferry trips rose 5 percent to 1.2 million in 2014.", false},
		{"quoted", "\"We rose 4 percent to $9.10 in Tokyo trading.\"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shareTrailer(tt.in); got != tt.want {
				t.Errorf("shareTrailer(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkShareTrailers(t *testing.T) {
	cands := func(opening string) []candidate {
		return []candidate{
			{doc: 0, pos: 0, text: opening},
			{doc: 0, pos: 1, text: "About 900 crew members will get the payment this month."},
			{doc: 0, pos: 2, text: "Harbourline rose 1.4 percent to $4.12 in Hong Kong trading."},
		}
	}
	c := &cluster{cands: cands("Harbourline will share $2 million of its chief's bonus with its crews.")}
	c.markShareTrailers()
	if c.cands[2].flags&flagNarrator == 0 {
		t.Errorf("a story about a bonus kept its trailer")
	}
	c = &cluster{cands: cands("Harbourline's profit doubled in the third quarter.")}
	c.markShareTrailers()
	if c.cands[2].flags&flagNarrator != 0 {
		t.Errorf("a story about results lost its share price")
	}
}
