package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseOpeningAcronyms(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want string // the first sentence after
	}{
		{"written in capitals later", []string{"Tbn said it would close the studio.", "A spokesman for TBN confirmed the plan."}, "TBN said it would close the studio."},
		{"quoted opening", []string{`"Tbn has no comment," a spokesman said.`, "The TBN studio closed."}, `"TBN has no comment," a spokesman said.`},
		{"no capitals elsewhere", []string{"Tbn said it would close the studio.", "The studio opened in 1990."}, "Tbn said it would close the studio."},
		{"a name's part", []string{"Wald said he would appeal.", "Lawyers for Peter WALD filed papers."}, "Wald said he would appeal."},
		{"before a name", []string{"Abby was found safe.", "Police said ABBY Orvale was found."}, "Abby was found safe."},
		{"a surname before a given name", []string{"Ri sol ju attended.", "The couple and RI arrived."}, "Ri sol ju attended."},
		{"a common word", []string{"Us officials said so.", "The US embassy closed."}, "Us officials said so."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := chorus.Summary{}
			for _, s := range tt.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			raiseOpeningAcronyms(&sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRaiseOpeningUS(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Us President Ada Orvale said so.", "US President Ada Orvale said so."},
		{"Us navy divers found the wreck.", "US navy divers found the wreck."},
		{"Us weekly reported the split.", "Us weekly reported the split."},
		{"Us and them, the mayor said.", "Us and them, the mayor said."},
	}
	for _, tt := range tests {
		sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
		raiseOpeningUS(&sum)
		if got := sum.Sentences[0].Text; got != tt.want {
			t.Errorf("raiseOpeningUS(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
