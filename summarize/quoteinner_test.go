package summarize

import "testing"

// TestAttributeInnerQuotes reads an invented article whose quotation runs
// over four sentences (balanceQuotes closed the first part and opened the
// last): a middle sentence shown alone is written as the quotation it
// is, with the speaker the article gives; the next middle one after it
// takes the marks only; a sentence that names the speaker, or one outside
// the quotation, is left.
func TestAttributeInnerQuotes(t *testing.T) {
	c := roleCluster(
		"The Velmora ferry will sail again on Monday.",
		`Maria Osei, the harbour master, said: "We lost the pier.`,
		"It will take years to rebuild.",
		"Osei's plan needs money from the council.",
		"We will start in May.",
		`Nobody was hurt, " Osei said.`,
		"The port closed in May after a storm.",
	)
	c.cands[1].edge, c.cands[5].edge = edgeClosed, edgeOpened
	lead := "The Velmora ferry will sail again on Monday."
	tests := []struct {
		name     string
		in, want []string
	}{
		{"alone",
			[]string{lead, "It will take years to rebuild."},
			[]string{lead, `"It will take years to rebuild," Maria Osei said.`}},
		{"met before in full: the surname",
			[]string{"Maria Osei closed the port.", "It will take years to rebuild."},
			[]string{"Maria Osei closed the port.", `"It will take years to rebuild," Osei said.`}},
		{"two in a row: one speaker",
			[]string{lead, "It will take years to rebuild.", "We will start in May."},
			[]string{lead, `"It will take years to rebuild," Maria Osei said.`, `"We will start in May."`}},
		{"names the speaker",
			[]string{lead, "Osei's plan needs money from the council."},
			[]string{lead, "Osei's plan needs money from the council."}},
		{"outside",
			[]string{lead, "The port closed in May after a storm."},
			[]string{lead, "The port closed in May after a storm."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRewrite(t, tt.in, tt.want, c.attributeInnerQuotes)
		})
	}
}

// TestInnerQuoteSingleMarks: a quotation that opens with words in single
// marks gives someone else's words; it credits no middle sentence.
func TestInnerQuoteSingleMarks(t *testing.T) {
	c := roleCluster(
		"The Velmora ferry will sail again on Monday.",
		`Maria Osei said: "'We give up.`,
		"It will take years to rebuild.",
		`That is what they think, " Osei said.`,
	)
	c.cands[1].edge, c.cands[3].edge = edgeClosed, edgeOpened
	in := []string{"The Velmora ferry will sail again on Monday.", "It will take years to rebuild."}
	checkRewrite(t, in, in, c.attributeInnerQuotes)
}

func TestGivenIn(t *testing.T) {
	for _, tt := range []struct {
		name []string
		want bool
	}{
		{[]string{"Maria", "Osei"}, true},
		{[]string{"Boss", "Maria", "Osei"}, true},
		{[]string{"First", "Time", "Osei"}, false},
	} {
		if got := givenIn(tt.name); got != tt.want {
			t.Errorf("givenIn(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestBoundName(t *testing.T) {
	c := roleCluster(
		"Antony Osei spoke at the pier for the first time.",
		"For the first time Osei smiled, and Antony Osei waved.",
		"They came to oust Osei.",
	)
	if !c.boundName([]string{"Antony", "Osei"}) {
		t.Error(`boundName("Antony Osei") = false, want true`)
	}
	if c.boundName([]string{"First", "Time", "Osei"}) {
		t.Error(`boundName("First Time Osei") = true, want false`)
	}
	if c.boundName([]string{"Oust", "Osei"}) {
		t.Error(`boundName("Oust Osei") = true, want false`) // written once
	}
}

func TestSurnameOfGiven(t *testing.T) {
	c := roleCluster("Maria Osei spoke.", "The matriarch added nothing.")
	if !c.surnameOfGiven("osei") || c.surnameOfGiven("matriarch") {
		t.Error("surnameOfGiven: want osei a surname and matriarch not")
	}
}
