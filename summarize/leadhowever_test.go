package summarize

import "testing"

func TestLeadHowever(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"subject aside", "The lamps sold at the fair, however, came from a depot in Kell.",
			"The lamps sold at the fair came from a depot in Kell."},
		{"opening phrase", "According to a clerk at the depot, however, the lamps were never paid for.",
			"According to a clerk at the depot, the lamps were never paid for."},
		{"closing", "The lamps did not stay lit for long, however.", "The lamps did not stay lit for long."},
		{"that after", "It is a plan, however, that angers the guild of lamp makers.", ""},
		{"contrast before", "The fair was busy but the lamps, however, did not sell.", ""},
		{"quotation", "\"It was late,\" the clerk said, however, of the shipment.", ""},
		{"opening however", "However, the lamps were never paid for by the guild.", ""},
		{"dash after", "The fair is only the second one, however – the first was in Kell.", ""},
		{"short before", "Things, however, changed.", ""},
		{"clause before", "The trader bought the old lamp because he liked its brass shade, however, the lamp is now worth a fortune.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := leadHowever(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("leadHowever(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}
