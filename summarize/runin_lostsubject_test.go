package summarize

import "testing"

func TestLostSubject(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a star's passive twice", "Ilse Varga booed at harbour gala was loudly booed at the harbour gala in Tarnwick last night.",
			"Ilse Varga was loudly booed at the harbour gala in Tarnwick last night."},
		{"an irregular past", "Varga turned away at pier after arriving late was turned away from the Tarnwick pier on Sunday.",
			"Varga was turned away from the Tarnwick pier on Sunday."},
		{"a subject of its own", "Harbour crews hurt two Harbour crews were hurt in a fire on the pier at Tarnwick on Monday.",
			"Harbour crews hurt two Harbour crews were hurt in a fire on the pier at Tarnwick on Monday."},
		{"another participle", "Varga cleared of fraud charges was found guilty of a lesser charge at Tarnwick on Monday.",
			"Varga cleared of fraud charges was found guilty of a lesser charge at Tarnwick on Monday."},
		{"a comma before", "Varga jailed for six years, the court was told he had jailed others before him.",
			"Varga jailed for six years, the court was told he had jailed others before him."},
	} {
		got, _ := lostSubject(tc.in)
		if got != tc.want {
			t.Errorf("%s: lostSubject(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestLostSubjectClause(t *testing.T) {
	s := "Crews found a second boat Sunday near the pier where a diver was found trapped last week, officials said."
	if got, ok := lostSubject(s); ok {
		t.Errorf("lostSubject(%q) = %q, want it left", s, got)
	}
}
