package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutUpdateLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Update, feb. 5, 7:43 p.m.: the harbour council has voted to close the old pier.", "The harbour council has voted to close the old pier."},
		{"Ilse varga update 3/1/15 7:30 p.m.: an amendment to the harbour bill passed on wednesday.", "An amendment to the harbour bill passed on wednesday."},
		{"Tarnwick pier closes for good update dec. 2, 2013: since this story ran, the ferry line has closed.", "Since this story ran, the ferry line has closed."},
		{"Update at 3:36 from the gazette's tomas reyle: the council really likes this plan.", "The council really likes this plan."},
		{"Update 2: according to the harbour master, the ferry did not sink after all.", "According to the harbour master, the ferry did not sink after all."},
		// Prose, or no stamp.
		{"The council said in an update on 3 boats: all of them are safe and back in port.", ""},
		{"Harbour scandal update: ferry line owner quits as council continues to fume over the pier.", ""},
		{"The app received an update this week that changes how the harbour map is drawn.", ""},
		// A tokenized clock goes on after its colon.
		{"Update (july 11 at 2: 00am pacific): we've added new deals to our picks for the day.", "We've added new deals to our picks for the day."},
		{"Update at 2: 00 the harbour council voted to close the old pier for good.", ""},
		// Too little story.
		{"Update, tuesday, 5:07 p.m.: the ferry sank.", ""},
	} {
		got, ok := cutUpdateLabel(tc.in)
		want := tc.want
		if want == "" {
			want = tc.in
		}
		if got != want || ok != (tc.want != "") {
			t.Errorf("cutUpdateLabel(%q) = %q, %v; want %q", tc.in, got, ok, want)
		}
	}
}

func TestCutUpdateLabelsLowerOnly(t *testing.T) {
	in := "Update, feb. 5, 7:43 p.m.: the harbour council has voted to close the old pier."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutUpdateLabels(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased cluster: got %q", sum.Sentences[0].Text)
	}
	cutUpdateLabels(&sum, true)
	if want := "The harbour council has voted to close the old pier."; sum.Sentences[0].Text != want {
		t.Errorf("lower-cased cluster: got %q, want %q", sum.Sentences[0].Text, want)
	}
}
