package input_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/chorusnews/chorus/input"
)

// Parse reads one input, here JSON Lines with one cluster per line, into
// clusters of articles; HTML inside a "text" field is reduced to its text.
func ExampleParse() {
	const jsonl = `{"id":"dam","articles":[{"id":"a","title":"Dam bursts","text":"<p>The Korvath dam burst on Tuesday.</p><p>Three villages flooded.</p>"},{"id":"b","text":"Rescue teams evacuated 2,000 residents."}]}
{"id":"chess","articles":[{"title":"Final drawn","text":"The Ostrel chess final ended in a draw."}]}`
	clusters, err := input.Parse(strings.NewReader(jsonl), "news.jsonl", input.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range clusters {
		for _, a := range c.Articles {
			fmt.Printf("%s/%s %q: %q\n", c.ID, a.ID, a.Title, a.Text)
		}
	}
	// Output:
	// dam/a "Dam bursts": "The Korvath dam burst on Tuesday.\n\nThree villages flooded."
	// dam/b "": "Rescue teams evacuated 2,000 residents."
	// chess/1 "Final drawn": "The Ostrel chess final ended in a draw."
}

// ArticleText reads an article body that may be HTML the way every way
// into Chorus does: markup reduced to paragraphs, entities decoded, invalid
// UTF-8 read as Windows-1252, plain text kept as written.
func ExampleArticleText() {
	for _, body := range []string{
		"<p>Fire &amp; rescue teams arrived.</p><p>Nobody was hurt.</p>",
		"Turnout was < 40% in the caf\xe9 district.",
	} {
		text, err := input.ArticleText(body)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%q\n", text)
	}
	// Output:
	// "Fire & rescue teams arrived.\n\nNobody was hurt."
	// "Turnout was < 40% in the café district."
}
