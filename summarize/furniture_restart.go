package summarize

import (
	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a headline run into an article's first sentence where
// the story opens on one of the headline's own nouns, not its opening
// words (cutRepeatedHeadline) and with no "the", "a" or "an" needed
// (cutUnrepeatedHeadline): "Westvale power returns after storm blackout
// power was back in most of westvale on monday ..." reads "Power was back
// in most of westvale on monday ...". The story's subject repeats a
// headline word, an auxiliary follows it, and the story restates most of
// the headline.

// Bounds of cutRestartedHeadline.
const (
	// restartHeadMinWords is the fewest words of the headline.
	restartHeadMinWords = 3
	// restartAuxWords is the most words from the story's repeated word to
	// its auxiliary.
	restartAuxWords = 3
	// restartRestated is the least share of the headline's content words
	// (stemmed) the story after it repeats.
	restartRestated = 0.5
)

// cutRestartedHeadline returns s, a lower-cased article's first sentence,
// from its story when a headline runs into it and the story's subject
// repeats one of the headline's content words (stemmed: "critic" ...
// "critics"): word k does, an auxiliary (bareAuxiliaries) follows it
// within restartAuxWords words with nothing but content words between,
// and a number or determiner (repeatDeterminers) opens the subject when
// one stands within restartAuxWords content words before it ("a
// 90-year-old westvale woman is ..."); with none, the word before it
// and it are no pair the story says again (a name: "... ana roe is
// ... ana roe said"). The headline before the cut has restartHeadMinWords words or
// more, no auxiliary, no punctuation but quotation marks, no word that
// would open a clause taking the story as its own (bareHeadStop but
// articles, clauseVerbs, "to" in its last three words), and ends a
// headline (repeatHeadEnd); the story restates restartRestated of the
// headline's content words, holds fusedLedeMinWords words or more, and
// does not open pointing back (defect.Dangles).
func cutRestartedHeadline(s string, cased bool) string { return cutRestartedHeadlineIn(nil, s, cased) }

// cutRestartedHeadlineIn is cutRestartedHeadline reading the words of s
// from h.
func cutRestartedHeadlineIn(h *headFields, s string, cased bool) string {
	if cased {
		return s
	}
	starts, words := h.of(s, fusedHeadMaxWords+60)
	if len(words) < restartHeadMinWords+fusedLedeMinWords {
		return s
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	stems := make([]string, len(words)) // lex.Stem of words, read once (stemIn)
	for k := 0; k < len(words) && k <= fusedHeadMaxWords; k++ {
		w := words[k]
		if k > 0 && (bareAuxiliaries[words[k-1]] || clauseVerbs[words[k-1]] || bareHeadStop[words[k-1]] && !ledeOpener[words[k-1]] ||
			lex.ContainsAny(raw(k-1), `.,;:!?()[]|/—–`) || raw(k-1) == "-" || raw(k-1) == "--") {
			return s
		}
		if k < restartHeadMinWords || len(w) < 3 || lex.IsStopword(w) || !hasLetterOrDigit(w) || !stemIn(k, words, stems) {
			continue
		}
		at := k
		for j := k - 1; j >= 0 && j >= k-restartAuxWords; j-- {
			if repeatDeterminers[words[j]] {
				at = j // "... a 90-year-old westvale woman is ...": the subject opens at its determiner
				break
			}
			if words[j] == "and" || words[j] == "or" {
				at = -1 // "... ana roe and dell roe are ...": a subject of two, which the cut would split
				break
			}
			if lex.IsStopword(words[j]) || lex.ContainsAny(raw(j), `.,;:!?"“”()[]|/—–`) {
				break
			}
		}
		if at < 0 {
			continue
		}
		if at == k && repeatAt(words, words[k-1], w, k+1) > 0 {
			continue // "... tom cruise are upset ... tom cruise and ...": the word before is the story's own, a name's first
		}
		if at < restartHeadMinWords || !auxAfter(words, k, raw) || toBefore(words, at) || !repeatHeadEnd(s, starts, words, at) {
			continue
		}
		if len(words)-at < fusedLedeMinWords || restated(words[:at], words[at:]) < restartRestated {
			continue
		}
		lede := lex.UpperFirst(s[starts[at]:])
		if !h.storyOpening(lede, words[:at]) {
			return s
		}
		return lede
	}
	return s
}

// stemIn reports whether the stem of words[k] is the stem of one of the
// words before it; stems holds the stems read so far ("" for none yet).
func stemIn(k int, words, stems []string) bool {
	stem := func(i int) string {
		if stems[i] == "" {
			stems[i] = lex.Stem(words[i])
		}
		return stems[i]
	}
	st := stem(k)
	for i, h := range words[:k] {
		if len(h) > 2 && stem(i) == st {
			return true
		}
	}
	return false
}

// auxAfter reports whether an auxiliary follows word k within
// restartAuxWords words, with only content words between ("power was",
// "harbour staff have").
func auxAfter(words []string, k int, raw func(int) string) bool {
	if lex.ContainsAny(raw(k), `.,;:!?"“”()[]|/—–`) {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+restartAuxWords; j++ {
		if bareAuxiliaries[words[j]] {
			return true
		}
		if len(words[j]) < 2 || lex.IsStopword(words[j]) || clauseVerbs[words[j]] || lex.IsAttributionVerb(words[j]) ||
			lex.ContainsAny(raw(j), `.,;:!?"“”()[]|/—–`) {
			return false
		}
	}
	return false
}
