package main

import (
	"fmt"
	"io"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/lang"
)

// checkLanguages applies Chorus's language policy (package lang) to the
// clusters about to be summarized, in place. A cluster whose articles are
// all surely in another language than English is refused: its articles are
// removed and its refusal is returned at its index. From any other cluster
// the articles surely in another language are left out, each named in a
// warning on stderr. A nil slice means every cluster is kept.
func checkLanguages(clusters []chorus.Cluster, stderr io.Writer) []error {
	var refused []error
	for i := range clusters {
		c, dropped, err := lang.Filter(clusters[i])
		if err != nil {
			if refused == nil {
				refused = make([]error, len(clusters))
			}
			refused[i] = err
			clusters[i].Articles = nil
			continue
		}
		for _, d := range dropped {
			fmt.Fprintf(stderr, "chorus summarize: warning: %s: article %s left out: %s\n", clusters[i].ID, d.Article.ID, chorus.ErrorMessage(d.Err))
		}
		clusters[i] = c
	}
	return refused
}
