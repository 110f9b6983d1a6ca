package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestWrapLooseText(t *testing.T) {
	tests := []struct {
		name, doc, want string // want: the container's children after wrapping
	}{
		{"text between lists", `<div id="c">Intro <b>text</b><br>more<ul><li>a</li></ul>After the list.</div>`,
			`<p>Intro <b>text</b><br/>more</p><ul><li>a</li></ul><p>After the list.</p>`},
		{"no blocks: left alone", `<div id="c">Only <i>inline</i> text.</div>`, `Only <i>inline</i> text.`},
		{"white space and breaks: left alone", `<div id="c"><p>x</p> <br> </div>`, `<p>x</p> <br/> `},
		{"scripts split runs and stay", `<div id="c">One<script>var a</script>Two<p>x</p></div>`,
			`<p>One</p><script>var a</script><p>Two</p><p>x</p>`},
		{"inside a list item nothing moves", `<ul><li id="c">Item <div>x</div></li></ul>`, `Item <div>x</div>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.doc + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			wrapLooseText(doc)
			c := findID(doc, "c")
			if c == nil {
				t.Fatal("no #c")
			}
			var b strings.Builder
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				if err := html.Render(&b, k); err != nil {
					t.Fatal(err)
				}
			}
			if b.String() != tt.want {
				t.Errorf("got  %s\nwant %s", b.String(), tt.want)
			}
		})
	}
}

// findID returns the element below n with the id, or nil.
func findID(n *html.Node, id string) *html.Node {
	for _, a := range n.Attr {
		if a.Key == "id" && a.Val == id {
			return n
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findID(c, id); f != nil {
			return f
		}
	}
	return nil
}

// TestLooseTextKept checks that paragraphs written as loose text in a
// blog post's <div>, between lists, reach the article text.
func TestLooseTextKept(t *testing.T) {
	post := `<!DOCTYPE html><html><head><title>Tuning the loom</title></head><body><div class="post"><h2>Tuning the loom</h2><div class="post-body">
The old loom in the village hall needed three days of work before it would weave again, and most of that time went into the warp beam, which had warped in the damp.<br><br>
First we took the beam out and dried it slowly by the stove, turning it every hour so that it would not split along the grain.<br>
<ol><li>Loosen the ratchet.</li><li>Lift the beam from its cradle.</li><li>Dry it by the stove.</li></ol>
After two days the beam was straight enough to hang again, though it still creaked whenever the treadles were pressed hard by the heavier weavers.<br>
<ul><li>Oil the ratchet.</li><li>Check the cradle.</li></ul>
Finally the heddles were rethreaded, a slow job that the two youngest members of the weaving circle took on with more patience than anyone expected of them.<br>
</div></div></body></html>`
	got, err := HTMLText(post)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"warp beam, which had warped", "After two days the beam", "Finally the heddles were rethreaded"} {
		if !strings.Contains(got, want) {
			t.Errorf("text lacks %q:\n%s", want, got)
		}
	}
}
