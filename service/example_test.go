package service_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/service"
	"github.com/chorusnews/chorus/sqlite"
)

// Open takes the store the caller chose (here the SQLite file that
// `chorus serve` keeps in its data directory); Ingest groups articles into
// stories; ProcessPending (or Run, in a server) computes their summaries;
// Story reads one back. The articles are invented.
func ExampleOpen() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "chorus-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "chorus.db"), sqlite.Options{})
	if err != nil {
		log.Fatal(err)
	}
	svc, err := service.Open(ctx, db, service.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer svc.Close()

	res, err := svc.Ingest(ctx, []chorus.Article{
		{URL: "https://valley.example/dam", Source: "Valley Wire", Title: "Dam bursts near Valdoria",
			Text: "The Korvath dam burst on Tuesday, flooding three villages downstream of Valdoria. " +
				"Engineers had warned of cracks in the dam wall for months. Rescue teams evacuated about 2,000 residents."},
		{URL: "https://coast.example/flood", Source: "Coast Daily", Title: "Villages flooded as Korvath dam fails near Valdoria",
			Text: "Floodwater reached three villages on Tuesday when the Korvath dam near Valdoria gave way. " +
				"The regional governor promised an inquiry into the dam. Farmers said the harvest in the valley was lost."},
		{URL: "https://board.example/final", Source: "Board Times", Title: "Ostrel chess final drawn",
			Text: "The Ostrel chess final ended in a draw on Sunday after six hours of play. The title will be decided by a tiebreak."},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range res {
		fmt.Println(r.Status, "in story", r.StoryID)
	}
	if _, err := svc.ProcessPending(ctx); err != nil {
		log.Fatal(err)
	}
	d, err := svc.Story(ctx, res[0].StoryID, chorus.StoryDetailQuery{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d articles from %d sources\n", d.ArticleCount, d.SourceCount)
	fmt.Println(d.Lead)
	// Output:
	// created in story 1
	// created in story 1
	// created in story 2
	// 2 articles from 2 sources
	// The Korvath dam burst on Tuesday, flooding three villages downstream of Valdoria.
}
