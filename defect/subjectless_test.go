package defect

import "testing"

func TestSubjectless(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		// Its subject is gone.
		{"past tense", "Gave birth to a girl at a hospital in Tarnwick on Friday.", true},
		{"past tense, lower-cased text", "Drove the ferry back to westvale harbour after midnight.", true},
		{"does not", "Does not want a war over the harbour, but the council will respond.", true},
		{"seems", "Seems only fitting to end the season in Tarnwick.", true},
		{"said on", "Said on monday that the ferry would not sail again.", true},
		{"says that", "Says that half of the catch is sold abroad.", true},
		{"verb in -ed with an object", "Filed for divorce from her husband of 12 years.", true},
		{"verb in -ed with a particle", "Pulled out all the stops when he proposed on Saturday.", true},
		{"participle, no comma", "Rated by a panel of the oldest bakers in the valley.", true},
		{"past participle with an object", "Told the westvale gazette that the pier had been closed.", true},
		// Whole sentences.
		{"opening phrase", "Asked about the ferry, the mayor said it would sail.", false},
		{"opening phrase, comma in a quote", `Dubbed "the iron lady," the ferry sailed in 1907.`, false},
		{"opening phrase closed by a dash", "Asked for her view of the plan — which the council passed — Ilse Varga said no.", false},
		{"adjective", "Stranded drivers waited for hours on the Tarnwick road.", false},
		{"adjective before a noun", "Increased traffic slowed the ferry.", false},
		{"inverted", "Printed on the back of every ticket is the ferry's name.", false},
		{"said before a name", "Said the mayor: \"we will rebuild the pier.\"", false},
		{"said before the speaker", "Said Ilse Varga, \"the ferry will sail.\"", false},
		{"question", "Did the council know about the leak?", false},
		{"question without its mark", "Did he say what he meant by that.", false},
		{"name in -ed", "Mohammed Osei won the Tarnwick race on Sunday.", false},
		{"quoted", "\"Gave it all I had,\" Ilse Varga said.", false},
		{"based on", "Based on its size the ferry carries 300 cars.", false},
		{"figure", "2031 was the warmest year in Tarnwick.", false},
		{"one word", "Gave.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Subjectless(tc.s); got != tc.want {
				t.Errorf("Subjectless(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

func TestSubjectlessIsFragment(t *testing.T) {
	s := "Gave birth to a girl at a hospital in Tarnwick on Friday."
	if got := Classify(s, Context{}); got != Fragment {
		t.Errorf("Classify(%q) = %v, want %v", s, got, Fragment)
	}
}

func TestHeadless(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"opens with a comma", ", after a flight from Tarnwick with 110 passengers on board.", true},
		{"opens with an ellipsis", "... the ferry, researchers confirmed.", true},
		{"auxiliary", "Has resigned as mayor of Tarnwick.", true},
		{"subjectless", "Gave birth to a girl in Tarnwick on Friday.", true},
		{"inverted condition", "Had the ferry sailed, 40 more would have drowned.", false},
		{"figure", "2031 was the warmest year in Tarnwick.", false},
		{"quoted question", "\"Is it safe?\" Ilse Varga asked.", false},
		{"a heading is a fragment, not headless", "Storm batters Tarnwick as thousands flee", false},
		{"whole", "The ferry sailed from Tarnwick on Monday.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Headless(tc.s); got != tc.want {
				t.Errorf("Headless(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
