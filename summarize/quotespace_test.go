package summarize

import "testing"

func TestTidySentenceQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`" the pier will open by june, " the mayor said.`, `"The pier will open by june," the mayor said.`},
		{`The mayor said, " we will rebuild the pier. "`, `The mayor said, "we will rebuild the pier."`},
		{`"We are staying, " she said, " whatever happens. "`, `"We are staying," she said, "whatever happens."`},
		{`"Already tidy," he said.`, `"Already tidy," he said.`},
		// An odd number of marks, or a mark that opens after a sentence's
		// end inside it (its pair was cut off), leaves the sentence alone.
		{`We will rebuild, " the mayor said.`, `We will rebuild, " the mayor said.`},
		{`They left. " and then " she said no.`, `They left. " and then " she said no.`},
		{`He is 6' 2" tall and weighs 90 kilos, a " giant ".`, `He is 6' 2" tall and weighs 90 kilos, a " giant ".`},
		{`No marks here.`, `No marks here.`},
	} {
		if got := tidySentenceQuotes(c.in); got != c.want {
			t.Errorf("tidySentenceQuotes(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
