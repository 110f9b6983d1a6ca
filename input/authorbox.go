package input

import "strings"

// authorBoxLabels head the box about a story's writer that a page prints
// under it, lower-cased words joined by spaces.
var authorBoxLabels = map[string]bool{
	"about the author": true, "about the authors": true, "about the writer": true, "about the writers": true,
	"about the reporter": true, "about the contributor": true, "about the columnist": true, "about this author": true,
	"author bio": true, "author biography": true, "meet the author": true,
}

// maxAuthorBox is how many paragraphs an author box may run to after its
// label, and maxAuthorBoxWords how many words in all.
const (
	maxAuthorBox      = 2
	maxAuthorBoxWords = 120
)

// dropAuthorBox removes an author box that closes the text: a line that
// is one of authorBoxLabels ("About the author") followed by at most
// maxAuthorBox paragraphs of at most maxAuthorBoxWords words in all,
// and nothing after them. The label inside the story (a review's
// "About the author" section with more text after it) stays, and so
// does the bio under it.
func dropAuthorBox(text string) string {
	paras := strings.Split(text, "\n\n")
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-1-maxAuthorBox; i-- {
		if !authorBoxLabels[strings.Join(words(paras[i]), " ")] {
			continue
		}
		n := 0
		for _, p := range paras[i+1:] {
			n += len(words(p))
		}
		if n > maxAuthorBoxWords || i == 0 {
			return text
		}
		return strings.Join(paras[:i], "\n\n")
	}
	return text
}
