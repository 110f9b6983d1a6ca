package summarize

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// wideCluster returns an invented cluster of n independent reports: every
// one carries the main fact in its own words, half carry a second fact, and
// each adds a sentence of its own.
func wideCluster(n int) []chorus.Article {
	leads := []string{
		"The old stone bridge over the Marrow River collapsed on Sunday morning after days of flooding.",
		"Flooding brought down the old stone bridge over the Marrow River early on Sunday.",
		"After days of flooding, the old stone bridge across the Marrow River collapsed on Sunday.",
		"The Marrow River's old stone bridge collapsed on Sunday morning following heavy flooding.",
		"Days of flooding caused the old stone bridge on the Marrow River to collapse on Sunday.",
		"On Sunday the old stone bridge over the Marrow River gave way after the flooding.",
		"The old stone bridge spanning the Marrow River collapsed Sunday after a week of flooding.",
	}
	own := []string{
		"A baker in the next street said the noise woke the whole neighbourhood.",
		"Local historians described the arches as the finest example of their kind in the county.",
		"The town's football club postponed its weekend match as a precaution.",
		"A petition to rebuild the crossing gathered several hundred signatures within hours.",
		"Tourists had photographed the structure only the day before.",
		"The ferry company offered free crossings to residents for the rest of the month.",
		"School buses will take a longer route through the hill villages.",
	}
	// Each report has more of its own than it shares, so that none is a
	// copy of another (copies.Of).
	more := []string{
		"Fishermen moored their boats upstream and waited for the water to fall.",
		"A church choir held an evening concert for the volunteers.",
		"Insurance assessors arrived from the capital on Monday afternoon.",
		"The mayor's office opened a telephone line for stranded commuters.",
		"Several shops by the quay lowered their shutters early.",
		"Railway engineers inspected the viaduct further downstream overnight.",
		"A farmer lost two tractors when a barn flooded near the ford.",
	}
	extra := []string{
		"Pupils at the primary school wrote cards for the emergency crews.",
		"The regional newspaper printed an old photograph of the opening ceremony.",
		"An elderly couple recalled crossing it on their wedding day in 1961.",
		"Cyclists were told to use the towpath until further notice.",
		"The angling society cancelled its annual competition.",
		"A local brewery promised to donate the takings of a new ale to the repairs.",
		"Birdwatchers reported herons nesting in the wreckage within days.",
	}
	detail := []string{
		"Volunteers filled sandbags outside the library until midnight.",
		"The county archive holds the original drawings of the masons.",
		"Two delivery firms rerouted their vans through the northern estate.",
		"A retired engineer said cracks had been visible for several winters.",
		"The parish council will meet on Thursday to discuss a temporary footbridge.",
		"Children at the riverside playground were moved to the sports hall.",
		"A camera crew from the capital filmed the debris from a helicopter.",
	}
	arts := make([]chorus.Article, n)
	for i := range arts {
		var b strings.Builder
		b.WriteString(leads[i%len(leads)])
		if i%2 == 0 {
			b.WriteString(" No one was hurt, the county engineer Mira Osei said, because the road had been closed on Friday.")
		}
		b.WriteString(" " + own[i%len(own)])
		b.WriteString(" " + more[i%len(more)])
		b.WriteString(" " + extra[i%len(extra)])
		b.WriteString(" " + detail[i%len(detail)])
		arts[i] = chorus.Article{ID: fmt.Sprintf("r%d", i), Text: b.String()}
	}
	return arts
}

func TestCoverageSelection(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		sources int
		opts    chorus.Options
	}{
		{"few sources, learned score only", 3, chorus.Options{Words: 40}},
		{"many sources, coverage", 7, chorus.Options{Words: 40}},
		{"many sources, one sentence", 7, chorus.Options{Sentences: 1}},
		{"many sources, fill", 7, chorus.Options{Words: 30, Fill: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := wideCluster(tt.sources)
			s, err := Summarize(arts, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, arts, s, tt.opts)
			if n := count(s, "bridge"); n != 1 {
				t.Errorf("the main fact appears %d times, want once:\n%v", n, s.Sentences)
			}
			if got := find(s, "bridge"); got != nil && got.Support != tt.sources {
				t.Errorf("main fact support %d, want %d", got.Support, tt.sources)
			}
			if words, _ := tt.opts.Budget(); tt.opts.Fill && s.Words < words {
				t.Errorf("fill: %d words, want at least %d", s.Words, words)
			}
		})
	}
}

