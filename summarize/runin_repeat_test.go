package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutRepeatedSubject(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		// A headline opening on a name, the story on the name again.
		{"Ilse varga quits tarnwick council over ferry audit ilse varga said on monday she would leave the tarnwick council after an audit of the ferry accounts.",
			"Ilse varga said on monday she would leave the tarnwick council after an audit of the ferry accounts.", true},
		// The story's "the" before the headline's subject.
		{"Tarnwick ferry line to close pier after storm the tarnwick ferry line will close its pier on friday after storm damage, the council said.",
			"The tarnwick ferry line will close its pier on friday after storm damage, the council said.", true},
		// A credit or a dateline's dash between headline and story.
		{"Westvale council backs new ferry pier by anna roe - westvale council voted on tuesday to build a new ferry pier at the harbour.",
			"Westvale council voted on tuesday to build a new ferry pier at the harbour.", true},
		// The subject stands late in the headline; "of <place>" before the verb.
		{"Pier fees 'too high', says ilse varga as she quits ilse varga of tarnwick has quit the ferry board over the pier fees she called too high.",
			"Ilse varga of tarnwick has quit the ferry board over the pier fees she called too high.", true},
		// An irregular past; an appositive before the verb; a three-word
		// headline the story's "the" repeats whole.
		{"Westvale council backs ferry pier plan westvale council took the vote on the ferry pier plan on tuesday after a long debate.",
			"Westvale council took the vote on the ferry pier plan on tuesday after a long debate.", true},
		{"Tarnwick reels as ilse varga quits over ferry audit ilse varga, the mayor of tarnwick, has resigned after an audit of the ferry accounts.",
			"Ilse varga, the mayor of tarnwick, has resigned after an audit of the ferry accounts.", true},
		{"Tarnwick ferry strike the tarnwick ferry strike ended on monday after the crews accepted a new pay offer from the board.",
			"The tarnwick ferry strike ended on monday after the crews accepted a new pay offer from the board.", true},
		// Left alone: a present "-s" verb (maybe a plural noun); a
		// three-word headline the story does not repeat whole.
		{"Harbour rankings list tarnwick first for highest quality of living tarnwick takes the top spot in the harbour rankings this year.", "", false},
		{"Tarnwick ferry strike ferry strike crews walked out on monday after the board refused a new pay offer at tarnwick.", "", false},
		// The headline's one-word subject opens the story again, after
		// a dateline or with a role after it.
		{"Tarnwick orders ferry inquiry after pier collapse westvale — tarnwick ordered an inquiry on monday into the ferry pier collapse.",
			"Tarnwick ordered an inquiry on monday into the ferry pier collapse.", true},
		{"Tarnwick council seeks ferry pier inquiry after collapse westvale — the council on monday asked for an inquiry into the ferry pier collapse.",
			"", false},
		{"Harbourco shuts ferry line after pier collapse staff reporters harbourco chief ilse varga said the ferry line would shut after the pier collapse.",
			"Harbourco chief ilse varga said the ferry line would shut after the pier collapse.", true},
		// Left alone: a given name or a title with it before the cut (the
		// name goes on across it), a tie before the verb, a gossip site's
		// "exclusive".
		{"Varga quits ferry board after pier collapse board member anna varga said she would quit the ferry board after the pier collapse.", "", false},
		{"Varga quits ferry board after pier collapse sen. tomas varga said he would quit the ferry board after the pier collapse.", "", false},
		{"Tarnwick ferry fares rise after pier collapse, say riders tarnwick of the north said ferry fares would rise after the pier collapse.", "", false},
		{"Varga ferry pier plan collapses varga's ferry pier plan collapses exclusive the plan was dropped on monday by the ferry board.", "", false},
		// Left alone: the story as the clause of a verb of saying or the
		// object of an irregular verb (the cut comes later).
		{"Ferry pier plan dropped by tarnwick westvale - a harbour spokesman said the ferry pier plan was dropped by tarnwick on monday after a vote.", "", false},
		{"Tarnwick reminds ferry costs critic that westvale put ferry costs on harbour agenda tarnwick has rejected claims that ferry costs were kept off the harbour agenda.",
			"Tarnwick has rejected claims that ferry costs were kept off the harbour agenda.", true},
		// Left alone: a noun phrase split (a determiner, a number, a
		// possessive or "and" just before the repeat).
		{"Tarnwick mayor opens ferry pier after the tarnwick mayor opened the new ferry pier on monday with a speech about the harbour.", "", false},
		{"Harbour crew hurt in pier fall two harbour crew were hurt on monday when a pier at tarnwick gave way under them.", "", false},
		{"Ilse varga guards accused of assault ilse varga's guards accused of assault were questioned by police in tarnwick on monday.", "", false},
		{"Westvale pier delayed again say the council and ferry board westvale pier was delayed again on monday after the board said costs had risen.", "", false},
		// Left alone: a story opening on a stopword, a gossip site's
		// "<name> -- <headline>", a headline given twice.
		{"Ferry fares rise in tarnwick as the cost of ferry fares rose in tarnwick on monday by ten percent across the line.", "", false},
		{"Ilse varga ferry pier plan collapses ilse varga -- ferry pier plan collapses exclusive the plan was dropped on monday by the board.", "", false},
		// Left alone: a clean sentence that names its subject twice,
		// too short a story, no verb after the repeat.
		{"Ilse varga, who ran the tarnwick ferry line for a decade, said ilse varga would stay on as an adviser to the board.", "", false},
		{"Ilse varga quits tarnwick ferry board ilse varga quit.", "", false},
		{"Ilse varga quits tarnwick council over audit ilse varga tarnwick council audit ferry accounts pier harbour board member.", "", false},
	} {
		got, ok := cutRepeatedSubject(c.in)
		want := c.want
		if !c.ok {
			want = c.in
		}
		if ok != c.ok || got != want {
			t.Errorf("cutRepeatedSubject(%q) = %q, %v; want %q, %v", c.in, got, ok, want, c.ok)
		}
	}
}

func TestCutRepeatedSubjectsCased(t *testing.T) {
	in := "Ilse varga quits tarnwick council over ferry audit ilse varga said on monday she would leave the tarnwick council after an audit."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutRepeatedSubjects(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased cluster: got %q, want it left", sum.Sentences[0].Text)
	}
	cutRepeatedSubjects(&sum, true)
	if want := "Ilse varga said on monday she would leave the tarnwick council after an audit."; sum.Sentences[0].Text != want {
		t.Errorf("lower-cased cluster: got %q, want %q", sum.Sentences[0].Text, want)
	}
}
