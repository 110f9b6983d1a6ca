package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestLastWordHeading(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"pun heading",
			"Bridge of sighs sighs were heard on the tarnwick bridge on monday as the ferry crews walked out.",
			"Sighs were heard on the tarnwick bridge on monday as the ferry crews walked out.", true},
		{"topic heading, noun after",
			"Cost of ferry fuel fuel prices have risen by a third at tarnwick since the spring.",
			"Fuel prices have risen by a third at tarnwick since the spring.", true},
		{"appositive",
			"Council turns on harbour chief varga varga, the harbour board's chair for ten years, said on monday she would stay.",
			"Varga, the harbour board's chair for ten years, said on monday she would stay.", true},
		{"picture label",
			"Ada brenn / harbourline harbourline is closing its ferry office in tarnwick next spring.",
			"Harbourline is closing its ferry office in tarnwick next spring.", true},
		{"name and verb in -s",
			"Eye of the storm ilse ilse varga wants the ferry crews back at work by friday.",
			"Ilse varga wants the ferry crews back at work by friday.", true},
		// A plural noun, no verb, after the doubled word.
		{"plural noun",
			"Hundreds of velella velella sea jellies are drifting onto the tarnwick sands.", "", false},
		// A doubled name, no heading: no stopword before it.
		{"doubled name",
			"Ferry captain mohamed mohamed varga was cleared on monday of any blame for the crash.", "", false},
		// A clause, not a heading.
		{"clause",
			"Officials say the pilot is sirhan sirhan was not aboard the ferry on monday at all.", "", false},
		// A relative after the comma: no appositive.
		{"relative",
			"The death of jia jia, whose age was more than thirty, was announced by the zoo on monday.", "", false},
		// Three in a row.
		{"three",
			"Bridge of sighs sighs sighs were heard on the tarnwick bridge on monday as the ferry crews walked out.", "", false},
		// Too short a heading.
		{"short heading",
			"The late late show host talked about the ferry strike on monday night.", "", false},
	} {
		got, ok := lastWordHeading(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: lastWordHeading(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutLastWordHeadingsLowerOnly(t *testing.T) {
	in := "Cost of ferry fuel fuel prices have risen by a third at tarnwick since the spring."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutLastWordHeadings(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutLastWordHeadings(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
