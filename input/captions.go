package input

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// In-article boilerplate that a news page's article body leaves out (the
// scrapinghub article-body guideline: the article's text only), which
// go-trafilatura keeps because it sits among the paragraphs: captions
// printed again as text, bracketed links to other stories, the writer's
// bio closing the text and a science story's reference notes. Measured on
// a hand-labelled news set that follows that guideline (chorus bench
// extraction --gold DIR).

// minAltWords is the fewest words an image's alt text needs to be taken
// as a caption: "Photo", "Logo" or a name alone may be a paragraph's word.
const minAltWords = 4

// maxAlts is the most alt texts altTexts records on one page.
const maxAlts = 5_000

// maxAltCreditWords is the most words a caption may carry after its image's
// alt text (a photo credit: "Photograph: Jane Roe/Reuters").
const maxAltCreditWords = 8

// altTexts returns the alt texts of the page's images that could be
// captions (minAltWords or more), each as linkKey writes it.
func altTexts(doc *html.Node) map[string]bool {
	return nodeKeys(doc, maxAlts, func(n *html.Node) (string, bool) {
		if n.Type != html.ElementNode || n.Data != "img" {
			return "", false
		}
		if k := linkKey(attr(n, "alt")); strings.Count(k, " ")+1 >= minAltWords {
			return k, true
		}
		return "", true
	})
}

// isCaptionEcho reports whether paragraph p repeats an image's alt text:
// the same words, or the alt text followed by a short credit. Pages print
// a caption under the image outside any <figcaption> (a list item after
// the figure, a slideshow's text), where class words do not find it.
func isCaptionEcho(p string, alts map[string]bool) bool {
	if len(alts) == 0 {
		return false
	}
	w := words(p)
	if len(w) < minAltWords || isTitleCased(p) {
		return false
	}
	for n := len(w); n >= max(minAltWords, len(w)-maxAltCreditWords); n-- {
		if alts[strings.Join(w[:n], " ")] {
			return true
		}
	}
	return false
}

// isTitleCased reports whether most words of p (three in four) open with
// a capital: a heading whose words an image's alt text repeats, not a
// caption, which is written as a sentence.
func isTitleCased(p string) bool {
	f := strings.Fields(p)
	caps := 0
	for _, w := range f {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			caps++
		}
	}
	return len(f) > 0 && caps*4 >= len(f)*3
}

// isBracketedLink reports whether p is a link to another story set in
// brackets inside the article ("[Read: How the port was built]", "[Sign
// up: Get the morning briefing in your inbox.]"): the whole text in
// brackets, and the words inside, or those after a label's colon, the
// text of a link on the page.
func isBracketedLink(p string, links map[string]bool) bool {
	p = strings.TrimSpace(p)
	if len(p) < 3 || p[0] != '[' || p[len(p)-1] != ']' || strings.Count(p, " ") > 40 {
		return false
	}
	inner := p[1 : len(p)-1]
	if strings.ContainsAny(inner, "[]") {
		return false
	}
	if links[linkKey(inner)] {
		return true
	}
	if _, after, ok := strings.Cut(inner, ":"); ok {
		return links[linkKey(after)]
	}
	return false
}

// linkLineLabels are the labels, lower-cased, that open a line pointing
// to another story ("Read: How the port was built", "See also: …"),
// besides the related labels (isRelatedLabel).
var linkLineLabels = map[string]bool{
	"read": true, "see": true, "see also": true, "watch": true, "listen": true, "more": true,
	"related story": true, "related article": true, "further reading": true,
}

// maxLinkLineWords is the most words of a labelled link line.
const maxLinkLineWords = 40

// isLabelledLink reports whether p is a link to another story set as a
// line of the article after a label and a colon ("Read: How the port was
// built", "Related: Harbour vote opens"): the label one of linkLineLabels
// or a related label, and the whole line, or the words after the colon,
// the text of a link on the page. A line of the story that only opens
// with such a word is not a link, so it stays.
func isLabelledLink(p string, links map[string]bool) bool {
	p = strings.TrimSpace(p)
	label, after, ok := strings.Cut(p, ":")
	if !ok || strings.Count(p, " ") > maxLinkLineWords || strings.TrimSpace(after) == "" {
		return false
	}
	l := strings.ToLower(strings.Join(strings.Fields(label), " "))
	if !linkLineLabels[l] && !isRelatedLabel(l) {
		return false
	}
	return links[linkKey(p)] || links[linkKey(after)]
}

// bioLine matches a writer's bio: a name of two to four words, then "is
// a/the …" or "covers …", in a line naming a newsroom role.
var bioLine = regexp.MustCompile(`^(?:[A-Z][\pL'’.-]*\s+){1,3}[A-Z][\pL'’.-]*\s+(?:is\s+(?:a|an|the|our)\s|covers\s|writes\s)`)

