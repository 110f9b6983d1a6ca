package summarize

import (
	"slices"
	"testing"
)

// TestRetellsEvent checks which chosen sentences tell again the event of
// another, on invented sentences.
func TestRetellsEvent(t *testing.T) {
	told := "The Ostrel harbour authority said that Pell Varda, the pier's night guard, was arrested in Tarnwick around 5:40 a.m. in connection with the warehouse fire."
	toll := "Gunmen killed three guards and wounded 13 people at the Ostrel bus depot on Sunday night."
	tests := []struct {
		name, other string
		want        bool
		told        string
	}{
		{"the arrest again", "Varda was arrested in Tarnwick at 5:40 a.m. on Friday.", true, ""},
		{"the arrest again, an age added", "The 44-year-old Varda was arrested in Tarnwick in connection with the fire.", true, ""},
		{"another subject", "Two dockers were arrested in Tarnwick in connection with the warehouse fire.", false, ""},
		{"another verb", "Varda was released in Tarnwick in connection with the warehouse fire.", false, ""},
		{"a second one", "Varda's brother was also arrested in Tarnwick in connection with the warehouse fire.", false, ""},
		{"a number of its own", "Varda was arrested in Tarnwick at 9:15 a.m. in connection with the fire.", false, ""},
		{"a denial", "Varda was not arrested in Tarnwick in connection with the warehouse fire.", false, ""},
		{"a quote", `"Varda was arrested in Tarnwick in connection with the fire," the harbour authority said.`, false, ""},
		{"only one of them", "Only Varda was arrested in Tarnwick in connection with the warehouse fire.", false, ""},
		{"no verb of an event", "Varda is well known in Tarnwick for the warehouse fire.", false, ""},
		{"the toll again", "The gunmen wounded 13 people, police in Tarnwick said.", true, toll},
		{"a count in words of its own", "Six people were wounded at the Ostrel bus depot.", false, toll},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := told
			if tt.told != "" {
				first = tt.told
			}
			c, a, b := ledeFacts(t, first, tt.other)
			if got := c.retellsEvent(b, a); got != tt.want {
				t.Errorf("retellsEvent = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestNumbersToldIn checks which numbers read as one count told twice.
func TestNumbersToldIn(t *testing.T) {
	tests := []struct {
		s, t string
		want bool
	}{
		{"about 9,600 troops", "more than 9,400 troops", true},
		{"a 31-year-old with 9,600 troops", "9,400 troops", true},
		{"$437 a night", "$410 a night", false},
		{"no number", "12 boats", true},
		{"7 boats", "no number", false},
		{"about 30 people were hurt", "33 people were hurt", true},
		{"30 people were hurt", "33 people were hurt", false},
		{"nearly 30 people were hurt", "34 people were hurt", false},
	}
	for _, tt := range tests {
		if got := numbersToldIn(tt.s, tt.t); got != tt.want {
			t.Errorf("numbersToldIn(%q, %q) = %v, want %v", tt.s, tt.t, got, tt.want)
		}
	}
}

// TestReplaceRetoldEvents checks that a retelling is left out and the
// opening and the other sentences stay, on invented sentences.
func TestReplaceRetoldEvents(t *testing.T) {
	c := ledeCluster(t,
		"A warehouse fire destroyed three fishing boats and a bait store on the Ostrel quay late on Thursday night.",
		"The Ostrel harbour authority said that Pell Varda, the pier's night guard, was arrested in Tarnwick around 5:40 a.m. in connection with the warehouse fire.",
		"Repairs to the quay will take most of the summer, the harbour master told reporters, and the ferry will berth at the old pier.",
		"Varda was arrested in Tarnwick at 5:40 a.m. on Friday.")
	if len(c.cands) != 4 {
		t.Fatalf("%d sentences read, want 4", len(c.cands))
	}
	l, a, n, r := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact, c.cands[3].fact
	c.lead = l
	if got := c.replaceRetoldEvents([]int{l, a, n, r}); !slices.Equal(got, []int{l, a, n}) {
		t.Errorf("picked %v, want [%d %d %d] (the retelling %d left out)", got, l, a, n, r)
	}
}

// TestRetellsEventFramed checks retellings that differ from the first
// telling in their frame (a fronted or closing attribution or day) or in
// a verb of the same event class, on invented sentences.
func TestRetellsEventFramed(t *testing.T) {
	indicted := "A Brenmoor grand jury indicted the ferry operator Pell Varda on charges of smuggling diesel through the Ostrel harbour."
	death := "A Tarnwick lighthouse keeper was killed when a storm wave struck the old breakwater, coastguard officials said."
	tests := []struct {
		name, first, other string
		want               bool
	}{
		{"fronted day", indicted, "On Thursday, Varda was indicted on charges of smuggling diesel.", true},
		{"charged for indicted", indicted, "Varda was charged with smuggling diesel, prosecutors said on Friday.", true},
		{"fronted attribution", death, "According to the coastguard, the lighthouse keeper died on the breakwater.", true},
		{"found dead for killed", death, "The lighthouse keeper was found dead on the breakwater, a coastguard spokesman said.", true},
		{"a document's finding", death, "The lighthouse keeper died on the breakwater, according to an autopsy report.", false},
		{"a closing clause of news", death, "The lighthouse keeper on the breakwater, officials said, had been warned twice.", false},
		{"a relative clause's verb", indicted, "Varda, who was indicted, sold the Ostrel ferry to a Brenmoor firm.", false},
		{"another class", indicted, "Varda was arrested on charges of smuggling diesel.", false},
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

// TestRetoldBody checks which frames retoldBody takes off a sentence.
func TestRetoldBody(t *testing.T) {
	tests := []struct{ s, want string }{
		{"On Tuesday, the ferry sank off Ostrel.", "the ferry sank off Ostrel."},
		{"According to the harbour board, the ferry sank off Ostrel.", "the ferry sank off Ostrel."},
		{"The ferry sank off Ostrel, a Tarnwick coastguard spokesman said.", "The ferry sank off Ostrel."},
		{"The ferry sank off Ostrel, said Ilse Varda on Monday.", "The ferry sank off Ostrel."},
		{"The ferry sank off Ostrel, according to the harbour board.", "The ferry sank off Ostrel."},
		{"The ferry sank off Ostrel, according to a survey report.", "The ferry sank off Ostrel, according to a survey report."},
		{"The pilot of the ferry, Ilse Varda, said she saw no wave.", "The pilot of the ferry, Ilse Varda, said she saw no wave."},
		{"In Ostrel, the ferry sank.", "In Ostrel, the ferry sank."},
		{"On Monday, officials said.", "On Monday, officials said."},
	}
	for _, tt := range tests {
		if got := retoldBody(tt.s); got != tt.want {
			t.Errorf("retoldBody(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
