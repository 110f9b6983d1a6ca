package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseTwoLetterNames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the veterans affairs office in brandle opened late.",
		"a plane of british airways landed.",
		"he moved to los angeles last year.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	for _, tt := range []struct{ name, in, want string }{
		{"spelled out", "The Va hospital in Brandle opened.", "The VA hospital in Brandle opened."},
		{"opening", "Ba chief executive Orla Penn said so.", "BA chief executive Orla Penn said so."},
		{"not spelled out", "Gm said sales fell.", "Gm said sales fell."},
		{"state abbreviation", "She lives in Brandle, Va. now.", "She lives in Brandle, Va. now."},
		{"after a number", "It ends at 5 pm and the va opens.", "It ends at 5 pm and the VA opens."},
		{"particle before a name", "a home in La Vessa, near la police lines", "a home in La Vessa, near LA police lines"},
		{"particle before an unseen word", "a home in la morvida", "a home in la morvida"},
		{"hyphened", "the va-run clinic", "the va-run clinic"},
		{"doubled particle", "the film \"la la land\" won", "the film \"la la land\" won"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sum := &chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
			c.raiseTwoLetterNames(sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("raiseTwoLetterNames(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
