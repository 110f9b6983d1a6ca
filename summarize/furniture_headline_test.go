package summarize

import "testing"

func TestCutUnrepeatedHeadline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"headline before a story", "Harbour board fines ferry line over late crossings a westvale ferry line has been fined $5,000 for running late on most of its crossings in may.",
			"A westvale ferry line has been fined $5,000 for running late on most of its crossings in may."},
		{"subject with a preposition", "Captain dies after storm hits pier on westvale coast the captain of a ferry was killed when a storm hit the westvale pier on monday.",
			"The captain of a ferry was killed when a storm hit the westvale pier on monday."},
		{"verb takes the object", "Westvale harbour workers celebrate the end of a long strike over pay that had shut the pier for most of the summer.",
			"Westvale harbour workers celebrate the end of a long strike over pay that had shut the pier for most of the summer."},
		{"verb of thinking", "Westvale harbour officials believe the ferry was overloaded when it left the pier in a storm on monday night.",
			"Westvale harbour officials believe the ferry was overloaded when it left the pier in a storm on monday night."},
		{"infinitive", "Westvale council wants to buy back ferry pier the council has voted to spend $2 million on buying back the old pier.",
			"Westvale council wants to buy back ferry pier the council has voted to spend $2 million on buying back the old pier."},
		{"article in the first words", "The westvale ferry line carries thousands the company has said in a report on its ferry crossings in may.",
			"The westvale ferry line carries thousands the company has said in a report on its ferry crossings in may."},
		{"no auxiliary after the subject", "Westvale ferry crew rescued off stormy cape overnight a coast guard helicopter lifted ten crew members from the sinking ferry.",
			"Westvale ferry crew rescued off stormy cape overnight a coast guard helicopter lifted ten crew members from the sinking ferry."},
		{"a rate", "Ferry passengers in westvale spend two hours a day has been the finding of the harbour board's survey of commuters.",
			"Ferry passengers in westvale spend two hours a day has been the finding of the harbour board's survey of commuters."},
		{"a video's caption", "Close skip in skip x embed x share a westvale police officer is seen on camera pushing a ferry passenger off the pier.",
			"Close skip in skip x embed x share a westvale police officer is seen on camera pushing a ferry passenger off the pier."},
		{"cased", "Harbour board fines ferry line over late crossings A westvale ferry line has been fined $5,000 for running late on most crossings.",
			"Harbour board fines ferry line over late crossings A westvale ferry line has been fined $5,000 for running late on most crossings."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cased := tt.name == "cased"
			if got := cutUnrepeatedHeadline(tt.in, cased); got != tt.want {
				t.Errorf("cutUnrepeatedHeadline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
