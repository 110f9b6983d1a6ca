package summarize

import (
	"slices"
	"testing"
)

// TestMethodFirst: a study's method told after its findings moves up to
// just after a lead that tells of the research, with its article's next
// sentence after it; the rest keeps its order.
func TestMethodFirst(t *testing.T) {
	lead := "Ferry crews who sleep less than six hours make more errors at sea, a new study from Tarnwick suggests."
	finding := "Crews on night shifts were twice as likely to miss a buoy, the researchers said."
	for _, tc := range []struct {
		name   string
		texts  []string
		picked []int
		prev   map[int]int // a sentence's predecessor in its article
		want   []int
	}{
		{"in the study", []string{lead, finding, "In the study, 1,200 crew members of the Tarnwick line were asked to keep sleep diaries for a year."},
			[]int{0, 1, 2}, nil, []int{0, 2, 1}},
		{"researchers", []string{lead, finding, "Researchers at the Brellin maritime college tracked 300 crossings in 2019."},
			[]int{0, 1, 2}, nil, []int{0, 2, 1}},
		{"with its next line", []string{lead, finding, "The study followed 1,200 crew members of the Tarnwick line.", "Anna Varga, a captain, kept a diary."},
			[]int{0, 1, 2, 3}, map[int]int{3: 2}, []int{0, 2, 3, 1}},
		{"after its article's finding", []string{lead, finding, "In the study, 1,200 crew members of the Tarnwick line were asked to keep sleep diaries for a year."},
			[]int{0, 1, 2}, map[int]int{2: 1}, []int{0, 2, 1}},
		{"lead tells no research", []string{"Ferry crews in Tarnwick went on strike on Monday over night shifts.", finding,
			"In the study, 1,200 crew members of the Tarnwick line were asked to keep sleep diaries for a year."},
			[]int{0, 1, 2}, nil, []int{0, 1, 2}},
		{"a finding", []string{lead, finding, "Researchers found that crews who napped made fewer errors."},
			[]int{0, 1, 2}, nil, []int{0, 1, 2}},
		{"already second", []string{lead, "The study followed 1,200 crew members of the Tarnwick line.", finding},
			[]int{0, 1, 2}, nil, []int{0, 1, 2}},
		{"introduced between", []string{lead, "Night work harms sleep, according to a new survey of Brellin pilots.",
			"The survey asked 400 pilots how long they slept."},
			[]int{0, 1, 2}, nil, []int{0, 1, 2}},
		{"makers introduced between", []string{lead, "Researchers at the Brellin maritime college have shown that naps help.",
			"The researchers asked 400 pilots how long they slept."},
			[]int{0, 1, 2}, nil, []int{0, 1, 2}},
		{"points back", []string{lead, finding, "Researchers compared these diaries with the crews' logbooks."},
			[]int{0, 1, 2}, nil, []int{0, 1, 2}},
		{"lead tells only of science", []string{"Anna Varga of Tarnwick won the national science prize for her ferry model.", finding,
			"The study followed 1,200 crew members of the Tarnwick line."},
			[]int{0, 1, 2}, nil, []int{0, 1, 2}},
		{"goes on from a study", []string{lead, finding, "A second study of Brellin pilots was smaller.", "The researchers asked 400 pilots how long they slept."},
			[]int{0, 1, 2, 3}, map[int]int{3: 2}, []int{0, 1, 2, 3}},
	} {
		c := frameCluster(tc.texts...)
		for f, p := range tc.prev {
			c.cands[f].prevInDoc = p
			c.cands[f].doc = c.cands[p].doc
		}
		picked := slices.Clone(tc.picked)
		c.methodFirst(picked)
		if !slices.Equal(picked, tc.want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, tc.want)
		}
	}
	c := frameCluster(lead, finding, "In the study, 1,200 crew members of the Tarnwick line were asked to keep sleep diaries for a year.")
	c.reader = false
	picked := []int{0, 1, 2}
	if c.methodFirst(picked); !slices.Equal(picked, []int{0, 1, 2}) {
		t.Errorf("fill: order %v, want it kept", picked)
	}
}

// TestMethodSentence: a sentence opening on a study or its makers tells
// its method when a method verb follows before any verb of finding.
func TestMethodSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"In the study, 1,200 crew members were asked to keep sleep diaries.": true,
		"The study followed 1,200 crew members.":                             true,
		"Researchers at the Brellin maritime college tracked 300 crossings.": true,
		"The new research included nearly 900 children from Tarnwick.":       true,
		"Researchers found that crews who napped made fewer errors.":         false,
		"The researchers said the crews who were followed slept less.":       false,
		"Studying crews, Anna Varga followed 300 crossings.":                 false,
		"The studyguide followed the crews.":                                 false,
		"The researchers tracked down the whales off Tarnwick.":              false,
	} {
		if got := methodSentence(s); got != want {
			t.Errorf("methodSentence(%q) = %v, want %v", s, got, want)
		}
	}
}
