package fetch

import (
	"strings"
	"testing"
	"time"
)

// invented page: a news article with metadata in meta tags.
const harbourPage = `<!DOCTYPE html><html lang="en"><head>
<meta charset="iso-8859-1">
<title>Harbour wall repaired in Tessbury | Tessbury Courier</title>
<meta property="og:title" content="Harbour wall repaired in Tessbury">
<meta property="og:site_name" content="Tessbury Courier">
<link rel="canonical" href="https://courier.example/news/harbour-wall">
<meta property="article:published_time" content="2025-09-16T07:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour wall repaired in Tessbury</h1>
<p>Workers finished repairing the Tessbury harbour wall on Tuesday, two weeks after a storm tore a ten-metre gap in it. The café on the quay reopened the same afternoon.</p>
<p>The council said the repair cost 180,000 euros and was paid from the town's emergency fund. Fishing boats will return to the inner harbour on Friday.</p>
<p>Harbour master Ines Varga said the new stones were set deeper than the old ones and should withstand a storm of the same strength.</p>
</article><footer>Copyright Tessbury Courier</footer></body></html>`

func TestArticle(t *testing.T) {
	latin1 := strings.ReplaceAll(harbourPage, "café", "caf\xe9") // the page's own encoding
	tests := []struct {
		name string
		page Page
		want func(t *testing.T, title, source, url, text string, published time.Time)
	}{
		{"meta tags and charset", Page{URL: "https://courier.example/n/123", ContentType: "text/html; charset=iso-8859-1", Body: []byte(latin1)},
			func(t *testing.T, title, source, url, text string, published time.Time) {
				if title != "Harbour wall repaired in Tessbury" || source != "Tessbury Courier" || url != "https://courier.example/news/harbour-wall" {
					t.Errorf("title %q source %q url %q", title, source, url)
				}
				if !published.Equal(time.Date(2025, 9, 16, 7, 30, 0, 0, time.UTC)) {
					t.Errorf("published %v", published)
				}
				if !strings.Contains(text, "café on the quay") || strings.Contains(text, "Home") {
					t.Errorf("text %q", text)
				}
			}},
		{"plain text page, publisher from host", Page{URL: "https://www.wire.example/a.txt", ContentType: "text/plain", Body: []byte("Storm closes ferry route\n\nThe ferry route to Orla was closed on Monday as a storm crossed the strait. Services resume on Wednesday.")},
			func(t *testing.T, title, source, url, text string, published time.Time) {
				if title != "Storm closes ferry route" || source != "wire.example" || url != "https://www.wire.example/a.txt" {
					t.Errorf("title %q source %q url %q", title, source, url)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Article(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if a.ID != tt.page.URL {
				t.Errorf("ID %q, want the fetched URL", a.ID)
			}
			tt.want(t, a.Title, a.Source, a.URL, a.Text, a.Published)
		})
	}
	if _, err := Article(Page{URL: "https://x.example/", ContentType: "text/html", Body: []byte("<html><body></body></html>")}); err == nil {
		t.Error("empty page: no error")
	}
}
