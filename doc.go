// Package chorus holds the vocabulary of Chorus, a multi-document news
// summarizer: articles, clusters, summaries with citations, options, errors,
// and the types and storage interface of the story service.
//
// Data flows through the subpackages in this order:
//
//	input     reads articles (text, HTML, JSON, JSON Lines, Multi-News)
//	clean     turns an article body into clean paragraphs (no captions, bylines, link lists)
//	sentence  splits clean text into sentences
//	summarize scores, selects, orders and attributes sentences into a Summary
//	render    writes a Summary as text, Markdown or JSON
//
// The evaluation half lives in rouge, dataset, baseline and bench; the
// service half (stories kept current from a stream of articles) in story,
// service, sqlite, postgres, feed and http. cmd/chorus chooses the Store
// (sqlite or postgres) and hands it to service.Open; mock holds the test
// doubles of StoryService and Store. Text enters through input, http and
// feed alike: invalid UTF-8 as ValidUTF8 says, HTML bodies through
// input.ArticleText. This package imports only the standard library.
package chorus
