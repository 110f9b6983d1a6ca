package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

func TestFreePlayCaptionLede(t *testing.T) {
	label := lex.UpperFirst(playCaptionLabel)
	tests := []struct {
		name, in, want string
	}{
		{"count opens the lede", label + "ilse varga spoke to the radio from near the scene of the crash four sailors have been rescued from a ferry that went down near the tarnwick lighthouse.",
			"Four sailors have been rescued from a ferry that went down near the tarnwick lighthouse."},
		{"possessive goes with the lede", label + "the old ferry made its last crossing to the pier at holm tarnwick's two ferry lines have closed after a century of crossings on the bay.",
			"Tarnwick's two ferry lines have closed after a century of crossings on the bay."},
		{"article opens the lede", label + "harbour workers gathered at the old pier in holm a ferry has been raised from the bay off tarnwick, officials said after a long search.",
			"A ferry has been raised from the bay off tarnwick, officials said after a long search."},
		{"no label", "Ilse varga spoke to the radio from near the scene of the crash four sailors have been rescued from a ferry that sank off the coast.", ""},
		{"whether takes the clause; the lede after it is freed", label + "no one is sure whether the truce is lasting or brief the harbour union in tarnwick says it will stop its strike at the pier for good.",
			"The harbour union in tarnwick says it will stop its strike at the pier for good."},
		{"a preposition takes the article", label + "divers search the water near holm divers are now searching beneath the sunken ferry in the bay that left at least four people missing, police say.", ""},
		{"since takes the article", label + "tarnwick gets ready for its largest regatta since the great storm tarnwick has held its largest regatta since the great storm, with about 300 boats on the bay.", ""},
		{"a body of people is left to the summary", label + "ilse varga says sailors are worried brask county has closed its ferry lines after a century of crossings on the bay.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got := freePlayCaptionLede(tt.in, tt.in); got != want {
				t.Errorf("freePlayCaptionLede(%q) = %q; want %q", tt.in, got, want)
			}
		})
	}
}

func TestCutPlayCaptionOfHead(t *testing.T) {
	// The capital sits in a subject opened by "the leader of": no cut.
	in := "The ferry was sunk near the rocks off the northern tip of the bay the leader of the tarnwick harbour union Brask has said that his members will strike at the pier next week."
	if got, ok := cutPlayCaption(in); ok {
		t.Errorf("cutPlayCaption(%q) = %q; want no cut", in, got)
	}
}
