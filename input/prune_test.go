package input

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// articleBody is an invented article long enough for go-trafilatura to
// take it as the main text.
const articleBody = `<p>The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago, and to open it again to fishing boats by next autumn.</p>
<p>Work will start in March, the board said, once the council has approved a loan that covers most of the cost; the rest comes from mooring fees, which rise by a tenth.</p>
<p>Skippers who moved their boats to the south basin welcomed the plan but asked the board to keep the winter fees as they are until the pier reopens.</p>`

// page wraps an article and extra blocks in an invented news page.
func page(extra string) string {
	return `<!DOCTYPE html><html><head><title>Pier to reopen</title></head><body>
<div class="wrap"><h1>Pier to reopen</h1><div class="story">` + articleBody + extra + `</div></div></body></html>`
}

func TestPruneFurniture(t *testing.T) {
	tests := []struct {
		name    string
		extra   string
		notWant string // text of the furniture block
		want    string // text that must stay
	}{
		{"comments widget", `<div id="comments" class="comment-list"><div class="comment"><p>Lovely news, hope the fees stay low for everyone!!</p></div><div class="comment"><p>About time too, the south basin is far too crowded.</p></div></div>`,
			"Lovely news", "Skippers who moved"},
		{"disqus thread", `<div id="disqus_thread"><p>Reader Anna wrote that she would believe the date when she saw it.</p></div>`,
			"Reader Anna wrote", "Skippers who moved"},
		{"related stories", `<div class="related-articles"><h3>Read these next</h3><p>Ferry timetable changes for the winter season across the bay.</p><p>Lighthouse keeper retires after forty years of service.</p></div>`,
			"Lighthouse keeper retires", "Skippers who moved"},
		{"newsletter box", `<div class="newsletter-box"><p>Get the morning briefing from the bay delivered to your inbox every day.</p></div>`,
			"morning briefing", "Skippers who moved"},
		{"photo caption", `<div class="image-caption">The north pier after the storm of last January, seen from the harbour wall.</div>`,
			"seen from the harbour wall", "Skippers who moved"},
		{"byline box", `<div class="author-box"><p>Mara Quist covers the coast for the Bay Courier.</p></div>`,
			"Mara Quist covers", "Skippers who moved"},
		{"disclosure box", `<p class="affiliate-disclosure">We may earn a commission when you buy through links on this page.</p>`,
			"earn a commission", "Skippers who moved"},
		{"next post", `<div class="next-post"><p>Next: Lighthouse keeper retires after forty years</p></div>`,
			"Lighthouse keeper retires", "Skippers who moved"},
		{"share bar", `<div class="post-share"><span>Share this story</span> <a href="#">Mail</a> <a href="#">Print</a></div>`,
			"Share this story", "Skippers who moved"},
		{"teaser list", `<div class="group"><h2>Elsewhere</h2><div class="item"><h4><strong>Opinion</strong> <a href="/opinion/ferry-fares">Ferry fares must fall</a></h4><p>Islanders pay twice what the mainland pays for the same crossing.</p></div><div class="item"><h4><a href="/news/lighthouse">Lighthouse keeper retires</a></h4><p>Forty years on the rock end with a party on the quay.</p></div><div class="item"><h4><a href="/news/gulls">Gulls return to the cliffs</a></h4><p>Counters found more nests than in any year since records began.</p></div></div>`,
			"Islanders pay twice", "Skippers who moved"},
		{"headings linking to their own sections are content", `<div class="sections"><div><h3><a href="#costs">Costs</a></h3><p>The loan covers most of the cost of the new pier.</p></div><div><h3><a href="#fees">Fees</a></h3><p>Mooring fees rise by a tenth from the spring.</p></div><div><h3><a href="#dates">Dates</a></h3><p>Boats return to the north pier by next autumn.</p></div></div>`,
			"", "Mooring fees rise"},
		{"long sections under linked headings are content", `<div class="picks">` + strings.Repeat(`<div class="pick"><h3><a href="https://shop.example/rope">Harbour rope</a></h3><p>`+strings.Repeat("The rope the skippers chose holds a boat in a gale and does not rot in salt water, they said. ", 6)+`</p></div>`, 3) + `</div>`,
			"", "does not rot in salt water"},
		{"sign-up box with an e-mail field", `<div class="box"><h3>Never miss a tide</h3><p>Join the readers who get the Bay Courier in their inbox every morning.</p><form><input type="email" name="addr"><button>Go</button></form></div>`,
			"Never miss a tide", "Skippers who moved"},
		{"table of links to other stories", `<table><tr><td><a href="/a">Gulls return to the cliffs</a></td><td><a href="/b">Lighthouse keeper retires</a></td></tr><tr><td><a href="/c">Ferry fares must fall</a></td></tr></table>`,
			"Gulls return", "Skippers who moved"},
		{"table with text cells is content", `<table><tr><td><a href="/fees">Mooring fee</a></td><td>twelve crowns a night for boats of up to ten metres</td></tr><tr><td><a href="/b">Winter fee</a></td><td>eight crowns</td></tr></table>`,
			"", "twelve crowns a night"},
		{"sign-in dialog", `<div class="login-modal"><h3>Welcome back</h3><p>Sign in to keep reading the Bay Courier on every device.</p></div>`,
			"Welcome back", "Skippers who moved"},
		{"dialog by role", `<div role="dialog"><p>Set the Bay Courier as your home page in three steps.</p></div>`,
			"three steps", "Skippers who moved"},
		{"house ad slot", `<div class="ad-slot"><p>The Bay Courier's weekend guide lands every Friday with tides and events.</p></div>`,
			"weekend guide lands", "Skippers who moved"},
		{"promo box", `<div class="promo-box"><p>The Bay Courier's weekend guide lands every Friday with tides and events.</p></div>`,
			"weekend guide lands", "Skippers who moved"},
		{"photo description", `<div class="photo-description"><p>The north pier after the storm of last January, seen from the harbour wall.</p></div>`,
			"seen from the harbour wall", "Skippers who moved"},
		{"reader poll", `<div class="poll-widget"><h3>Should the north pier reopen to yachts as well as fishing boats?</h3><label><input type="radio" name="v"> Yes, the harbour needs them</label><label><input type="radio" name="v"> No, keep it for the fleet</label><button>Vote</button></div>`,
			"reopen to yachts", "Skippers who moved"},
		{"video player", `<div class="video-player"><p>Watch: the storm breaks over the north pier last January.</p><span>0:00 / 2:31</span></div>`,
			"storm breaks over", "Skippers who moved"},
		{"quiz", `<section id="news-quiz"><p>How many boats moor in the south basin this winter? Take our weekly harbour quiz.</p></section>`,
			"weekly harbour quiz", "Skippers who moved"},
		{"sidebar widget", `<div id="text-7" class="widget widget_text"><h3 class="widget-title">From the editor</h3><div class="textwidget"><p>Letters to the Bay Courier are printed when they are signed. Write to the desk on Quay Street.</p></div></div>`,
			"printed when they are signed", "Skippers who moved"},
		{"commentary is content", `<div class="commentary-body"><p>The board's vote settles a quarrel that has split the village since the storm, and it does so with money the village did not have to borrow from itself.</p></div>`,
			"", "settles a quarrel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTMLText(page(tt.extra))
			if err != nil {
				t.Fatal(err)
			}
			if tt.notWant != "" && strings.Contains(got, tt.notWant) {
				t.Errorf("text keeps furniture %q:\n%s", tt.notWant, got)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("text lacks %q:\n%s", tt.want, got)
			}
		})
	}
}

