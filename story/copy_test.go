package story

import "testing"

func TestCopyShare(t *testing.T) {
	orig := "The Korvath dam burst on Tuesday near Valdoria. Floodwater swept through three villages below the dam. Rescue teams evacuated 4,000 residents as the reservoir emptied."
	cases := []struct {
		name, text string
		min, max   float64
	}{
		{"copy", orig, 1, 1},
		{"copy with footer", orig + " Share this story by email.", 0.7, 0.95},
		{"spun", "The Korvath dam collapsed on Tuesday close to Valdoria. Floodwater swept through three villages beneath the dam. Rescue crews evacuated 4,000 residents as the reservoir drained.", 1, 1},
		{"half copied", "The Korvath dam burst on Tuesday near Valdoria. Engineers had warned the council about cracks in the wall for years. Insurers expect claims to top a billion.", 0.2, 0.5},
		{"same event, own words", "Thousands fled their homes after the Korvath dam failed near Valdoria. Engineers had reported cracks in the dam.", 0, 0},
		{"too short to tell", "Korvath dam burst.", 0, 0},
		{"unrelated", "Mira Tensk won the world chess final in Ostrel on Sunday after six drawn games.", 0, 0},
	}
	var s stemmer
	o := Options{}.withDefaults()
	base := s.extract("", orig, &o, nil).sents
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := copyShare(s.extract("", tc.text, &o, nil).sents, base, 0)
			if got < tc.min || got > tc.max {
				t.Errorf("copyShare = %.3f, want in [%.2f, %.2f]", got, tc.min, tc.max)
			}
		})
	}
}

// TestBoilerplateIgnored checks that sentences in the boilerplate table
// neither link two articles as copies nor weigh in their similarity.
func TestBoilerplateIgnored(t *testing.T) {
	notice := "Sign up for our evening newsletter to get the day's headlines delivered to your inbox every weekday."
	var s stemmer
	o := Options{}.withDefaults()
	keys := s.extract("", notice, &o, nil).keys
	if len(keys) != 1 {
		t.Fatalf("notice has %d sentence keys, want 1", len(keys))
	}
	c := New(Options{})
	bg := *c.bg
	bg.boiler = map[uint32]bool{keys[0]: true}
	c.bg = &bg
	a := Doc{ID: "a", Text: "Mira Tensk won the world chess final in Ostrel on Sunday. " + notice}
	b := Doc{ID: "b", Text: "Dockworkers at the Marrow Bay port walked out on Monday over pay. " + notice}
	only := Doc{ID: "c", Text: notice}
	story, decs := runStream(c, []Doc{a, b, only})
	if story["a"] == story["b"] || decs["b"].DuplicateOf != "" {
		t.Errorf("articles sharing only boilerplate linked: stories %d and %d, b copy of %q", story["a"], story["b"], decs["b"].DuplicateOf)
	}
	if decs["c"].Story != 0 || decs["c"].DuplicateOf != "" {
		t.Errorf("a boilerplate-only article joined story %d (copy of %q)", decs["c"].Story, decs["c"].DuplicateOf)
	}
}
