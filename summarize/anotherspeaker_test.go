package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestIntroduceAnotherSpeakers: a credit to "another <person>" nothing
// above tells of reads as a first mention; a counted "another", a
// reported clause, a person told before and a quotation stay.
func TestIntroduceAnotherSpeakers(t *testing.T) {
	for _, tt := range []struct {
		name     string
		in, want []string
	}{
		{"credit after a quote",
			[]string{"Two ferries collided off Tarnwick on Sunday.", `"We heard two bangs," another neighbour said.`},
			[]string{"Two ferries collided off Tarnwick on Sunday.", `"We heard two bangs," a neighbour said.`}},
		{"inverted credit",
			[]string{`"What is it?" asks another diver.`},
			[]string{`"What is it?" asks a diver.`}},
		{"adds reads says",
			[]string{`"The deal is off for now," another source adds.`},
			[]string{`"The deal is off for now," a source says.`}},
		{"opening adds",
			[]string{`Adds another friend, "they never argued in public."`},
			[]string{`Says a friend, "they never argued in public."`}},
		{"modifier before the noun",
			[]string{"But another marine expert warns the reef may not recover."},
			[]string{"But a marine expert warns the reef may not recover."}},
		{"according to",
			[]string{"According to another insider, the Velmora band will tour again."},
			[]string{"According to an insider, the Velmora band will tour again."}},
		{"person told before",
			[]string{"A neighbour called the police.", `"It was loud," another neighbour said.`},
			[]string{"A neighbour called the police.", `"It was loud," another neighbour said.`}},
		{"plural told before",
			[]string{"Divers found a purple sponge off Velmora.", `"What is it?" asks another diver.`},
			[]string{"Divers found a purple sponge off Velmora.", `"What is it?" asks another diver.`}},
		{"same sentence names one",
			[]string{"One source said the split was calm, but another source says it was bitter."},
			[]string{"One source said the split was calm, but another source says it was bitter."}},
		{"reported clause counts",
			[]string{"A charity says another Tarnwick doctor has caught the fever."},
			[]string{"A charity says another Tarnwick doctor has caught the fever."}},
		{"no credit",
			[]string{"A dog bit a man and wounded another person in Velmora."},
			[]string{"A dog bit a man and wounded another person in Velmora."}},
		{"inside a quotation",
			[]string{`Varga said: "then another witness told us to run."`},
			[]string{`Varga said: "then another witness told us to run."`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sum := chorus.Summary{}
			for _, s := range tt.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			introduceAnotherSpeakers(&sum)
			for i, s := range sum.Sentences {
				if s.Text != tt.want[i] {
					t.Errorf("sentence %d:\n got %q\nwant %q", i, s.Text, tt.want[i])
				}
			}
		})
	}
}
