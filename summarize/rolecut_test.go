package summarize

import "testing"

// TestRoleCut: no role before a name the sources write as a company's,
// no title cut from a longer one or opened by a caption's word, and no
// later mention of a magazine's name cut to its last word.
func TestRoleCut(t *testing.T) {
	c := roleCluster(
		"The Brenmoor Velde Co. said the park would open in May.",
		"Company co-founder Brenmoor Velde drew the first plans.",
		"Assistant Secretary of State Hana Osei said flights were full.",
		"The order came from Atty. Gen. Ilse Marrow on Friday.",
		"Screenshots Acme chief Paul Tarn spoke at the launch.",
		"Anna Lisk, the port director, said the pier was closed.",
	)
	tests := []struct {
		name     string
		in, want []string
	}{
		{"a company's name", []string{"Brenmoor Velde announced a new park."}, []string{"Brenmoor Velde announced a new park."}},
		{"a title cut at of", []string{"Hana Osei announced the flights."}, []string{"Hana Osei announced the flights."}},
		{"a title cut after atty.", []string{"Ilse Marrow cited a ruling."}, []string{"Ilse Marrow cited a ruling."}},
		{"a caption's word left out", []string{"Paul Tarn described the phone."}, []string{"Acme chief Paul Tarn described the phone."}},
		{"a person's role still written", []string{"Anna Lisk announced the closure."}, []string{"Anna Lisk, the port director, announced the closure."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRewrite(t, tt.in, tt.want, c.addRoles)
		})
	}
}

// TestRoleCutMagazine: a later full mention of a name the sources write
// as a magazine's and never by its last word alone stays whole; a
// person's is cut to the surname.
func TestRoleCutMagazine(t *testing.T) {
	in := []string{"Gunmen attacked Maria Tarnwick.", "Maria Tarnwick was attacked before."}
	c := roleCluster("Gunmen attacked the Maria Tarnwick's offices in the capital.", "Maria Tarnwick printed a cartoon.")
	checkRewrite(t, in, in, c.addRoles)
	c = roleCluster("Gunmen attacked the Maria Tarnwick offices in the capital.", "Tarnwick said the cartoon stays.")
	checkRewrite(t, in, []string{in[0], "Tarnwick was attacked before."}, c.addRoles)
}
