package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestMarkSpaces(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"after an inline element", "<li><b>Tide</b> rises</li>", "<li><b>Tide</b>\ue000rises</li>"},
		{"before an inline element", "<li>the <i>Wren</i></li>", "<li>the\ue000<i>Wren</i></li>"},
		{"inside an inline element", "<li>a<b> bold </b>b</li>", "<li>a<b>\ue000bold\ue000</b>b</li>"},
		{"white space alone between two inline elements", "<p><b>a</b> <i>b</i></p>", "<p><b>a</b>\ue000<i>b</i></p>"},
		{"indentation between blocks left alone", "<div>\n  <p>a</p>\n  <p>b</p>\n</div>", "<div>\n  <p>a</p>\n  <p>b</p>\n</div>"},
		{"no space, no mark", "<li><b>Pier</b>s</li>", "<li><b>Pier</b>s</li>"},
		{"a break before an inline element gets a space", "<p>a<br><em>b</em></p>", "<p>a<br/> <em>b</em></p>"},
		{"a break before text left alone", "<p>a<br>b</p>", "<p>a<br/>b</p>"},
		{"pre and script left alone", "<pre><b>x</b> y</pre><script>var a = 1; </script>", "<pre><b>x</b> y</pre><script>var a = 1; </script>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			markSpaces(doc)
			var b strings.Builder
			if err := html.Render(&b, doc); err != nil {
				t.Fatal(err)
			}
			got := strings.TrimSuffix(strings.TrimPrefix(b.String(), "<html><head></head><body>"), "</body></html>")
			if got != tt.want {
				t.Errorf("markSpaces(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestHTMLTextKeepsSpacesBesideInlineMarkup: go-trafilatura trims the text
// around inline elements in list items, quotes and table cells; the words
// on either side must not run together.
func TestHTMLTextKeepsSpacesBesideInlineMarkup(t *testing.T) {
	p := "<p>The island ferry resumed its morning crossings on Monday after a week of repairs to the harbour ramp, the operator said in a statement to passengers.</p>"
	tests := []struct{ name, frag, want string }{
		{"list item", "<ul><li>At dawn the <b>harbour master</b> opens the <a href='/gate'>north gate</a> for the boats.</li></ul>", "At dawn the harbour master opens the north gate for the boats."},
		{"quote", "<blockquote>We waited <i>four</i> hours in the rain.</blockquote>", "We waited four hours in the rain."},
		{"table cell", "<table><tr><td>Ramp <b>two</b> opens on Thursday</td></tr></table>", "Ramp two opens on Thursday"},
		{"no space stays none", "<ul><li>Two <b>pier</b>s were closed all week by the storm.</li></ul>", "Two piers were closed all week by the storm."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Ferry</title></head><body><article>" + strings.Repeat(p, 3) + tt.frag + p + "</article></body></html>"
			got, err := HTMLText(page)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(strings.Fields(got), " "), tt.want) {
				t.Errorf("HTMLText = %q\nwant it to hold %q", got, tt.want)
			}
			if strings.Contains(got, spaceMark) {
				t.Errorf("HTMLText = %q holds a space mark", got)
			}
		})
	}
}

// TestHTMLTextKeepsBreakBeforeInlineMarkup: go-trafilatura drops a <br>
// that an inline element follows at once, so the line after it ran into
// the line before ("… the timetable.Are you a ferry rider …").
func TestHTMLTextKeepsBreakBeforeInlineMarkup(t *testing.T) {
	line := "The island ferry resumed its morning crossings on Monday after a week of repairs to the harbour ramp, the operator said in a statement to passengers."
	for _, sep := range []string{"<br><em>", "<br><br><em>", "<br><br><strong><em>"} {
		t.Run(sep, func(t *testing.T) {
			body := "<p>" + line + sep + "Have you crossed this week? Tell the Tarnwick Gazette.</em></p>"
			if strings.Contains(sep, "strong") {
				body = strings.Replace(body, "</em>", "</em></strong>", 1)
			}
			page := "<html><head><title>Ferry</title></head><body><article>" + strings.Repeat("<p>"+line+"</p>", 3) + body + "</article></body></html>"
			got, err := HTMLText(page)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(got, "passengers.Have") || !strings.Contains(got, "passengers.\n") {
				t.Errorf("HTMLText = %q\nwant a line break after %q", got, "passengers.")
			}
		})
	}
}
