package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestFlattenCells(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"inline elements in a cell's paragraph unwrapped",
			"<table><tr><td><p>a <i>b</i> <b>c <em>d</em></b> e</p></td></tr></table>",
			"<table><tbody><tr><td><p>a b c d e</p></td></tr></tbody></table>"},
		{"links kept, their inline children unwrapped",
			"<table><tr><td><p>a <a href=\"/x\"><b>b</b></a> c</p></td></tr></table>",
			"<table><tbody><tr><td><p>a <a href=\"/x\">b</a> c</p></td></tr></tbody></table>"},
		{"a paragraph cut at its breaks",
			"<table><tr><td><p class=\"k\">a<br>b<br/>c</p></td></tr></table>",
			"<table><tbody><tr><td><p class=\"k\">a</p><p class=\"k\">b</p><p class=\"k\">c</p></td></tr></tbody></table>"},
		{"a cell's own inline children left alone",
			"<table><tr><td><b>a</b><br><a href=\"/x\"><font>b</font></a></td></tr></table>",
			"<table><tbody><tr><td><b>a</b><br/><a href=\"/x\"><font>b</font></a></td></tr></tbody></table>"},
		{"a nested table's cell read as a cell",
			"<table><tr><td><div><table><tr><td><b>a</b><br>b</td></tr></table></div></td></tr></table>",
			"<table><tbody><tr><td><div><table><tbody><tr><td><b>a</b><br/>b</td></tr></tbody></table></div></td></tr></tbody></table>"},
		{"pre left alone", "<table><tr><td><pre><b>x</b> y</pre></td></tr></table>",
			"<table><tbody><tr><td><pre><b>x</b> y</pre></td></tr></tbody></table>"},
		{"paragraphs outside tables left alone", "<p>a <i>b</i><br>c</p>", "<p>a <i>b</i><br/>c</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			flattenCells(doc)
			var b strings.Builder
			if err := html.Render(&b, doc); err != nil {
				t.Fatal(err)
			}
			got := strings.TrimSuffix(strings.TrimPrefix(b.String(), "<html><head></head><body>"), "</body></html>")
			if got != tt.want {
				t.Errorf("flattenCells(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestHTMLTextKeepsCellParagraphs: a page laid out in a table lost each
// paragraph's text from its first inline element or <br> on.
func TestHTMLTextKeepsCellParagraphs(t *testing.T) {
	p := "<p>The lighthouse keeper logged the passing ships every evening and sent the ledger to the port office each month.</p>"
	tests := []struct{ name, para, want string }{
		{"italic", "<p>What the ledger shows is a <i>slow</i> decline in traffic since the new canal opened to the east.</p>",
			"What the ledger shows is a slow decline in traffic since the new canal opened to the east."},
		{"bold and code", "<p>The keeper's <b>night log</b> was kept in <code>ledger.txt</code> beside the lamp all winter.</p>",
			"The keeper's night log was kept in ledger.txt beside the lamp all winter."},
		{"line break", "<p>The first winter storm closed the harbour for a week.<br>The second one took the jetty with it.</p>",
			"The second one took the jetty with it."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Lighthouse</title></head><body><table><tr><td>" + p + tt.para + strings.Repeat(p, 3) + "</td></tr></table></body></html>"
			got, err := HTMLText(page)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("HTMLText lost %q:\n%s", tt.want, got)
			}
		})
	}
}
