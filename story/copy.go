package story

import "github.com/chorusnews/chorus/internal/copies"

// copyDoc returns the article text as the copy test reads it (package
// copies, the test the summarizer counts sources with): the content-term
// sets of its sentences, without page furniture and without the sentences
// of the boilerplate table, so shared web boilerplate never links two
// articles. It keeps the sentences extract keeps.
func (c *Clusterer) copyDoc(text string) copies.Doc {
	return copies.NewDoc(copies.Sentences(text, c.bp.Holds))
}
