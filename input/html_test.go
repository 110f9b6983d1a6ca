package input

import (
	"strings"
	"testing"
)

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string // paragraphs that must be kept
		notWant []string
	}{
		{"paragraphs", "<p>The ferry resumed service on Monday.</p><p>Operators thanked passengers.</p>", []string{"The ferry resumed service on Monday.\n\nOperators thanked passengers."}, nil},
		{"page furniture", "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu | Home</nav><article><p>The town library &amp; museum will stay open until nine on weekdays, the council said.</p></article><footer>(c) Example</footer><script>track()</script></body></html>",
			[]string{"The town library & museum will stay open until nine on weekdays, the council said."}, []string{"track()", "p{}", "Menu"}},
		{"table cells keep their words apart", "<table><caption>Timetable</caption><tr><th>Route</th><th>Leaves</th></tr><tr><td>Harbour</td><td>9:15</td></tr></table>",
			[]string{"Timetable", "Route Leaves", "Harbour 9:15"}, []string{"RouteLeaves", "Harbour9", "TimetableRoute"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTMLText(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("HTMLText = %q, lacks %q", got, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("HTMLText = %q, has %q", got, w)
				}
			}
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<p>Hi</p>", true},
		{"  <!DOCTYPE html><html><body>x</body></html>", true},
		{"<3 you", false},
		{"Plain text.", false},
		{"The <b>forty</b> stalls", true},
		{"Line one<br/>line two", true},
		{`See <a href="https://x.example/">this</a>`, true},
		{"An <!-- aside --> note", true},
		{"Fire &amp; rescue", true},
		{"It&#8217;s here", true},
		{"A &#x2014; dash", true},
		{"x < y and y > z", false},
		{"AT&T and R&D; teams", false},
		{"&#; and &#xZZ; are not references", false},
		{"<notatag> is not an element", false},
		{"ends with <p", false},
	}
	for _, tt := range tests {
		if got := LooksLikeHTML(tt.in); got != tt.want {
			t.Errorf("LooksLikeHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestArticleText checks the one reading of an article body that arrived
// inside another format: HTML extracted, entities decoded, plain text kept
// as written, invalid UTF-8 read as Windows-1252, binary HTML refused.
func TestArticleText(t *testing.T) {
	tests := []struct {
		name, in, want string
		wantErr        bool
	}{
		{"plain kept", "  The ferry ran.\n\nIt was late.  ", "The ferry ran.\n\nIt was late.", false},
		{"fragment", "<p>The ferry ran.</p><p>It was <b>late</b>.</p>", "The ferry ran.\n\nIt was late.", false},
		{"entities only", "Fire &amp; rescue came.\n\nNobody was hurt.", "Fire & rescue came.\n\nNobody was hurt.", false},
		{"latin-1", "The caf\xe9 opened.", "The café opened.", false},
		{"latin-1 in HTML", "<p>The caf\xe9 opened.</p>", "The café opened.", false},
		{"less-than kept", "Turnout was < 40%.", "Turnout was < 40%.", false},
		{"binary HTML", "<p>\x00\x01\x02\x03\x04\x05</p>", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ArticleText(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("ArticleText(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestHTMLTextRejectsBinary(t *testing.T) {
	if _, err := HTMLText("\x00\x01\x02<p>x</p>"); err == nil {
		t.Error("HTMLText accepted binary junk")
	}
}

func TestDropFurniture(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"prompt, copyright and a lone word dropped",
			"The bakery on Mill Lane reopened after the flood.\n\nSign up for our morning newsletter.\n\nAdvertisement\n\nIts owner thanked neighbours who helped.\n\n© 2031 Riverside Courier. All rights reserved.",
			"The bakery on Mill Lane reopened after the flood.\n\nIts owner thanked neighbours who helped."},
		{"headings kept, bylines dropped", "Flood recovery\n\nBy Ana Ruiz\n\nThe bakery reopened.", "Flood recovery\n\nThe bakery reopened."},
		{"caption ending with its credit dropped", "The bakery reopened.\n\nBakers sort flour in the yard on Monday. (AP Photo/Ana Ruiz)\n\nIts owner thanked neighbours.", "The bakery reopened.\n\nIts owner thanked neighbours."},
		{"agency tag closing a sentence kept", "The bakery reopened on Monday, its owner said. (AP)", "The bakery reopened on Monday, its owner said. (AP)"},
		{"web addresses alone dropped", "The bakery reopened.\n\nhttps://social.example/posts/123\n\nRIVERSIDECOURIER.COM\n\nwww.courier.example\n\nIts owner thanked neighbours.", "The bakery reopened.\n\nIts owner thanked neighbours."},
		{"e-mail address alone dropped", "The bakery reopened.\n\nnews@courier.example\n\nIts owner thanked neighbours.", "The bakery reopened.\n\nIts owner thanked neighbours."},
		{"sentence with an e-mail address kept", "Orders go to shop@bakery.example, the owner said.", "Orders go to shop@bakery.example, the owner said."},
		{"sentence with a web address kept", "Details are at https://courier.example/flood, the council said.", "Details are at https://courier.example/flood, the council said."},
		{"sentence opening with By kept", "By the end of March the bakery had reopened on Mill Lane.", "By the end of March the bakery had reopened on Mill Lane."},
		{"a sentence that mentions subscribing kept", "Readers who subscribe to the paper's print edition will get the map on Sunday, the editor said.", "Readers who subscribe to the paper's print edition will get the map on Sunday, the editor said."},
		{"reporting credits kept", "The bakery reopened.\n\nReporting by Ana Ruiz; Editing by Tom Hale\n\nPiet Sand contributed to this report.", "The bakery reopened.\n\nReporting by Ana Ruiz; Editing by Tom Hale\n\nPiet Sand contributed to this report."},
		{"metadata label without its value dropped", "Statement from the harbour board\n\nRelease Date:\n\nThe bakery reopened.\n\nIngredients:\n\nFlour.", "Statement from the harbour board\n\nThe bakery reopened.\n\nIngredients:\n\nFlour."},
		{"lone related label dropped", "The bakery reopened.\n\nYou may also like\n\nMORE ON THIS STORY\n\nIts owner thanked neighbours.", "The bakery reopened.\n\nIts owner thanked neighbours."},
		{"image credit lines dropped", "The bakery reopened.\n\nImage credit: www.courier.example/in/\n\nIts owner thanked neighbours.\n\nfeatured image: Ana Ruiz via Pixelbank", "The bakery reopened.\n\nIts owner thanked neighbours."},
		{"a newsletter box's lines after its prompt dropped",
			"The bakery reopened.\n\nSign up for our morning newsletter.\n\nPop your email into the box above and the Courier's roundup lands in your inbox each day.\n\nYou can unsubscribe at any time.\n\nIts owner thanked neighbours, who can email the shop with orders.",
			"The bakery reopened.\n\nIts owner thanked neighbours, who can email the shop with orders."},
		{"e-mail lines without a newsletter prompt kept",
			"The bakery reopened.\n\nAdvertisement\n\nCustomers can email orders to the shop from Monday.",
			"The bakery reopened.\n\nCustomers can email orders to the shop from Monday."},
		{"a membership pitch and its perks dropped",
			"The bakery reopened.\n\nWhen you join the Riverside Courier family, you get unlimited digital access to local reporting you will not find anywhere else, from council meetings to the harbour board, and we have been doing it for thirty years with readers like you behind us.\n\n— Early access to our events\n\n• Ad-free reading on every device\n\nIts owner thanked neighbours.",
			"The bakery reopened.\n\nIts owner thanked neighbours."},
		{"a bulleted list without a pitch kept",
			"The bakery reopened.\n\n— Bread on Mondays\n\n— Cakes on Fridays",
			"The bakery reopened.\n\n— Bread on Mondays\n\n— Cakes on Fridays"},
		{"a story about memberships kept",
			"The gym said members get a free month when the pool reopens, and the council welcomed it.",
			"The gym said members get a free month when the pool reopens, and the council welcomed it."},
		{"bare image credit dropped", "The bakery reopened.\n\nFeatured image by Ana Ruiz/Riverside Courier.", "The bakery reopened."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropFurniture(tt.in); got != tt.want {
				t.Errorf("dropFurniture(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHTMLTextSkipsHidden(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes</h1>")
	for range 3 {
		b.WriteString("<p>The island ferry resumed its morning crossings on Monday after a week of repairs to the harbour ramp, the operator said in a statement to passengers.</p>")
	}
	b.WriteString(`<p hidden>Unlock the full archive with a premium pass today.</p></article></body></html>`)
	got, err := HTMLText(b.String())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "island ferry resumed") || strings.Contains(got, "premium pass") {
		t.Errorf("HTMLText = %q: want the article without the hidden paragraph", got)
	}
}

// TestParseHTMLJunkMetadata checks that a title, publisher or URL over the
// store's limits (page junk, not metadata) is left out of the article
// while its text is kept, and that ordinary metadata stays.
func TestParseHTMLJunkMetadata(t *testing.T) {
	body := "<p>The Velm county council approved the new ferry timetable on Tuesday after a long debate.</p>" +
		"<p>Boats will leave Harrow Point every forty minutes from March, the council said.</p>"
	page := func(title, site, url string) string {
		return `<html><head><title>` + title + `</title><meta property="og:site_name" content="` + site +
			`"><link rel="canonical" href="` + url + `"></head><body><article>` + body + `</article></body></html>`
	}
	long := strings.Repeat("x", 5000)
	tests := []struct {
		name                   string
		page                   string
		title, source, urlWant string
	}{
		{"ordinary", page("Ferry timetable approved", "Velm Gazette", "https://gazette.example/ferry"), "Ferry timetable approved", "Velm Gazette", "https://gazette.example/ferry"},
		{"junk title", page(long, "Velm Gazette", "https://gazette.example/ferry"), "", "Velm Gazette", "https://gazette.example/ferry"},
		{"junk publisher", page("Ferry timetable approved", long, "https://gazette.example/ferry"), "Ferry timetable approved", "", "https://gazette.example/ferry"},
		{"junk URL", page("Ferry timetable approved", "Velm Gazette", "https://gazette.example/"+long), "Ferry timetable approved", "Velm Gazette", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseHTML(tt.page)
			if a.Title != tt.title || a.Source != tt.source || a.URL != tt.urlWant {
				t.Errorf("title %.40q source %.40q URL %.60q, want %q %q %q", a.Title, a.Source, a.URL, tt.title, tt.source, tt.urlWant)
			}
			if !strings.Contains(a.Text, "Harrow Point") {
				t.Errorf("text %q lost the article", a.Text)
			}
		})
	}
}
