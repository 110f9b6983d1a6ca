package summarize

import "testing"

func TestSceneCaption(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"arrives", "Mayor ilse varga arrives for the council vote.", true},
		{"plural", "Tomas rell and his wife ilse arrive for the harbour gala dinner.", true},
		{"gestures", "Orvale party candidate tomas rell gestures.", true},
		{"watches", "Tarnwick coach ilse varga watches her team during the final.", true},
		{"premiere", "Tomas rell and ilse varga at the premiere of the ferry film.", true},
		{"one word", "Varga arrives for the vote.", false},
		{"clause", "If a guest arrives late, the doors stay shut.", false},
		{"future", "Tomas rell arrives for the vote, which will be held at noon.", false},
		{"adverb", "Ilse varga speaks openly about the ferry in the interview.", false},
		{"figure", "Ilse varga speaks to 9 reporters about her plan.", false},
		{"pupil", "Little ilse varga attends the school in tarnwick.", false},
		{"plural alone", "Most pupils attend the harbour school.", false},
		{"quote", "Ilse varga speaks at \"the pier\" rally.", false},
		{"place first", "In tarnwick on friday watches the fire.", false},
		{"no preposition", "Tomas rell speaks three languages.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := sceneCaption(tt.s); got != tt.want {
				t.Errorf("sceneCaption(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestSceneCaptionNamed(t *testing.T) {
	name, _ := sceneCaption("Mayor ilse varga arrives for the council vote.")
	if !sceneCaptionNamed(name, "the council voted 5-2. varga said she would appeal. ") {
		t.Error("surname in another sentence: not named")
	}
	if sceneCaptionNamed(name, "the council voted 5-2 to close the pier. the mayor said she would appeal. ") {
		t.Error("only the title in another sentence: named")
	}
}
