package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDropInArticle(t *testing.T) {
	body := "The harbour authority of Port Wendle closed the northern pier on Tuesday after inspectors found cracks in three of its supports."
	links := map[string]bool{linkKey("Why the old pier failed"): true, linkKey("Get the Wendle briefing in your inbox."): true,
		linkKey("See also: Harbour dues"): true}
	alts := map[string]bool{linkKey("A fishing boat moored at the southern quay of Port Wendle"): true}
	for _, tc := range []struct {
		name, para string
		drop       bool
	}{
		{"caption echo", "A fishing boat moored at the southern quay of Port Wendle", true},
		{"caption echo with credit", "A fishing boat moored at the southern quay of Port Wendle. Photograph: Jane Roe/Wendle Gazette", true},
		{"prose beginning like a caption", "A fishing boat moored at the southern quay of Port Wendle was the first to leave when the pier closed, and its crew said the cracks had been visible for months before anyone came to look.", false},
		{"bracketed link", "[Read: Why the old pier failed]", true},
		{"bracketed sign-up", "[Morning news: Get the Wendle briefing in your inbox.]", true},
		{"bracketed note", "[This story has been updated with the council's statement.]", false},
		{"labelled link", "Read: Why the old pier failed", true},
		{"labelled link, the whole line linked", "See also: Harbour dues", true},
		{"labelled line that is no link", "Read: the notice the council posted at the quay on Monday.", false},
		{"colon after a word that is no label", "Inspectors: Why the old pier failed", false},
		{"bio", "Jane Roe is a reporter for the Wendle Gazette covering the harbour. Follow her on Twitter.", true},
		{"capitals bio", "JANE ROE IS THE GAZETTE'S POLITICAL EDITOR", true},
		{"covers bio", "Jane Roe covers the harbour and the council for the Gazette.", true},
		{"contributor bio", "Jane Roe is the founder of Tidewater Studio, a design consultancy in Port Wendle that helps small firms plan their shops, and has written on harbour trade for ten years.", true},
		{"closing sentence about a founder", "Ann Holt, who founded the rowing club, said the repairs would be paid for this year.", false},
		{"closing sentence", "Mayor Ann Holt is a former harbour pilot, and she said the repairs would be paid for this year.", false},
		{"reference note", "More information: J. Roe et al. Cracks in concrete piers, Journal of Harbour Works (2019). DOI: 10.1000/xyz", true},
		{"citation", "Citation: Pier closed after cracks found (2019, October 22) retrieved 20 January 2020", true},
	} {
		text := body + "\n\n" + tc.para
		want := text
		if tc.drop {
			want = body
		}
		if got := dropInArticle(text, links, alts); got != want {
			t.Errorf("%s: got %q, want %q", tc.name, got, want)
		}
	}
	// A bio is dropped only at the end of the text.
	text := "Jane Roe is a reporter for the Wendle Gazette covering the harbour.\n\n" + body + "\n\n" + body + "\n\n" + body
	if got := dropInArticle(text, links, alts); got != text {
		t.Errorf("bio at the top: got %q", got)
	}
}

func TestPruneFigureLists(t *testing.T) {
	page := `<html><body><article><p>First paragraph of the story.</p>` +
		`<figure><img src="a.jpg"></figure><ul><li><p>A crane lifts the damaged section</p></li></ul>` +
		`<p>Second paragraph.</p><figure><img src="b.jpg"></figure>` +
		`<ul><li>First point of a real list</li><li>Second point</li></ul>` +
		`<figure><img src="c.jpg"></figure><ul><li><a href="/x">A linked teaser</a></li></ul></article></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	pruneFigureLists(doc)
	var hidden []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && hasAttr(n, "hidden") {
			hidden = append(hidden, strings.TrimSpace(nodeText(n)))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(hidden) != 1 || hidden[0] != "A crane lifts the damaged section" {
		t.Errorf("hidden = %q, want the one-item caption list only", hidden)
	}
}

func TestAltTexts(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p><img alt="Logo"><img alt="Crews repair the northern pier at dawn"></p>`))
	if err != nil {
		t.Fatal(err)
	}
	got := altTexts(doc)
	if len(got) != 1 || !got["crews repair the northern pier at dawn"] {
		t.Errorf("altTexts = %v", got)
	}
}

func TestCaptionEchoHeading(t *testing.T) {
	alts := map[string]bool{linkKey("Pier Repairs — What The Council Plans Next"): true}
	if isCaptionEcho("Pier Repairs — What The Council Plans Next", alts) {
		t.Error("a title-cased heading repeating an alt text was taken as a caption")
	}
}

func TestStampLines(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"2/26/2015 7:11 AM PST BY GAZETTE STAFF", true},
		{"March 3, 2021 by Jane Roe", true},
		{"Gazette Money (Port Wendle) First published February 1, 2016: 1:28 AM ET", true},
		{"The pier was first published on maps in 1962", false},
		{"Crews worked by night to repair the pier", false},
	} {
		if got := isMetaLine(tc.line); got != tc.want {
			t.Errorf("isMetaLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
	if !isPoweredBy("Powered by SmartRates.com") || !isPoweredBy("Promoted By Linkwell") ||
		isPoweredBy("Powered by wind, the ferry crossed the bay in an hour.") || isPoweredBy("Promoted by the board, Vance took over the fleet in May.") {
		t.Error("isPoweredBy")
	}
	if !isWidgetLabel("EXCLUSIVE") {
		t.Error(`"EXCLUSIVE" alone is not a widget label`)
	}
}
