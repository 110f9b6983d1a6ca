package summarize

import (
	"strings"
	"testing"

	chorus "github.com/chorusnews/chorus"
)

func TestLinkOpening(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"specifies", "More specifically, the pier's oak piles were rotten below the waterline.", true},
		{"specifies without a comma", "More specifically the pier's oak piles were rotten.", true},
		{"in doing so", "In doing so, the Tarnwick council broke its own rules on harbour leases.", true},
		{"in so doing", "In so doing, the ferry company lost its licence.", true},
		{"for starters", "For starters, the ferry has no lifeboats.", true},
		{"first of all", "First of all, the harbour is older than the town.", true},
		{"comparison", "By comparison, the old pier was 300 metres long.", true},
		{"both cases", "In both cases, passengers waited for hours at the pier.", true},
		{"in particular", "In particular, Anna Varga asked why the lights were off.", true},
		{"in short with a colon", "In short: the harbour lost money in both years.", true},
		{"concession", "Sure, the ferry is slower than the bridge.", true},
		{"answer", "No, the mayor is not resigning.", true},
		{"at least with a comma", "At least, that is what the harbour office says.", true},
		{"example with a colon", "For example: in 2031 the ferry ran only twice a week.", true},
		{"example bare", "For example the ferry ran only twice a week.", true},
		{"of course bare", "Of course the ferry sank on its first crossing.", true},
		{"turns out", "Turns out the Tarnwick pier was never insured.", true},
		{"turns out with a comma", "Turns out, the pier was never insured.", true},
		{"pseudo-cleft", "What isn't up for debate is the harbour's age.", true},
		{"pseudo-cleft contracted", "What’s not in doubt is the pier's cost.", true},
		{"from there", "From there, the ferry sailed on to Velmora.", true},
		{"typographic apostrophe", "What wasn’t clear was who owned the boat.", true},

		{"no one", "No one was hurt when the pier collapsed.", false},
		{"at least a count", "At least 40 people were on the pier.", false},
		{"of course as a noun phrase", "Of courses taught at the harbour school, sailing is the oldest.", false},
		{"in particular bare", "In particular cases the council may waive the fee.", false},
		{"process of", "In the process of repairing the pier, crews found a wreck.", false},
		{"examples", "For examples of old piers the council looked to Velmora.", false},
		{"true crime", "True crime fans crowded the Tarnwick pier.", false},
		{"rather than", "Rather than sail, Anna Varga took the bus.", false},
		{"what is clear", "What is clear is that the pier was old.", false},
		{"quoted answer", `"No, the pier is safe," Anna Varga said.`, false},
		{"plain news", "The Tarnwick ferry sank on Tuesday.", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := linkOpening(tt.s); got != tt.want {
				t.Errorf("linkOpening(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestMarkLinkOpenings: a linking opening leans on the sentence before it
// (flagRefers); a sentence the flags already hold back keeps its flags.
func TestMarkLinkOpenings(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "The Tarnwick pier collapsed on Tuesday after years of neglect. More specifically, its oak piles had rotten below the waterline. But the ferry still runs from the south quay."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	c.markLinkOpenings()
	seen := 0
	for i := range c.cands {
		cd := &c.cands[i]
		switch {
		case strings.HasPrefix(cd.text, "More specifically"):
			seen++
			if cd.flags&flagRefers == 0 {
				t.Errorf("%q: no flagRefers", cd.text)
			}
		case strings.HasPrefix(cd.text, "But the ferry"):
			seen++
			if cd.flags&flagRefers != 0 || cd.flags&flagConnective == 0 {
				t.Errorf("%q: flags %b, want flagConnective alone", cd.text, cd.flags)
			}
		case cd.flags&flagRefers != 0:
			t.Errorf("%q: flagRefers, want none", cd.text)
		}
	}
	if seen != 2 {
		t.Errorf("%d of the 2 sentences are candidates", seen)
	}
}
