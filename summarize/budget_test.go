package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/input"
)

// TestShortBudgetKeepsFacts checks that a short --words summary is cut as
// an editor cuts (objective.reader): on the invented quake of examples/quake
// it keeps the toll, the injured and where and when, and leaves out the
// five-word filler that gain per word used to put in what was left of the
// budget ("Worldwide aid groups offered help."), also when that leaves
// words unspent.
func TestShortBudgetKeepsFacts(t *testing.T) {
	t.Parallel()
	arts, _, err := input.ReadPath("../examples/quake", input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const (
		toll     = "at least 23 people dead"
		injured  = "At least 140 people were injured"
		where    = "15 kilometers southwest of the town"
		filler   = "Worldwide aid groups offered help."
		hospital = "Hospitals in Velmora were overwhelmed"
	)
	tests := []struct {
		name      string
		words     int
		want, not []string
	}{
		{"50 words", 50, []string{toll, injured}, []string{filler}},
		{"75 words", 75, []string{toll, injured, where}, []string{filler}},
		{"80 words", 80, []string{toll, injured, where}, []string{filler}}, // the toll's bonus (tollGain) over the hospitals' 26 words
		{"90 words", 90, []string{toll, injured, where}, []string{filler}},
		{"100 words", 100, []string{toll, injured, where, hospital}, []string{filler}},
		{"150 words", 150, []string{toll, injured, where, hospital}, []string{filler}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Summarize(arts, chorus.Options{Words: tt.words})
			if err != nil {
				t.Fatal(err)
			}
			var text strings.Builder
			for _, x := range s.Sentences {
				text.WriteString(x.Text + "\n")
			}
			if s.Words > tt.words {
				t.Errorf("%d words, budget %d", s.Words, tt.words)
			}
			for _, w := range tt.want {
				if !strings.Contains(text.String(), w) {
					t.Errorf("summary lacks %q:\n%s", w, text.String())
				}
			}
			for _, w := range tt.not {
				if strings.Contains(text.String(), w) {
					t.Errorf("summary holds %q:\n%s", w, text.String())
				}
			}
		})
	}
}

func TestIsToll(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"At least 140 people were injured, most of them by falling masonry.", true},
		{"The blast left 23 dead and dozens more hurt.", true},
		{"Gunmen opened fire on a bus, killing 12 passengers.", true},
		{"The council opened 3 shelters for families.", false},
		{"Turnout rose to 64% of voters, 12 points up on 2019.", false},
		{"Police said 4 men were arrested at 10:40 p.m. near the harbour.", false},
	}
	for _, tt := range tests {
		if got := isToll(tt.s); got != tt.want {
			t.Errorf("isToll(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
