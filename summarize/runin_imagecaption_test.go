package summarize

import "testing"

func TestCutImageCaption(t *testing.T) {
	// The cluster's other text: the lede's subject stands there, the
	// caption's last word and the lede's first stand together nowhere.
	others := []string{
		"Anna Varga has closed the Tarnwick ferry line. Anna Varga said storms cost too much.",
		"Tarnwick council met on monday. The harbour board spoke.",
		"The minister spoke. The factory in Tarnwick closed.",
	}
	tests := []struct {
		name, in, want string
	}{
		{"article lede after credit and caption",
			"Image copyright afp image caption harbour workers gathered at the pier on monday a tarnwick ferry company has cancelled all crossings after a storm damaged two boats.",
			"A tarnwick ferry company has cancelled all crossings after a storm damaged two boats."},
		{"name lede read against the cluster",
			"Image caption the old ferry was built in 1898 near the pier anna varga has closed the tarnwick ferry line after a century of crossings.",
			"Anna varga has closed the tarnwick ferry line after a century of crossings."},
		{"count lede",
			"Image copyright pa image caption rescuers searched the harbour overnight at least 12 people have been hurt after a ferry struck the tarnwick pier, police say.",
			"At least 12 people have been hurt after a ferry struck the tarnwick pier, police say."},
		{"indefinite subject with a relative clause",
			"Image caption anna varga sailed the route for thirty years a ferry captain who rescued forty people in 2009 has retired after 31 years at sea.",
			"A ferry captain who rescued forty people in 2009 has retired after 31 years at sea."},
		{"appositive in the subject",
			"Image caption crowds lined the quay to watch the boats tarnwick, the county's oldest port, has lost its last ferry after 120 years of crossings.",
			"Tarnwick, the county's oldest port, has lost its last ferry after 120 years of crossings."},
		{"a title's tail is no subject",
			"Image caption the harbour board met on monday prime minister has said the tarnwick ferry line will close after a century of crossings.",
			"Image caption the harbour board met on monday prime minister has said the tarnwick ferry line will close after a century of crossings."},
		{"a common noun cut from its phrase is no subject",
			"Image caption crews gathered at the gates on monday hartwell factory in tarnwick have been holding two managers in a dispute over closing it.",
			"Image caption crews gathered at the gates on monday hartwell factory in tarnwick have been holding two managers in a dispute over closing it."},
		{"an ordinal is no count",
			"Image caption the ledgers were written by hand 19th century records may have been lost in the fire at the tarnwick archive, historians say.",
			"Image caption the ledgers were written by hand 19th century records may have been lost in the fire at the tarnwick archive, historians say."},
		{"a count's lead goes with its count",
			"Image caption crews searched the harbour overnight and expect the toll to rise at least 12 people have been hurt after a ferry struck the tarnwick pier, police say.",
			"At least 12 people have been hurt after a ferry struck the tarnwick pier, police say."},
		{"a count cut from its whole is left",
			"Image caption the hulk sits at a depth of 2,600 m scientists have challenged the idea that the tarnwick ferry sank in a storm in 1898.",
			"Image caption the hulk sits at a depth of 2,600 m scientists have challenged the idea that the tarnwick ferry sank in a storm in 1898."},
		{"a time is no count",
			"Image caption anna varga sailed from tarnwick in the storm nearly 30 years ago has been found living on an island off westvale, her family says.",
			"Image caption anna varga sailed from tarnwick in the storm nearly 30 years ago has been found living on an island off westvale, her family says."},
		{"how opens a clause",
			"Image caption thermal images showed how warm the hulls of the tarnwick boats were after the crossing from westvale in the storm.",
			"Image caption thermal images showed how warm the hulls of the tarnwick boats were after the crossing from westvale in the storm."},
		{"a verb in -ing after was takes its object",
			"Image caption anna varga was guiding a crew of swimmers who were combing the hulk has been found safe on the tarnwick coast.",
			"Image caption anna varga was guiding a crew of swimmers who were combing the hulk has been found safe on the tarnwick coast."},
		{"a year ends a caption",
			"Image caption the old ferry was built in 1898 a tarnwick ferry company has cancelled all crossings after a storm damaged two boats.",
			"A tarnwick ferry company has cancelled all crossings after a storm damaged two boats."},
		{"no label",
			"Harbour workers gathered at the pier on monday the tarnwick ferry company has cancelled all crossings after a storm.",
			"Harbour workers gathered at the pier on monday the tarnwick ferry company has cancelled all crossings after a storm."},
		{"caption alone",
			"Image caption harbour workers gathered at the pier on monday to watch the last ferry leave tarnwick for westvale.",
			"Image caption harbour workers gathered at the pier on monday to watch the last ferry leave tarnwick for westvale."},
		{"name split unread: no other text holds it",
			"Image caption the old ferry was built in 1898 near the pier petra holm has sold the westvale ferry line after a century of crossings.",
			"Image caption the old ferry was built in 1898 near the pier petra holm has sold the westvale ferry line after a century of crossings."},
		{"caption ends on a verb's object: no split",
			"Image caption the council has approved the ferry timetable will change in june after a vote by the harbour board on monday.",
			"Image caption the council has approved the ferry timetable will change in june after a vote by the harbour board on monday."},
		{"speech verb: what follows is said",
			"Image caption boats were damaged in the storm a harbour official says two ferries have been sunk at their moorings in tarnwick overnight.",
			"A harbour official says two ferries have been sunk at their moorings in tarnwick overnight."},
		{"a lede pointing back is left whole",
			"Image caption boats were damaged in the storm the harbour board has closed the tarnwick pier to all ferries until june.",
			"Image caption boats were damaged in the storm the harbour board has closed the tarnwick pier to all ferries until june."},
		{"number run on: no lede opens at million",
			"Image caption more than 21 million people ride ferries each year a harbour official has warned that crossings may end after the storm.",
			"A harbour official has warned that crossings may end after the storm."},
		{"caption ends in a preposition: no split there",
			"Image caption the boats were moored in the harbour near the tarnwick pier in the storm anna varga has cancelled all her ferry crossings until the summer.",
			"Anna varga has cancelled all her ferry crossings until the summer."},
		{"a span of time is no count",
			"Image caption storms have battered the tarnwick coast for the past two weeks harbour workers have been told to stay at home until the winds drop.",
			"Image caption storms have battered the tarnwick coast for the past two weeks harbour workers have been told to stay at home until the winds drop."},
		{"an ordinal in words is no count",
			"Image caption anna varga owns the tarnwick line and its sister company twenty-first century ferries will be sold to a westvale group after the storm.",
			"Image caption anna varga owns the tarnwick line and its sister company twenty-first century ferries will be sold to a westvale group after the storm."},
		{"a predicate going on after and ends no subject",
			"Image caption crews searched the harbour overnight a ferry guard was struck four times and remains in a serious condition at the tarnwick hospital, police say.",
			"A ferry guard was struck four times and remains in a serious condition at the tarnwick hospital, police say."},
		{"a verb's object is no subject ending on and",
			"Image caption the old pier was built in 1898 a harbour board has fined a ferry firm after a crew member drank a cocktail of fuel and had to be taken to hospital.",
			"A harbour board has fined a ferry firm after a crew member drank a cocktail of fuel and had to be taken to hospital."},
	}
	cw := newClusterPairs(others)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs := clusterPairs{}
			for k, v := range cw {
				pairs[k] = v
			}
			for k, v := range newClusterPairs([]string{tt.in}) {
				pairs[k] += v
			}
			if got := cutImageCaption(tt.in, pairs); got != tt.want {
				t.Errorf("cutImageCaption(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
