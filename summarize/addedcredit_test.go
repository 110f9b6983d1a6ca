package summarize

import "testing"

func TestPlainAddedCredits(t *testing.T) {
	tests := []lastCase{
		{"quote credit, nothing before",
			[]string{"The Tarnwick ferry will run again in May."},
			`"The pier is safe now," Hana Osei added.`,
			`"The pier is safe now," Hana Osei said.`},
		{"a passive participle",
			nil,
			`The ferry timetable has been extended and a new "winter" sailing has been added.`,
			""},
		{"opening the summary",
			nil,
			"Two boats were lost in the storm, harbour officials added.",
			"Two boats were lost in the storm, harbour officials said."},
		{"present tense",
			[]string{"The Tarnwick ferry will run again in May."},
			`"The pier is safe now," Osei continues.`,
			`"The pier is safe now," Osei says.`},
		{"apposition and that",
			nil,
			"Ilse Varga, the harbour master, added that two boats were lost.",
			"Ilse Varga, the harbour master, said that two boats were lost."},
		{"colon before a quotation",
			[]string{"The Tarnwick ferry will run again in May."},
			`Speaking at the pier, Mayor Dorn Vasek added: "We are ready."`,
			`Speaking at the pier, Mayor Dorn Vasek said: "We are ready."`},
		{"another speaker named before",
			[]string{`"We are ready," Vasek said.`},
			`Ilse Varga added: "The boats are not."`,
			`Ilse Varga said: "The boats are not."`},
		{"the speaker spoke before",
			[]string{`"We are ready," Osei said of the pier.`},
			`"The boats are not," Hana Osei added.`,
			""},
		{"the speaker named just before",
			[]string{"Hana Osei reopened the pier on Monday."},
			`"The boats are not ready," Osei added.`,
			""},
		{"a pronoun's speech just before",
			[]string{`"We are ready," she told reporters.`},
			`"The boats are not," Hana Osei added.`,
			""},
		{"a described speaker after speech",
			[]string{`"We are ready," Vasek said.`},
			`"The boats are not," the mayor added.`,
			""},
		{"a title's speech just before",
			[]string{"Tarnwick's Harbour Minister said the pier was safe."},
			"Ilse Varga added that two boats were lost.",
			""},
		{"her second quotation",
			nil,
			`"Why now?" Osei adds, "The pier is safe."`,
			""},
		{"a quotation going on",
			[]string{"The Tarnwick ferry will run again in May."},
			`The source continued, "and the boats are ready."`,
			""},
		{"said in the same sentence",
			nil,
			`"We are ready," Osei said, but added that two boats were lost.`,
			""},
		{"not speech",
			[]string{"The Tarnwick ferry will run again in May."},
			"The pier stays shut while the search continues.",
			""},
		{"relative clause",
			nil,
			"The pier is safe, said Osei, who added that it reopens in May.",
			""},
	}
	runLastCases(t, tests, plainAddedCredits)
}

func TestFieldOffset(t *testing.T) {
	s := "  two  boats\tlost"
	for k, want := range []int{2, 7, 13, -1} {
		if got := fieldOffset(s, k); got != want {
			t.Errorf("fieldOffset(%q, %d) = %d; want %d", s, k, got, want)
		}
	}
}
