package summarize

import "github.com/chorusnews/chorus/internal/lex"

// This file belongs to the flags: a sentence that points at the page or
// the publication it stood on by "this" ("Within the safe confines of
// this blog, readers have ...", "This column is not about the mayor.",
// "You must be 18 to enter this site.", "The information on this website
// is for Tarnwick residents only.") is the writer's or the site's own
// voice. In a summary of several sources, "this blog" points at nothing
// the reader can see: blind judges listed it as a dangling reference. It
// is left out like a narrator's line (flagNarrator, markNarrators). A
// sentence with quotation marks (a speaker's "this column") is left
// alone, as is "this site" that may be a place ("this site served as an
// observatory"): "site" counts only after a verb of browsing ("enter",
// "visit", "view", "bookmark") or in "of this site".
//
// Measured against c984c20 (d3760c9 and leadcount.go): validation 2
// changed, read: 1 better (a medical site's notice to its reader goes), 1
// the same ("this blog" leaves the lead, but a pointer, "you can read
// ... here", comes in); train 1-38,000 9 changed, read: 7 better (a
// site's notice, "bookmark this site", "to view this site, you need
// ...", "This website is the result of ..." leave), 2 the same (a
// column's aside gave way to another odd line; a report's "on this
// website" was a fact of sorts), none worse. Fill is unchanged
// (multinews-val 45.92 / 16.23 / 19.82).

// outletNouns are the publications "this" points at in a writer's own
// voice.
var outletNouns = lex.Set("blog", "website", "websites", "webpage", "column", "newsletter", "podcast")

// browseWords before "this site" show the site is a web site.
var browseWords = lex.Set("enter", "visit", "view", "bookmark", "browse", "using", "of", "leave", "accessing", "access")

// ownOutlet reports whether s, holding no quotation mark, points at its
// own publication (see the file comment).
func ownOutlet(s string) bool {
	if !hasFoldASCII(s, "this ") || lex.ContainsAny(s, "\"“”") {
		return false // most sentences (no rune but ASCII lower-cases to these letters)
	}
	w := lex.LetterWords(s, 80)
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "this" {
			continue
		}
		next, after := w[i+1], ""
		if i+2 < len(w) {
			after = w[i+2]
		}
		switch {
		case next == "web" && (after == "site" || after == "page"):
			return true
		case outletNouns[next]:
			return after != "post" && after != "posts" // "this blog post from ...": a post, told
		case next == "site" && i > 0 && browseWords[w[i-1]]:
			return true
		}
	}
	return false
}
