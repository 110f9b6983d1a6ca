package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestLowerAwardNouns(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"after a prize", "The drama earned six Emmy Nominations on Tuesday.", "The drama earned six Emmy nominations on Tuesday."},
		{"after a count", "The comedy has 7 Nominations, one fewer.", "The comedy has 7 nominations, one fewer."},
		{"hyphened, after a prize", "Two musicals stand as Tony Front-runners this spring.", "Two musicals stand as Tony front-runners this spring."},
		{"before a name, after a prize", "Oscar Nominees Rita Vale and Ned Oak signed on.", "Oscar nominees Rita Vale and Ned Oak signed on."},
		{"after a lower-case word", "It leads in best-song Nods this year.", "It leads in best-song nods this year."},
		{"a run of capitals", "Presidential Hopeful Dara Quill spoke.", "Presidential Hopeful Dara Quill spoke."},
		{"before a capitalised word", "She chaired the Nominations Committee.", "She chaired the Nominations Committee."},
		{"opening a sentence", "Nominations closed at noon.", "Nominations closed at noon."},
		{"after a quote mark", `He wrote "Nominees" on the card.`, `He wrote "Nominees" on the card.`},
		{"front alone", "The Oscar Front row sat down.", "The Oscar Front row sat down."},
	} {
		sum := &chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
		lowerAwardNouns(sum)
		if got := sum.Sentences[0].Text; got != tt.want {
			t.Errorf("%s: lowerAwardNouns(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
