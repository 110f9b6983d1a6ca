package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// leadCopyPage is an invented story whose body sits in a "post-body" div
// holding one paragraph, inside an <article> with the headline and a
// standfirst: go-trafilatura's first content selector finds the div (one
// element, not enough), its second the article, and the library keeps
// both, so the paragraph came out twice.
const leadCopyPage = `<html><head><title>Tarnwick ferry returns</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Tarnwick ferry returns</h1>
<p class="standfirst">The crossing to Velmora opens again after two winters.</p>
<div class="post-body"><p>The ferry between Tarnwick and Velmora carried its first passengers in two years on Monday, after the harbour board
finished the new slipway that storms had twice washed away. Ilse Varga, who runs the crossing, said the boat would sail four times a day
until the autumn and twice a day through the winter, weather permitting, and that fares would stay as they were before the closure.</p></div>
</article>
<footer><p>Contact the Tarnwick Herald.</p></footer>
</body></html>`

func TestHTMLTextLeadCopy(t *testing.T) {
	got, err := HTMLText(leadCopyPage)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(got, "carried its first passengers"); n != 1 {
		t.Errorf("the body paragraph comes out %d times, want once:\n%s", n, got)
	}
	if !strings.Contains(got, "fares would stay as they were") {
		t.Errorf("the body paragraph is lost:\n%s", got)
	}
}

func TestDropLeadCopy(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"copy after the headline",
			"<p>The ferry sails again.</p><h1>Ferry returns</h1><p>Standfirst here.</p><p>The ferry sails again!</p><p>More.</p>",
			"<h1>Ferry returns</h1><p>Standfirst here.</p><p>The ferry sails again!</p><p>More.</p>"},
		{"no heading between",
			"<p>The ferry sails again.</p><p>Standfirst here.</p><p>The ferry sails again.</p>",
			"<p>The ferry sails again.</p><p>Standfirst here.</p><p>The ferry sails again.</p>"},
		{"repeated under every heading",
			"<p>Lorem ipsum dolor.</p><h2>One</h2><p>Lorem ipsum dolor.</p><h2>Two</h2><p>Lorem ipsum dolor.</p>",
			"<p>Lorem ipsum dolor.</p><h2>One</h2><p>Lorem ipsum dolor.</p><h2>Two</h2><p>Lorem ipsum dolor.</p>"},
		{"heading only after the copy",
			"<p>The ferry sails again.</p><p>Standfirst.</p><p>The ferry sails again.</p><h2>Later</h2><p>End.</p>",
			"<p>The ferry sails again.</p><p>Standfirst.</p><p>The ferry sails again.</p><h2>Later</h2><p>End.</p>"},
		{"empty first element",
			"<p></p><h1>Ferry</h1><p></p>",
			"<p></p><h1>Ferry</h1><p></p>"},
		{"too short", "<p>A</p><h1>B</h1>", "<p>A</p><h1>B</h1>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
			nodes, err := html.ParseFragment(strings.NewReader(tt.in), body)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range nodes {
				n.DataAtom = 0 // as go-trafilatura builds them
				body.AppendChild(n)
			}
			dropLeadCopy(body)
			var b strings.Builder
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				if err := html.Render(&b, c); err != nil {
					t.Fatal(err)
				}
			}
			if b.String() != tt.want {
				t.Errorf("dropLeadCopy:\n got %s\nwant %s", b.String(), tt.want)
			}
		})
	}
	dropLeadCopy(nil) // no panic
}

func TestWordKey(t *testing.T) {
	for _, s := range []string{"", "  A b, C!  ", "Ünïcode—words 12x ", "x", "“We ran out,” she said.", "a\u00a0b", "--"} {
		if got, want := wordKey(s), strings.Join(words(s), " "); got != want {
			t.Errorf("wordKey(%q) = %q, want %q (words joined)", s, got, want)
		}
	}
}
