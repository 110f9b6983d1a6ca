package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline run into a chosen sentence whose story restates it, in two
// shapes the before-selection cut (cutRestatedHeadline) refuses:
//   - the story's subject is a list, so a comma stands in its first four
//     words: "Two missing after dinghy found off Tarnwick point the U.K.
//     coastguard, harbour police and lifeboat crews are searching for two
//     men whose dinghy was found off Tarnwick point ..." reads "The U.K.
//     coastguard, harbour police and lifeboat crews are searching ...";
//   - the headline is a long deck with a clause of its own, and the story
//     repeats many of its content words but fewer than restatedShare of
//     them: "Ferry chief filmed himself reading the crew's letters at the
//     Tarnwick pier office, sparking anger the volunteers camped at the
//     pier office are reading letters of the ferry crews, sparking anger
//     among ..." reads "The volunteers camped at the pier office ...".
//
// The story opens on "the", "a" or "an" that ends no clause of the words
// before (articleClauseAt, as cutRestatedHeadline asks); the cut is made on
// a reader's summary after selection (cutWideRestated), so only the chosen
// sentence changes.
//
// Measured against main at f4cce61 (default summaries): Multi-News
// validation 4 of 5,598 change, all read: 4 better (a tribe's artifacts
// story, a boat search with a list subject, a schoolboy hero, a
// reporter's photos: each loses its headline or deck). Train 1-38,000:
// 2 of 37,857 change, both read, both better (a relic theft's headline
// and byline, a witness's headline). Before the auxiliary guard
// (auxBefore) a third changed, worse: a cut at "a report" after "will
// now investigate and prepare".

// Bounds of wideRestated.
const (
	// wideRepeatMin is the fewest distinct content words of the headline
	// a story repeats when fewer than restatedShare of them stand again;
	// wideRepeatShare is then the least share.
	wideRepeatMin   = 6
	wideRepeatShare = 0.5
)

// wideRestated returns s, a sentence of a reader's summary of lower-cased
// text, from its story and true when a headline of restatedHeadMinWords to
// restatedHeadMaxWords words with no sentence end runs into a story that
// opens on "the", "a" or "an" at word p (articleClauseAt, and no
// auxiliary among the wideAuxReach words before it) and restates it,
// where cutRestatedHeadline's own tests refuse the cut: either the story's
// first four words hold a comma of a list subject (listSubjectAt) and no
// quotation mark, and the story repeats restatedMinWords and restatedShare
// of the headline's content words; or its first four words hold no mark
// and the story repeats wideRepeatMin of them, at least wideRepeatShare
// but under restatedShare. The story's first restatedWindow words are
// read; it holds fusedLedeMinWords words, opens pointing back at nothing
// (storyOpening) and is no caption. It returns s and false otherwise.
func wideRestated(s string) (string, bool) {
	starts, words := fieldStarts(s, headFieldsMax)
	if len(words) < restatedHeadMinWords+fusedLedeMinWords {
		return s, false
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	last := min(len(words)-fusedLedeMinWords, restatedHeadMaxWords)
	for p := 1; p <= last; p++ {
		if lex.ContainsAny(raw(p-1), ".!?") && !abbrevLike(raw(p-1)) {
			last = p - 1 // "... it said. the ..." is two sentences
			break
		}
	}
	for p := restatedHeadMinWords; p <= last; p++ {
		if !ledeOpener[words[p]] {
			continue
		}
		if auxBefore(words, p) || !articleClauseAt(s, starts, words, raw, p) {
			continue
		}
		quote, comma := ledeMarksAt(words, raw, p)
		if quote || comma && !listSubjectAt(words, raw, p) {
			continue
		}
		n, hit := restatedCount(words[:p], words[p:min(len(words), p+restatedWindow)])
		strict := hit >= restatedMinWords && float64(hit) >= restatedShare*float64(n)
		wide := !comma && !strict && hit >= wideRepeatMin && float64(hit) >= wideRepeatShare*float64(n)
		if !(comma && strict || wide) {
			continue
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[p]:]))
		if !storyOpening(lede) || seenCaption(words[p:]) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// wideAuxReach is how many words before a story's article are read for
// an auxiliary.
const wideAuxReach = 6

// auxBefore reports whether an auxiliary or modal stands among the
// wideAuxReach words before word p: the article may open the object of
// its verb ("... will now look into and prepare || a report for ...").
func auxBefore(words []string, p int) bool {
	for _, w := range words[max(0, p-wideAuxReach):p] {
		if bareAuxiliaries[w] || w == "may" || w == "might" || w == "shall" {
			return true
		}
	}
	return false
}

// listSubjectAt reports whether the story opening on the article at word
// p has a list for its subject: names and nouns set off by commas, "and"
// after the last comma, then a finite verb in the plural (listVerbs)
// within restatedVerbWords words; no other mark, no stopword but the
// list's ties (listTies), no "-ed" or "-ing" word before the verb.
func listSubjectAt(words []string, raw func(int) string, p int) bool {
	commas, and := 0, false
	for i := p + 1; i < len(words) && i <= p+restatedVerbWords; i++ {
		w, r := words[i], raw(i)
		if listVerbs[w] {
			return commas > 0 && and && !lex.ContainsAny(raw(i-1), ",")
		}
		if w == "and" {
			and = commas > 0
			continue
		}
		core := strings.TrimSuffix(r, ",")
		if core != r {
			commas++
			and = false
		}
		if lex.ContainsAny(core, `,;:!?"“”'‘’()—–`) && !strings.HasSuffix(core, "'s") || strings.Contains(core, ".") && !abbrevLike(core) ||
			lex.IsStopword(w) && !listTies[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return false
		}
	}
	return false
}

// listVerbs follow a list subject: finite verbs in the plural.
var listVerbs = lex.Set("are", "were", "have", "had", "will", "would", "can", "could", "say", "said")

// listTies may stand inside a list subject's names: "the department of
// fisheries, the navy and ...".
var listTies = lex.Set("of", "the")

// cutWideRestated cuts, in each sentence of a reader's summary of
// lower-cased text, a headline its story restates where the story's
// subject is a list or the headline a long deck (wideRestated). Nothing
// but the sentence's text changes.
func cutWideRestated(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, wideRestated)
}
