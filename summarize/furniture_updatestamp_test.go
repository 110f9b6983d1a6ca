package summarize

import "testing"

func TestCutUpdateStamp(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"stamp alone", "4:10 pm pt -- the ferry owner tells us the boat will sail again next week.",
			"The ferry owner tells us the boat will sail again next week.", true},
		{"headline and update label", "Ilse varga sued over ferry deal (update) exclusive 11:05 am et -- her lawyer says the suit has no merit at all.",
			"Her lawyer says the suit has no merit at all.", true},
		{"abbreviation in the headline", "Tarnwick ferry co. Sued over late boats (update) 9:30 am pt -- a rep for the company tells us the claim is false.",
			"A rep for the company tells us the claim is false.", true},
		{"sentence end before the stamp", "The ferry left. At 4:10 pm pt -- the council met to talk about the pier repairs.", "", false},
		{"no zone", "The ferry left westvale at 4:10 pm -- an hour late, the pilot said on monday.", "", false},
		{"too little after", "4:10 pm pt -- she is fine.", "", false},
		{"quotation before", `"We sail at 6:45 am et -- rain or shine," the pilot of the ferry told the crowd.`, "", false},
	} {
		got, ok := cutUpdateStamp(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutUpdateStamp(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}
