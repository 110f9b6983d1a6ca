package summarize

import "testing"

func TestUsableRoleOf(t *testing.T) {
	for _, tt := range []struct {
		name  string
		sents []string
		want  string
	}{
		{"the first role is usable",
			[]string{"Hana Osei, the port director, said the pier was shut."},
			"the port director"},
		{"a role run on into a clause gives way to a later one",
			[]string{
				"Hana Osei, the port director of the old eastern docks is quoted as saying by the local radio station.",
				"Hana Osei, chief engineer at the Tarnwick yard, said the hull was sound.",
			},
			"chief engineer at the Tarnwick yard"},
		{"a kin role gives way to a job",
			[]string{
				"Hana Osei, his daughter, wept.",
				"Hana Osei, a ferry captain, said the fog came fast.",
			},
			"a ferry captain"},
		{"no usable role",
			[]string{"Hana Osei, his daughter, wept."},
			""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := usableRoleOf(tt.sents, "Hana Osei"); got != tt.want {
				t.Errorf("usableRoleOf = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRoleClauseVerb(t *testing.T) {
	for _, tt := range []struct {
		role string
		want bool
	}{
		{"a writer based in Tarnwick", true},
		{"a writer is suing the paper", false},
		{"head of the ferry board in Tarnwick said", false},
		{"a board member of the Tarnwick harbour safety board", true},
	} {
		if got := usableRole(tt.role, false); got != tt.want {
			t.Errorf("usableRole(%q) = %v, want %v", tt.role, got, tt.want)
		}
	}
}