// bioRoles are the words of a newsroom role, lower-cased, and of the
// trades of an outside contributor whose bio closes a column (founder,
// consultant, professor …: the extract13 gold's tune half .98842 →
// .99316 precision, trafilatura's set without leaked .0215 → .0196).
var bioRoles = []string{
	"reporter", "writer", "editor", "correspondent", "columnist", "journalist", "contributor",
	"producer", "covers", "writes", "critic", "freelance", "author of",
	"founder", "consultant", "professor", "lecturer", "researcher", "fellow at", "chief executive",
}

// maxBioWords is the most words a bio line has.
const maxBioWords = 80

// isAuthorBio reports whether p is a short bio of the story's writer
// ("Jane Roe is a reporter for the Gazette covering courts. Follow her on
// …", "JANE ROE IS THE NETWORK'S POLITICAL EDITOR").
func isAuthorBio(p string) bool {
	p = strings.TrimSpace(p)
	if n := strings.Count(p, " ") + 1; n < 4 || n > maxBioWords {
		return false
	}
	line := p
	if strings.ToUpper(p) == p {
		// An all-capitals line: test its words as a name in title case.
		line = titleCase(p)
	}
	if !bioLine.MatchString(line) {
		return false
	}
	return containsAny(strings.ToLower(p), bioRoles)
}

// titleCase writes each word of an all-capitals line as a capital and
// small letters, and the small words of a sentence in small letters.
func titleCase(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		switch w {
		case "is", "a", "an", "the", "of", "for", "at", "covers", "writes", "our", "and":
			continue
		}
		r := []rune(w)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

// referencePrefixes open a science story's reference notes ("More
// information: J. Roe et al. …", "Journal information: …", "Citation: …
// retrieved …"), lower-cased.
var referencePrefixes = []string{"more information:", "journal information:", "journal reference:", "citation:"}

// isReferenceNote reports whether p is a reference note: one of
// referencePrefixes followed by a citation (a DOI, "et al.", "retrieved",
// a journal), or the journal's name alone after "journal information:".
func isReferenceNote(p string) bool {
	lower := strings.ToLower(strings.TrimSpace(p))
	if !hasAnyPrefix(lower, referencePrefixes...) || strings.Count(lower, " ") > 80 {
		return false
	}
	return strings.HasPrefix(lower, "journal ") || strings.Contains(lower, "doi") ||
		strings.Contains(lower, "et al") || strings.Contains(lower, "retrieved") || strings.Contains(lower, "journal")
}

// maxPoweredByWords is the longest "Powered by …" line, in words.
const maxPoweredByWords = 5

// isPoweredBy reports whether p is a widget's sponsor line alone
// ("Powered by SmartRates.com", "Promoted by Linkwell").
func isPoweredBy(p string) bool {
	w := words(p)
	return len(w) >= 3 && len(w) <= maxPoweredByWords && (w[0] == "powered" || w[0] == "promoted") && w[1] == "by"
}

// dropInArticle drops the paragraphs of text that are in-article
// boilerplate: caption echoes (isCaptionEcho), bracketed links
// (isBracketedLink), reference notes (isReferenceNote) and sponsor lines
// (isPoweredBy) anywhere, and
// writers' bios (isAuthorBio) among the last two paragraphs.
func dropInArticle(text string, links, alts map[string]bool) string {
	paras := strings.Split(text, "\n\n")
	keep := paras[:0]
	for i, p := range paras {
		if isCaptionEcho(p, alts) || isBracketedLink(p, links) || isLabelledLink(p, links) || isReferenceNote(p) || isPoweredBy(p) ||
			(i >= len(paras)-2 && isAuthorBio(p)) {
			continue
		}
		keep = append(keep, p)
	}
	return strings.Join(keep, "\n\n")
}

// maxFigureListLetters is the most letters of a list taken as a caption
// by pruneFigureLists.
const maxFigureListLetters = 400

// pruneFigureLists marks, for go-trafilatura's PruneSelector, the captions
// that pages print as a one-item list right after a <figure> (the image's
// caption held in a script, shown beside it as <ul><li>…</li></ul>): a
// list of one item, the next element after a figure, with at most
// maxFigureListLetters letters and no link.
func pruneFigureLists(doc *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "figure" {
				if l := nextElement(c); l != nil && isCaptionList(l) {
					setHidden(l)
				}
				continue
			}
			walk(c)
		}
	}
	walk(doc)
}

// nextElement returns the element after n among its siblings, nil when
// there is none.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil
		}
	}
	return nil
}

// isCaptionList reports whether n is a <ul> or <ol> of one item holding
// a short text without links.
func isCaptionList(n *html.Node) bool {
	if n.Data != "ul" && n.Data != "ol" {
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.Data != "li" {
				return false
			}
			items++
		}
	}
	if items != 1 {
		return false
	}
	var hasLink bool
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.ElementNode && x.Data == "a" {
			hasLink = true
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	t := strings.TrimSpace(nodeText(n))
	return !hasLink && t != "" && len(t) <= maxFigureListLetters
}
