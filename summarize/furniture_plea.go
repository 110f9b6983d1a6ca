package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A page's plea to its reader, with no speaker: a fundraiser's copy
// ("Over $4,000 raised so far - please keep sharing the page."), a
// site's note ("Please note that the map is updated hourly."), a
// charity's or a campaign's call ("Please give to the shelter's winter
// fund today.", "Help us keep the shelter open with a gift today."), a
// forum's rule, a request to read on ("please see the
// note below"). The page speaks to whoever reads it; in a summary the
// line reads as the summary's own voice asking something of the reader,
// and it tells no news. pleaLine tells a sentence with "please" and a
// word after it that opens the sentence or follows a comma, colon,
// semicolon or dash after at most pleaHeadWords words ("..., please call
// the desk"), or "please note"
// anywhere, and no quotation mark (a speaker's plea, quoted, is news:
// `"Please come home," her mother said.`), and no "#" or "@" (a post's
// text: its account speaks, and the post may be the news); markTeasers leaves it out of a
// reader's candidates. "To please" and "will please" (the verb), "drumroll,
// please" and "please, please" (nothing after) stay, and so do a
// columnist's "Please forgive ..." (pleaPardon) and a plea after a head
// that tells news ("<firm> says ... — please note ...").
//
// Measured against 2e04780 (every changed summary read): validation 5
// changed: 4 better (a fundraiser's "raised so far - please continue to
// support ..." lede, a charity's "Help us ... with a gift today", a
// protest flyer's "Join us ..." and a "Please see <name>'s note" gone) /
// 0 worse / 1 same (a school's advice line gave way to another); dev
// (the 2,336 clusters of train 1–38,000 holding "please" or the other
// rules' needles, and the 30 with the openings) 20 changed: 12 better (an
// unattributed company notice and a video plea as ledes, "Please follow
// <outlet> on ...", "Please contribute to <campaign> today.", a police
// appeal's number as the whole summary) / 0 worse / 8 same (a page of
// junk for another). Found in the reading and guarded: a columnist's
// "Please forgive ..." opening (its column lost the summary to a
// reference page), "<firm> says <news> — please note ...", and a police
// force's post with a hashtag.

// pleaSeparators may stand before a plea's "please" inside a sentence.
var pleaSeparators = []string{", ", ": ", "; ", " - ", " – ", " — ", "-- "}

// pleaPardon are the verbs after an opening "Please" with which a
// columnist asks the reader's leave ("Please forgive the blunt question,
// ..."): the column's own opening, which may be the only line of it that
// says what it is about.
var pleaPardon = lex.Set("forgive", "excuse", "pardon", "indulge", "bear")

// pleaHeadWords is the most words before a plea's "please" inside a
// sentence: a longer head tells of a page's plea ("The satire site
// updated its story with a tag: for more, please visit ...").
const pleaHeadWords = 16

// pleaLine reports whether s is a plea to its reader (see above).
func pleaLine(s string) bool {
	if len(s) < 10 {
		return false
	}
	// The needles first: most sentences neither open on a call nor hold
	// "please", and the quotation test scans the whole sentence.
	opening := (s[0] == 'H' || s[0] == 'J' || s[0] == 'G' || s[0] == 'M') && pleaOpening(s)
	if !opening && !hasFoldASCII(s, "please ") {
		return false
	}
	if lex.ContainsAny(s, "\"“”‘#@") || strings.Contains(s, " '") {
		return false
	}
	if opening {
		return true
	}
	lower := lex.LowerASCII(s)
	for from := 0; ; {
		i := strings.Index(lower[from:], "please ")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("please ")
		if i > 0 && isASCIILetter(lower[i-1]) {
			continue // "displease "
		}
		next := lower[from:]
		if next == "" || next[0] < 'a' || next[0] > 'z' {
			continue // "please, please", "please (...)"
		}
		if i == 0 {
			return !pleaPardon[lex.TrimPunct(lex.FirstFields(next, 1)[0], ",.;:")]
		}
		head := lower[:i]
		if strings.Contains(head, " says ") || strings.Contains(head, " said ") {
			continue // "<firm> says <news> — please note ...": the story's sentence with the writer's aside
		}
		if strings.HasPrefix(next, "note") && (len(next) == 4 || !isASCIILetter(next[4])) {
			return true
		}
		for _, sep := range pleaSeparators {
			if strings.HasSuffix(head, sep) && countWords(head) <= pleaHeadWords {
				return true
			}
		}
	}
}

// pleaOpenings open a charity's or a campaign's call to its reader
// without "please", lower case.
var pleaOpenings = []string{"help us ", "join us ", "give to ", "make a tax-deductible ", "make a donation"}

// pleaOpening reports whether s opens on one of pleaOpenings.
func pleaOpening(s string) bool {
	head := lex.LowerASCII(s[:min(len(s), 24)])
	for _, o := range pleaOpenings {
		if strings.HasPrefix(head, o) {
			return true
		}
	}
	return false
}
