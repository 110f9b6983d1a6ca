package summarize

import "testing"

func TestCutRunInCredit(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"slash credit after a headline", "Ferry chief quits over fines roe/ap the chief of the westvale ferry line resigned on friday after a week of fines.",
			"The chief of the westvale ferry line resigned on friday after a week of fines."},
		{"spaced slash credit", "Ferry sinks off the cape jane roe / ap the westvale ferry sank off the cape on monday, and all 40 passengers were rescued.",
			"The westvale ferry sank off the cape on monday, and all 40 passengers were rescued."},
		{"getty images", "The ferry at the pier jane roe/getty images westvale's oldest ferry made its last crossing on sunday evening.",
			"Westvale's oldest ferry made its last crossing on sunday evening."},
		{"credit in parentheses", "The new pier at westvale on monday (gazette photo/jane roe) the harbour board opened the new pier to ferries this week.",
			"The harbour board opened the new pier to ferries this week."},
		{"photo colon in parentheses", "Harbour chief ana reyes (photo: jane roe) the westvale harbour chief said she would not resign over the fines.",
			"The westvale harbour chief said she would not resign over the fines."},
		{"too little after", "The ferry at the pier on monday roe/ap the ferry sank.", "The ferry at the pier on monday roe/ap the ferry sank."},
		{"a slash in the story", "The ferry carries 300 cars and/or 900 passengers on each of its crossings between westvale and the cape.",
			"The ferry carries 300 cars and/or 900 passengers on each of its crossings between westvale and the cape."},
		{"parentheses that are no credit", "The ferry (the oldest in the fleet) sank off the cape on monday, and all 40 passengers were rescued.",
			"The ferry (the oldest in the fleet) sank off the cape on monday, and all 40 passengers were rescued."},
		{"credit that opens a caption", "Jane roe / ap ana reyes speaks to reporters at the westvale pier on monday, may 4, 2031.",
			"Jane roe / ap ana reyes speaks to reporters at the westvale pier on monday, may 4, 2031."},
		{"labelled credit after a caption", "Photographer: jane roe/afp via getty images the harbour board voted on monday to close the old ferry pier.",
			"The harbour board voted on monday to close the old ferry pier."},
		{"via an agency", "A booking photo of ana reyes westvale county sheriff via ap the ferry captain pleaded guilty to two charges on monday.",
			"The ferry captain pleaded guilty to two charges on monday."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutRunInCredit(tt.in); got != tt.want {
				t.Errorf("cutRunInCredit(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOpensWithCaptionCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Photographer: jane roe/ap the harbour board voted on monday.": true,
		"Photo: jane roe / reuters the harbour board voted on monday.": true,
		"Jane roe/ap the harbour board voted on monday.":               false,
		"Photo: the harbour board voted on monday to close the pier.":  false,
		"": false,
	} {
		if got := opensWithCaptionCredit(s); got != want {
			t.Errorf("opensWithCaptionCredit(%q) = %v, want %v", s, got, want)
		}
	}
}
