package dispute

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestLeadToll(t *testing.T) {
	const topic = "Number of dead" + undatedDiffer
	a := "Three hikers died when a rockslide buried the trail above Varnholm on Sunday."
	b := "A rockslide above Varnholm on Sunday left at least seven people dead, rescuers said."
	lead := map[string]string{leadKey + a: "", leadKey + b: ""}
	pair := func(x, y string) chorus.Dispute {
		return chorus.Dispute{Topic: topic, Claims: []chorus.Claim{{Text: x, Sources: []int{1}}, {Text: y, Sources: []int{2}}}}
	}
	if !leadToll(pair(a, b), lead) {
		t.Errorf("two lead tolls of one rockslide: want shown")
	}
	if leadToll(pair(a, b), map[string]string{leadKey + a: ""}) {
		t.Errorf("a toll told past the opening sentences: want not")
	}
	inj := chorus.Dispute{Topic: "Number injured" + undatedDiffer, Claims: pair(a, b).Claims}
	if leadToll(inj, lead) {
		t.Errorf("a count of the injured: want not")
	}
	for _, c := range []struct{ name, text string }{
		{"sub-count", "The rockslide above Varnholm on Sunday killed nine people, including two guides."},
		{"hedged", "The rockslide above Varnholm on Sunday killed nine people, and the toll could rise."},
		{"another time", "A rockslide above Varnholm killed nine people last year."},
		{"a month", "A rockslide above Varnholm killed nine people in March."},
		{"no toll word", "Rescuers found nine bodies after a rockslide above Varnholm on Sunday."},
	} {
		m := map[string]string{leadKey + a: "", leadKey + c.text: ""}
		if leadToll(pair(a, c.text), m) {
			t.Errorf("%s: want not shown", c.name)
		}
	}
}

func TestPartOfToll(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The blast killed 12 people, including three children.", true},
		{"Fourteen people died in the unrest, of whom four were police officers.", true},
		{"Four people died in a storm that stranded drivers in 150 cars, including a school choir.", false},
		{"Six people died in the fire.", false},
	} {
		if got := partOfToll(words(c.text)); got != c.want {
			t.Errorf("partOfToll(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
