package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutOpeningByline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Bylines run into the story.
		{"By ilse varga the harbour council voted on monday to close the old pier.", "The harbour council voted on monday to close the old pier."},
		{"By ilse varga and tomas reyle tarnwick — the harbour council voted on monday to close the pier.", "The harbour council voted on monday to close the pier."},
		{"By ilse varga tarnwick may 28 - at least nine boats sank in the storm, the coast guard said.", "At least nine boats sank in the storm, the coast guard said."},
		{"By ilse k. varga term limits are rare among the harbour towns of the coast.", "Term limits are rare among the harbour towns of the coast."},
		{"By orla fenwick westvale university said it will waive fees for all its students.", "Westvale university said it will waive fees for all its students."},
		{"By orla fenwick with thousands of visitors arriving, the town faces a shortage of rooms.", "With thousands of visitors arriving, the town faces a shortage of rooms."},
		{"By orla fenwick westvale (wxyz) — in one year, the family threw out one bag of trash.", "In one year, the family threw out one bag of trash."},
		// Prose opening on "By".
		{"By the end of the year, the ferry line expects to run ten boats.", ""},
		{"By morning, several boats had been pulled ashore by the crews.", ""},
		{"By turning to the old records, the council has made its case again.", ""},
		{"By late saturday the number of homes without power had fallen sharply.", ""},
		{"By may the ferry line expects to run ten boats on the route.", ""},
		{"By choice and habit, the mayor does not trade votes with the council.", ""},
		{"By 9:30 the statue was down and the crowd had gone home.", ""},
		{"By harbour board standards, the pier is far too old to repair.", ""},
		{"By federal law, every boat must carry a radio and flares on board.", ""},
		{"By ilse varga and updated with notes at noon the council voted to close the pier.", ""},
		// Page text either way.
		{"By ilse varga photo: harbour press the pier at dawn related: more.", ""},
		{"By ilse varga **** update, 01/02/03: the harbour council voted again.", ""},
		{"By ilse varga – harbour reporter the council voted to close the pier.", ""},
		{"By ilse varga news@tarnwick.example harbour it was billed as a day of peace for the town.", ""},
		// An outlet, a middle name: where the name ends is unsure.
		{"By cbs tarnwick a small earthquake shook the harbour town late on monday.", ""},
		{"By ilse kate varga police are looking into a break-in at the harbour office.", ""},
		// Too little story.
		{"By ilse varga the pier closed.", ""},
	} {
		got, ok := cutOpeningByline(tc.in)
		want := tc.want
		if want == "" {
			want = tc.in
		}
		if got != want || ok != (tc.want != "") {
			t.Errorf("cutOpeningByline(%q) = %q, %v; want %q", tc.in, got, ok, want)
		}
	}
}

func TestCutOpeningBylinesLowerOnly(t *testing.T) {
	in := "By ilse varga the harbour council voted on monday to close the old pier."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutOpeningBylines(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased cluster: got %q", sum.Sentences[0].Text)
	}
	cutOpeningBylines(&sum, true)
	if want := "The harbour council voted on monday to close the old pier."; sum.Sentences[0].Text != want {
		t.Errorf("lower-cased cluster: got %q, want %q", sum.Sentences[0].Text, want)
	}
}
