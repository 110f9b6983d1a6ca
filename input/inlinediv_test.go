package input

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRejoinInlineDivs(t *testing.T) {
	const page = `<html><body>
<div id="a">The mayor, <em>speaking on Tuesday</em>, said the bridge <strong>would</strong> be finished on time.</div>
<div id="b">You are here: <a href="/">Home</a> » <a href="/t">Travel</a> » The bridge opens in Velmora</div>
<div id="c">Only <i>a short</i> line</div>
<div id="d">Tempor said <b>the council</b> met on Monday in the old hall.</div>
<p>Tempor said the council met on Monday in the old hall.</p>
</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	lines := inlineDivLines(doc)
	if len(lines) != 2 || lines[0].text != "The mayor, speaking on Tuesday, said the bridge would be finished on time." {
		t.Fatalf("lines = %+v", lines)
	}
	tests := []struct{ name, text, want string }{
		{"pieces rejoined, lost head restored",
			"Intro paragraph.\n\nspeaking on Tuesday, said the bridge\n\nwould be finished on time.\n\nNext paragraph.",
			"Intro paragraph.\n\nThe mayor, speaking on Tuesday, said the bridge would be finished on time.\n\nNext paragraph."},
		{"a whole line stays", "The mayor, speaking on Tuesday, said the bridge would be finished on time.",
			"The mayor, speaking on Tuesday, said the bridge would be finished on time."},
		{"a paragraph that is a whole line elsewhere stays",
			"Tempor said the council met on Monday in the old hall.", "Tempor said the council met on Monday in the old hall."},
		{"a sentence's tail restored", "said the bridge would be finished on time.",
			"The mayor, speaking on Tuesday, said the bridge would be finished on time."},
		{"no piece of a line: unchanged", "The bridge opens in Velmora\n\nOther text here.", "The bridge opens in Velmora\n\nOther text here."},
		{"the line already whole in the text: pieces stay",
			"speaking on Tuesday, said the bridge\n\nThe mayor, speaking on Tuesday, said the bridge would be finished on time.",
			"speaking on Tuesday, said the bridge\n\nThe mayor, speaking on Tuesday, said the bridge would be finished on time."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rejoinInlineDivs(tt.text, lines); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestRejoinKeepsWholeSentences(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div>The pier opened at dawn on Friday. The harbour board met <b>at noon</b> to vote on the fees.</div>`))
	if err != nil {
		t.Fatal(err)
	}
	lines := inlineDivLines(doc)
	for _, text := range []string{
		"The pier opened at dawn on Friday.",
		"The pier opened at dawn on Friday.\n\nThe harbour board met at noon to vote on the fees.",
	} {
		if got := rejoinInlineDivs(text, lines); got != text {
			t.Errorf("rejoinInlineDivs(%q) = %q, want it unchanged", text, got)
		}
	}
}

func TestHTMLTextRejoinsInlineDiv(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><head><title>Velmora bridge</title></head><body><article><h1>Velmora bridge</h1>")
	for i := range 8 {
		fmt.Fprintf(&b, "<p>The council of Velmora met on day %d to discuss the new bridge, and the mayor said the plan would go ahead despite the objections raised by residents of the eastern district.</p>", i)
	}
	b.WriteString(`<div class="note">The mayor, <em>speaking on Tuesday</em>, said the bridge <strong>would</strong> be finished on time and under budget.</div>`)
	b.WriteString(`<div class="more">The budget was agreed after a long night of talks.<br><br>The council then voted with <b>the mayor</b> on the design.</div>`)
	b.WriteString("<p>The bridge will open next spring, officials said, after a long consultation.</p></article></body></html>")
	got, err := HTMLText(b.String())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\n\nThe mayor, speaking on Tuesday, said the bridge would be finished on time and under budget.\n\n",
		"\n\nThe budget was agreed after a long night of talks.\n\nThe council then voted with the mayor on the design.\n\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q:\n%s", want, got)
		}
	}
}

func TestIsHelpNote(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		{"How to get help: In the US, call the Velmora Relief Line at 555-0100.", true},
		{"If you or someone you know is struggling, the Aldera helpline is open day and night on 555 0199.", true},
		{"*If you have been affected by the issues in this story, text HOME to 555-0101.", true},
		{"The hotline received 3,000 calls in its first week, the mayor of Velmora said.", false},
		{"If you need help choosing a bridge design, the council has a guide.", false},
		{"In Velmora, the Harbour Samaritans can be reached on 555 0123. In Aldera, the Tarn Lifeline is 1-555-273-8255.", true},
		{"If you have been affected by the issues in this story, help and support is available from the council.", true},
		{"The Velmora hotline took 555 calls on Monday, and a second hotline opened on Tuesday.", false},
		{"The Samaritans said the Tarn Lifeline had seen calls double since March.", false},
	}
	for _, tt := range tests {
		if got := isHelpNote(tt.p); got != tt.want {
			t.Errorf("isHelpNote(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}
