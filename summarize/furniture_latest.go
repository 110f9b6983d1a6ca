package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A wire service's running story opens with its heading and the clock
// of its newest item: "The latest on the harbour strike in Tarnwick (all
// times local): 3:40 p.m. <item>". The split leaves the heading run into
// the item, or alone with its clock, or alone ("The latest on the
// harbour strike in Tarnwick."). cutLatestHeadings cuts the heading and
// clock from the front of a chosen sentence after selection; dropLatest
// leaves out a sentence that is the heading with its clock, or the
// heading alone after the summary's first sentence (a lead heading still
// names the story). Nothing else moves.

// latestHeading matches such a heading and its clock (lower case), the
// item after it from the end of the match (latestAlone: the heading
// alone, maybe after a wire's dateline, which is cut only later);
// latestZone is the heading's "(all times <zone>)".
var (
	latestHeading = regexp.MustCompile(`^the latest on [^():]{3,200}?` + latestZone + `:? ` + latestClock + ` `)
	latestAlone   = regexp.MustCompile(`^(?:[^—]{0,60}— )?the latest on [^():]{3,200}?(?:` + latestZone + `:? ` + latestClock + `|[^():0-9]\.)$`)
)

const (
	latestZone  = `(?: \( ?all times [a-z ]{2,40}\))?`
	latestClock = `\d{1,2}(?:: ?\d\d)? ?[ap]\.m\.`
)

// latestMinRest is the fewest words of the item after a cut heading.
const latestMinRest = 6

// cutLatestHeading returns s without the running story's heading and
// clock that open it (latestHeading), the item capitalised, and true; s
// and false otherwise, or when fewer than latestMinRest words would be
// left.
func cutLatestHeading(s string) (string, bool) {
	if len(s) < 20 || !strings.EqualFold(s[:14], "the latest on ") {
		return s, false
	}
	m := latestHeading.FindStringIndex(lex.LowerASCII(s))
	if m == nil {
		return s, false
	}
	rest := strings.TrimSpace(s[m[1]:])
	if countWords(rest) < latestMinRest || !isASCIILetter(rest[0]) {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// cutLatestHeadings cuts the running story's headings opening a reader's
// summary's sentences (cutLatestHeading).
func cutLatestHeadings(sum *chorus.Summary) {
	cutEach(sum, cutLatestHeading)
}

// latestVerbs are the finite verbs that make "The latest on <x> is ..."
// a sentence, not a heading, unless a relative pronoun stands before
// them ("... a candidate who is charged with ...").
var latestVerbs = lex.Set("is", "are", "was", "were", "has", "have", "had", "will")

// latestToldVerb reports whether lower holds one of latestVerbs after no
// relative pronoun.
func latestToldVerb(lower string) bool {
	w := lex.LetterWords(lower, -1)
	for i, x := range w {
		if latestVerbs[x] && (i == 0 || !captionRelatives[w[i-1]]) {
			return true
		}
	}
	return false
}

// dropLatest leaves out of picked, a reader's summary in reading order,
// each sentence that is a running story's heading with its clock and no
// item, and one that is the heading alone unless it opens the summary or
// tells with a verb of latestVerbs (latestAlone, latestToldVerb); picked
// when nothing would be left.
func (c *cluster) dropLatest(picked []int) []int {
	if len(picked) < 2 {
		return picked
	}
	out := make([]int, 0, len(picked))
	for k, f := range picked {
		s := strings.TrimSpace(c.cands[c.facts[f].rep].text)
		if len(s) < 20 || !strings.Contains(s[:min(len(s), 90)], "atest on ") {
			out = append(out, f)
			continue
		}
		lower := lex.LowerASCII(s)
		clock := strings.HasSuffix(lower, ".m.")
		if !latestAlone.MatchString(lower) || !clock && (k == 0 || latestToldVerb(lower)) {
			out = append(out, f) // a lead heading with no clock still names the story
		}
	}
	if len(out) == 0 {
		return picked
	}
	return out
}
