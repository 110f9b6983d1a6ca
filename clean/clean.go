// Package clean turns an article body into clean paragraphs: the second
// stage of the pipeline (article → clean text → sentences → scores →
// selection → ordered, attributed summary).
//
// It repairs the text (invalid UTF-8, control characters, HTML entities,
// wire-service quotes “ … ” and " _ " dashes, Multi-News NEWLINE_CHAR
// markers), splits it into paragraphs, and drops what a news editor would
// never put in a summary: photo captions and credits, bylines, agency tags
// and dateline prefixes, link lists, share prompts, copyright lines,
// timestamps, advertisements, lone headings and trailing wire codes. The
// phrase lists it uses are embedded from boilerplate.txt.
//
// The cleaner works line by line and paragraph by paragraph in linear time;
// its regular expressions run only on paragraph starts and on paragraphs
// that a plain substring test has already flagged.
package clean

import "strings"

// Options tunes ParagraphsWith. The zero value means defaults.
type Options struct {
	// KeepHeadings keeps short paragraphs without sentence punctuation
	// (headings, list items), which are dropped by default.
	KeepHeadings bool
}

// Paragraphs returns the clean paragraphs of an article body, in order,
// each a single line of text with white space collapsed. It returns nil
// when nothing usable remains.
func Paragraphs(text string) []string { return ParagraphsWith(text, Options{}) }

// ParagraphsWith is Paragraphs with options.
func ParagraphsWith(text string, opts Options) []string {
	text = splitBullets(Normalize(text))
	var out, headings []string
	seen := make(map[string]bool)
	for _, p := range splitParagraphs(text) {
		p = collapseSpace(p)
		if p == "" || isNoise(p) {
			continue
		}
		p = stripHeadline(stripDatedLine(stripInline(p), len(out) == 0), len(out) == 0)
		if p == "" || !hasLetter(p) {
			continue
		}
		if seen[p] {
			continue // repeated captions, pull quotes, duplicated blocks
		}
		seen[p] = true
		if !opts.KeepHeadings && isHeading(p) {
			headings = append(headings, p)
			continue
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		// A text made only of short unpunctuated lines is still text: a
		// one-line article is better kept than lost.
		out = headings
	}
	return out
}

// Text returns the clean paragraphs of text joined by blank lines.
func Text(text string) string { return strings.Join(Paragraphs(text), "\n\n") }

// hasLetter reports whether s holds at least one letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return true
		}
		if r >= 0x80 && isLetterRune(r) {
			return true
		}
	}
	return false
}
