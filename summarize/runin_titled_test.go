package summarize

import "testing"

func TestCutTitledRunIn(t *testing.T) {
	cut := []struct{ in, want string }{
		{"Varga quits tarnwick council over audit mayor ilse varga said on monday she would leave the council by june.",
			"Mayor ilse varga said on monday she would leave the council by june."},
		{"Osei blames brenn for ferry row sen. hana osei says the harbour board started the row over late crossings last week.",
			"Sen. hana osei says the harbour board started the row over late crossings last week."},
		{"Roe's 'harbour ' moment former governor tomas roe's speech offered a long tribute to the ferry crews of the west coast.",
			"Former governor tomas roe's speech offered a long tribute to the ferry crews of the west coast."},
		{"Ilse varga quits over audit mayor ilse varga on monday quit the council she has led for nine years in tarnwick.",
			"Mayor ilse varga on monday quit the council she has led for nine years in tarnwick."},
		// A headline's present verb may take an article; "again" may end it.
		{"Varga orders a review of ferry fares again mayor ilse varga on monday ordered the harbour board to review the fares.",
			"Mayor ilse varga on monday ordered the harbour board to review the fares."},
		// A party word may open the title.
		{"Ilse varga ferry accounts 2019 democratic sen. ilse varga has released her accounts for the ferry line.",
			"Democratic sen. ilse varga has released her accounts for the ferry line."},
		// A title of several words ending in a role word.
		{"Osei wins ferry vote senate majority leader anna osei said on monday the line would run through the winter.",
			"Senate majority leader anna osei said on monday the line would run through the winter."},
		// A comma after the headline's surname, the story naming her in full.
		{"Varga, bruised but cheerful, misses vote city council leader maria varga missed the vote on the ferry budget after a fall at home.",
			"City council leader maria varga missed the vote on the ferry budget after a fall at home."},
	}
	for _, c := range cut {
		if got, ok := cutTitledRunIn(c.in); !ok || got != c.want {
			t.Errorf("cutTitledRunIn(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	keep := []string{
		// The headline's name is set off by a comma: an appositive.
		"Varga, a cousin of former mayor ilse varga, said on monday she would run for the council seat in june.",
		// A verb of saying before the title: the story is its clause.
		"Varga aide tomas roe says mayor ilse varga will leave the council by june after the audit of the harbour.",
		// The headline holds an article: a sentence, no headline.
		"Varga is the cousin of tarnwick mayor ilse varga, who said on monday she would leave the council by june.",
		// No verb after the name: a caption.
		"Varga at the harbour mayor ilse varga (left) with ferry crews at the pier in tarnwick on a cold monday morning.",
		// Another of the family: the headline's given name is not the story's.
		"Ilse varga quits harbour board ferry line president tomas varga said on monday his cousin would leave the board.",
		// A hyphenated title: the cut would fall inside it.
		"Roe picks ilse varga to be harbour secretary governor-elect tomas roe has chosen ilse varga to lead the harbour board.",
		// The first word is a title, and a verb of thinking opens a clause.
		"President tomas roe said he believes former president ilse varga has been behind the leaks about the harbour.",
		// The title names someone else.
		"Varga quits council over audit mayor tomas roe said on monday he would name a new member of the council by june.",
		// A comma after the surname, but the story names her without a given name.
		"Varga, bruised but cheerful, misses vote mayor varga said on monday she would be back at work by june in tarnwick.",
		// A long title before a surname alone.
		"Osei wins ferry vote senate majority leader osei said on monday the line would run through the winter months.",
		// A comma after the surname, and the long title names someone else.
		"Varga, bruised but cheerful, misses vote city council leader peter roe said on monday the vote would wait for her.",
	}
	for _, s := range keep {
		if got, ok := cutTitledRunIn(s); ok {
			t.Errorf("cutTitledRunIn(%q) = %q, want it kept", s, got)
		}
	}
}
