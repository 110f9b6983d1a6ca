package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutDashlessDateline(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"article", "Rome a court in tarnwick ruled on friday that the ferry line must pay.", "A court in tarnwick ruled on friday that the ferry line must pay."},
		{"conjunction", "Nairobi as the country began three days of mourning, the harbour stayed shut.", "As the country began three days of mourning, the harbour stayed shut."},
		{"former", "Paris former minister ilse varga says the ferry deal was signed in march.", "Former minister ilse varga says the ferry deal was signed in march."},
		{"two-word city", "New york with the storm closing in, ferry crews tied up their boats early.", "With the storm closing in, ferry crews tied up their boats early."},
		{"city as subject", "Washington said on friday that the ferry deal would be signed in march.", "Washington said on friday that the ferry deal would be signed in march."},
		{"city as modifier", "Boston police said the ferry crew had been questioned on friday night.", "Boston police said the ferry crew had been questioned on friday night."},
		{"time phrase after the subject", "Beijing on monday said the ferry deal would be signed in march.", "Beijing on monday said the ferry deal would be signed in march."},
		{"unlisted town", "Tarnwick a court ruled on friday that the ferry line must pay.", "Tarnwick a court ruled on friday that the ferry line must pay."},
		{"story too short", "Rome a court ruled on friday.", "Rome a court ruled on friday."},
		{"capital after the city", "Paris The court ruled on friday that the ferry line must pay.", "Paris The court ruled on friday that the ferry line must pay."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutDashlessDateline(tt.s)
			if got != tt.want || ok != (tt.s != tt.want) {
				t.Errorf("cutDashlessDateline(%q)\n got %q, %v\nwant %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

// TestCutDashlessDatelinesPosition checks that a sentence deep in its
// article keeps its opening city.
func TestCutDashlessDatelinesPosition(t *testing.T) {
	texts := []string{
		"Rome a court in tarnwick ruled on friday that the ferry line must pay.",
		"Paris former minister ilse varga says the ferry deal was signed in march.",
	}
	c := &cluster{lead: -1, lower: 1} // lower-cased text
	for i, s := range texts {
		c.cands = append(c.cands, candidate{text: s, fact: i, pos: 3 * i, prevInDoc: i - 1})
		c.facts = append(c.facts, fact{rep: i, members: []int{i}})
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: texts[0]}, {Text: texts[1]}}}
	c.cutDashlessDatelines([]int{0, 1}, &sum)
	if got := sum.Sentences[0].Text; got != "A court in tarnwick ruled on friday that the ferry line must pay." {
		t.Errorf("first sentence: got %q", got)
	}
	if got := sum.Sentences[1].Text; got != texts[1] {
		t.Errorf("fourth sentence of its article changed: got %q", got)
	}
}
