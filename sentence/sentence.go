// Package sentence splits clean text into sentences: the third stage of the
// pipeline (article → clean text → sentences → …).
package sentence

import "strings"

// Split returns the sentences of a paragraph of text.
// PLACEHOLDER: the textpipe work replaces this with the real splitter.
func Split(text string) []string {
	var out []string
	for _, s := range strings.SplitAfter(text, ". ") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
