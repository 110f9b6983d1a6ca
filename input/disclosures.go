package input

import "strings"

// maxDisclosureWords is the longest disclosure line, in words.
const maxDisclosureWords = 50

// disclosurePhrases are the phrases, lower-cased, of a publisher's
// standing notes around a story: affiliate-link disclosures, the print
// edition's note and the site's terms of use.
var disclosurePhrases = []string{
	"affiliate link", "affiliate commission", "earn a commission", "earn a small commission",
	"receive a commission", "receive a small commission", "earn an affiliate", "small share of the sale",
	"a version of this article appears in print", "a version of this story appears in print",
	"a version of this article appeared in print", "a version of this story appeared in print",
	"by using this site you agree", "by using this website you agree",
}

// disclosureHints are parts of disclosurePhrases in either case, tested
// before the paragraph is lower-cased.
var disclosureHints = []string{"ffiliate", "ommission", "share of the sale", "ppears in print", "ppeared in print", "ou agree"}

// isDisclosure reports whether paragraph p is a publisher's standing
// note, at most maxDisclosureWords words holding one of
// disclosurePhrases ("We may earn a commission when you buy through
// links on this page.", "A version of this article appears in print on
// …"). A story about affiliate marketing runs longer than one short
// paragraph on the subject only where it quotes such a line.
func isDisclosure(p string) bool {
	if len(p) > maxDisclosureBytes || !containsAny(p, disclosureHints) {
		return false // cheap tests first: dropFurniture asks of every paragraph
	}
	return containsAny(strings.ToLower(strings.Join(strings.Fields(p), " ")), disclosurePhrases) && len(words(p)) <= maxDisclosureWords
}

// maxDisclosureBytes bounds a disclosure line in bytes, far above what
// maxDisclosureWords words take, so that longer paragraphs are not read.
const maxDisclosureBytes = 1500

// isHashtagLine reports whether paragraph p is a row of two or more
// hashtags and nothing else ("#Ostrel #Ferries"), the tag list a page
// prints under a story.
func isHashtagLine(p string) bool {
	if !strings.HasPrefix(strings.TrimSpace(p), "#") {
		return false
	}
	f := strings.Fields(p)
	if len(f) < 2 {
		return false
	}
	for _, x := range f {
		if len(x) < 2 || x[0] != '#' || len(words(x)) == 0 {
			return false
		}
	}
	return true
}
