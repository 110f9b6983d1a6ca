package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestSplitFusedStops(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"year", "The mill closed in 2011.the town lost its bakery too.", "The mill closed in 2011. The town lost its bakery too."},
		{"word", "Nobody was hurt, the warden said.a second ferry left at noon.", "Nobody was hurt, the warden said. A second ferry left at noon."},
		{"meridiem", "The gates shut at 9 p.m.guards then left the yard.", "The gates shut at 9 p.m. Guards then left the yard."},
		{"abbreviation after", "The count takes a week.rep. Ida Voss said so.", "The count takes a week. Rep. Ida Voss said so."},
		{"title ends", "The count will take a week.rep.", "The count will take a week."},
		{"list number", "2.tarnwick ferries run at dawn.", "Tarnwick ferries run at dawn."},
		{"initialism", "The poll by firm abq.vale showed it.", "The poll by firm abq.vale showed it."},
		{"short word stopword after", "The stock trades as qv.the firm hopes.", "The stock trades as qv. The firm hopes."},
		{"word left out", "Court papers obtained by.the paper show it.", "Court papers obtained by.the paper show it."},
		{"two", "It rained.the river rose.they fled the mill.", "It rained. The river rose. They fled the mill."},
		{"domain", "Read it on harbourpost.com or quayside.it today.", "Read it on harbourpost.com or quayside.it today."},
		{"address", "See www.tarnwick.gov/plan.pdf and mail jo.roe@quay.org now.", "See www.tarnwick.gov/plan.pdf and mail jo.roe@quay.org now."},
		{"link after", "She said so later.https://quay.example/p/1 was shared.", "She said so later.https://quay.example/p/1 was shared."},
		{"decimal", "Shares rose 3.5 percent to 16,141.74.the index fell.", "Shares rose 3.5 percent to 16,141.74.the index fell."},
		{"initials", "She wore j.crew and caught e.coli at will.i.am's show.", "She wore j.crew and caught e.coli at will.i.am's show."},
		{"title", "Later mrs.vane and dr.holt spoke.", "Later mrs.vane and dr.holt spoke."},
		{"mixed", "The k9.unit and the u.s.army came.", "The k9.unit and the u.s.army came."},
		{"deep domain", "It ran on tarnwick.co.uk first.", "It ran on tarnwick.co.uk first."},
		{"lone a", "Seats are numbered 4.a and 4.b in row two.", "Seats are numbered 4.a and 4.b in row two."},
		{"long number", "Call 55512.the line is open.", "Call 55512.the line is open."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fusedSplitter{c: &cluster{docs: []document{{paras: []string{tt.in}}}}}
			if got := f.split(tt.in); got != tt.want {
				t.Errorf("split(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitFusedStopsKeepsRepeatedName(t *testing.T) {
	f := fusedSplitter{c: &cluster{docs: []document{{paras: []string{"The pollster vale.bern asked 900 people."}}, {paras: []string{"Its rival disputes vale.bern on turnout."}}}}}
	p := "The pollster vale.bern asked 900 people."
	if got := f.split(p); got != p {
		t.Errorf("split(%q) = %q, want it unchanged", p, got)
	}
}

func TestSplitFusedStopsKeepsArchiveNotice(t *testing.T) {
	p := "The archive kept a copy of the page.then its crawler moved on."
	f := fusedSplitter{c: &cluster{docs: []document{{paras: []string{p}}}}}
	if got := f.split(p); got != p {
		t.Errorf("split(%q) = %q, want it unchanged", p, got)
	}
}

func TestSplitFusedStopsSummary(t *testing.T) {
	c := &cluster{docs: []document{{paras: []string{"The mill closed in 2011.the town lost its bakery."}}}}
	sum := chorus.Summary{
		Sentences: []chorus.Sentence{{Text: "The mill closed in 2011.the town lost its bakery."}},
		Voices:    []chorus.Voice{{Name: "Ida Roe", Statements: []chorus.Statement{{Text: "We waited a week.we got no answer."}}}},
	}
	c.splitFusedStops(&sum)
	if got, want := sum.Sentences[0].Text, "The mill closed in 2011. The town lost its bakery."; got != want {
		t.Errorf("sentence = %q, want %q", got, want)
	}
	if got, want := sum.Voices[0].Statements[0].Text, "We waited a week. We got no answer."; got != want {
		t.Errorf("statement = %q, want %q", got, want)
	}
}
