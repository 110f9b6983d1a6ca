package summarize

import "testing"

func TestProvenanceNote(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"collaboration", "This piece was written in partnership with Tarnwick Review staff.", true},
		{"after headline", "Harbour town plots its own ferry this article originally appeared on tarnwick.org.", true},
		{"programme named", `Tide deaths in Tarnwick this story was produced in collaboration with "Harbour Watch" and the Review.`, true},
		{"version", "A version of this story ran in Harbour Life's spring issue.", true},
		{"editor's note", "Pies for the fair editor's comment: a version of this piece has been published in Tarnwick Eats.", true},
		{"since", "Since this story was published, the Tarnwick ferry firm has closed most of its routes.", false},
		{"after", "After this story was first posted on Monday, the mayor resigned.", false},
		{"recycled", "Editors' note: bits of this post appeared in Anna Varga's harbour column last spring.", false},
		{"quoted", `"This story was produced in collaboration with our readers," the editor said.`, false},
		{"news", "The Tarnwick Review first published the story of the ferry in May.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := provenanceNote(tt.s); got != tt.want {
				t.Errorf("provenanceNote(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
