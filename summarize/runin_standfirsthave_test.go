package summarize

import "testing"

func TestCutStandfirstHave(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"role noun after a plural", "Divers say the wreck off the north quay is older than the town and may hold a cargo of old coins archaeologists have found the timbers of a roman ship in tarnwick bay, the harbour board said.",
			"Archaeologists have found the timbers of a roman ship in tarnwick bay, the harbour board said."},
		{"a people's adjective before", "A ferry captain who vanished in 1998 was seen alive in a port town, say friends who never gave up on finding him after the storms swiss police have reopened the case of the missing captain from tarnwick after a fisherman found his boots.",
			"Swiss police have reopened the case of the missing captain from tarnwick after a fisherman found his boots."},
		{"an adverb before the participle", "Tarnwick's harbour board says the old pier is unsafe and must close before the winter storms officials have now confirmed that the pier will shut on monday for good.",
			"Officials have now confirmed that the pier will shut on monday for good."},
		{"a singular noun modifies", "A ferry captain who vanished in 1998 was seen alive in a port town and the case was reopened by county police have found his boat in the north bay of tarnwick on monday.",
			"A ferry captain who vanished in 1998 was seen alive in a port town and the case was reopened by county police have found his boat in the north bay of tarnwick on monday."},
		{"a place's name before", "A ferry captain who vanished in 1998 was seen alive in a port town near the border of colorado springs police have found his boat in the north bay of tarnwick on monday.",
			"A ferry captain who vanished in 1998 was seen alive in a port town near the border of colorado springs police have found his boat in the north bay of tarnwick on monday."},
		{"a name before", "A ferry captain who vanished in 1998 was seen alive last week in a port town near dallas police have found his boat in the north bay of tarnwick on monday.",
			"A ferry captain who vanished in 1998 was seen alive last week in a port town near dallas police have found his boat in the north bay of tarnwick on monday."},
		{"a conjunction before", "The storm sank two ferries off the north quay on monday night and rescue teams and divers police have found both crews alive in the north bay of tarnwick.",
			"The storm sank two ferries off the north quay on monday night and rescue teams and divers police have found both crews alive in the north bay of tarnwick."},
		{"a comma before", "The storm sank two ferries off the north quay on monday night after weeks of warnings, officials have confirmed that both crews are alive and safe in tarnwick.",
			"The storm sank two ferries off the north quay on monday night after weeks of warnings, officials have confirmed that both crews are alive and safe in tarnwick."},
		{"a page's highlights", "Story highlights the storm sank two ferries off the north quay on monday night with twelve crew on board divers police have found both crews alive in the north bay of tarnwick on tuesday.",
			"Story highlights the storm sank two ferries off the north quay on monday night with twelve crew on board divers police have found both crews alive in the north bay of tarnwick on tuesday."},
		{"no perfect", "The storm sank two ferries off the north quay on monday night after weeks of warnings officials say both crews are alive and safe in the harbour of tarnwick.",
			"The storm sank two ferries off the north quay on monday night after weeks of warnings officials say both crews are alive and safe in the harbour of tarnwick."},
		{"no finite verb before", "Storm damage to ferries on the north quay of tarnwick after weeks of gales officials have asked the government for money to repair the quay and the pier.",
			"Storm damage to ferries on the north quay of tarnwick after weeks of gales officials have asked the government for money to repair the quay and the pier."},
		{"a verb of saying before", "The harbour board met on monday to hear what the ferry crews said about the storm and its findings shows officials have ignored the warnings for years.",
			"The harbour board met on monday to hear what the ferry crews said about the storm and its findings shows officials have ignored the warnings for years."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutStandfirstHave(tt.in, false); got != tt.want {
				t.Errorf("cutStandfirstHave(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if got := cutStandfirstHave(tt.in, true); got != tt.in {
				t.Errorf("cased: got %q", got)
			}
		})
	}
}
