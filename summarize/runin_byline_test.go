package summarize

import "testing"

func TestCutHeadlineByline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{ // a headline, its reporter and a dash before the story
			"Tarnwick council votes to close the ferry pier by ilse varga - tarnwick's ferry board said on monday that the council voted to close the pier after storm damage.",
			"Tarnwick's ferry board said on monday that the council voted to close the pier after storm damage.",
		},
		{ // a share button's word between the credit and the story
			"Tarnwick council votes to close the ferry pier by ilse varga - tweet tarnwick's ferry board said on monday that the council voted to close the pier.",
			"Tarnwick's ferry board said on monday that the council voted to close the pier.",
		},
		{ // an initial in the name
			"Velmora mayor says budget will pass by ana m. reyes - velmora's mayor said tuesday that the city budget would pass before the summer recess.",
			"Velmora's mayor said tuesday that the city budget would pass before the summer recess.",
		},
		{ // "by" completes a participle: a story's own clause
			"The old mill, long owned by the varga family - a fixture of tarnwick life for decades - was sold on friday to a developer from velmora.",
			"",
		},
		{ // an aside between dashes
			"Tarnwick council faces criticism over pier plan by jane roe - which the council denies - as residents of the harbour gather for a vote on the pier.",
			"",
		},
		{ // a dated line follows the credit
			"Tarnwick council votes to close the ferry pier by ilse varga - march 3, 2014 tarnwick council closed the ferry pier after storm damage on monday.",
			"",
		},
		{ // the story does not restate the headline
			"Tarnwick council votes to close the ferry pier by ilse varga - residents of the harbour gathered in the rain on monday evening to sing songs together.",
			"",
		},
		{ // a story's sentence that ends at a dash aside
			"Ilse varga was honoured at the gala by mayor ana reyes - a friend of many years - for her work on the tarnwick ferry board.",
			"",
		},
	} {
		want := tc.want
		if want == "" {
			want = tc.in
		}
		if got := cutHeadlineByline(tc.in, false); got != want {
			t.Errorf("cutHeadlineByline(%q)\n got %q\nwant %q", tc.in, got, want)
		}
		if got := cutHeadlineByline(tc.in, true); got != tc.in {
			t.Errorf("cased: cutHeadlineByline(%q) = %q, want it unchanged", tc.in, got)
		}
	}
}
