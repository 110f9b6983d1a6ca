package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestExclaimed: the writer's own exclamation mark counts, a quoted one
// does not.
func TestExclaimed(t *testing.T) {
	for s, want := range map[string]bool{
		"Ilse Varga is getting married!":                   true,
		"Ilse Varga is getting married! ":                  true,
		`The crowd in Tarnwick chanted "bring them home!"`: false,
		"Ilse Varga is getting married.":                   false,
		"Tarnwick won! the crowd cheered.":                 false,
	} {
		if got := exclaimed(s); got != want {
			t.Errorf("exclaimed(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCalmOpening: the opening's own exclamation mark becomes a full stop;
// a quoted one, a title's, a second one and later sentences stay.
func TestCalmOpening(t *testing.T) {
	for in, want := range map[string]string{
		"Ilse Varga is getting married!":                   "Ilse Varga is getting married.",
		"Ilse Varga is getting married! ":                  "Ilse Varga is getting married.",
		`The crowd in Tarnwick chanted "bring them home!"`: `The crowd in Tarnwick chanted "bring them home!"`,
		"Ilse Varga won a week of jeopardy!":               "Ilse Varga won a week of jeopardy!",
		"Wow! Ilse Varga is getting married!":              "Wow! Ilse Varga is getting married!",
		"Ilse Varga is getting married.":                   "Ilse Varga is getting married.",
		"The mayor told the crowd, 'go home!":              "The mayor told the crowd, 'go home!",
		"Ilse Varga starred in run, ilse!":                 "Ilse Varga starred in run, ilse!",
		"Married!":                                         "Married!",
	} {
		sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}, {Text: "She said yes!"}}}
		c := frameCluster("The premiere of run, ilse! drew a crowd in Tarnwick.")
		c.calmOpening(&sum)
		if got := sum.Sentences[0].Text; got != want {
			t.Errorf("calmOpening(%q) = %q, want %q", in, got, want)
		}
		if got := sum.Sentences[1].Text; got != "She said yes!" {
			t.Errorf("calmOpening changed the second sentence: %q", got)
		}
	}
}
