package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
)

// A page's bracketed tag left in a sentence: a link's label ("the court's
// ruling [pdf] says ...", "<headline> [video] <story>", "the Hawks [team
// stats] won ...") or an encyclopedia's footnote marker ("the town has
// 4,000 people [1] and ...", "a tunnel[8] [9] [note 2]"). On the page the
// tag was a link; in a summary it is markup a reader cannot follow. Cut
// after selection (cutLinkTags), before truecasing and the tokenizer's
// spaces are joined, so both "[ 1 ]" and "[1]" are read; no other
// sentence moves. An editor's bracket ("[sic]", "[the mayor]") is words
// of the sentence and stays.

// linkTagPattern matches one tag and the space before it: a footnote
// ("[1]", "[ 10, 32 ]", "[note 1]", "[src]") or a link's label ("[pdf]",
// "[pdf link]", "[video]", "[video link]", "[team stats]").
var linkTagPattern = regexp.MustCompile(`(?i) ?\[ ?(?:\d{1,3}(?: ?, ?\d{1,3})*|note \d{1,2}|pron \d{1,2}|src|citation needed|pdf(?: link)?(?: in [a-z]+)?|video(?: link)?|team stats) ?\]`)

// cutLinkTag returns s without its link tags and footnote markers
// (linkTagPattern), its first letter in upper case when a tag opened it,
// and true; s and false when it holds none.
func cutLinkTag(s string) (string, bool) {
	if !strings.Contains(s, "[") {
		return s, false
	}
	t := linkTagPattern.ReplaceAllString(s, "")
	if t == s {
		return s, false
	}
	t = strings.TrimSpace(t)
	if countWords(t) < 3 {
		return s, false
	}
	if strings.HasPrefix(s, "[") {
		t = capitalizeFirst(t)
	}
	return t, true
}

// cutLinkTags cuts, in each sentence of a reader's summary, its link tags
// and footnote markers (cutLinkTag).
func cutLinkTags(sum *chorus.Summary) {
	cutEach(sum, cutLinkTag)
}
