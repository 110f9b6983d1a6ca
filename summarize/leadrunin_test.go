package summarize

import (
	"fmt"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestCleanOpeningFor checks which source's opening leads instead of a
// lead with a headline run into it (invented sentences): a shorter clean
// opening telling the same event does; a longer one, one with a run-in
// of its own, and one telling another event do not.
func TestCleanOpeningFor(t *testing.T) {
	runIn := "Ferry strike halts crossings to holm island ilse varga, who leads the tarnwick ferry crews union, said on monday that the strike halting all crossings to holm island would go on until pay talks resume in the spring."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"clean and shorter", "Crews walked off the Tarnwick ferries on Monday in a strike over pay, union leaders said.", true},
		{"run-in of its own", "Holm island cut off as ferry crews strike tarnwick ferry crews went on strike on monday, halting all crossings to holm island for the winter.", false},
		{"another event", "Petra Holm opened a new school library on Holm Island on Monday with books given by readers.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultTuning()
			c := cluster{p: &p, lead: -1, reader: true}
			var arts []chorus.Article
			for i, x := range []string{runIn + " Varga said the crews had not had a pay rise in six years.", tt.other + " The company said it was ready to talk."} {
				arts = append(arts, chorus.Article{ID: fmt.Sprint(i), Text: x})
			}
			if !c.prepare(arts) {
				t.Fatal("no text")
			}
			c.st = c.collectStats()
			f, g := factHolding(t, &c, "Ferry strike halts"), factHolding(t, &c, tt.other[:20])
			if f == g {
				t.Fatal("the two openings are one fact")
			}
			out := leadChoice{score: map[int]float64{f: 1, g: 0.9}, opening: map[int]bool{f: true, g: true},
				member: map[int]int{}, verified: map[int]bool{}, c: &c}
			got := c.cleanOpeningFor(f, &c.cands[c.facts[f].rep], []int{f, g}, &out)
			if (got == g) != tt.want {
				t.Errorf("cleanOpeningFor = %d (clean opening %d), want it chosen: %v", got, g, tt.want)
			}
			// An opening longer than the run-in lead does not lead instead.
			short := c.cands[c.facts[f].rep]
			short.words = c.cands[c.facts[g].rep].words - 1
			if got := c.cleanOpeningFor(f, &short, []int{f, g}, &out); got >= 0 {
				t.Errorf("cleanOpeningFor = %d for a lead shorter than the opening, want -1", got)
			}
		})
	}
}
