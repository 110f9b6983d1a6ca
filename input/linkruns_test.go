package input

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestLinkTexts(t *testing.T) {
	const page = `<html><body><p>The board met. <a href="/p/1">Pier  to <b>reopen</b> in March</a></p>
<ul><li><a href="/p/2">Ferry fares rise – again!</a></li><li><a name="top">Top</a></li></ul>
<a href="/p/3"><script>var x;</script>Skippers return</a></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := linkTexts(doc)
	for _, k := range []string{"pier to reopen in march", "ferry fares rise again", "skippers return"} {
		if !got[k] {
			t.Errorf("linkTexts: missing %q in %v", k, got)
		}
	}
	if got["top"] {
		t.Errorf("linkTexts kept an anchor without href: %v", got)
	}
	if len(got) != 3 {
		t.Errorf("linkTexts = %v, want 3 texts", got)
	}
}

func TestDropLinkRuns(t *testing.T) {
	const prose = "The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago."
	const prose2 = "Work will start in March, the board said, once the council has approved a loan that covers most of the cost."
	links := map[string]bool{
		"ferry fares rise again": true, "skippers return to the south basin": true, "lighthouse keeper retires": true,
		"english": true, "deutsch": true, "français": true, "read the board s report": true, "pier to reopen": true, "harbour news": true,
	}
	tests := []struct {
		name, in, want string
	}{
		{"headlines after the article", prose + "\n\n" + prose2 + "\n\nEditors’ Recommendations:\n\nFerry fares rise — again\n\nSkippers return to the south basin\n\nSponsored",
			prose + "\n\n" + prose2},
		{"headlines with their dates", prose + "\n\nFerry fares rise again - October 10, 2020\n\nLighthouse keeper retires – Oct 9, 2020",
			prose},
		{"one linked line after the article stays", prose + "\n\nRead the board's report", prose + "\n\nRead the board's report"},
		{"a line that was not a link ends the run", prose + "\n\nFerry fares rise again\n\nThe pier opens at nine on weekdays\n\nSkippers return to the south basin\n\nLighthouse keeper retires",
			prose + "\n\nFerry fares rise again\n\nThe pier opens at nine on weekdays"},
		{"links inside the article stay", prose + "\n\nFerry fares rise again\n\nSkippers return to the south basin\n\n" + prose2,
			prose + "\n\nFerry fares rise again\n\nSkippers return to the south basin\n\n" + prose2},
		{"a menu opening the text", "English\n\nDeutsch\n\nFrançais\n\nPier to reopen\n\n" + prose, prose},
		{"one linked headline opening the text stays", "Pier to reopen\n\n" + prose, "Pier to reopen\n\n" + prose},
		{"a linked section name over the article", "Harbour news\n\n" + prose, prose},
		{"a section name that was not a link stays", "Harbour notes\n\n" + prose, "Harbour notes\n\n" + prose},
		{"no prose: unchanged", "Ferry fares rise again\n\nSkippers return to the south basin", "Ferry fares rise again\n\nSkippers return to the south basin"},
		{"no links: unchanged", prose + "\n\nFerry fares rise again", prose + "\n\nFerry fares rise again"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := links
			if strings.HasPrefix(tt.name, "no links") {
				l = nil
			}
			if got := dropLinkRuns(tt.in, l); got != tt.want {
				t.Errorf("dropLinkRuns:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestHTMLTextDropsHeadlineList checks the whole path: linked headlines
// of other stories after the article, inside the article's own container
// and in markup that names nothing (no class or id to prune them by),
// which go-trafilatura keeps, are left out of the text.
func TestHTMLTextDropsHeadlineList(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Pier to reopen</title></head><body><div><div>`)
	for _, p := range []string{
		"The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago.",
		"Work will start in March, the board said, once the council has approved a loan that covers most of the cost.",
		"Skippers who moved their boats to the south basin said they would come back as soon as the pier is safe again.",
		"The board expects the work to take eight months and to cost less than the new breakwater built three years ago.",
	} {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`<h3><a href="/fares">Ferry fares rise again as fuel costs climb</a></h3><h3><a href="/keeper">Lighthouse keeper retires after forty years</a></h3><h3><a href="/gulls">Gulls blamed for chip shop losses on the front</a></h3></div></div></body></html>`)
	got, err := HTMLText(b.String())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "cost less than the new breakwater") {
		t.Fatalf("HTMLText lost the article: %q", got)
	}
	for _, h := range []string{"Ferry fares", "Lighthouse keeper", "Gulls blamed"} {
		if strings.Contains(got, h) {
			t.Errorf("HTMLText kept the headline %q: %q", h, got)
		}
	}
}

// BenchmarkLinkRuns measures linkTexts and dropLinkRuns on invented pages
// of n linked headlines after an article: the work grows with the page
// (one walk of the tree, one pass over the text's paragraphs) and the set
// of link texts stops at maxAnchors.
func BenchmarkLinkRuns(b *testing.B) {
	const prose = "The harbour board voted on Tuesday to rebuild the north pier, which storms closed two winters ago."
	for _, n := range []int{100, 1000, 30000} {
		var page, text strings.Builder
		page.WriteString("<html><body><article><p>" + prose + "</p></article>")
		text.WriteString(prose)
		for i := range n {
			h := "Ferry fares rise again on crossing " + strconv.Itoa(i)
			page.WriteString(`<p><a href="/s/` + strconv.Itoa(i) + `">` + h + `</a></p>`)
			text.WriteString("\n\n" + h)
		}
		page.WriteString("</body></html>")
		doc, err := html.Parse(strings.NewReader(page.String()))
		if err != nil {
			b.Fatal(err)
		}
		t := text.String()
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if got := dropLinkRuns(t, linkTexts(doc)); n <= maxAnchors && got != prose {
					b.Fatalf("dropLinkRuns kept %d bytes of headlines", len(got)-len(prose))
				}
			}
		})
	}
}
