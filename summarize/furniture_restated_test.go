package summarize

import "testing"

func TestCutRestatedHeadline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "headline with an article before the story's article",
			in:   "Tarnwick council votes to close a ferry pier after storm damage a vote of the tarnwick council on monday will close the old ferry pier, citing storm damage to its pilings and a repair bill it cannot meet.",
			want: "A vote of the tarnwick council on monday will close the old ferry pier, citing storm damage to its pilings and a repair bill it cannot meet.",
		},
		{
			name: "headline ending at a dateline's dash",
			in:   "New complaints against kennel where 12 dogs died phoenix -- new complaints are coming out against the dog kennel where 12 dogs died last week, county officials said.",
			want: "New complaints are coming out against the dog kennel where 12 dogs died last week, county officials said.",
		},
		{
			name: "a headline's place repeated before the dash",
			in:   "Ferry pier closes after storm in tarnwick tarnwick — the ferry pier at the harbour mouth closed on friday after a storm tore away part of its deck, the harbour office said.",
			want: "The ferry pier at the harbour mouth closed on friday after a storm tore away part of its deck, the harbour office said.",
		},
		{
			name: "a headline's aside between dashes",
			in:   "Ilse varga ferry captain retires after 40 years ilse varga -- ferry captain -- retires after 40 years at the helm of the tarnwick crossing, the harbour office said.",
		},
		{
			name: "a sentence that repeats nothing",
			in:   "Ilse varga, who ran the harbour office for a decade, said the ferry line had failed to file its safety reports for three straight years before the crossing.",
		},
		{
			name: "a dash in a sentence of its own",
			in:   "The mayor of tarnwick — who took office in march — said on friday that the mayor's office would review the ferry contract and the harbour budget this month.",
		},
		{
			name: "the article after a verb of saying",
			in:   "Tarnwick harbour officials warned on monday that the tarnwick harbour ferry line had cancelled crossings for a week because of storm damage.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got := cutRestatedHeadline(tt.in, false); got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
			if got := cutRestatedHeadline(tt.in, true); got != tt.in {
				t.Errorf("cased: got %q, want it whole", got)
			}
		})
	}
}

func TestCutUpdatedMarker(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "a headline and its stamp",
			in:   "Tarnwick ferry pier to close after storm damage updated ilse varga, the tarnwick harbour master, says the ferry pier will close for good after storm damage to its pilings.",
			want: "Ilse varga, the tarnwick harbour master, says the ferry pier will close for good after storm damage to its pilings.",
		},
		{
			name: "the verb",
			in:   "The tarnwick harbour office updated its crossing times on monday after storm damage closed the old ferry pier for a week.",
		},
		{
			name: "the passive",
			in:   "Crossing times for the tarnwick ferry were updated on monday after storm damage closed the old ferry pier for a week.",
		},
		{
			name: "nothing restated",
			in:   "Westvale ferry strike ends quickly updated ilse varga has been named captain of the tarnwick rowing club for a third season running.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got := cutUpdatedMarker(tt.in, false); got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}
