package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseInitialisms(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		in      string
		want    string
	}{
		{"spelled out, function word left out", []string{"the tarnwick marine heritage authority bought the pier."}, "The pier went to the tmha in May.", "The pier went to the TMHA in May."},
		{"spelled out with its function word", []string{"the department of brine harvests fined anna varga."}, "Anna Varga was fined by the dobh on Monday.", "Anna Varga was fined by the DOBH on Monday."},
		{"dotted word", []string{"the u.s. kelp board met."}, "Anna Varga sat on the uskb last year.", "Anna Varga sat on the USKB last year."},
		{"three letters in parentheses", []string{"the tarnwick harbour trust ( tht ) met."}, "Anna Varga chairs the tht now.", "Anna Varga chairs the THT now."},
		{"three letters without parentheses", []string{"the tarnwick harbour trust met."}, "Anna Varga chairs the tht now.", "Anna Varga chairs the tht now."},
		{"run crossing punctuation", []string{"they came from tarnwick, marine heritage and harbours."}, "The tmha said nothing.", "The tmha said nothing."},
		{"run with a stopword", []string{"they took many more hours then."}, "They said tmh and went.", "They said tmh and went."},
		{"plural written too", []string{"the sea tube ash kiln burned.", "she sold staks."}, "She used a stak there.", "She used a stak there."},
		{"plural not written", []string{"the sea tube ash kiln burned."}, "She used a stak there.", "She used a STAK there."},
		{"common word", []string{"the city airport road closed."}, "He parked the car there.", "He parked the car there."},
		{"opening", []string{"the tarnwick marine heritage authority met."}, "Tmha met.", "Tmha met."},
		{"given name", []string{"the city academy team entered."}, "Anna Varga and cate Marsh swam.", "Anna Varga and cate Marsh swam."},
		{"contraction", []string{"a wide alder stood near tarnwick."}, "There wasn't a boat.", "There wasn't a boat."},
		{"no run", []string{"the ferry left tarnwick."}, "The tmha said nothing.", "The tmha said nothing."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{}
			for _, s := range tt.sources {
				c.cands = append(c.cands, candidate{text: s})
			}
			sum := &chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
			c.raiseInitialisms(sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("raiseInitialisms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
