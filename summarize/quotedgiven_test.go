package summarize

import "testing"

func TestGivenInQuote(t *testing.T) {
	named := []string{
		"the harbour board said ilse tarnwick resigned on monday.",
		"tarnwick, 42, is a lecturer at the college.",
		"tarnwick said she would appeal.",
	}
	sum := []string{"Tarnwick, 42, is a lecturer at the college."}
	full := []string{"Ilse Tarnwick, 42, is a lecturer at the college."}
	tests := []struct {
		name    string
		sources []string
		want    []string
	}{
		{"named in full only", named, full},
		{"the given name alone in a quotation",
			append([]string{`" ilse was calm the whole time, " the marshal said.`}, named...), full},
		{"after either",
			append([]string{`" ilse was calm, " the marshal said.`, "police said either tarnwick or a friend paid."}, named...), full},
		{"inside a quotation, not its first word",
			append([]string{`" we saw ilse was calm, " the marshal said.`}, named...), sum},
		{"the quotation's first word before no verb",
			append([]string{`" ilse and the marshal talked, " a clerk said.`}, named...), sum},
		{"the given name alone outside a quotation",
			append([]string{"ilse walked to the pier at dawn."}, named...), sum},
		{"the given name alone twice, once in a quotation",
			append([]string{`" ilse was calm, " the marshal said.`, "ilse walked to the pier at dawn."}, named...), sum},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNameRewrite(t, tt.sources, sum, tt.want, (*cluster).writeFullNames)
		})
	}
}