func TestObjectiveGain(t *testing.T) {
	t.Parallel()
	p := DefaultTuning()
	p.MinDF = 2
	var c cluster
	if !c.prepare(wideCluster(6)) {
		t.Fatal("no text")
	}
	c.score(DefaultModel())
	o := c.newObjective(&p)
	main := slices.IndexFunc(c.facts, func(f fact) bool { return strings.Contains(c.cands[f.rep].text, "bridge") })
	alone := slices.IndexFunc(c.facts, func(f fact) bool { return strings.Contains(c.cands[f.rep].text, "baker") })
	if main < 0 || alone < 0 {
		t.Fatal("facts not found")
	}
	rep := &c.cands[c.facts[main].rep]
	tests := []struct {
		name string
		want func(g float64) bool
	}{
		{"shared fact gains", func(g float64) bool { return g > 0 }},
		{"covered again gains nothing", func(g float64) bool { return g == 0 }},
	}
	for _, tt := range tests {
		g := o.gain(rep.concepts, rep.terms)
		if !tt.want(g) {
			t.Errorf("%s: gain %v", tt.name, g)
		}
		o.add(rep.concepts, rep.terms)
	}
	own := &c.cands[c.facts[alone].rep]
	if g := o.gain(own.concepts, own.terms); g != 0 {
		t.Errorf("a sentence of one source gains %v from concepts, want 0", g)
	}
}

func TestObjectiveSalience(t *testing.T) {
	t.Parallel()
	// Two sources: too few to count them, so words weigh by salience.
	articles := []chorus.Article{
		{ID: "a", Text: "The ferry sank near the harbour on Wednesday. Divers reached the wreck at noon."},
		{ID: "b", Text: "Rescuers said the ferry sank after hitting rocks. The weather was calm."},
	}
	sal := learnSalience(6) // ferry salient, Wednesday not
	c := cluster{sal: sal}
	if !c.prepare(articles) {
		t.Fatal("no text")
	}
	c.score(DefaultModel())
	p := DefaultTuning()
	p.SalWord = 1
	o := c.newObjective(&p)
	ferry, wednesday := o.weight[termOf(t, "ferry")^termKey], o.weight[termOf(t, "Wednesday")^termKey]
	if !(ferry > wednesday && wednesday > 0) {
		t.Errorf("word weights: ferry %v, Wednesday %v; want ferry > Wednesday > 0", ferry, wednesday)
	}
	p.SalWord = 0
	if o := c.newObjective(&p); len(o.weight) != 0 {
		t.Errorf("salience objective off, yet %d words weigh", len(o.weight))
	}
}

func TestPositionPrior(t *testing.T) {
	t.Parallel()
	var c cluster
	if !c.prepare(wideCluster(6)) {
		t.Fatal("no text")
	}
	c.score(DefaultModel())
	lead := slices.IndexFunc(c.facts, func(f fact) bool { return c.cands[f.rep].pos == 0 })
	later := slices.IndexFunc(c.facts, func(f fact) bool { return c.cands[f.rep].pos >= 1 })
	if lead < 0 || later < 0 {
		t.Fatal("facts not found")
	}
	// lift returns how much the prior adds to fact f's gain per word.
	lift := func(p Tuning, f int) float64 {
		on, _ := c.factGain(c.newObjective(&p), f)
		p.PosPrior = 0
		off, _ := c.factGain(c.newObjective(&p), f)
		return (on - off) / float64(c.cands[c.facts[f].rep].words)
	}
	p := DefaultTuning()
	p.PosPrior, p.PosPow = 1, 1
	tests := []struct {
		name string
		p    Tuning
		f    int
		want float64
	}{
		{"lead sentence gains the full prior", p, lead, 1},
		{"later sentence gains less", p, later, 1 / float64(c.cands[c.facts[later].rep].pos+1)},
		{"few sources: no prior", func() Tuning { q := p; q.MinSources = 100; return q }(), lead, 0},
	}
	for _, tt := range tests {
		if got := lift(tt.p, tt.f); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: lift %v per word, want %v", tt.name, got, tt.want)
		}
	}
}
