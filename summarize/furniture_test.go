package summarize

import "testing"

func TestCutHeadedDateline(t *testing.T) {
	tests := []struct {
		name, in, want string
		cased          bool
	}{
		{"headline before a dateline", "Ferry sinks off the cape westvale, ore. -- a ferry carrying 40 people sank off the cape on monday, officials said.",
			"A ferry carrying 40 people sank off the cape on monday, officials said.", false},
		{"photo credit before a dateline", "Jane roe for the westvale gazette marlow, aldera — as the river rose this week, the town built a wall of sandbags.",
			"As the river rose this week, the town built a wall of sandbags.", false},
		{"dateline after a preposition", "Thousands are watching a webcam in the town of marlow bay, aldera – and nobody knows why they started to watch it.",
			"Thousands are watching a webcam in the town of marlow bay, aldera – and nobody knows why they started to watch it.", false},
		{"place after a comma", "The ferry hit a pier in marlow, aldera, last month — killing two people on board and injuring many more, police said.",
			"The ferry hit a pier in marlow, aldera, last month — killing two people on board and injuring many more, police said.", false},
		{"aside between dashes", "Two of the crew — jane roe, 45, of marlow, aldera — boarded a flight to the capital on monday night with the captain.",
			"Two of the crew — jane roe, 45, of marlow, aldera — boarded a flight to the capital on monday night with the captain.", false},
		{"a season, not a place", "The store will open in the fall, likely early september — and it will be the largest store of its kind in the world.",
			"The store will open in the fall, likely early september — and it will be the largest store of its kind in the world.", false},
		{"short story after the dash", "Ferry sinks westvale, ore. -- a ferry sank.", "Ferry sinks westvale, ore. -- a ferry sank.", false},
		{"no dash", "A ferry carrying 40 people sank off the cape on monday, officials said.", "A ferry carrying 40 people sank off the cape on monday, officials said.", false},
		{"cased text", "Crews rebuilt the pier in Marlow, Aldera — working through the night for three weeks in a row.",
			"Crews rebuilt the pier in Marlow, Aldera — working through the night for three weeks in a row.", true},
		{"cased aside", "Often raised as latchkey children, they are fiercely independent, yet needy -- working well alone but needing a great deal of praise from their bosses.",
			"Often raised as latchkey children, they are fiercely independent, yet needy -- working well alone but needing a great deal of praise from their bosses.", false},
		{"a sentence's dash", "Dell roe was a quiet, gentle boy – until at the age of nine a fever left him unable to speak.",
			"Dell roe was a quiet, gentle boy – until at the age of nine a fever left him unable to speak.", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutHeadedDateline(tt.in, tt.cased); got != tt.want {
				t.Errorf("cutHeadedDateline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutQuotedHeading(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"subheading before a speaker", "' not our ferry ' ms roe said the council had sold the boat in march.", "Ms roe said the council had sold the boat in march."},
		{"subheading run into the sentence", "' lost at sea'the crew were found on a raft two days later, the coast guard said.", "The crew were found on a raft two days later, the coast guard said."},
		{"contraction inside the subheading", "' i ' m so relieved ' the captain's wife told reporters she had not slept for days.", "The captain's wife told reporters she had not slept for days."},
		{"subheading before a quotation", `' calm seas ' " the crew did everything right, " the harbour master said.`, `" the crew did everything right, " the harbour master said.`},
		{"quotation before its speaker", "' we never gave up, ' the captain said after the rescue on monday.", "' we never gave up, ' the captain said after the rescue on monday."},
		{"title before its verb", "' the last ferry ' returns to cinemas in june after twenty years away.", "' the last ferry ' returns to cinemas in june after twenty years away."},
		{"title before a role", "' harbour lights ' actor jane roe has died at the age of 80, her agent said.", "' harbour lights ' actor jane roe has died at the age of 80, her agent said."},
		{"heading before a colon", "' lost at sea ': the crew of the westvale ferry tell their story.", "' lost at sea ': the crew of the westvale ferry tell their story."},
		{"short rest", "' lost at sea ' the crew.", "' lost at sea ' the crew."},
		{"no closing mark", "' the crew were found on a raft two days later.", "' the crew were found on a raft two days later."},
		{"no mark", "The crew were found on a raft two days later.", "The crew were found on a raft two days later."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutQuotedHeading(tt.in); got != tt.want {
				t.Errorf("cutQuotedHeading(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutFusedHeadline(t *testing.T) {
	tests := []struct {
		name, in, want string
		cased          bool
	}{
		{"headline restated by the story", "Ferry captain jailed for westvale harbour crash a ferry captain was jailed for two years on friday for the westvale harbour crash that hurt nine people.",
			"A ferry captain was jailed for two years on friday for the westvale harbour crash that hurt nine people.", false},
		{"story opening with the", "Storm sinks two westvale ferries in harbour overnight the storm that hit westvale overnight sank two westvale ferries moored in the harbour, officials said.",
			"The storm that hit westvale overnight sank two westvale ferries moored in the harbour, officials said.", false},
		{"article in the headline's own clause", "Two ferries, a tug and a barge sank in the westvale storm over two days a storm that hit westvale sank two ferries, a tug and a barge in the harbour.",
			"A storm that hit westvale sank two ferries, a tug and a barge in the harbour.", false},
		{"a verb before the article", "The westvale ferry has come a long way since the westvale ferry first sailed in 1901 with six passengers on board.",
			"The westvale ferry has come a long way since the westvale ferry first sailed in 1901 with six passengers on board.", false},
		{"story that does not restate", "Older ferries that sailed more than nine hours a night were twice as likely to break down as ferries that sailed nine hours or less.",
			"Older ferries that sailed more than nine hours a night were twice as likely to break down as ferries that sailed nine hours or less.", false},
		{"short", "Ferry captain jailed a ferry captain was jailed.", "Ferry captain jailed a ferry captain was jailed.", false},
		{"cased sentence", "The 25 mph Westvale test will not require the air bags to inflate as hard as a 30 mph test does.",
			"The 25 mph Westvale test will not require the air bags to inflate as hard as a 30 mph test does.", true},
		{"cased headline", "Ferry Captain Jailed For Westvale Crash A ferry captain was jailed for two years on Friday for the Westvale crash.",
			"A ferry captain was jailed for two years on Friday for the Westvale crash.", true},
		{"article after a dash", "Westvale ferries are busy, said the harbour master of westvale ferries — the old boats carry more people than ever.",
			"Westvale ferries are busy, said the harbour master of westvale ferries — the old boats carry more people than ever.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutFusedHeadline(tt.in, tt.cased); got != tt.want {
				t.Errorf("cutFusedHeadline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutLiveBlogStamp(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"header and time", "The latest on the westvale flood ( all times local ): 9: 25 a.m. The river has burst its banks at the old ferry pier.",
			"The river has burst its banks at the old ferry pier."},
		{"header alone", "The latest on the westvale flood (all times local): 5:35 p.m.", ""},
		{"item rule and time", "___ 8:45 p.m. Westvale's mayor has called on residents to leave the harbour district.",
			"Westvale's mayor has called on residents to leave the harbour district."},
		{"story's own sentence", "The latest on the flood came from the mayor at 9 a.m. on monday.", "The latest on the flood came from the mayor at 9 a.m. on monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutLiveBlogStamp(tt.in); got != tt.want {
				t.Errorf("cutLiveBlogStamp(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
