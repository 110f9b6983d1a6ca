package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A writer's cheer or call to the reader, told with "Let" and closed by
// an exclamation mark: "Let the harbour games begin!", "Let's help the
// ferry crew get home!", "Lets keep the old pier open!", "Let the
// fireworks begin — the mayor's new bridge is open!". It is the page's
// own voice urging or celebrating, often an earlier story's headline
// kept on the page; chosen, it reads as the summary cheering or asking
// something of its reader, and what it cheers may be out of date (a
// birth told as done beside the cluster's news that it is due).
// letCheer finds it, never chosen (markTeasers, flagNarrator). A
// quotation ("'Let's go home!' she shouted.") is a speaker's and stays;
// so is a "Let" line closed by a full stop ("Let the record show ...",
// "Let's be clear: ...", a columnist's argument) and one that opens
// another way ("Fans shouted let's go!").
//
// Measured against 578636d (default summaries; markTeasers runs for a
// reader only, so Fill is unchanged; every changed summary read with its
// source): validation 2 of 5,598 changed, both better (a petition page's
// call to reinstate a deputy gone for the story's line on the race, and
// an earlier story's "Let the ... begin — <star>'s baby is here!"
// headline gone from a summary whose news is a baby still due); train
// 1-6,000 1 changed, better (a fundraiser's "Let's ...!" call to buy a
// gift now stands inside its organiser's quotation, as the page wrote
// it, not in the summary's voice); train 1-38,000, the 151 clusters
// holding a "Let ...!" line, a "think again" or an appeal's opening, 3
// changed: 2 better (that one, and a viral video's "Lets ...!" gift
// lede gone for the video's story), 1 worse: a blog's short "Let's buy
// ...!" was the predecessor through which the next line ("The <bid> for
// the <thing> ...") was chosen, and the summary fell to one fragment.
// Known misses: that cascade (a sentence that reads after the cheer
// loses its way in); a cheer opening another way ("Here's to ...!",
// "Congratulations to ...!"), and a headline closed by "!" that does not
// open on "Let" ("<number> stars caught ...!").

// letCheerOpenings open a cheer after "Let", its first word's rest,
// the longest first.
var letCheerOpenings = []string{" ' s ", " 's ", "'s ", "’s ", "s ", " "}

// letCheer reports whether s opens on "Let" and a word after it ("Let
// the", "Let's", "Lets", "Let us", "Let them") and ends on an
// exclamation mark, with no quotation mark after its opening word, as
// above.
func letCheer(s string) bool {
	if len(s) < 8 || s[0] != 'L' || s[1] != 'e' || s[2] != 't' || !strings.HasSuffix(strings.TrimRight(s, " "), "!") {
		return false
	}
	for _, o := range letCheerOpenings {
		if rest, ok := strings.CutPrefix(s[3:], o); ok {
			return !lex.ContainsAny(rest, "\"“”‘") && !strings.Contains(rest, " '") && !strings.Contains(rest, "' ")
		}
	}
	return false // "Letters ...", "Letting ..."
}
