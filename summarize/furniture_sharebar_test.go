package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutChosenShareBar(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"headline and bar", "Tarnwick ferry sinks off the cape share tweet a ferry carrying forty people sank off the cape on monday.",
			"A ferry carrying forty people sank off the cape on monday."},
		{"counts and networks", "2.1k shares facebook twitter pinterest email the harbour board fined the ferry line for its late crossings.",
			"The harbour board fined the ferry line for its late crossings."},
		{"opening bar", "Share share tweet link a ferry carrying forty people sank off the cape on monday.",
			"A ferry carrying forty people sank off the cape on monday."},
		{"three networks", "Linkedin reddit gmail most of the ferry pilots in tarnwick sleep less than six hours a night.",
			"Most of the ferry pilots in tarnwick sleep less than six hours a night."},
		// Left as they are.
		{"networks in prose", "The board posted on facebook twitter and its own site that the ferry would not sail again this year.", ""},
		{"two networks", "The harbour board facebook twitter the ferry line said on monday it would sail again in the spring.", ""},
		{"counts", "During 2 417 306 person years of follow-up the harbour board counted eleven ferry accidents.", ""},
		{"networks' accounts", "Tarnwick's ferry line share tweet accounts were closed by the harbour board on monday night.", ""},
		{"short story", "Tarnwick ferry sinks share tweet a ferry sank at dawn.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutChosenShareBar(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("cutChosenShareBar(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}

func TestCutChosenShareBarsCased(t *testing.T) {
	in := "Ferry sinks share tweet a ferry carrying forty people sank off the cape on Monday."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutChosenShareBars(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text cut: %q", sum.Sentences[0].Text)
	}
}
