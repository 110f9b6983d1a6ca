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
}

// Cluster is a set of articles about one event, the unit that is summarized.
type Cluster struct {
	// ID identifies the cluster (a file name, a dataset id).
	ID string `json:"id"`
	// Articles are the cluster's articles in input order.
	Articles []Article `json:"articles"`
}
