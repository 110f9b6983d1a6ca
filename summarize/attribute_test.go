package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestCiteLeads checks the lead rule of citation on invented opening
// sentences of two articles: both pairs are one fact for selection
// (paraRule: the lead rule), but only leads that share a word naming the
// event cite each other (citeRule).
func TestCiteLeads(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		cite bool
	}{
		{
			name: "Northport: opening and first test of one barrier",
			a:    "Northport opened its new tidal barrier on Tuesday after six years of construction.",
			b:    "The twelve gates of Northport's tidal barrier were closed for the first time in a test on Tuesday afternoon.",
			cite: false,
		},
		{
			name: "one mayor, two announcements",
			a:    "Mayor Ilse Varga of Northport said on Friday that the harbour ferry would run again from May.",
			b:    "Mayor Ilse Varga of Northport told reporters on Friday she would stand down at the end of her term.",
			cite: false,
		},
		{
			name: "a rescue told in other words",
			a:    "Firefighters rescued two hikers from a ledge on Mount Corran on Sunday.",
			b:    "Two climbers stuck overnight on Mount Corran were rescued by a fire crew on Sunday, police said.",
			cite: true,
		},
		{
			name: "an evacuation, verb and noun",
			a:    "Police evacuated the Harlan Street market in Ostby on Saturday after a gas leak.",
			b:    "The evacuation of the Harlan Street market in Ostby lasted three hours on Saturday.",
			cite: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			if !c.prepare([]chorus.Article{{ID: "a", Text: tt.a}, {ID: "b", Text: tt.b}}) {
				t.Fatal("no sentences read")
			}
			if len(c.facts) != 2 {
				t.Fatalf("%d facts, want the two leads apart (near-duplicates would be cited by grouping)", len(c.facts))
			}
			c.figs = c.figures()
			if r := c.paraRule(1, 0, c.figs); r != routeLead {
				t.Fatalf("paraRule = %d, want the lead rule (%d): the pair does not test it", r, routeLead)
			}
			got := c.citeRule(1, 0) != routeNone
			if got != tt.cite || (c.citeRule(0, 1) != routeNone) != tt.cite {
				t.Errorf("cite = %v, want %v", got, tt.cite)
			}
			sum := c.attribute([]int{0})
			if n := len(sum.Sentences[0].Sources); n != map[bool]int{false: 1, true: 2}[tt.cite] {
				t.Errorf("the summary sentence cites %d sources", n)
			}
		})
	}
}
