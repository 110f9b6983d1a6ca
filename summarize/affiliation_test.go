package summarize

import "testing"

func TestAddAffiliation(t *testing.T) {
	src := []string{
		"The ferry ran aground near Tarnwick on Monday.",
		"Hana Osei of the Tarnwick harbour authority said the channel was closed.",
		"Ivo Brandt of the northern yards said little.",
		"Teo Marr of the coast guard's rescue office in Velmora, said the search went on.",
	}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"the body after a bare full name",
			[]string{"Hana Osei said the channel would reopen."},
			[]string{"Hana Osei of the Tarnwick harbour authority said the channel would reopen."}},
		{"closing the sentence",
			[]string{"The channel would reopen, says Hana Osei."},
			[]string{"The channel would reopen, says Hana Osei of the Tarnwick harbour authority."}},
		{"a possessive inside the body's name, cut before a place",
			[]string{"Teo Marr said the search went on."},
			[]string{"Teo Marr of the coast guard's rescue office said the search went on."}},
		{"no body's head noun",
			[]string{"Ivo Brandt said little."},
			[]string{"Ivo Brandt said little."}},
		{"the sentence names the body already",
			[]string{"Hana Osei said the authority would reopen the channel."},
			[]string{"Hana Osei said the authority would reopen the channel."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := roleCluster(src...)
			checkRewrite(t, tt.in, tt.want, c.addRoles)
		})
	}
}
