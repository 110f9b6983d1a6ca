package input

import (
	"strconv"
	"strings"
	"testing"
)

// newsPage returns an invented news page of n paragraphs with the usual
// furniture around them: a headline, a date and byline, a share bar, a
// caption, a related list and a newsletter box.
func newsPage(n int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Ellery Bay to rebuild its north pier | Bay Courier</title>` +
		`<meta property="og:title" content="Ellery Bay to rebuild its north pier">` +
		`<meta property="article:published_time" content="2024-03-05T18:30:00Z"></head><body>` +
		`<nav><a href="/">Home</a><a href="/harbour">Harbour</a></nav><article><h1>Ellery Bay to rebuild its north pier</h1>` +
		`<p>Updated 9:52 PM ET</p><p>By Mara Quist</p><div class="share"><a href="#">Share</a></div>`)
	for i := range n {
		b.WriteString("<p>The harbour board voted on Tuesday to rebuild the north pier, paragraph " + strconv.Itoa(i) +
			", which storms closed two winters ago, and the skippers said they would come back.</p>")
		if i%10 == 5 {
			b.WriteString(`<figure><img src="p.jpg"><figcaption>The pier at dusk. (Photo: Jane Roe)</figcaption></figure>`)
		}
	}
	b.WriteString(`</article><aside class="related"><h3>More from the Courier</h3><ul><li><a href="/a">Ferry fares rise</a></li>` +
		`<li><a href="/b">Storm closes the beach</a></li></ul></aside><div class="newsletter">Sign up for our newsletter</div></body></html>`)
	return b.String()
}

// BenchmarkHTMLText runs the whole way in on invented news pages of 10,
// 100 and 1,000 paragraphs: go-trafilatura and every rule after it.
func BenchmarkHTMLText(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		page := newsPage(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := HTMLText(page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
