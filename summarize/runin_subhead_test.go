package summarize

import "testing"

func TestCutSubhead(t *testing.T) {
	tests := []struct {
		name, in, want string
		cased          bool
	}{
		{"heading and aux", "Harbour repair budget a contract dispute has delayed the work on the north pier until the spring.",
			"A contract dispute has delayed the work on the north pier until the spring.", false},
		{"story pointing back", "Harbour repair budget the council has delayed the work on the north pier until the spring.",
			"Harbour repair budget the council has delayed the work on the north pier until the spring.", false},
		{"heading and said", "Ferry timetable row the mayor of tarnwick said on monday that the crossings would stay as they are.",
			"The mayor of tarnwick said on monday that the crossings would stay as they are.", false},
		{"name heading", "Ilse varga a lighthouse keeper from westvale has spent forty winters alone on the rock.",
			"A lighthouse keeper from westvale has spent forty winters alone on the rock.", false},
		{"cased left alone", "Harbour Repair Budget the council has delayed the work on the north pier until the spring.",
			"Harbour Repair Budget the council has delayed the work on the north pier until the spring.", true},
		{"clause verb", "Harbour officials believe the council has delayed the work on the north pier until the spring.",
			"Harbour officials believe the council has delayed the work on the north pier until the spring.", false},
		{"verb before object", "Tarnwick uncovers a trove of letters that were hidden in the harbour master's house for a century.",
			"Tarnwick uncovers a trove of letters that were hidden in the harbour master's house for a century.", false},
		{"plural subject", "Ferry crews aboard a rescue boat said they found the missing sailor near the cape at dawn.",
			"Ferry crews aboard a rescue boat said they found the missing sailor near the cape at dawn.", false},
		{"time phrase", "Every time a ferry was late the harbour board was fined by the council for the delay.",
			"Every time a ferry was late the harbour board was fined by the council for the delay.", false},
		{"adverb time", "Last april the council said it would close the north pier for repairs that summer.",
			"Last april the council said it would close the north pier for repairs that summer.", false},
		{"possessive apposition", "Westvale's oldest pub the anchor has closed its doors after two hundred years on the quay.",
			"Westvale's oldest pub the anchor has closed its doors after two hundred years on the quay.", false},
		{"caption label", "Image caption the harbour wall was damaged in the storm of march and has been repaired since then.",
			"Image caption the harbour wall was damaged in the storm of march and has been repaired since then.", false},
		{"rate", "Nine ferries a day were cancelled by the harbour board during the strike last week.",
			"Nine ferries a day were cancelled by the harbour board during the strike last week.", false},
		{"short story", "Harbour repair budget the council has delayed it.", "Harbour repair budget the council has delayed it.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutSubhead(tt.in, tt.cased); got != tt.want {
				t.Errorf("cutSubhead(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
