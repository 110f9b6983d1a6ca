package summarize

import (
	"slices"
	"testing"
)

// dayLede is an article's opening that tells the event and its day.
const dayLede = "Ferry crews in Tarnwick went on strike on Monday, halting 40 crossings a day to Brellin and stranding commuters."

// dayScene is an opening that sets a scene and tells no event.
const dayScene = "The harbour hall in Tarnwick was full of commuters waiting for a boat."

// TestOpenWithDatedLede: a summary opening on a scene opens with the later
// article opening that tells the event and its day; the sentence its
// article writes right after it goes with it, the rest keeps its order.
func TestOpenWithDatedLede(t *testing.T) {
	c := frameCluster(dayScene, "Some of them had waited since dawn.", dayLede)
	picked := []int{0, 1, 2}
	c.openWithDatedLede(picked)
	if want := []int{2, 0, 1}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
	if c.lead != 2 {
		t.Errorf("lead %d, want 2", c.lead)
	}

	c = frameCluster(dayScene, "Some of them had waited since dawn.", dayLede, "Union leaders said the strike would last a week.")
	c.cands[3].doc, c.cands[3].pos, c.cands[3].prevInDoc = 2, 1, 2
	picked = []int{0, 1, 2, 3}
	c.openWithDatedLede(picked)
	if want := []int{2, 3, 0, 1}; !slices.Equal(picked, want) {
		t.Errorf("with its next line: order %v, want %v", picked, want)
	}
}

// TestOpenWithDatedLedeKeeps: the order stands when the opening tells an
// event (in the present perfect, with a day, two event cues), when the
// later sentence names no day of the news, counts its day back, is short,
// opens on a scene-setting clause or holds a colon, and for a Fill
// summary.
func TestOpenWithDatedLedeKeeps(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		fill  bool
	}{
		{"perfect opening", []string{"The Tarnwick ferry board has cancelled every crossing to Brellin.", dayLede}, false},
		{"dated opening", []string{"Commuters in Tarnwick waited for a boat on Monday.", dayLede}, false},
		{"no day", []string{dayScene, "Ferry crews in Tarnwick went on strike, halting 40 crossings a day to Brellin and stranding commuters."}, false},
		{"last week", []string{dayScene, "Ferry crews in Tarnwick went on strike last Monday, halting 40 crossings a day to Brellin and stranding commuters."}, false},
		{"short", []string{dayScene, "Ferry crews in Tarnwick struck on Monday."}, false},
		{"scene clause", []string{dayScene, "As commuters in Tarnwick queued on Monday, ferry crews walked off 40 crossings a day to Brellin."}, false},
		{"colon", []string{dayScene, "Strike posted: ferry crews in Tarnwick went on strike on Monday, halting 40 crossings a day to Brellin."}, false},
		{"fill", []string{dayScene, dayLede}, true},
	} {
		c := frameCluster(tc.texts...)
		c.reader = !tc.fill
		picked := []int{0, 1}
		c.openWithDatedLede(picked)
		if want := []int{0, 1}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}

// TestDayLedePerfect: a present perfect among the opening words tells an
// event, not one inside a relative clause.
func TestDayLedePerfect(t *testing.T) {
	for s, want := range map[string]bool{
		"The ferry board has cancelled every crossing.":        true,
		"Ilse Varga has been charged with theft.":              true,
		"Officials in Tarnwick have raised the alert.":         true,
		"The crews, who have joined the union, met on Monday.": false,
		"The ferry has a new captain.":                         false,
	} {
		if got := dayLedePerfect(frameWords(s)); got != want {
			t.Errorf("dayLedePerfect(%q) = %v, want %v", s, got, want)
		}
	}
}
