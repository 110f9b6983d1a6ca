package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestBioShape checks that a writer's bio line has the shape, and a
// sentence telling of a person's role in the news has not.
func TestBioShape(t *testing.T) {
	for _, tc := range []struct {
		name, s, surname string
		want             bool
	}{
		{"reporter", "Ilse Varga is a health and science reporter.", "Varga", true},
		{"columnist", "Oren Tal is a Harbour Weekly opinion columnist.", "Tal", true},
		{"covers", "Tom Hale covers courts and crime for the Tarnwick Courier.", "Hale", true},
		{"since", "Dana Roe has been the Gazette's TV critic since 2009.", "Roe", true},
		{"lower-cased", "Anna varga is a food columnist in Tarnwick.", "varga", true},
		{"critic of", "Dana Roe has been a vocal critic of the harbour board for years.", "", false},
		{"editor of", "Tom Hale is the founder and editor of the Tarnwick Gazette.", "", false},
		{"bare surname", "Varga is a reporter for the Courier, which said the talk was cancelled.", "", false},
		{"quoted", "\"Ilse Varga is a reporter,\" he said.", "", false},
		{"not a job", "Ilse Varga is a nurse at the harbour clinic.", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			surname, got := bioShape(tc.s)
			if got != tc.want || got && surname != tc.surname {
				t.Errorf("bioShape(%q) = %q, %v, want %q, %v", tc.s, surname, got, tc.surname, tc.want)
			}
		})
	}
}

// TestBioLine checks that a bio line is left out of a reader's
// candidates only when its surname stands nowhere else in the cluster.
func TestBioLine(t *testing.T) {
	story := "The harbour board voted on Monday to close the old pier for the winter. " +
		"Repairs will start in March and cost about $2 million, the board said. " +
		"Ilse Varga is a health and science reporter."
	arrest := "Ilse Varga, a reporter, was held by port police on Monday while filming the pier. " +
		"Varga was freed after two hours, her editor said. " +
		"Ilse Varga is a health and science reporter."
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"author", story, true},
		{"in the news", arrest, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1, reader: true}
			if !c.prepare([]chorus.Article{{ID: "1", Text: tc.text}}) {
				t.Fatal("prepare read nothing")
			}
			found := false
			for i, cd := range c.cands {
				if cd.text == "Ilse Varga is a health and science reporter." {
					found = true
					if got := c.bioLine(i); got != tc.want {
						t.Errorf("bioLine = %v, want %v", got, tc.want)
					}
				}
			}
			if !found {
				t.Fatal("the bio line is no candidate")
			}
		})
	}
}