func TestPruneFurnitureKeepsArticle(t *testing.T) {
	tests := []struct {
		name, doc string
		marked    []string // ids of the elements that must be marked hidden
		kept      []string // ids that must not be
	}{
		{"furniture class on the article body", `<div id="body" class="share-wrap comment-enabled" itemprop="articleBody"><p>Text</p></div>`, nil, []string{"body"}},
		{"furniture class around the headline", `<div id="top" class="related-header"><h1>Headline</h1></div>`, nil, []string{"top"}},
		{"furniture class around an article element", `<div id="outer" class="trending-wrap"><article><p>Text</p></article></div>`, nil, []string{"outer"}},
		{"comments beside the article", `<article id="a"><p>Text</p></article><section id="c" class="comments-area"><p>Reply</p></section>`, []string{"c"}, []string{"a"}},
		{"short byline", `<p id="by" class="byline">By Mara Quist</p><p id="p">Text</p>`, []string{"by"}, []string{"p"}},
		{"long text in an author block is not a byline", `<div id="w" class="author-content"><p>` + strings.Repeat("The pier will reopen in the autumn. ", 12) + `</p></div>`, nil, []string{"w"}},
		{"inline gallery in a long article", `<article id="a"><p>` + strings.Repeat("The pier will reopen in the autumn. ", 90) + `</p><div id="g" class="photo-gallery"><p>1/3 The pier in January</p></div></article>`, []string{"g"}, []string{"a"}},
		{"the gallery of a slideshow page is the story", `<article id="a"><p>Ten views of the bay.</p><div id="g" class="photo-gallery"><p>` + strings.Repeat("The pier at dawn, seen from the harbour wall. ", 40) + `</p></div></article>`, nil, []string{"g"}},
		{"a story told in gallery sections", `<article id="a"><p>Thirty gifts.</p>` + strings.Repeat(`<div class="gallery-section"><h2>A gift</h2><p>`+strings.Repeat("A lamp shaped like a lighthouse, for the harbour. ", 4)+`</p></div>`, 30) + `</article>`, nil, []string{"a"}},
		{"a gallery outside any article is left to trafilatura", `<div id="g" class="gallery"><p>1/3 The pier in January</p></div>`, nil, []string{"g"}},
		{"short share bar", `<div id="s" class="social-share"><a>Mail</a><a>Print</a></div><p id="p">Text</p>`, []string{"s"}, []string{"p"}},
		{"share is a whole class token", `<div id="w" class="shared-story"><p>Text</p></div>`, nil, []string{"w"}},
		{"mail-client classes are not ad slots", `<div id="m" class="adn ads"><p>Why did the gull cross the bay?</p></div>`, nil, []string{"m"}},
		{"a long promo-classed block is not a slot", `<div id="w" class="promo-story"><p>` + strings.Repeat("The pier will reopen in the autumn. ", 12) + `</p></div>`, nil, []string{"w"}},
		{"a video page's article is kept", `<div id="w" class="video-story"><h1>Storm hits the pier</h1><p>Text</p></div>`, nil, []string{"w"}},
		{"poll is a whole class token", `<div id="w" class="polling-results"><p>Text</p></div>`, nil, []string{"w"}},
		{"long text in a share container is not a share bar", `<div id="w" class="share-container"><p>` + strings.Repeat("The pier will reopen in the autumn. ", 12) + `</p></div>`, nil, []string{"w"}},
		{"teaser cards in a related pane", `<article id="a"><p>` + strings.Repeat("The pier will reopen in the autumn. ", 12) + `</p></article><div id="r" class="related-stories"><article><h3><a href="/gulls">Gulls return</a></h3></article><article><h3><a href="/keeper">Keeper retires</a></h3></article></div>`, []string{"r"}, []string{"a"}},
		{"a page made of teaser cards", `<div id="r" class="related-stories"><article id="c"><h3><a href="/gulls">Gulls return</a></h3><p>Counters found more nests.</p></article><article><h3><a href="/keeper">Keeper retires</a></h3></article></div>`, nil, []string{"r", "c"}},
		{"long text in a modal is not a dialog box", `<div id="m" class="modal-article"><p>` + strings.Repeat("The pier will reopen in the autumn. ", 12) + `</p></div>`, nil, []string{"m"}},
		{"links to the previous and next post", `<a id="f" class="fixed-nav fixed-nav-prev" href="/gulls"><h6>Gulls return</h6></a><p id="p">Text</p><div id="n" class="nav-next"><a href="/keeper">Keeper retires</a></div>`, []string{"f", "n"}, []string{"p"}},
		{"short sidebar widget", `<p id="p">Text</p><aside id="w" class="widget widget_recent_entries"><h3>Recent posts</h3><ul><li><a href="/gulls">Gulls return</a></li></ul></aside>`, []string{"w"}, []string{"p"}},
		{"widget is a whole class name", `<div id="w" class="elementor-widget elementor-widget-text"><p>Text</p></div>`, nil, []string{"w"}},
		{"long text in a widget is not a sidebar box", `<div id="w" class="widget Blog"><p>` + strings.Repeat("The pier will reopen in the autumn, the harbour board said. ", 30) + `</p></div>`, nil, []string{"w"}},
		{"outermost block only", `<div id="r" class="related"><ul id="inner" class="related-list"><li>x</li></ul></div>`, []string{"r"}, []string{"inner"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.doc + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			pruneFurniture(doc)
			hidden := map[string]bool{}
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode && hasAttr(n, "hidden") {
					for _, a := range n.Attr {
						if a.Key == "id" {
							hidden[a.Val] = true
						}
					}
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			for _, id := range tt.marked {
				if !hidden[id] {
					t.Errorf("#%s not marked hidden", id)
				}
			}
			for _, id := range tt.kept {
				if hidden[id] {
					t.Errorf("#%s marked hidden", id)
				}
			}
		})
	}
}

// BenchmarkPruneFurniture runs the pruner on an invented page with many
// galleries, comment blocks and "Read more" links inside one article: its cost must grow
// with the page, not with the page times the number of blocks.
func BenchmarkPruneFurniture(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		page := "<html><body><article><p>" + strings.Repeat("The pier will reopen in the autumn. ", 100) + "</p>" +
			strings.Repeat(`<div class="gallery"><p>1/9 The pier</p></div><div class="comment"><p>Good news</p></div><a href="/next">Read more</a>`, n) + "</article></body></html>"
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				doc, err := html.Parse(strings.NewReader(page))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				pruneFurniture(doc)
			}
		})
	}
}
