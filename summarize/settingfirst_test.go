package summarize

import (
	"slices"
	"testing"
)

// settingCluster returns a reader's cluster: a lead (0) from one article;
// a detail (1) from further down a second article; a third article's
// sentence (2); the second article's scene (3), with the sentence that
// reads on from it (4).
func settingCluster(scene string) *cluster {
	c := frameCluster(
		"Senator Ilse Varga drew laughter in Tarnwick on Thursday when her phone rang during a hearing.",
		"Varga silenced the phone and told the room the ringtone was her grandson's choice.",
		"Ringtones have gone off in the chamber before, clerks in Tarnwick said.",
		scene,
		"The phone played a marching tune for several seconds.",
	)
	c.cands[1].doc, c.cands[1].pos = 1, 5
	c.cands[3].doc, c.cands[3].pos = 1, 2
	c.cands[4].doc, c.cands[4].pos, c.cands[4].prevInDoc = 1, 3, 3
	return c
}

// TestSettingsFirst: a sentence setting the scene, chosen after a detail
// from further down its article, goes before that detail with the
// sentence that reads on from it; the lead keeps its place.
func TestSettingsFirst(t *testing.T) {
	for _, scene := range []string{
		"During a committee hearing on harbour dredging, the senator's phone rang as she questioned a minister.",
		"In an interview with a Brellin radio station, Varga said the hearing had run four hours.",
		"Speaking at a news conference in Tarnwick, Varga said the hearing had run four hours.",
	} {
		c := settingCluster(scene)
		picked := []int{0, 1, 2, 3, 4}
		c.settingsFirst(picked)
		if want := []int{0, 3, 4, 1, 2}; !slices.Equal(picked, want) {
			t.Errorf("%q: order %v, want %v", scene, picked, want)
		}
		if c.lead != 0 {
			t.Errorf("%q: lead %d, want 0", scene, c.lead)
		}
	}
}

// TestSettingsFirstKeeps: the order stands when the sentence does not set
// a scene, points back at one told before, stands above the detail in its
// article already, and for a Fill summary.
func TestSettingsFirstKeeps(t *testing.T) {
	hearing := "During a committee hearing on harbour dredging, the senator's phone rang as she questioned a minister."
	for _, tc := range []struct {
		name, scene string
		pos         int
		fill        bool
	}{
		{"no scene", "The senator's phone rang as she questioned a minister about harbour dredging.", 2, false},
		{"this", "During this exchange, the senator's phone rang as she questioned a minister.", 2, false},
		{"one of", "During one of the hearings, the senator's phone rang as she questioned a minister.", 2, false},
		{"anonymity", "Speaking on condition of anonymity, an aide said the phone was new.", 2, false},
		{"below", hearing, 7, false},
		{"fill", hearing, 2, true},
	} {
		c := settingCluster(tc.scene)
		c.cands[3].pos = tc.pos
		c.reader = !tc.fill
		picked := []int{0, 1, 2, 3, 4}
		c.settingsFirst(picked)
		if want := []int{0, 1, 2, 3, 4}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}
