package summarize

import "testing"

func TestClauseCredit(t *testing.T) {
	src := []string{
		"Hana Osei, the port director, said the pier was shut.",
	}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"a name crediting the clause before it",
			[]string{"The pier stays shut until Friday, Hana Osei said."},
			[]string{"The pier stays shut until Friday, Hana Osei, the port director, said."}},
		{"a name crediting a quotation",
			[]string{`"We shut it for safety," Hana Osei said.`},
			[]string{`"We shut it for safety," Hana Osei, the port director, said.`}},
		{"a name after a description and a comma stays",
			[]string{"Her sister, Hana Osei, said the pier was shut."},
			[]string{"Her sister, Hana Osei, said the pier was shut."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := roleCluster(src...)
			checkRewrite(t, tt.in, tt.want, c.addRoles)
		})
	}
}
