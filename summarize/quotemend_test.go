package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestMendReopened(t *testing.T) {
	cases := []struct{ in, want string }{
		// a quotation opened again at its next paragraph: written once, closed at the end
		{`The warden said: "we lost the pier. "it will take years to rebuild.`,
			`The warden said: "we lost the pier. It will take years to rebuild."`},
		{`"The tide came in fast. "nobody saw it coming. "we ran.`,
			`"The tide came in fast. Nobody saw it coming. We ran."`},
		// a spaced mark may close the quotation: left alone
		{`"we lost the pier. " the warden said.`, `"we lost the pier. " the warden said.`},
		// a closing mark after the reopening: the extent is the source's, left alone
		{`She said: "we lost it. "it is gone," she said.`, `She said: "we lost it. "it is gone," she said.`},
		// a verb of saying before the reopening mark: the source's closing mark may be lost
		{`"we saw the ferry, Osei told us. "it sank.`, `"we saw the ferry, Osei told us. "it sank.`},
		{`She said: "we saw it. "it sank, Osei said.`, `She said: "we saw it. "it sank, Osei said.`},
		// a mark after a comma is no new paragraph
		{`She said: "we lost it, "the pier" too.`, `She said: "we lost it, "the pier" too.`},
		// no final punctuation: left alone
		{`She said: "we lost it. "it is gone`, `She said: "we lost it. "it is gone`},
	}
	for _, c := range cases {
		if got := mendReopened(c.in); got != c.want {
			t.Errorf("mendReopened(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestDropEmptyPair(t *testing.T) {
	cases := []struct{ in, want string }{
		{`The " " star opened the fair.`, `The star opened the fair.`},
		{`" " we are tired, " Osei said.`, `" " we are tired, " Osei said.`}, // at the start: a doubled mark, left
		{`It aired on " " -- twice.`, `It aired on " " -- twice.`},
		{`She quit " " after a week.`, `She quit " " after a week.`}, // the lost title was an object: left           // no word after it
		{`A " " b and c " " d.`, `A " " b and c " " d.`},             // two pairs: a page's markup, left
	}
	for _, c := range cases {
		if got := dropEmptyPair(c.in); got != c.want {
			t.Errorf("dropEmptyPair(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMendQuoteMarksNeighbours(t *testing.T) {
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: `Osei said: "the ferry stops. "the pier shuts.`},
		{Text: `The " " star spoke too.`},
	}, Words: 12}
	mendQuoteMarks(&sum)
	if got, want := sum.Sentences[0].Text, `Osei said: "the ferry stops. The pier shuts."`; got != want {
		t.Errorf("first = %q, want %q", got, want)
	}
	if got, want := sum.Sentences[1].Text, `The star spoke too.`; got != want {
		t.Errorf("second = %q, want %q", got, want)
	}
	if sum.Words != 10 { // countWords counts each free-standing mark
		t.Errorf("Words = %d, want 10", sum.Words)
	}
	// the next sentence closes the quotation: the extent runs past this one, left alone
	sum = chorus.Summary{Sentences: []chorus.Sentence{
		{Text: `Osei said: "the ferry stops. "the pier shuts.`},
		{Text: `It reopens in May," he said.`},
	}}
	mendQuoteMarks(&sum)
	if got, want := sum.Sentences[0].Text, `Osei said: "the ferry stops. "the pier shuts.`; got != want {
		t.Errorf("with a tail after it = %q, want %q", got, want)
	}
}
