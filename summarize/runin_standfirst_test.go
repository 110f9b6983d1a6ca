package summarize

import "testing"

func TestCutStandfirst(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"standfirst before a lede", "Anna varga, who ran the ferry line for a decade, will spend her last day on the tarnwick pier a ferry captain from tarnwick has retired after 31 years at sea, the harbour board said on monday.",
			"A ferry captain from tarnwick has retired after 31 years at sea, the harbour board said on monday."},
		{"caption before a lede", "Image caption the old pier was built in 1898 and closed last winter a harbour board in tarnwick has voted to demolish the old ferry pier after a survey found it unsafe.",
			"A harbour board in tarnwick has voted to demolish the old ferry pier after a survey found it unsafe."},
		{"subject with a tie", "Anna varga was named harbour master in 2015 and oversaw the rebuilding of the north quay a former mayor of tarnwick has been charged with fraud over the quay contract.",
			"A former mayor of tarnwick has been charged with fraud over the quay contract."},
		{"lede pointing back", "Anna varga was named harbour master in 2015 and oversaw the rebuilding of the north quay the findings of the audit were published on monday by the harbour board.",
			"Anna varga was named harbour master in 2015 and oversaw the rebuilding of the north quay the findings of the audit were published on monday by the harbour board."},
		{"a place after to", "A ferry captain from tarnwick, who has since recovered, fell ill at sea on monday and was taken to hospital a man from westvale has been confirmed as the first case of the fever in the town, officials said.",
			"A man from westvale has been confirmed as the first case of the fever in the town, officials said."},
		{"no finite verb before", "Storm damage on the north quay of tarnwick harbour after a long winter the harbour board has asked the government for money to repair the quay.",
			"Storm damage on the north quay of tarnwick harbour after a long winter the harbour board has asked the government for money to repair the quay."},
		{"a day a clause follows", "Anna varga said she remembered the day the ferry sank off the north quay of the harbour was the worst of her life at sea.",
			"Anna varga said she remembered the day the ferry sank off the north quay of the harbour was the worst of her life at sea."},
		{"verb of saying", "Anna varga, the harbour master who retired in may, believes the ferry was overloaded when it left the north quay in the storm on monday night.",
			"Anna varga, the harbour master who retired in may, believes the ferry was overloaded when it left the north quay in the storm on monday night."},
		{"relative clause left open", "The harbour board said a captain who rescued forty people in 2009 at the pier the ferry line has honoured will retire from the sea in may.",
			"The harbour board said a captain who rescued forty people in 2009 at the pier the ferry line has honoured will retire from the sea in may."},
		{"preposition before", "A tarnwick man who police say left his dog inside a hot car was unhappy at work and had looked for another job, a detective testified on monday.",
			"A tarnwick man who police say left his dog inside a hot car was unhappy at work and had looked for another job, a detective testified on monday."},
		{"two articles in the subject", "Anna varga was named harbour master in may and took office a day the harbour board has ordered repairs to the quay and the old pier.",
			"Anna varga was named harbour master in may and took office a day the harbour board has ordered repairs to the quay and the old pier."},
		{"adverb before", "Anna varga, seen here at the pier in may, was until last year harbour master and previously a ferry captain tarnwick police have found her missing boat in the north bay.",
			"Anna varga, seen here at the pier in may, was until last year harbour master and previously a ferry captain tarnwick police have found her missing boat in the north bay."},
		{"verb phrase goes on", "Image caption the harbour board asked residents if tarnwick should also build a new pier tarnwick is to vote on the plan in a referendum next may.",
			"Image caption the harbour board asked residents if tarnwick should also build a new pier tarnwick is to vote on the plan in a referendum next may."},
		{"auxiliary with its complement", "Anna varga was fined for a crash in 2008, but she says it was a storm a harbour court in tarnwick has rejected her appeal against the fine on monday.",
			"A harbour court in tarnwick has rejected her appeal against the fine on monday."},
		{"dash in the subject", "Divers working in the bay on monday have found that a wreck off tarnwick -- covering an area the size of the harbour -- is older than the town itself.",
			"Divers working in the bay on monday have found that a wreck off tarnwick -- covering an area the size of the harbour -- is older than the town itself."},
		{"a study and its authors", "Tarnwick pier was never a roman port, saying the stones were brought there after a flood a two year survey by geologists has found that the harbour is young.",
			"A two year survey by geologists has found that the harbour is young."},
		{"a tie that is no study's", "Anna varga was named harbour master in may after a long search a boat owned by tarnwick has been found sunk in the north bay on monday.",
			"Anna varga was named harbour master in may after a long search a boat owned by tarnwick has been found sunk in the north bay on monday."},
		{"a study by a long name", "Tarnwick pier was never a roman port, saying the stones were brought there after a flood a survey by the westvale harbour trust has found that the harbour is young.",
			"Tarnwick pier was never a roman port, saying the stones were brought there after a flood a survey by the westvale harbour trust has found that the harbour is young."},
		{"story highlights", "Story highlights the pier was closed in may a fund is set up for the crew the tarnwick ferry sank on monday night with forty people on board, the harbour board said.",
			"Story highlights the pier was closed in may a fund is set up for the crew the tarnwick ferry sank on monday night with forty people on board, the harbour board said."},
		{"cased", "Anna Varga, who ran the ferry line for a decade, will spend her last day on the Tarnwick pier A ferry captain who rescued forty people has retired after 31 years at sea.",
			"Anna Varga, who ran the ferry line for a decade, will spend her last day on the Tarnwick pier A ferry captain who rescued forty people has retired after 31 years at sea."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutStandfirst(tt.in, tt.name == "cased"); got != tt.want {
				t.Errorf("cutStandfirst(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
