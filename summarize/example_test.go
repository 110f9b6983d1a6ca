package summarize_test

import (
	"fmt"
	"log"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/summarize"
)

// Summarize turns the articles of one cluster into a summary whose
// sentences cite the sources that carry them. The articles here are
// invented.
func ExampleSummarize() {
	articles := []chorus.Article{
		{ID: "a", Source: "Valley Wire", Title: "Dam bursts near Valdoria",
			Text: "The Korvath dam burst on Tuesday, flooding three villages downstream of Valdoria. " +
				"Engineers had warned of cracks in the wall for months. Rescue teams evacuated about 2,000 residents."},
		{ID: "b", Source: "Coast Daily", Title: "Villages flooded as dam fails",
			Text: "Three villages were flooded on Tuesday after the Korvath dam burst near Valdoria. " +
				"About 2,000 residents were evacuated by rescue teams. The regional governor promised an inquiry."},
	}
	sum, err := summarize.Summarize(articles, chorus.Options{Sentences: 1})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range sum.Sentences {
		fmt.Println(s.Text)
		for _, id := range s.Sources {
			src := sum.Sources[id-1]
			fmt.Printf("[%d] %s: %s\n", src.ID, src.Source, src.Title)
		}
	}
	// Output:
	// The Korvath dam burst on Tuesday, flooding three villages downstream of Valdoria.
	// [1] Valley Wire: Dam bursts near Valdoria
	// [2] Coast Daily: Villages flooded as dam fails
}
