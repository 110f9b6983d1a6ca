package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A writer's pointer back at their own outlet's earlier story, as a
// clause of a sentence: "As we told you last night, the Tarnwick ferry
// was sold.", "The board voted to sell, as we noted yesterday.", "...,
// but as we first reported, Anna Varga left the board." The summary is
// no outlet's, and the reader has read no earlier story of it; the
// sentence reads whole without the clause. cutAsReported cuts it from a
// chosen sentence of a reader's summary: an opening clause with its
// comma (the next word capitalized), one after "but" or "and" with its
// comma, and a closing one with the comma before it. "As we reported"
// inside a quote stays (the speaker's words), and so does a sentence
// whose words after the cut are fewer than asReportedMinWords.
// Measured against d3760c9 with the rules before it (positionCaption,
// pageParenPlaces, noCommentNote, aboutOpening): validation none
// changed; train 1-38,000 6 changed, all read, all better (the clause
// gone, the rest of the sentence unchanged).
//
// An outlet points back at its own story by its name, or by no name:
// "As the Tarnwick Gazette previously reported, Anna Varga was fined.",
// "As gazette reported previously, ...", "As radar reported at the time,
// ...", "As previously reported, ...", "As originally reported, ...".
// The blind reading of a05bce2 marked "As <outlet> reported previously"
// a self-reference in all three judges' lists. asOutletReportedClause
// cuts these too: "previously", "earlier" or "at the time" tell the
// outlet's own earlier story, while "As the Gazette reported, ..." and
// "As the Gazette first reported, ..." credit another outlet with the
// news and stay, as does one whose subject is a pronoun or a verb ("as
// he previously reported", "as was previously reported"). The pretest
// also let "as we've reported" through to the cut (it looked for "as we
// " only). Measured against a05bce2: validation 3 of 5,599 default
// summaries changed, read all: 3 better ("As ars reported previously",
// "As previously reported by us weekly", "As we've reported" gone, the
// news left standing). Train 1-38,000: 22 of 37,861 changed, read all:
// 19 better (the outlet's pointer gone: "as previously reported", "as
// radar previously reported", "as gizmodo reported at the time", "as
// racked reported earlier this week"), 3 the same (a gossip claim lost
// its outlet's name; a broken sentence stayed broken; "the alleged scam"
// now opens the sentence), none worse. Fill, and so ROUGE, is unchanged:
// the cut runs on a reader's summary only.

// asReportedClause matches the clause (lower case): "as we (first)
// reported", "noted", "told you", "mentioned", "wrote", "have reported"
// and the like, then up to four words of time ("last night", "on
// tuesday", "earlier this week"), no punctuation among them.
const asReportedClause = `as (?:we|i)(?: have| had|'ve)?(?: first| previously| already| exclusively)? (?:reported|noted|told you|mentioned|wrote|revealed|explained|detailed|covered|predicted|discussed|announced)(?: [a-z0-9]+){0,4}?`

// asReportedOpening matches the clause opening a sentence or following
// "but" or "and" and a comma after it; asReportedClosing the clause
// closing a sentence after a comma.
var (
	asReportedOpening = regexp.MustCompile(`(?:^|\b(?:but|and) )((?:` + asReportedClause + `|` + asOutletReportedClause + `), )`)
	asReportedClosing = regexp.MustCompile(`(, (?:` + asReportedClause + `|` + asOutletReportedClause + `))[.!]$`)
)

// asReportedMinWords is the fewest words the sentence keeps after a cut.
const asReportedMinWords = 6

// cutAsReportedClause returns s without a writer's "as we reported"
// clause (see above) and whether it cut one.
func cutAsReportedClause(s string) (string, bool) {
	lower := lex.Lower(s)
	if !strings.Contains(lower, "as we") && !strings.Contains(lower, "as i") && !strings.Contains(lower, " reported") || len(lower) != len(s) {
		return s, false // "as we've" too
	}
	if m := asReportedOpening.FindStringSubmatchIndex(lower); m != nil && !quoteOpenAt(s, m[2]) && !reportedBySpeaker(lower[m[2]:m[3]]) {
		t := s[:m[2]] + s[m[3]:]
		if m[2] == 0 {
			t = lex.UpperFirst(t)
		}
		if countWords(t) >= asReportedMinWords {
			return t, true
		}
	}
	if m := asReportedClosing.FindStringSubmatchIndex(lower); m != nil && !quoteOpenAt(s, m[2]) && !reportedBySpeaker(lower[m[2]:m[3]]) {
		t := s[:m[2]] + s[m[3]:]
		if countWords(t) >= asReportedMinWords {
			return t, true
		}
	}
	return s, false
}

// cutAsReported cuts, in each sentence of a reader's summary, a writer's
// "as we reported" clause (cutAsReportedClause).
func cutAsReported(sum *chorus.Summary) {
	cutEach(sum, cutAsReportedClause)
}

// asOutletReportedClause matches (lower case) an outlet's pointer back at
// its own earlier story with no "we": "as previously reported" (by a
// name or not), "as originally reported", "as reported earlier", and
// "as <up to three words> previously reported" or "... reported
// previously" ("as the tarnwick gazette previously reported", "as
// radar reported at the time", "as anna varga reported earlier this
// week"), then up to three words of time. A bare "as <outlet> reported"
// or "first reported" credits another outlet with the news and stays.
const asOutletReportedClause = `as (?:previously reported(?: by(?: [a-z0-9.&'-]+){1,4}?)?|originally reported|reported (?:previously|earlier)|(?:[a-z0-9.&'-]+ ){1,3}?(?:(?:has |had )?(?:previously|earlier|already) reported|reported (?:previously|earlier|at the time|before)))(?: [a-z0-9]+){0,3}?`

// reportedBySpeaker reports whether clause, a match of
// asOutletReportedClause, has a pronoun or a verb for its subject ("as
// he previously reported", "as was reported earlier", "as it had
// previously reported"), a person's or a thing's report, not the
// outlet's, or credits another outlet with the news ("as originally
// reported by the gazette").
func reportedBySpeaker(clause string) bool {
	w := strings.Fields(clause)
	return len(w) > 1 && notOutletWords[w[1]] || strings.Contains(clause, "originally reported by ")
}

// notOutletWords cannot open the name of an outlet after "as".
var notOutletWords = lex.Set("he", "she", "they", "it", "was", "were", "is", "are", "has", "had", "have", "been",
	"you", "his", "her", "their", "its", "this", "that", "these", "those", "some", "many", "police", "officials",
	"authorities", "prosecutors")
