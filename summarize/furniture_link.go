package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a link's or widget's label that a page ran into the
// sentence after it: "Read the ruling here the judge ordered ..." reads
// "The judge ordered ...", "Related news the council says ..." reads "The
// council says ...". A label left alone with no sentence after it is a
// teaser (linkLine, flags.go), which a reader's summary leaves out.

// linkHereWords bounds the words of a "Read ... here" label, "here"
// included.
const linkHereWords = 6

// linkRestWords is the fewest words of the sentence after a label.
const linkRestWords = 10

// cutLinkLabel returns s without a link's label that opens it and runs
// into a lower-case sentence of linkRestWords words or more: "Read",
// "See", "View", "Watch" or "Listen" and at most linkHereWords words up to
// "here" ("Read the full ruling here the judge ordered ..."), or a bare
// "Related" or "Related news" ("Related news the council says ...").
// "Related content ...", "Related stories: ..." and the like name a list
// of links whose first headline follows, which linkLine marks whole.
func cutLinkLabel(s string) string {
	if s == "" || !strings.ContainsRune("RSVWLrsvwl", rune(s[0])) {
		return s
	}
	fields := strings.Fields(s[:min(len(s), 120)])
	if len(fields) < 2 {
		return s
	}
	first := strings.ToLower(fields[0])
	cut := 0
	switch first {
	case "read", "see", "view", "watch", "listen":
		for i := 1; i < len(fields) && i < linkHereWords; i++ {
			if strings.ContainsAny(fields[i], `.,;:!?"“”`) {
				return s
			}
			if strings.ToLower(fields[i]) == "here" {
				cut = i + 1
				break
			}
		}
	case "related":
		cut = 1
		if strings.ToLower(fields[1]) == "news" {
			cut = 2
		}
		if cut < len(fields) && relatedList[strings.ToLower(strings.TrimRight(fields[cut], ":"))] {
			return s
		}
	}
	if cut == 0 || cut >= len(fields) {
		return s
	}
	rest := afterFields(s, cut)
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) || countWords(rest) < linkRestWords {
		return s
	}
	return lex.UpperFirst(rest)
}

// relatedList after "Related" name a list of links: "Related content",
// "Related stories", "Related news articles".
var relatedList = lex.Set("content", "stories", "story", "articles", "article", "links", "link", "gallery", "video",
	"videos", "posts", "coverage", "reading", "topics", "items", "headlines", "headline", "searches", "", "related", "news")
