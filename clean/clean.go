// Package clean turns an article body into clean paragraphs: the second
// stage of the pipeline (article → clean text → sentences → …). It drops
// photo captions and credits, bylines, agency tags, link lists, share
// prompts, lone short headings and dateline noise.
package clean

import "strings"

// Paragraphs returns the clean paragraphs of an article body.
// PLACEHOLDER: the textpipe work replaces this with the real cleaner.
func Paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
