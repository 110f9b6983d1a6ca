package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestCutRetoldAgeModifiers checks which ages given again as "the
// <n>-year-old <noun>" are cut, on invented summaries.
func TestCutRetoldAgeModifiers(t *testing.T) {
	tests := []struct {
		name      string
		before    string
		s, want   string
		unchanged bool
	}{
		{name: "a thing's age told as years ago", before: "About 900 years ago, a fire swept through the abbey at Tarnwick.",
			s: "Divers have since mapped the 900-year-old abbey's harbour wall.", want: "Divers have since mapped the abbey's harbour wall."},
		{name: "a person's age before the same noun", before: "A 9-year-old girl was pulled from the harbour at Tarnwick.",
			s: "The 9-year-old girl was treated in Ostrel.", want: "The girl was treated in Ostrel."},
		{name: "a number with a comma", before: "The wreck lay for 1,200 years off Tarnwick.",
			s: "Anna Varga dated the 1,200-year-old hull.", want: "Anna Varga dated the hull."},
		{name: "the age as the noun", before: "A 12-year-old boy was pulled from the harbour.",
			s: "The 12-year-old told police he slipped.", unchanged: true},
		{name: "the age as the noun, a preposition after", before: "A 16-year-old girl was pulled from the harbour.",
			s: "A neighbour named the 16-year-old as Anna Varga.", unchanged: true},
		{name: "the age as the noun, an adverb after", before: "A 4-year-old boy was hurt in Tarnwick.",
			s: "Anna Varga sent the 4-year-old upstairs after supper.", unchanged: true},
		{name: "another noun", before: "A 9-year-old girl was pulled from the harbour.",
			s: "The 9-year-old boy who found her was praised.", unchanged: true},
		{name: "another age", before: "About 900 years ago, a fire swept through the abbey.",
			s: "Divers mapped the 800-year-old wall.", unchanged: true},
		{name: "a larger number holding it", before: "About 1,900 years ago, a fire swept through the abbey.",
			s: "Divers mapped the 900-year-old wall.", unchanged: true},
		{name: "an indefinite article", before: "About 900 years ago, a fire swept through the abbey.",
			s: "Divers found a 900-year-old coin.", unchanged: true},
		{name: "no age before", before: "A fire swept through the abbey at Tarnwick.",
			s: "Divers mapped the 900-year-old abbey wall.", unchanged: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.before}, {Text: tt.s}}}
			cutRetoldAgeModifiers(&sum)
			want := tt.want
			if tt.unchanged {
				want = tt.s
			}
			if got := sum.Sentences[1].Text; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
			if sum.Sentences[0].Text != tt.before {
				t.Errorf("the first sentence changed: %q", sum.Sentences[0].Text)
			}
		})
	}
}

func TestRetoldAgeModifierOtherAge(t *testing.T) {
	before := []string{"A 7-year-old girl was hurt by a 4-year-old cousin in Tarnwick."}
	s := "The 7-year-old girl was taken to hospital."
	if got, ok := retoldAgeModifiers(s, before); ok || got != s {
		t.Errorf("retoldAgeModifiers(%q) = %q, %v; want it whole: another age tells the two apart", s, got, ok)
	}
	before = []string{"A 7-year-old girl was hurt in Tarnwick."}
	if got, ok := retoldAgeModifiers(s, before); !ok || got != "The girl was taken to hospital." {
		t.Errorf("retoldAgeModifiers(%q) = %q, %v; want the age cut", s, got, ok)
	}
}
