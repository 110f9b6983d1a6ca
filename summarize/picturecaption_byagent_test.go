package summarize

import "testing"

// TestByAgentCaption checks captions naming who made or bought a thing
// against sentences that share their words.
func TestByAgentCaption(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"purchased", "Jars purchased by the Tarnwick museum.", true},
		{"salvaged", "An old fishing hut salvaged by harbour builder Oren Maddox.", true},
		{"lower", "tiles made by the velmora guild.", true},
		{"working group", "Jars purchased by the harbour working group.", true},
		{"verb after", "Tiles made by the guild show a ferry at sea.", false},
		{"present s", "Jars bought by the museum sells well.", false},
		{"finite", "The jars were purchased by the Tarnwick museum.", false},
		{"past intransitive", "The number of visitors increased by 79 percent.", false},
		{"gerund", "The museum responded by building a new wing.", false},
		{"pronoun", "He made by the river a small hut.", false},
		{"comma", "Jars, purchased by the museum.", false},
		{"long", "A very old and much loved wooden fishing hut from the harbour salvaged by Oren Maddox.", false},
		{"said", "Jars purchased by the museum, Ilse Varga said.", false},
	} {
		if got := byAgentCaption(tc.s); got != tc.want {
			t.Errorf("%s: byAgentCaption(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}
