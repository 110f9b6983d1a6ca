package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pullQuotePage is an invented story with a pull quote that says it is
// one only in a data attribute, the way go-trafilatura lets it through.
const pullQuotePage = `<html><head><title>Velmora clinic runs short of fuel</title></head><body>
<article><h1>Velmora clinic runs short of fuel</h1>
<div class="entry-content">
<p>The clinic in Velmora has run its generator for eleven days straight, and its director says the fuel will last until Friday at the latest.</p>
<blockquote class="stylized float-right" data-shortcode-type="pullquote">“We have stopped the lifts and the laundry to keep the wards lit.”</blockquote>
<p>“Every hour counts now,” said Ilse Varga, who runs the clinic. “We have stopped the lifts and the laundry to keep the wards lit. The next step is the operating rooms.”</p>
<p>The regional council said a tanker would leave Tarnwick on Thursday, weather permitting, and that a second one was being loaded.</p>
<blockquote>“Our patients cannot wait for the weather,” a nurse wrote to the council on Monday night.</blockquote>
<p>Doctors at the clinic have asked families to bring blankets for patients on the upper floors, where the heating has been switched off.</p>
</div></article></body></html>`

func TestHTMLTextPullQuote(t *testing.T) {
	got, err := HTMLText(pullQuotePage)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(got, "We have stopped the lifts"); n != 1 {
		t.Errorf("the pulled sentence comes out %d times, want once (in its paragraph):\n%s", n, got)
	}
	if !strings.Contains(got, "The next step is the operating rooms") {
		t.Errorf("the paragraph the quote was pulled from is lost:\n%s", got)
	}
	if !strings.Contains(got, "Our patients cannot wait for the weather") {
		t.Errorf("a quotation printed once is lost:\n%s", got)
	}
}

func TestDropPullQuotes(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"pulled from a paragraph",
			"<p>Intro.</p><blockquote>The wards stay lit for now, she said.</blockquote><p>“The wards stay lit for now,” she said on Monday night.</p>",
			"<p>Intro.</p><p>“The wards stay lit for now,” she said on Monday night.</p>"},
		{"quotation printed once",
			"<p>Intro.</p><blockquote>The wards stay lit for now, she said.</blockquote><p>Nothing else.</p>",
			"<p>Intro.</p><blockquote>The wards stay lit for now, she said.</blockquote><p>Nothing else.</p>"},
		{"too short to tell",
			"<blockquote>Lights out.</blockquote><p>Then it was lights out for the town.</p>",
			"<blockquote>Lights out.</blockquote><p>Then it was lights out for the town.</p>"},
		{"paragraph printed whole as a quote",
			"<blockquote>The wards stay lit for now, she said.</blockquote><p>The wards stay lit for now, she said.</p>",
			"<blockquote>The wards stay lit for now, she said.</blockquote><p>The wards stay lit for now, she said.</p>"},
		{"no quote", "<p>One.</p><p>Two.</p>", "<p>One.</p><p>Two.</p>"},
		{"two sentences of different paragraphs, one with a speech tag",
			"<p>“The tanker is late again,” she said. The council did not answer.</p><blockquote>The tanker is late again. We need the fuel today and not the forms we keep filling in.</blockquote><p>“We need the fuel today,” she said, “and not the forms we keep filling in.”</p>",
			"<p>“The tanker is late again,” she said. The council did not answer.</p><p>“We need the fuel today,” she said, “and not the forms we keep filling in.”</p>"},
		{"one sentence found, the other not",
			"<p>“The tanker is late again,” she said. The council did not answer.</p><blockquote>The tanker is late again. Nobody in Tarnwick has seen a driver all week.</blockquote><p>More text.</p>",
			"<p>“The tanker is late again,” she said. The council did not answer.</p><blockquote>The tanker is late again. Nobody in Tarnwick has seen a driver all week.</blockquote><p>More text.</p>"},
		{"paragraph of two sentences printed whole as a quote",
			"<blockquote>The tanker is late again. We need the fuel today.</blockquote><p>The tanker is late again. We need the fuel today.</p>",
			"<blockquote>The tanker is late again. We need the fuel today.</blockquote><p>The tanker is late again. We need the fuel today.</p>"},
		{"words too far apart",
			"<p>We need, the mayor told the council at length on Monday evening, the fuel today and not tomorrow or later.</p><blockquote>We need the fuel today and not tomorrow or later.</blockquote>",
			"<p>We need, the mayor told the council at length on Monday evening, the fuel today and not tomorrow or later.</p><blockquote>We need the fuel today and not tomorrow or later.</blockquote>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := &html.Node{Type: html.ElementNode, Data: "body"}
			nodes, err := html.ParseFragment(strings.NewReader(tt.in), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range nodes {
				n.DataAtom = 0 // as go-trafilatura builds them
				body.AppendChild(n)
			}
			dropPullQuotes(body)
			var b strings.Builder
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				if err := html.Render(&b, c); err != nil {
					t.Fatal(err)
				}
			}
			if b.String() != tt.want {
				t.Errorf("dropPullQuotes:\n got %s\nwant %s", b.String(), tt.want)
			}
		})
	}
	dropPullQuotes(nil) // no panic
}
