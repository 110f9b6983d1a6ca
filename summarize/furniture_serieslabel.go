package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A video's or a report's series label as a sentence: "Part one of a
// two-part series.", "Harbour lives: part 2 part two of a four-part
// series with ferry captain Anna Varga." It names a page's slot in a
// series, not news; markTeasers leaves it out of a reader's candidates.
// "Part 1 of the harbour film ran on Friday" (a told event, no "<n>-part")
// and "part 1 of a 2-film ferry saga" inside a sentence stay. Measured
// against d3760c9 with the rules before it (positionCaption,
// pageParenPlaces, noCommentNote, aboutOpening, cutAsReported):
// validation 1 changed, better (an interview's label as the opening gave
// way to the interview's news); train 1-38,000 1 changed, better (the
// label and the feature lines that leaned on it gone).

// seriesLabelWording matches the label (lower case): maybe a title and
// a colon, "part <n>" (once or twice), "of a <n>-part" and a series'
// noun, then at most seriesLabelTail words with no verb of its own
// and no comma ("with <name>"), up to the end.
var seriesLabelWording = regexp.MustCompile(`^(?:[^.:]{1,80}: )?(?:part (?:\d+|` + seriesNumbers + `) ){1,2}of (?:a|an|our|the) (?:\d+|` + seriesNumbers + `)-part (?:series|interview|report|investigation|special|look|story|documentary|video|conversation)(?: (?:with|on|about|from|by) [^.!?,;]{1,80})?[.!]?$`)

// seriesNumbers are the spelled numbers of a series label.
const seriesNumbers = `one|two|three|four|five|six|seven|eight|nine|ten`

// seriesLabelMaxWords is the most words of a series label.
const seriesLabelMaxWords = 30

// seriesLabel reports whether s is a series label alone (see above).
func seriesLabel(s string) bool {
	if len(s) < 20 || countWords(s) > seriesLabelMaxWords {
		return false
	}
	lower := lex.Lower(s)
	return strings.Contains(lower, "-part ") && seriesLabelWording.MatchString(lower)
}
