package chorus

import "time"

// Article is one news article as read from any input.
type Article struct {
	// ID identifies the article within its cluster or store. Readers fill it
	// from the input (a JSON id, a file name) when the input has none.
	ID string `json:"id"`
	// Title is the headline, if known.
	Title string `json:"title,omitempty"`
	// Source names the publisher ("Reuters", "example.com").
	Source string `json:"source,omitempty"`
	// URL is where the article was published, if known.
	URL string `json:"url,omitempty"`
	// Published is the publication time; the zero time means unknown.
	Published time.Time `json:"published,omitzero"`
	// Text is the article body: plain text, paragraphs separated by blank lines.
	Text string `json:"text"`
	// DuplicateOf is the ID of the original when this article copies another
	// article of its cluster or story: a syndicated copy, a lightly edited
	// version of the same wire story or a spun rewrite (package
	// internal/copies holds the test); empty for originals or when unknown.
	// The story service sets it and ignores what clients send; a summary
	// counts a copy and its original as one source, and runs its own copy
	// test on the articles without it.
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// Cluster is a set of articles about one event, the unit that is summarized.
type Cluster struct {
	// ID identifies the cluster (a file name, a dataset id).
	ID string `json:"id"`
	// Articles are the cluster's articles in input order.
	Articles []Article `json:"articles"`
	// Query is the topic statement a summary of the cluster should focus
	// on (Options.Query), when the input gives one; empty for a generic
	// summary.
	Query string `json:"query,omitempty"`
}
