package summarize

import "testing"

// TestPreviewTold checks which later sentences read as a preview of an
// announcement the earlier one tells as made, on invented sentences.
func TestPreviewTold(t *testing.T) {
	news := "Tarnwick mayor Tessa Runcorn announced on Tuesday that the harbour ferries will run through the winter."
	tests := []struct {
		name, later string
		want        bool
	}{
		{"expected to announce", "Runcorn is expected to announce the winter timetable on Monday.", true},
		{"will be formally announced", "The choice to keep Runcorn's ferries running is expected to be formally announced Monday.", true},
		{"said it will be announced", "Runcorn said a new timetable will be announced this week.", true},
		{"set to unveil, told as announced", "Runcorn is set to unveil the timetable on Monday.", false},
		{"no name before the verb", "A new timetable will be announced in the near future, the council said.", false},
		{"a name of its own", "Council clerk Anna Varga is expected to announce her resignation on Monday.", false},
		{"not a preview", "Runcorn announced the timetable at the town hall.", false},
		{"a negated preview", "Runcorn will not announce the timetable before spring.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, news, tt.later)
			if got := c.previewTold(b, []int{a}); got != tt.want {
				t.Errorf("previewTold = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPreviewToldAfterName checks that a name only after the told verb
// ("<someone> announced ... with <name>") is another story.
func TestPreviewToldAfterName(t *testing.T) {
	c, a, b := ledeFacts(t, "A harbour pilot, Piet Ostrander, announced that he had sailed with Runcorn for years.",
		"Runcorn is likely to announce that she is leaving the ferry board.")
	if c.previewTold(b, []int{a}) {
		t.Error("previewTold = true for a name after the told verb")
	}
}

// TestPreviewToldParticiple checks that a told verb read as a participle
// ("the <things> announced Thursday are ...") tells nothing made.
func TestPreviewToldParticiple(t *testing.T) {
	c, a, b := ledeFacts(t, "Six of the ferries Runcorn announced Thursday are new to the Tarnwick harbour.",
		"The ferries Runcorn will name will be announced by the end of the year.")
	if c.previewTold(b, []int{a}) {
		t.Error("previewTold = true for a participle")
	}
}
