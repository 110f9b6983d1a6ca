package input

import (
	"regexp"
	"strings"
)

// urlLine matches a paragraph that is only a web address, a domain name
// or an e-mail address ("https://example.com/a/b", "www.example.com",
// "EXAMPLE.COM", "news@example.com": a header's contact line).
var urlLine = regexp.MustCompile(`(?i)^(https?://\S+|www\.\S+|[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|co\.uk|news|info)(/\S*)?|(mailto:)?[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+)$`)

// isURLLine reports whether paragraph p is a web address alone: an
// embedded post that did not load, a source line that names a site.
// Dropped from the extracted text (dropFurniture), such lines lifted
// trafilatura's set .96794/.94336/.95549 → .96988/.94336/.95644, without
// leaked .031 → .029 (16 → 15 of 511), with kept unchanged (it also drops
// two unloaded social posts, a cited blog address and a reference link
// there); the readability pages unchanged.
func isURLLine(p string) bool {
	return urlLine.MatchString(strings.TrimSpace(p))
}
