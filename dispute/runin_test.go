package dispute

import (
	"testing"

	"github.com/chorusnews/chorus/voices"
)

// TestRunInLede checks that a denial whose lede runs into a headline is
// read from its lede: the denier its title opens, the denial shown
// without the headline's words.
func TestRunInLede(t *testing.T) {
	accusation := "The harbour union today accused Sir Ian Marsh of staging a fake rescue at the quay to sell his new book."
	tests := []struct {
		name   string
		first  string
		who    string // "" for no dispute
		denial string
	}{
		{"lower-cased run-in with a title",
			"singer says he was only joking after clip shows him waving from a lifeboat at the quay sir ian marsh has denied staging a fake rescue at the quay and said the boat was real.",
			"Sir Ian Marsh", "Sir ian marsh has denied staging a fake rescue at the quay and said the boat was real."},
		{"cased run-in with a title",
			"Singer says he was only joking after clip shows him waving from a lifeboat at the quay Sir Ian Marsh has denied staging a fake rescue at the quay and said the boat was real.",
			"Sir Ian Marsh", "Sir Ian Marsh has denied staging a fake rescue at the quay and said the boat was real."},
		{"cased text with a lower-case title is no lede",
			"Singer says he was only joking after clip shows him waving from a lifeboat at the quay sir Ian Marsh has denied staging a fake rescue at the quay and said the boat was real.",
			"", ""},
		{"the title after a word of a clause",
			"singer says he was only joking after clip shows him waving from a lifeboat and that sir ian marsh has denied staging a fake rescue at the quay.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find([]voices.Doc{{Source: 1, Sentences: []string{tt.first, "The boat left the quay at noon."}},
				{Source: 2, Sentences: []string{accusation}}})
			if tt.who == "" {
				if len(got) != 0 {
					t.Fatalf("got %+v, want no dispute", got)
				}
				return
			}
			if len(got) != 1 || len(got[0].Claims) != 2 {
				t.Fatalf("got %+v, want one denial", got)
			}
			d := got[0]
			if d.Topic != deniedBy(tt.who) || d.Claims[0].Text != accusation || d.Claims[1].Text != tt.denial {
				t.Errorf("got %q: %q beside %q, want %q: %q", d.Topic, d.Claims[1].Text, d.Claims[0].Text, deniedBy(tt.who), tt.denial)
			}
			if len(d.Claims[1].Sources) != 1 || d.Claims[1].Sources[0] != 1 {
				t.Errorf("denial cites %v, want [1]", d.Claims[1].Sources)
			}
		})
	}
}
