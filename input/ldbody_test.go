package input

import (
	"strings"
	"testing"
)

func TestTrimToBody(t *testing.T) {
	p1 := "The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago, and to open it again by the summer."
	p2 := "Work will start in March, the board said, once the council has approved a loan that covers most of the cost of the timber and the cranes."
	p3 := "Skippers who moved their boats to the south basin said they would come back as soon as the first berths were ready for them to use."
	body := p1 + " " + p2 + " " + p3
	long := strings.Repeat(p1+" ", 1)
	tests := []struct {
		name, text, body, want string
	}{
		{"no body", "Pier to reopen\n\n" + p1, "", "Pier to reopen\n\n" + p1},
		{"headline and standfirst above, related list below",
			"Pier to reopen\n\nThe north pier is coming back at last\n\n" + p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\nFurther reading\n\nGulls return to the lighthouse",
			body, p1 + "\n\n" + p2 + "\n\n" + p3},
		{"a sub-heading between two paragraphs stays",
			p1 + "\n\nWhat happens next\n\n" + p2 + "\n\n" + p3, body, p1 + "\n\nWhat happens next\n\n" + p2 + "\n\n" + p3},
		{"a short line the body holds stays at the edge",
			"ELLERY BAY\n\n" + p1 + "\n\n" + p2 + "\n\n" + p3, "ELLERY BAY — " + body, "ELLERY BAY\n\n" + p1 + "\n\n" + p2 + "\n\n" + p3},
		{"a teaser body is too short", "Pier to reopen\n\n" + p1, "The harbour board voted.", "Pier to reopen\n\n" + p1},
		{"a body of another text is not used: too little of the text in it",
			"Pier to reopen\n\n" + p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\nA second story about gulls that nest on the lighthouse roof every spring and the keepers who count them each year without fail.",
			long + " " + strings.Repeat("gulls nest on the roof again ", 20), "Pier to reopen\n\n" + p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\nA second story about gulls that nest on the lighthouse roof every spring and the keepers who count them each year without fail."},
		{"case and punctuation do not matter", "PIER TO REOPEN\n\n" + strings.ToUpper(p1) + "\n\n" + p2 + "\n\n" + p3, strings.ReplaceAll(body, ",", ""), strings.ToUpper(p1) + "\n\n" + p2 + "\n\n" + p3},
		{"empty text", "", body, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimToBody(tt.text, tt.body); got != tt.want {
				t.Errorf("trimToBody =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestHTMLTextTrimsToArticleBody(t *testing.T) {
	paras := []string{
		"The island ferry resumed its morning crossings on Monday after a week of repairs to the harbour ramp, the operator said in a statement.",
		"Passengers queued from six o'clock, and the first boat left the quay ten minutes late with every seat taken and a line of cars behind.",
		"The operator said the afternoon crossings would return on Thursday once the second ramp had been tested by the harbour engineers.",
		"Shopkeepers on the island said the week without a morning boat had cost them most of their deliveries of bread, milk and newspapers.",
		"The council thanked the crews who worked through the weekend and said it would review how the ramp is inspected before the winter.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Ferry</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes","articleBody":"`)
	b.WriteString(strings.Join(paras, " "))
	b.WriteString(`"}</script></head><body><article><h1>Ferry service resumes</h1><p>Crossings are back after the ramp repairs</p>`)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`<div><p>About the writer: Odile Marsh covers the islands and their boats for the paper.</p></div></article></body></html>`)
	got, err := HTMLText(b.String())
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(paras, "\n\n"); got != want {
		t.Errorf("HTMLText =\n%q\nwant the publisher's body\n%q", got, want)
	}
}

// pierStory is an invented seven-paragraph story for the articleBody tests.
var pierStory = []string{
	"The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago, and to open it again by the summer.",
	"Work will start in March, the board said, once the council has approved a loan that covers most of the cost of the timber and the cranes.",
	"Skippers who moved their boats to the south basin said they would come back as soon as the first berths were ready for them to use.",
	"Ilse Varga, who chairs the board, said the new pier would stand a metre higher than the old one and would have room for forty boats.",
	"The council meets on Thursday and is expected to approve the loan, although two members have asked for a survey of the south basin first.",
	"Tarnwick, across the bay, rebuilt its own pier five years ago and has since doubled the number of boats that land their catch there.",
	"Fishermen there said the work had taken a year longer than planned, and warned Ellery Bay to order its timber well before the spring.",
}

func TestFillFromBody(t *testing.T) {
	ps := pierStory
	body := strings.Join(ps, "\n")
	if n := len(words(body)); n < minFillWords {
		t.Fatalf("fixture body has %d words, want %d or more", n, minFillWords)
	}
	story := strings.Join(ps, "\n\n")
	tests := []struct {
		name, text, body, want string
	}{
		{"another block found: the body replaces it",
			"Opinion\n\nThe bay's long winter, and what the pier means for the town's future, seen from the quay.", body, story},
		{"a teaser the body continues stays", ps[0] + "\n\nSubscribe to read more.", body, ps[0] + "\n\nSubscribe to read more."},
		{"the whole story found stays", story, body, story},
		{"a short body is not used", "Opinion\n\nA view from the quay.", ps[0] + "\n" + ps[1], "Opinion\n\nA view from the quay."},
		{"no body", "Opinion\n\nA view from the quay.", "", "Opinion\n\nA view from the quay."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fillFromBody(tt.text, tt.body); got != tt.want {
				t.Errorf("fillFromBody =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestParseHTMLFillsFromBody(t *testing.T) {
	ps := pierStory
	page := `<html><head><title>A pier for the bay</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A pier for the bay","articleBody":"` +
		strings.Join(ps, `\n`) + `"}</script></head><body><main><p class="section">Opinion</p>` +
		`<h1>A pier for the bay</h1><p>The bay's long winter, and what the pier means for the town's future, seen from the quay by one of the skippers who waited for it through two seasons of storms, lost catches and long drives to the south basin before dawn.</p>` +
		`<p>Our columnist has fished out of the bay for thirty years and writes for the paper every other week about the sea, the weather and the people who work on the water.</p>` +
		`<div id="app"></div></main></body></html>`
	cs, err := Parse(strings.NewReader(page), "page.html", Options{Format: FormatHTML})
	if err != nil || len(cs) == 0 || len(cs[0].Articles) == 0 {
		t.Fatalf("Parse: %v", err)
	}
	if got, want := cs[0].Articles[0].Text, strings.Join(ps, "\n\n"); got != want {
		t.Errorf("text =\n%q\nwant\n%q", got, want)
	}
}
