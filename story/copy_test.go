package story

import "testing"

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
