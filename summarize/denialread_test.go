package summarize

import "testing"

// TestDeniesInWords checks which invented sentences deny by a word as
// written.
func TestDeniesInWords(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"not", "The ferry did not sail from Tarnwick on Friday.", true},
		{"a contraction", "The ferry didn't sail from Tarnwick on Friday.", true},
		{"won't", "Anna Varga won't run for mayor again.", true},
		{"denied", "Varga denied the harbour board's account.", true},
		{"done", "Varga may have done so to save the crew.", false},
		{"noted", "The harbour board noted that the pier reopened on Monday.", false},
		{"a note", "A note was left on the ferry's bridge.", false},
		{"won", "Varga won the race for mayor of Tarnwick.", false},
		{"Don, a name", "Don Varga sailed from Tarnwick on Friday.", false},
		{"non-", "The board counts non-resident berths apart.", false},
		{"an unnamed source's aside", "An official, who was not authorized to speak, said the pier reopened.", false},
		{"an aside and a denial", "An official, who was not authorized to speak, said the pier had not reopened.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := deniesInWords(tt.s); got != tt.want {
				t.Errorf("deniesInWords(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestRetellsEventDone checks that "done" in the sentence told first no
// longer reads as a denial that keeps a retelling.
func TestRetellsEventDone(t *testing.T) {
	first := "Tarnwick's mayor said that when Anna Varga, the ferry captain killed Friday in a storm off the pier, sailed to Ostrel in 2012, she may have done so under another name."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"the death again", "The 52-year-old Varga was killed early Friday in a storm off the pier.", true},
		{"a denial of its own", "Varga was not killed early Friday in a storm off the pier.", false},
		{"another subject", "Two deckhands were killed early Friday in a storm off the pier.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, first, tt.other)
			if got := c.retellsEvent(b, a); got != tt.want {
				t.Errorf("retellsEvent = %v, want %v", got, tt.want)
			}
		})
	}
}
