package summarize

import (
	"slices"
	"testing"
)

// statementNews is an article's opening that tells an event.
const statementNews = "For the third season running, the Brellin arts council did not fund any of the 12 theatres that applied from the northern towns."

// TestOpenWithEventOverStatement: a summary opening on a verdict, a
// definition or a standing statement opens with the later article
// opening that tells an event, the sentence its article writes right
// after it going with it; the rest keeps its order.
func TestOpenWithEventOverStatement(t *testing.T) {
	for _, opening := range []string{
		"The Lantern Road is a tender hymn to the stubbornness of small towns.",
		"The Tarnwick rowing club does not condone any conduct of its members that is cruel or demeaning.",
		"Quillan Mereweather is a student at the art college who never reads the small print.",
	} {
		c := frameCluster(opening, statementNews, "Theatre owners said the decision would close stages across the region.")
		c.cands[2].doc, c.cands[2].pos, c.cands[2].prevInDoc = 1, 1, 1
		picked := []int{0, 1, 2}
		c.openWithEventOverStatement(picked)
		if want := []int{1, 2, 0}; !slices.Equal(picked, want) {
			t.Errorf("%q: order %v, want %v", opening, picked, want)
		}
		if c.lead != 1 {
			t.Errorf("%q: lead %d, want 1", opening, c.lead)
		}
	}
}

// TestOpenWithEventOverStatementKeeps: the order stands when the opening
// tells an event (a cue, a day, a progressive), sets a scene before its
// subject or is no statement; when the later sentence gives advice,
// tells no event, is short with one cue or comes from the opening's own
// article; and for a Fill summary.
func TestOpenWithEventOverStatementKeeps(t *testing.T) {
	const verdict = "The Lantern Road is a tender hymn to the stubbornness of small towns."
	for _, tc := range []struct {
		name    string
		texts   []string
		sameDoc bool
		fill    bool
	}{
		{"event cue", []string{"The Lantern Road is a film shot in Tarnwick.", statementNews}, false, false},
		{"news day", []string{"The Lantern Road is a hymn to small towns, critics said today.", statementNews}, false, false},
		{"progressive", []string{"The Tarnwick rowing club is facing questions about its members.", statementNews}, false, false},
		{"scene first", []string{"On the captain's arm is a tattoo of an old anchor.", statementNews}, false, false},
		{"no statement", []string{"Critics love the new film about small towns.", statementNews}, false, false},
		{"the", []string{"Quillan Mereweather is the subject of a search by the coastguard.", statementNews}, false, false},
		{"advice", []string{verdict, "Be prepared to queue for tickets, which sold out in 40 minutes at the Brellin box office."}, false, false},
		{"no event", []string{verdict, "Quillan Mereweather, a baker from Brellin, is planning a party for a friend this coming May."}, false, false},
		{"short", []string{verdict, "Ilse Varga has a troubled history with rowing."}, false, false},
		{"hedge", []string{"Quillan Mereweather is a Brellin columnist who has upset rowing clubs for years.", "Quillan Mereweather, the loudest scold of the northern coast and its clubs, seems to have made a costly mistake at last."}, false, false},
		{"same article", []string{verdict, statementNews}, true, false},
		{"fill", []string{verdict, statementNews}, false, true},
	} {
		c := frameCluster(tc.texts...)
		c.reader = !tc.fill
		if tc.sameDoc {
			c.cands[1].doc, c.cands[1].pos, c.cands[1].prevInDoc = 0, 1, 0
		}
		picked := []int{0, 1}
		c.openWithEventOverStatement(picked)
		if want := []int{0, 1}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}

// TestStatementOpening: a subject then "is/are a/an" or "does/do not"
// among the opening words is a statement; a clause's "is" is not.
func TestStatementOpening(t *testing.T) {
	for s, want := range map[string]bool{
		"The Lantern Road is a tender hymn to small towns.":                                           true,
		"Rowing clubs are an old tradition on the coast.":                                             true,
		"The Tarnwick rowing club does not condone cruelty.":                                          true,
		"When the ferry is a day late, commuters wait in the hall.":                                   false,
		"Ilse Varga said the ferry is a disgrace.":                                                    false,
		"The ferry is the slowest on the coast.":                                                      false,
		"The long-serving and much-loved old ferry from the northern harbour of Tarnwick is a wreck.": false,
	} {
		if got := statementOpening(frameWords(s)); got != want {
			t.Errorf("statementOpening(%q) = %v, want %v", s, got, want)
		}
	}
}
