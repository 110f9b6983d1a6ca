package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A writer's bio line, which a page sets under a column or a story: "Ilse
// Varga is a health and science reporter.", "Tom Hale covers courts for
// the Tarnwick Courier.", "Oren Tal is a Harbour Weekly opinion
// columnist.", "Dana Roe has been the Gazette's TV critic since 2009." It
// names who wrote the article, not anyone in the news; in a summary it
// reads as a fact about a stranger. bioShape tells a sentence that opens on
// a name (bioName) followed by "is a/an/the" and at most bioRoleWords words
// ending on a newsroom job (bioRoles: "reporter", "columnist", "critic"
// ...), or by "covers" or "writes" and "for" within bioRoleWords words, or
// by "has been" and such a job, in at most bioMaxWords words with no
// quotation mark. c.bioLine then asks that the person's surname stand
// nowhere else in the cluster's articles: a journalist the news is about
// ("<name> is a reporter for <paper>" in a story of his arrest) is named
// again and stays. markTeasers leaves a bio line out of a reader's
// candidates.
//
// Measured against 2e04780 (every changed summary read): validation 0
// changed; dev (the clusters of train 1–38,000 holding such a line) 4
// changed, all better (a columnist's bio as a lede, three reporters' bio
// lines closing a crime, a court and a medical story).

// bioRoles are the newsroom jobs a bio line gives.
var bioRoles = lex.Set("reporter", "writer", "columnist", "correspondent", "critic", "editor", "contributor",
	"blogger", "journalist")

// Bounds of a bio line: the words before its job, and the whole line.
const (
	bioRoleWords = 6
	bioMaxWords  = 28
)

// bioShape reports whether s has a bio line's shape (see above) and
// returns the surname of the person it names.
func bioShape(s string) (string, bool) {
	if len(s) < 16 || s[0] < 'A' || s[0] > 'Z' || lex.ContainsAny(s, "\"“”‘") || countWords(s) > bioMaxWords {
		return "", false
	}
	f := lex.SpaceFields(s) // the surname is kept: not the shared buffer
	n := bioName(f)
	if n == 0 || n+2 >= len(f) {
		return "", false
	}
	surname := f[n-1]
	rest := f[n:]
	switch lex.Lower(rest[0]) {
	case "is":
		if d := lex.Lower(rest[1]); d != "a" && d != "an" && d != "the" {
			return "", false
		}
		return surname, bioRoleWithin(rest[2:])
	case "has":
		if lex.Lower(rest[1]) != "been" {
			return "", false
		}
		return surname, bioRoleWithin(rest[2:])
	case "covers", "writes":
		for _, w := range rest[1:min(len(rest), bioRoleWords+2)] {
			if w == "for" {
				return surname, true
			}
		}
	}
	return "", false
}

// bioRoleWithin reports whether one of the first bioRoleWords words of f
// (its punctuation trimmed) is a newsroom job (bioRoles) and no word
// before it ends a clause.
func bioRoleWithin(f []string) bool {
	for i, w := range f[:min(len(f), bioRoleWords)] {
		t := lex.Lower(lex.TrimPunct(w, ".,;:!?()"))
		if bioRoles[t] {
			return !strings.HasSuffix(w, ",") && i+1 < len(f) && lex.Lower(f[i+1]) != "of" || i+1 == len(f) // "a vocal critic of <name>", "the editor of <site>" tell news
		}
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			return false
		}
	}
	return false
}

// bioName returns how many of the first words of f make a person's name:
// two or three words, each opening with a capital letter (an initial "S."
// among them), or a listed given name and a surname in lower case (a
// lower-cased source: "Ilse varga"); 0 when they do not.
func bioName(f []string) int {
	if len(f) < 3 || !lex.IsGivenName(lex.Lower(f[0])) && !capitalWord(f[0]) {
		return 0
	}
	for n := 2; n <= 3 && n < len(f); n++ {
		next := lex.Lower(f[n])
		if next == "is" || next == "has" || next == "covers" || next == "writes" {
			for _, w := range f[1:n] {
				if !capitalWord(w) && !lex.IsGivenName(lex.Lower(f[0])) || strings.ContainsAny(w, ",;:()") {
					return 0
				}
			}
			return n
		}
	}
	return 0
}

// capitalWord reports whether w opens with a capital ASCII letter.
func capitalWord(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// bioLine reports whether candidate i is a writer's bio line: it has the
// shape (bioShape) and the cluster's articles name its surname only
// once, in the line itself.
func (c *cluster) bioLine(i int) bool {
	surname, ok := bioShape(c.cands[i].text)
	if !ok {
		return false
	}
	surname = lex.LowerASCII(lex.TrimPunct(surname, ".,;:!?()"))
	if len(surname) < 2 {
		return false
	}
	seen := 0
	for _, d := range c.docs {
		if d.article == nil {
			continue
		}
		seen += wordCount(lex.LowerASCII(d.article.Text), surname)
		if seen > 1 {
			return false
		}
	}
	return true
}

// wordCount returns how many times w stands in text as a whole word.
func wordCount(text, w string) int {
	n := 0
	for from := 0; ; {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return n
		}
		i += from
		from = i + len(w)
		if (i == 0 || !isASCIILetter(text[i-1])) && (from == len(text) || !isASCIILetter(text[from])) {
			n++
		}
	}
}
