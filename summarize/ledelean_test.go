package summarize

import (
	"slices"
	"testing"
)

// leanArticles are invented: the second article's second sentence leans
// on a town its opening named ("this seaside town").
var leanArticles = []string{
	"Harbour officials in Tarnwick closed the old ferry pier on Monday after divers found deep cracks in its pilings. Local cafes near the promenade said trade was slow all week.",
	"Tarnwick has long lived off its ferries to Ostrel and the summer visitors they bring. Crowds gathered on the promenade of this seaside town to watch the divers at work on the pier.",
}

// TestOpenWithNamedLede checks that a summary opening on a sentence that
// leans on something unnamed opens instead with the chosen sentence that
// reads as its article's lede, the rest keeping its order, and that an
// opening that leans on nothing, or a Fill summary, keeps its order.
func TestOpenWithNamedLede(t *testing.T) {
	facts := func(c *cluster, ss ...string) []int { return factsWith(t, c, ss...) }
	c := ledeCluster(t, leanArticles...)
	picked := facts(c, "this seaside town", "Local cafes", "Harbour officials in Tarnwick closed")
	want := []int{picked[2], picked[0], picked[1]}
	c.openWithNamedLede(picked)
	if !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v (the closure first)", picked, want)
	}
	if c.lead != picked[0] {
		t.Errorf("lead %d, want the moved opening %d", c.lead, picked[0])
	}

	c = ledeCluster(t, leanArticles...)
	picked = facts(c, "Local cafes", "Harbour officials in Tarnwick closed")
	checkOrder(t, "an opening leaning on nothing", c.openWithNamedLede, picked, slices.Clone(picked))

	c = ledeCluster(t, leanArticles...)
	c.reader = false
	picked = facts(c, "this seaside town", "Harbour officials in Tarnwick closed")
	checkOrder(t, "fill", c.openWithNamedLede, picked, slices.Clone(picked))
}

// TestLeansOnUnnamed checks which openings lean on something they do not
// name, on invented sentences.
func TestLeansOnUnnamed(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"a demonstrative place", "In a closing speech at the harbour forum in this seaside town, the mayor spoke of ferries.", true},
		{"a demonstrative after a preposition", "A new study may help to close that gap, its authors say.", true},
		{"a possessive before the name", "In its third weekend, the musical earned $4 million at the Tarnwick box office.", true},
		{"an opening pronoun", "They spent a year trading barbs over the pier.", true},
		{"a time", "The council will vote on the pier this week.", false},
		{"a season's possessive", "Officials called for the team to be barred from this summer's games.", false},
		{"a relative that", "A ferry that sank off Ostrel was found by divers.", false},
		{"a possessive after a name", "Tarnwick closed its old pier on Monday.", false},
		{"inside a quotation", "\"This pier is finished,\" the mayor said.", false},
		{"a verb after this", "This is the third pier the town has closed.", false},
	}
	for _, tt := range tests {
		if got := leansOnUnnamed(tt.s); got != tt.want {
			t.Errorf("%s: leansOnUnnamed(%q) = %v, want %v", tt.name, tt.s, got, tt.want)
		}
	}
}

// TestLeanedWords checks the words a demonstrative leans on.
func TestLeanedWords(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"Crowds gathered in this seaside town, officials said.", []string{"seaside", "town"}},
		{"For this reason, the pier was closed.", []string{"reason"}},
		{"The pier was closed on Monday.", nil},
	}
	for _, tt := range tests {
		if got := leanedWords(tt.s); !slices.Equal(got, tt.want) {
			t.Errorf("leanedWords(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestOpenWithNamedLedeNamed checks that a later opening with fewer event
// cues than a lede needs still leads when it names what the opening
// leans on ("this timetable" after "... a new timetable for its ferry
// routes").
func TestOpenWithNamedLedeNamed(t *testing.T) {
	arts := []string{
		"Tarnwick harbour has published a new online timetable for its ferry routes and piers.",
		"Ferries from Ostrel dock at three piers along the Tarnwick coast. Visitors can check this timetable to find the next boat from the nearest pier.",
	}
	c := ledeCluster(t, arts...)
	picked := factsWith(t, c, "this timetable", "Tarnwick harbour has published")
	if cd := &c.cands[c.facts[picked[1]].rep]; c.readsAsLede(cd) {
		t.Fatalf("%q reads as a lede with %d event cues: the case needs fewer", cd.text, eventCues(cd.text))
	}
	want := []int{picked[1], picked[0]}
	checkOrder(t, "an opening naming the timetable", c.openWithNamedLede, picked, want)
}

func TestDefinesSubject(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Harbour Watch is a national non-profit group founded by families of the ferry's victims.", true},
		{"The Velmora ferry is the oldest on the coast and still runs twice a day.", true},
		{"Harbour Watch said on Monday it would sue the ferry company over the sinking.", false},
		{"In Velmora, where the ferry sank, the harbour is a quiet place again.", false},
	} {
		if got := definesSubject(tt.s); got != tt.want {
			t.Errorf("definesSubject(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
