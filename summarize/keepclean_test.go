package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestPruneRepeatsCleanerLead checks that when the opening sentence has a
// headline run into it and a chosen sentence tells its fact again cleanly,
// the clean one opens the summary and the run-in one is left out, and that
// a clean opening keeps its place (the repeat is left out as before), on
// invented sentences.
func TestPruneRepeatsCleanerLead(t *testing.T) {
	clean := "Ilse Varga, who had led Tarnwick as its mayor since 2011, quit on Monday after an audit of the harbour accounts found missing funds, the council said."
	tests := []struct {
		name     string
		lead     string
		wantLead bool // the clean twin leads
	}{
		{"a run-in opening", "Harbour audit finds missing funds, mayor quits Ilse Varga, the mayor of Tarnwick, quit on Monday after an audit of the harbour accounts found missing funds.", true},
		{"a clean opening", "Ilse Varga, the mayor of Tarnwick, quit on Monday after an audit of the harbour accounts found missing funds.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !restatedRunIn(tt.lead) == tt.wantLead {
				t.Fatalf("restatedRunIn(lead) = %v", !tt.wantLead)
			}
			c := &cluster{lead: -1}
			arts := []chorus.Article{{ID: "a", Text: clean}, {ID: "b", Text: tt.lead}}
			if !c.prepare(arts) || len(c.cands) != 2 {
				t.Fatalf("%d sentences read, want 2", len(c.cands))
			}
			c.reader = true
			c.figs = c.figures()
			twin, opening := c.cands[0].fact, c.cands[1].fact
			if twin == opening {
				t.Fatal("one fact read")
			}
			c.lead = opening
			got := c.pruneRepeats([]int{twin, opening})
			if len(got) != 1 {
				t.Fatalf("kept %v, want one of the two", got)
			}
			if leads := c.lead == twin && got[0] == twin; leads != tt.wantLead {
				t.Errorf("clean twin leads = %v, want %v (kept %v, lead %d)", leads, tt.wantLead, got, c.lead)
			}
		})
	}
}

// TestPruneRepeatsCleanerTwin checks that of two chosen sentences that
// repeat each other, neither the opening, the one that opens pointing
// back and names a person by a bare surname gives way, on invented
// sentences.
func TestPruneRepeatsCleanerTwin(t *testing.T) {
	lead := "The harbour board of Tarnwick voted on Thursday to close the Skelling ferry route."
	clean := "Board chairwoman Ilse Varga said the old ferry Merrow Bell will be scrapped in a Dutch yard in 2027."
	dirty := "But Varga said the old ferry Merrow Bell will be scrapped in a Dutch yard."
	c := &cluster{lead: -1}
	arts := []chorus.Article{{ID: "a", Text: lead + " " + clean}, {ID: "b", Text: "Islanders gathered on Friday. " + dirty}}
	if !c.prepare(arts) || len(c.cands) != 4 {
		t.Fatalf("%d sentences read, want 4", len(c.cands))
	}
	c.reader = true
	c.figs = c.figures()
	opening, kept, left := c.cands[0].fact, c.cands[1].fact, c.cands[3].fact
	c.lead = opening
	// The dirty one is chosen first: before, the clean one, chosen
	// later, gave way.
	got := c.pruneRepeats([]int{left, opening, kept})
	if !slices.Contains(got, kept) || slices.Contains(got, left) || !slices.Contains(got, opening) {
		t.Errorf("kept %v, want the opening %d and the clean twin %d", got, opening, kept)
	}
}

// TestCleanerOutside checks that a chosen sentence with a headline run
// into it gives its place to an unchosen sentence that tells it again
// cleanly, and that a clean chosen sentence keeps its place, on invented
// sentences.
func TestCleanerOutside(t *testing.T) {
	lead := "The ferry board of Greyhaven voted on Thursday to close the Skelling route."
	clean := "Ilse Varga, mayor of Tarnwick since 2011, quit on Monday after an audit of the harbour accounts found missing funds."
	tests := []struct {
		name     string
		chosen   string
		wantSwap bool
	}{
		{"a run-in sentence", "Harbour audit finds missing funds, mayor quits Ilse Varga, the mayor of Tarnwick, quit on Monday after an audit of the harbour accounts found missing funds.", true},
		{"a clean sentence", "Ilse Varga, the mayor of Tarnwick, quit on Monday after an audit of the harbour accounts found that some funds were missing.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			arts := []chorus.Article{{ID: "a", Text: lead}, {ID: "b", Text: tt.chosen}, {ID: "c", Text: clean}}
			if !c.prepare(arts) || len(c.cands) != 3 {
				t.Fatalf("%d sentences read, want 3", len(c.cands))
			}
			c.reader = true
			c.figs = c.figures()
			opening, chosen, twin := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact
			if chosen == twin {
				t.Fatal("one fact read")
			}
			c.lead = opening
			picked := []int{opening, chosen}
			c.cleanerOutside(picked)
			if swapped := picked[1] == twin; swapped != tt.wantSwap {
				t.Errorf("swapped = %v, want %v (picked %v)", swapped, tt.wantSwap, picked)
			}
		})
	}
}
