package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's headline and its "updated" label run into the story: "Tarnwick
// ferry board sued over pier sale updated: the tarnwick ferry board is
// being sued ...", "Varga quits ferry board (updated) anna varga has left
// ...", "Ferry crew caught on camera – updated the crew of the ...", "Ferry
// boss anna varga turns 90 and still sails updated anna varga turned 90
// today." read from the story after the label. The label stands alone
// after the headline's last word; "updated" as a verb ("the board updated
// its advice", "crews kept fans updated on ...") or an adjective ("the
// updated guidance", "maps updated for the first time show ...") is no
// label, and a label with a stamp after it ("updated: june 7, 2016 4:59
// pm") is left to the stamp rules (furniture_updatelabel.go,
// furniture_poststamp.go). The cut is made on a reader's summary after
// selection (cutUpdatedRunIns): only the sentence changes.
//
// Measured against 8bad6d4: validation 3 summaries changed, all 3 read
// better (a headline and "(updated)", "(updated: <note>)" or a bare label
// before a name cut off, the lede standing); train 1-38,000 7 changed, all
// 7 read better (a headline, byline or stamps and "updated:" cut off),
// none worse.
// Not kept: a bare "updated" before any subject's opening ("its", "the"):
// "<name> updated its advice" is a verb. Left: a bare label before a name
// the given-name list lacks ("... updated israel's ..."), a dash label
// whose story opens on a definite noun that storyOpening reads as pointing
// back, labels with a stamp or a story under updatedMinRest words.

// Bounds of cutUpdatedRunIn.
const (
	updatedMaxAt   = 40 // the label stands within this many words
	updatedMinHead = 2  // the fewest words of the headline before it
	updatedMinRest = 5  // the fewest words of the story after it
	updatedMaxNote = 8  // the most words of a note in the label's parentheses ("(updated: <note>)")
)

// cutUpdatedRunIn returns s, a sentence of a reader's summary of
// lower-cased text, from the story after an "updated" label run into it,
// and true. The label stands within updatedMaxAt words, after
// updatedMinHead words or more of a headline that hold no quotation mark
// and no sentence end but an abbreviation's, a web address's or an e-mail
// address's dot; it is one of:
//   - "updated:" with no date, clock time or weekday after it (after one
//     with a stamp the search goes on: "updated: <stamp> updated: <story>");
//   - "(updated)", or "(updated:" with a note of up to updatedMaxNote
//     words closed by ")";
//   - "updated" after a dash standing alone ("<headline> – updated <story>");
//   - "updated" alone after a headline word that is no stopword and ends in
//     no punctuation, the story opening on a listed given name ("...
//     updated anna varga turned 90 today.").
//
// The story must open on no digit, hold updatedMinRest words or more and
// open as a story (storyOpening), no caption (seenCaption). It returns s
// and false otherwise.
func cutUpdatedRunIn(s string) (string, bool) {
	if !strings.Contains(s[:min(len(s), 400)], "updated") {
		return s, false
	}
	starts, words := fieldStarts(s, updatedMaxAt+2)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for i := 0; i+1 < len(words) && i <= updatedMaxAt; i++ {
		r := lex.Lower(raw(i))
		if !strings.Contains(r, "updated") {
			if lex.ContainsAny(r, `"“”`) || lex.ContainsAny(r, ".!?") && !abbrevLike(r) && !webWord(r) {
				return s, false
			}
			continue
		}
		if i < updatedMinHead {
			return s, false
		}
		next := -1 // the story's first word
		switch r {
		case "updated:":
			next = i + 1
		case "(updated)":
			next = i + 1
		case "(updated:":
			for k := i + 1; k < len(words) && k <= i+updatedMaxNote; k++ {
				if strings.HasSuffix(raw(k), ")") {
					next = k + 1
					break
				}
			}
		case "updated":
			prev := raw(i - 1)
			switch {
			case isDash(prev):
				next = i + 1
			case !lex.IsStopword(words[i-1]) && !updatedLabelBefore[words[i-1]] &&
				!lex.ContainsAny(prev, `,;:.!?"“”'‘’()[]—–-`) && lex.IsGivenName(words[i+1]):
				next = i + 1
			}
		}
		if next < 0 || next >= len(words) {
			return s, false
		}
		w := words[next]
		if w == "" || lex.HasDigit(w[:1]) || isMonth(w) || weekdays[w] || w == "posted" || w == "posted:" {
			continue // a stamp after the label: a second label may end it ("updated: <stamp> updated: <story>")
		}
		rest := strings.TrimSpace(s[starts[next]:])
		if countWords(rest) < updatedMinRest {
			return s, false
		}
		lede := lex.UpperFirst(rest)
		if !storyOpening(lede) || seenCaption(words[next:]) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// webWord reports whether the lower-cased field w is a web or e-mail
// address ("varga@gazette.com", "gazette.com"), whose dots end no sentence.
func webWord(w string) bool {
	w = strings.TrimRight(w, ",;:")
	return strings.Contains(w, "@") || strings.HasSuffix(w, ".com") || strings.HasSuffix(w, ".org")
}

// updatedLabelBefore are words after which a bare "updated" is a verb or an
// adjective, not a label: "kept fans updated", "newly updated".
var updatedLabelBefore = lex.Set("kept", "keep", "keeps", "keeping", "newly", "recently", "regularly", "constantly",
	"frequently", "continually", "last", "fully", "since", "just", "get", "gets", "got", "stay", "stays")

// cutUpdatedRunIns cuts, in each sentence of a reader's summary of
// lower-cased text, a headline and the "updated" label run into the story
// (cutUpdatedRunIn).
func cutUpdatedRunIns(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutUpdatedRunIn)
}
