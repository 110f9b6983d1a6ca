package summarize

import "testing"

func TestProvenanceNote(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"collaboration", "This story was produced in collaboration with the Tarnwick Review.", true},
		{"after headline", "Harbour town plots its own ferry this article originally appeared on tarnwick.org.", true},
		{"programme named", `Tide deaths in Tarnwick this story was produced in collaboration with "Harbour Watch" and the Review.`, true},
		{"version", "A version of this story first appeared in the May issue of Harbour Life.", true},
		{"editor's note", "Pies for the fair editor's note: a version of this story was published in March 2011.", true},
		{"since", "Since this story was published, the Tarnwick ferry firm has closed most of its routes.", false},
		{"after", "After this story was first posted on Monday, the mayor resigned.", false},
		{"recycled", "Editors' note: parts of this post appeared in similar form in a column by Anna Varga.", false},
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
