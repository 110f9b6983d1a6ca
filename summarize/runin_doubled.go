package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A gossip page gives its headline twice, as the page's title and as
// "<name> -- <headline>", and its story's first link (the name) is lost
// with the page's links: "Varga ferry feud heats up anna varga -- ferry
// feud heats up exclusive is not backing down ..." reads "Anna varga is
// not backing down ...". Without the "exclusive" label and a story
// opening on its verb, only the title goes: "Anna varga -- ferry feud
// heats up." The cut is made on a reader's summary after selection
// (cutDoubledHeadlines): only the sentence changes.

// Bounds of cutDoubledHeadline.
const (
	doubledDashMax  = 30 // the most words before the dash
	doubledTitleMin = 3  // the fewest words of the title before the name
	doubledNameMax  = 5  // the most words of the name before the dash
	doubledRepeat   = 3  // the headline's first this many words stand in the title too
	doubledLabelMax = 30 // the most words from the dash to "exclusive"
)

// cutDoubledHeadline returns s, a sentence of a reader's summary of
// lower-cased text, without the page title before "<name> -- <headline>"
// and true: the first dash "--" of s stands after doubledTitleMin +1 to
// doubledDashMax words; the name before it is one to doubledNameMax words
// (stopwords but "&" and "and" left out, no punctuation but an
// abbreviation's dot), its k-th word from the end standing among the
// sentence's first k+1 words, or a given name right before them; the
// headline's first doubledRepeat words after the dash (further dashes
// skipped) stand in a row in the title. When "exclusive" follows the
// headline (no full stop between) and the story after it opens on a
// verb (doubledVerbs), the story gets the name as its subject ("exclusive's"
// gives "<name>'s"); otherwise the sentence reads "<name> -- <headline>
// ...". It returns s and false otherwise.
func cutDoubledHeadline(s string) (string, bool) {
	starts, words := fieldStarts(s, doubledDashMax+doubledLabelMax+fusedLedeMinWords+4)
	raw := func(i int) string { return fieldText(s, starts, i) }
	d := -1
	for i := 0; i < len(words) && i <= doubledDashMax; i++ {
		if r := raw(i); r == "--" {
			d = i
			break
		} else if i > 0 && lex.ContainsAny(r, ".!?") && !abbrevLike(lex.Lower(r)) {
			return s, false
		}
	}
	if d < doubledTitleMin+1 || d+doubledRepeat >= len(words) {
		return s, false
	}
	n := d
	for n > doubledTitleMin && d-n < doubledNameMax {
		w, r := words[n-1], raw(n-1)
		if r == "&" || w == "and" {
			n--
			continue
		}
		if w == "" || lex.IsStopword(w) || !doubledAmong(words[:d-n+2], w) || lex.ContainsAny(r, `,;:!?"“”()—–`) ||
			strings.Contains(r, ".") && !abbrevLike(lex.Lower(r)) {
			break
		}
		n--
	}
	for n < d && (raw(n) == "&" || words[n] == "and") {
		n++
	}
	if n == d {
		return s, false
	}
	if n > doubledTitleMin && lex.IsGivenName(words[n-1]) && phraseClean(raw, n-1, n) {
		n--
	}
	var head []string
	for k := d + 1; k < len(words) && len(head) < doubledRepeat; k++ {
		if raw(k) == "--" {
			continue
		}
		if words[k] == "" {
			return s, false
		}
		head = append(head, words[k])
	}
	if len(head) < doubledRepeat || !doubledInRow(words[:n], head) {
		return s, false
	}
	name := strings.TrimSpace(s[starts[n]:starts[d]])
	for e := d + 1; e+1 < len(words) && e <= d+doubledLabelMax; e++ {
		r := lex.Lower(raw(e))
		if lex.ContainsAny(r, ".!?") && !abbrevLike(r) {
			break
		}
		if trimPossessive(words[e]) != "exclusive" {
			continue
		}
		subject := name
		if strings.HasSuffix(r, "'s") || strings.HasSuffix(r, "’s") {
			subject += "'s"
		} else if r != "exclusive" || !doubledVerbs[words[e+1]] {
			break
		}
		story := strings.TrimSpace(s[starts[e+1]:])
		lede := lex.UpperFirst(subject + " " + story)
		if countWords(story) < fusedLedeMinWords-2 || defect.Furniture(lede) != defect.OK {
			break
		}
		return lede, true
	}
	return lex.UpperFirst(strings.TrimSpace(s[starts[n]:])), true
}

// doubledAmong reports whether w is one of words.
func doubledAmong(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// doubledInRow reports whether seq stands in a row in words.
func doubledInRow(words, seq []string) bool {
	for i := 0; i+len(seq) <= len(words); i++ {
		ok := true
		for k := range seq {
			if words[i+k] != seq[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// doubledVerbs open a story whose subject, a linked name, was lost.
var doubledVerbs = lex.Set("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
	"may", "might", "should", "just", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't",
	"won't", "can't", "doesn't", "didn't", "says", "said", "told", "also", "still", "does", "did", "never",
	"finally", "reportedly")

// cutDoubledHeadlines cuts, in each sentence of a reader's summary of
// lower-cased text, a gossip page's title before its "<name> --
// <headline>" (cutDoubledHeadline).
func cutDoubledHeadlines(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutDoubledHeadline)
}
