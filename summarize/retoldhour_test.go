package summarize

import "testing"

// TestRetellsEventOwnHour checks which retellings may give a clock time
// the sentence they retell lacks, on invented sentences.
func TestRetellsEventOwnHour(t *testing.T) {
	evening := "Electricity was mostly restored on Monday evening across Tarnwick after a fire at a harbour substation left 12,000 homes dark."
	hour := "Electricity was mostly restored at 6 p.m. Monday across Tarnwick after a fire at a harbour substation left 12,000 homes dark."
	tests := []struct {
		name, first, other string
		want               bool
	}{
		{"the event again with its hour", evening, "Electricity was restored to all of Tarnwick by 8:30 p.m., the harbour board said.", true},
		{"an hour run into its half", evening, "Electricity was restored to all of Tarnwick by 8pm.", true},
		{"the other gives another hour", hour, "Electricity was restored to all of Tarnwick by 8:30 p.m., the harbour board said.", false},
		{"a count of its own beside the hour", evening, "Electricity was restored to 9,000 homes in Tarnwick by 8:30 p.m.", false},
		{"another event at an hour", evening, "The substation fire started at 4:40 p.m., the harbour board said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, tt.first, tt.other)
			if got := c.retellsEvent(b, a); got != tt.want {
				t.Errorf("retellsEvent = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOwnHourBody checks which clock times ownHourBody takes out.
func TestOwnHourBody(t *testing.T) {
	tests := []struct{ body, other, want string }{
		{"Ferries sailed by 8:30 p.m.", "Ferries sailed Monday evening.", "Ferries sailed by  "},
		{"Ferries sailed at 6pm.", "Ferries sailed.", "Ferries sailed at  ."},
		{"Ferries sailed at 7: 15 a.m. on Sunday.", "Ferries sailed.", "Ferries sailed at   on Sunday."},
		{"Ferries sailed by 8:30 p.m.", "Ferries sailed at 6 p.m.", "Ferries sailed by 8:30 p.m."},
		{"Ferries sailed 30 miles.", "Ferries sailed.", "Ferries sailed 30 miles."},
	}
	for _, tt := range tests {
		if got := ownHourBody(tt.body, tt.other); got != tt.want {
			t.Errorf("ownHourBody(%q, %q) = %q, want %q", tt.body, tt.other, got, tt.want)
		}
	}
}
