package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage: a web archive's notice about how
// it captured a page ("Crawls of the <region> web domain performed on
// behalf of <library>.", "<the archive's aim of mending dead links>",
// "<company> has been donating its crawl data to <archive>.") stands in
// for the article some Multi-News sources lost. The defect detector and
// the learned boilerplate table keep such sentences out of the first
// pass, but when a cluster has nothing else the boilerplate-free second
// pass of Summarize read them, and blind readers got an archive's notice
// as the story. isCrawlNotice keeps them out of both passes of a reader's
// summary; a cluster of nothing else has none (chorus.ErrNoText). Fill, the
// benchmarks' summary, is left as it was. A collection's description of its
// crawl ("For this collection, several things were done: ...", "Properties
// of this collection.") and the note that its files are not public are
// such notices too (furniture_widgetnotice.go counts what they changed).

// crawlNoticeOpening matches a crawl word among a sentence's first five
// words ("Focused crawls are ...", "Data crawled on behalf of ...", "The
// seed for this crawl was ...").
var crawlNoticeOpening = regexp.MustCompile(`^(?:[^ ]+ ){0,4}(?:re-?)?(?:web)?(?:crawls?|crawled)\b`)

// crawlNoticeWeb matches the web words that make a crawl word a web
// archive's: a crawling animal or person has none of them.
var crawlNoticeWeb = regexp.MustCompile(`\b(?:web|website|websites|domain|domains|urls?|sites?|internet|wayback|warc|404|outlinks|hosts?|subdomains?|archived?|archiving)\b|\.(?:org|com|net)\b`)

// crawlNoticePhrases are phrases only an archive's notice writes.
var crawlNoticePhrases = []string{
	"crawl data", "webcrawl", "added to the wayback machine", "warc files",
	"fix all broken links", "the internet archive hopes",
	// A collection's description of how it was crawled ("For this
	// collection, several things were done: ...").
	"for this collection, several things were done", "turned off duplicate detection",
	"the original runs were just against the enwiki", "did all the different wikis",
	"the seed list was built from all", "with pointers to random other collections",
	"properties of this collection", "the purpose of this collection is", "archive-it partner",
}

// crawlNoticeDataWords is the most words of a crawl's access note.
const crawlNoticeDataWords = 8

// crawlNoticeCues are the words one of which every crawl notice holds,
// found in one reading of a sentence: most sentences hold none.
var crawlNoticeCues = lex.NewSubstrings("rawl", "roken links", "ayback", "rchive", "publicly", "ollection", "wiki", "uplicate")

// isCrawlNotice reports whether sentence s is a web archive's notice about
// its crawl rather than a story's sentence (this file's comment).
func isCrawlNotice(s string) bool {
	if !crawlNoticeCues.In(s) {
		return false
	}
	lower := lex.LowerASCII(s)
	for _, p := range crawlNoticePhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	if strings.HasPrefix(lower, "contains ") && strings.Contains(lower, "archived websites") {
		return true // a collection's description: "Contains archived websites of ..."
	}
	if (strings.HasPrefix(lower, "this data is") || strings.HasPrefix(lower, "these files are")) && strings.Contains(lower, "not publicly accessible") &&
		countWords(s) <= crawlNoticeDataWords {
		return true // the crawl's access note: "This data is not publicly accessible."
	}
	return crawlNoticeOpening.MatchString(lower) && crawlNoticeWeb.MatchString(lower)
}
