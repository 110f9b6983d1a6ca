package summarize

import "testing"

// TestRoleTold: a first full mention gets no role the summary already
// tells, none whose front the sentence tells, no title before a
// possessive that ends in no role noun; the role is still added where
// none of that holds (cutShowTitle is tested alone below).
func TestRoleTold(t *testing.T) {
	c := roleCluster(
		"maria velmora, the port director, said the pier was closed.",
		"ilse varga, the harbour gazette editor, said the paper would print.",
		"nora brenn, campaign rally, tarnwick, oct. 2.",
		"tomas reyland, the evening show host, said the ferry was late.",
	)
	tests := []struct {
		name     string
		in, want []string
	}{
		{"role added",
			[]string{"Maria Velmora's statement came on Monday."},
			[]string{"Port director Maria Velmora's statement came on Monday."}},
		{"told in another sentence",
			[]string{"A port director spoke first.", "Maria Velmora's statement came on Monday."},
			[]string{"A port director spoke first.", "Maria Velmora's statement came on Monday."}},
		{"front told in the sentence",
			[]string{"Ilse Varga's column in the harbour gazette ran on Monday."},
			[]string{"Ilse Varga's column in the harbour gazette ran on Monday."}},
		{"no role noun",
			[]string{"The week was dominated by Nora Brenn's claims."},
			[]string{"The week was dominated by Nora Brenn's claims."}},
		{"a show's name kept",
			[]string{"Tomas Reyland's jokes drew a crowd."},
			[]string{"Evening show host Tomas Reyland's jokes drew a crowd."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRewrite(t, tt.in, tt.want, c.addRoles)
		})
	}
}

func TestRoleToldParts(t *testing.T) {
	if !roleTold("the port director", "Velmora spoke.", "a port director spoke.") {
		t.Error("a role an earlier sentence tells: want told")
	}
	if roleTold("mayor", "Maria Velmora spoke.", "the mayor spoke.") {
		t.Error("a one-word role told apart from the name: want not told")
	}
	if roleTold("port director", "Maria Velmora spoke.", "") {
		t.Error("a role told nowhere before: want not told")
	}
	if !roleTold("harbour gazette editor", "Varga's column in the harbour gazette ran.", "") {
		t.Error("the role's front in the sentence: want told")
	}
	if roleTold("former port director", "Velmora, a former sailor, spoke.", "") {
		t.Error("a modifier alone in the sentence: want not told")
	}
	if roleNounEnds("campaign rally") || !roleNounEnds("port director") || !roleNounEnds("harbour CEO") {
		t.Error("roleNounEnds: want a role noun at the end")
	}
	if !cutShowTitle("show host") || cutShowTitle("talk show host") || cutShowTitle("host") {
		t.Error("cutShowTitle: want a title opening with show")
	}
}
