package summarize

import "testing"

func TestCutRepeatedHeadline(t *testing.T) {
	tests := []struct {
		name, in, want string
		cased          bool
	}{
		{"story repeats the headline's opening", "Dell haverly sues ferry line over lost costume trunks dell haverly has filed a lawsuit against the ferry line over four trunks of costumes, his lawyer said.",
			"Dell haverly has filed a lawsuit against the ferry line over four trunks of costumes, his lawyer said.", false},
		{"number in front of the repeat", "Ferry crew charged over westvale harbour crash two ferry crew have been charged with negligence over the westvale harbour crash, prosecutors said.",
			"Two ferry crew have been charged with negligence over the westvale harbour crash, prosecutors said.", false},
		{"article and adjective in front", "Westvale ferry pier reopens after repairs a restored westvale ferry pier reopened on monday, three years after storms closed the pier.",
			"A restored westvale ferry pier reopened on monday, three years after storms closed the pier.", false},
		{"headline ending in a quotation", `Harbour chief says the pier could close "within weeks" harbour chief ana roe says the pier could close within weeks unless the council pays for repairs.`,
			`Harbour chief ana roe says the pier could close within weeks unless the council pays for repairs.`, false},
		{"repeat inside one clause", "Westvale ferries carried more people this year than westvale ferries carried in any year since the harbour opened in 1901.",
			"Westvale ferries carried more people this year than westvale ferries carried in any year since the harbour opened in 1901.", false},
		{"repeat after a modifier", "Marlow bay council will vote on the pier as the deputy marlow bay council leader said the vote would come in june, officials said.",
			"Marlow bay council will vote on the pier as the deputy marlow bay council leader said the vote would come in june, officials said.", false},
		{"caption before a dateline", "Ana roe, a ferry captain, waves... ( ap ) westvale ( ap ) — harbour pilot ana roe, a ferry captain for thirty years, retired on friday after her last crossing.",
			"Ana roe, a ferry captain, waves... ( ap ) westvale ( ap ) — harbour pilot ana roe, a ferry captain for thirty years, retired on friday after her last crossing.", false},
		{"story that does not restate", "Ferry line profits rise sharply ferry line staff will strike on monday over pay, the union said after talks with managers broke down.",
			"Ferry line profits rise sharply ferry line staff will strike on monday over pay, the union said after talks with managers broke down.", false},
		{"headline again after a dash", "Ana roe back at the helm after illness ana roe -- back at the helm -- sailed the morning ferry across the bay on monday.",
			"Ana roe back at the helm after illness ana roe -- back at the helm -- sailed the morning ferry across the bay on monday.", false},
		{"cased story in lower case", "Dell Haverly sues ferry line over lost costume trunks dell haverly has filed a lawsuit against the ferry line over four trunks.",
			"Dell Haverly sues ferry line over lost costume trunks dell haverly has filed a lawsuit against the ferry line over four trunks.", true},
		{"three-word headline, article in front", "Westvale ferry sinks a westvale ferry sank in the harbour on monday night after striking the old pier, the coastguard said.",
			"A westvale ferry sank in the harbour on monday night after striking the old pier, the coastguard said.", false},
		{"three words ending in a preposition", "Rescued crew thanked by the rescued crew of the westvale ferry in a letter to the coastguard on monday night.",
			"Rescued crew thanked by the rescued crew of the westvale ferry in a letter to the coastguard on monday night.", false},
		{"short", "Ferry crew charged ferry crew charged.", "Ferry crew charged ferry crew charged.", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutRepeatedHeadline(tt.in, tt.cased); got != tt.want {
				t.Errorf("cutRepeatedHeadline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutMarkedHeadline(t *testing.T) {
	tests := []struct {
		name, in, want string
		cased          bool
	}{
		{"breaking news label", "Dell haverly to sue ferry line breaking news dell haverly has lawyered up and plans to sue the ferry line over four lost trunks...",
			"Dell haverly has lawyered up and plans to sue the ferry line over four lost trunks...", false},
		{"exclusive label", "Ana roe quits the harbour board exclusive ana roe walked out of the harbour board meeting on friday after a row over the pier.",
			"Ana roe walked out of the harbour board meeting on friday after a row over the pier.", false},
		{"label and a dash", "Ana roe dead at 90 breaking news -- harbour legend ana roe, who sailed the ferry for fifty years, has died.",
			"Harbour legend ana roe, who sailed the ferry for fifty years, has died.", false},
		{"an exclusive interview", "The harbour master told the gazette in an exclusive interview that the pier would close in june for repairs.",
			"The harbour master told the gazette in an exclusive interview that the pier would close in june for repairs.", false},
		{"the label's noun", "Under the terms of the five-year exclusive agreement, the ferry line said ana roe would run its marlow crossing.",
			"Under the terms of the five-year exclusive agreement, the ferry line said ana roe would run its marlow crossing.", false},
		{"subject the page left out", "Dell haverly wants the trunks back exclusive is wasting no time getting his costumes back from the ferry line.",
			"Dell haverly wants the trunks back exclusive is wasting no time getting his costumes back from the ferry line.", false},
		{"latest breaking news", "Join us and you will find the top breaking news from westvale in your feed every single morning.",
			"Join us and you will find the top breaking news from westvale in your feed every single morning.", false},
		{"story that does not restate", "Ferry fares rise again this spring exclusive members can board the morning crossing to marlow before anyone else.",
			"Ferry fares rise again this spring exclusive members can board the morning crossing to marlow before anyone else.", false},
		{"short story", "Dell haverly to sue ferry line breaking news dell haverly is suing.", "Dell haverly to sue ferry line breaking news dell haverly is suing.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutMarkedHeadline(tt.in, tt.cased); got != tt.want {
				t.Errorf("cutMarkedHeadline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
