package summarize

import (
	"strings"
	"testing"
)

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

func TestUntokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`The town paid $ 1.2 million ( about £ 900,000 ) for it.`, `The town paid $1.2 million (about £900,000) for it.`},
		{`Turnout rose to 61 % in the north.`, `Turnout rose to 61% in the north.`},
		{`Update, 1: 05 p.m.: the score was 2: 1.`, `Update, 1:05 p.m.: the score was 2: 1.`},
		{`The players ' union objected.`, `The players' union objected.`},
		// Two free-standing marks are a quotation in single marks.
		{`Guides for soldiers who ' accidentally ' cross.`, `Guides for soldiers who ' accidentally ' cross.`},
		// Unbalanced parentheses are left alone.
		{`It rose ( sharply.`, `It rose ( sharply.`},
		{`Nothing to do here.`, `Nothing to do here.`},
	} {
		if got := untokenize(c.in); got != c.want {
			t.Errorf("untokenize(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestInQuotation(t *testing.T) {
	for _, c := range []struct {
		s    string
		j    int
		want bool
	}{
		{`adele dropped " hello, " the single`, 3, true},
		{`" we will stay, " clinton said`, 5, false},
		{`they chanted "obama, obama" at him`, 2, true},
		{`"We won," smith said.`, 2, false},
		{`Smith said it.`, 0, false},
	} {
		if got := inQuotation(strings.Fields(c.s), c.j); got != c.want {
			t.Errorf("inQuotation(%q, %d) = %v, want %v", c.s, c.j, got, c.want)
		}
	}
}
