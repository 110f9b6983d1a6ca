package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a headline run into an article's first sentence where
// the headline itself holds "the", "a" or "an" (which cutUnrepeatedHeadline
// refuses) or ends at a dateline's dash, and the story restates it:
// "Tarnwick council votes to close the old ferry pier tarnwick — the
// council voted on monday to close the ferry pier ..." reads "The council
// voted on monday ...". A story's first sentence seldom repeats most of
// the content words of its own first words; a headline's are repeated by
// the lede that follows it.

// Bounds of cutRestatedHeadline.
const (
	// restatedHeadMinWords and restatedHeadMaxWords bound the headline's
	// words.
	restatedHeadMinWords = 4
	restatedHeadMaxWords = 25
	// restatedMinWords is the fewest distinct content words of the
	// headline the story must repeat, restatedShare the least share.
	restatedMinWords = 3
	restatedShare    = 0.6
	// restatedWindow is how many of the story's words are read for the
	// repeat.
	restatedWindow = 40
	// restatedVerbWords is how far after a story's article its verb
	// stands at most.
	restatedVerbWords = 14
)

// cutRestatedHeadline returns s, a lower-cased article's first sentence,
// from its story when a headline runs into it and the story restates it:
// the story opens at word p, restatedHeadMinWords to restatedHeadMaxWords
// words in, either after a dateline's dash ("... tarnwick — the council
// ...") or at "the", "a" or "an" that ends no clause of the words before
// (headlineEnd, no infinitive, subordinator or verb of saying before it,
// no rate "a day"); the headline has no full stop, question or
// exclamation mark, and at least restatedMinWords of its distinct content
// words, and restatedShare of them, stand again (stemmed) in the story's
// first restatedWindow words. The first such p is the cut; the story
// holds fusedLedeMinWords words or more, does not open pointing back
// (defect.Dangles), is no furniture and no picture's caption.
//
// A cased article is left as it is: it was measured on Multi-News's
// lower-cased text.
func cutRestatedHeadline(s string, cased bool) string { return cutRestatedHeadlineIn(nil, s, cased) }

// cutRestatedHeadlineIn is cutRestatedHeadline reading the words of s
// from h.
func cutRestatedHeadlineIn(h *headFields, s string, cased bool) string {
	if cased {
		return s
	}
	starts, words := h.of(s, headFieldsMax)
	if len(words) < restatedHeadMinWords+fusedLedeMinWords {
		return s
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	last := min(len(words)-1, restatedHeadMaxWords+1)
	for p := 1; p <= last; p++ {
		if lex.ContainsAny(raw(p-1), ".!?") && !abbrevLike(raw(p-1)) {
			last = p - 1 // the headline ends no sentence: "... it said. the ..." is two
			break
		}
	}
	// A dateline's dash is the surer start: it is taken before an article
	// ("... passes the senate, heads to governor tarnwick — the senate ...").
	for _, dash := range []bool{true, false} {
		for p := restatedHeadMinWords; p <= last; p++ {
			if dash && !datelineDashAt(words, raw, p) ||
				!dash && !articleLedeAt(s, starts, words, raw, p) {
				continue
			}
			head := words[:p]
			if dash {
				head = words[:p-1]
			}
			if out, ok := restatedLede(h, s, starts, words, head, p); ok {
				return out
			}
		}
	}
	return s
}

// datelineDashAt reports whether word p follows a dateline's dash: the
// word before p is a dash (or ends in one), no dash follows within
// asideWords words, and the one to three words before the dash name a
// known place (clean.IsDatelinePlace) or, one word, repeat the
// headline's last word ("... in velmora velmora — ..."; a name before a
// tabloid's dash, "ana roe -- ...", repeats an earlier one).
func datelineDashAt(words []string, raw func(int) string, p int) bool {
	if !isDash(raw(p-1)) || p+1 >= len(words) || isDash(raw(p)) {
		return false
	}
	for i := p; i < len(words) && i < p+asideWords; i++ {
		if isDash(raw(i)) || strings.Contains(raw(i), "--") {
			return false // "... -- life after the ferry -- ...": a headline's aside, not a dateline
		}
	}
	end := p - 1 // the place's words end before the dash
	if raw(p-1) != "—" && raw(p-1) != "–" && raw(p-1) != "--" && raw(p-1) != "-" {
		end = p // "phoenix --"
	}
	for k := 1; k <= 3 && end-k >= 1; k++ {
		place := strings.Join(words[end-k:end], " ")
		if lex.ContainsAny(strings.Join(wordsRaw(raw, end-k, end-1), " "), `"“”()`) {
			return false
		}
		if clean.IsDatelinePlace(place) {
			return true
		}
		if k == 1 && end >= 2 && words[end-2] == words[end-1] && !lex.IsStopword(words[end-1]) {
			return true // "... in velmora velmora — ...": the headline's last word, then its dateline
		}
	}
	return false
}

// wordsRaw returns the fields i to j (inclusive) as they stand.
func wordsRaw(raw func(int) string, i, j int) []string {
	out := make([]string, 0, j-i+1)
	for k := i; k <= j; k++ {
		out = append(out, raw(k))
	}
	return out
}

// articleLedeAt reports whether word p, "the", "a" or "an", can open the
// story after a headline: it ends no clause of the words before
// (headlineEnd, no infinitive, subordinator, verb of saying or
// restatedVerbs before it, no auxiliary two words before, no rate "a
// day"), no ellipsis stands in the story's first 12 words, a verb (an
// auxiliary, a verb of saying, an "-ed" word) within restatedVerbWords
// words after the article, and its first four
// words hold no quotation mark or comma (a headline's quoted object,
// "... labels the group a 'hostile service' ...", or its second clause,
// "... passes the senate, heads to ...").
func articleLedeAt(s string, starts []int, words []string, raw func(int) string, p int) bool {
	if !articleClauseAt(s, starts, words, raw, p) {
		return false // the cheap tests first: the marks' scan reads four words for each article
	}
	quote, comma := ledeMarksAt(words, raw, p)
	return !quote && !comma
}

// articleClauseAt is articleLedeAt without its test of the first four
// words' marks (ledeMarksAt).
func articleClauseAt(s string, starts []int, words []string, raw func(int) string, p int) bool {
	if !ledeOpener[words[p]] || !headlineEnd(s, starts, p) || toBefore(words, p) || clauseVerbs[words[p-1]] ||
		bareHeadStop[words[p-1]] || restatedVerbs[words[p-1]] || p+1 < len(words) && rateWords[words[p+1]] ||
		bareAuxiliaries[words[p-2]] {
		return false // "... is actually a ...": the article goes on a clause
	}
	for i := p; i < len(words) && i < p+12; i++ {
		if strings.Contains(raw(i), "...") || strings.Contains(raw(i), "…") {
			return false // a caption or teaser cut short, not a story
		}
	}
	verb := false
	for i := p + 1; i < len(words) && i <= p+restatedVerbWords && !verb; i++ {
		w := words[i]
		verb = bareAuxiliaries[w] || clauseVerbs[w] || lex.IsAttributionVerb(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
	}
	return verb // no verb: "... a large feast on the second day of ...", a standfirst's phrase, no story's clause
}

// ledeMarksAt reports whether the first four words from word p hold a
// quotation mark (quote) or a comma (comma), a possessive's apostrophe
// aside.
func ledeMarksAt(words []string, raw func(int) string, p int) (quote, comma bool) {
	for i := p; i < len(words) && i < p+4; i++ {
		r := raw(i)
		if strings.HasSuffix(r, "'s") || strings.HasSuffix(r, "’s") {
			continue
		}
		quote = quote || lex.ContainsAny(r, `"“”'‘’`)
		comma = comma || strings.Contains(r, ",")
	}
	return quote, comma
}

// restatedVerbs take an object after them that headlineVerbs leave out:
// "... officers shot a ...".
var restatedVerbs = lex.Set("shot", "shoot", "shoots", "struck", "strike", "strikes", "beat", "beats", "stole",
	"steal", "steals", "named", "name", "names", "label", "labels", "slam", "slams", "blast", "blasts", "sue", "sues",
	"sued", "ban", "bans", "fire", "fires", "fired", "rob", "robs", "robbed", "attack", "attacks", "save", "saves",
	"enter", "enters", "confirm", "confirms", "choose", "chooses", "select", "selects")

// isDash reports whether field w is a dash standing alone or ending a
// word ("phoenix --").
func isDash(w string) bool {
	return w == "—" || w == "–" || w == "--" || w == "-" || strings.HasSuffix(w, "--") || strings.HasSuffix(w, "—")
}

// abbrevLike reports whether field w with a full stop is an abbreviation
// or initial ("u.s.", "dr.", "st."), not a sentence's end.
func abbrevLike(w string) bool {
	w = strings.TrimRight(w, ",")
	if !strings.HasSuffix(w, ".") || lex.ContainsAny(w, "!?") {
		return false
	}
	core := strings.TrimSuffix(w, ".")
	return strings.Contains(core, ".") || len(core) <= 3
}

// storyOpening reports whether lede, what is left of a sentence once a
// headline run into it is cut, can open a story: it points back to nothing
// (defect.Dangles) and is no page furniture. Every headline cut asks it.
func storyOpening(lede string) bool {
	return !defect.Dangles(lede) && defect.Furniture(lede) == defect.OK
}

// restatedLede decides a cut of s before word p (h: the sentence read, nil
// for none; starts and words from
// fieldStarts, head the words cut off): ok is false when the story after p
// does not restate head (try another cut point); otherwise out is the story
// from p on, or s itself when that story would open pointing back, as
// furniture or as a caption (no cut at all).
func restatedLede(h *headFields, s string, starts []int, words, head []string, p int) (out string, ok bool) {
	n, hit := restatedCount(head, words[p:min(len(words), p+restatedWindow)])
	if hit < restatedMinWords || float64(hit) < restatedShare*float64(n) || len(words)-p < fusedLedeMinWords {
		return "", false
	}
	lede := lex.UpperFirst(strings.TrimSpace(s[starts[p]:]))
	if !h.storyOpening(lede, head) || seenCaption(words[p:]) {
		return s, true
	}
	return lede, true
}

// restatedCount returns how many distinct content words head holds (stems
// of three letters or more, no stopwords) and how many of them stand in
// story.
func restatedCount(head, story []string) (n, hit int) {
	in := make(map[string]bool, len(story))
	for _, w := range story {
		in[lex.Stem(w)] = true
	}
	seen := make(map[string]bool, len(head))
	for _, w := range head {
		if len(w) < 3 || lex.IsStopword(w) || !hasLetterOrDigit(w) {
			continue
		}
		st := lex.Stem(w)
		if seen[st] {
			continue
		}
		seen[st] = true
		n++
		if in[st] {
			hit++
		}
	}
	return n, hit
}

// Bounds of cutUpdatedMarker.
const (
	// updatedHeadMinWords and updatedHeadMaxWords bound the words before
	// the marker.
	updatedHeadMinWords = 4
	updatedHeadMaxWords = 30
	// updatedRestated is the fewest distinct content words of the headline
	// the story must repeat.
	updatedRestated = 2
)

// cutUpdatedMarker returns s, a lower-cased article's first sentence,
// from its story when a headline and the page's "updated" stamp run into
// it: "Tarnwick pier to close after storm damage updated the tarnwick
// council says the pier ..." reads "The tarnwick council says the pier
// ...". The word "updated" stands updatedHeadMinWords to
// updatedHeadMaxWords words in, after a content word (no auxiliary,
// article, adverb of time or other word that would make it the
// sentence's verb or adjective: "gallup updated its figures", "the
// rankings were updated") with no punctuation, and before a word that
// is no object or preposition the verb would take (updatedObjects); the
// story repeats updatedRestated of the headline's content words or more
// within restatedWindow words, holds fusedLedeMinWords words and does not
// open pointing back.
func cutUpdatedMarker(s string, cased bool) string {
	if cased || !strings.Contains(s, " updated ") {
		return s
	}
	starts, words := fieldStarts(s, headFieldsMax)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for k := updatedHeadMinWords; k < len(words)-1 && k <= updatedHeadMaxWords; k++ {
		if words[k] != "updated" || raw(k) != "updated" {
			continue
		}
		prev := words[k-1]
		if lex.ContainsAny(raw(k-1), `.,;:!?"“”()—–-`) || lex.IsStopword(prev) || bareAuxiliaries[prev] ||
			updatedBefore[prev] || strings.HasSuffix(prev, "ly") {
			return s
		}
		if updatedObjects[words[k+1]] || len(words)-k-1 < fusedLedeMinWords {
			return s
		}
		_, hit := restatedCount(words[:k], words[k+1:min(len(words), k+1+restatedWindow)])
		if hit < updatedRestated {
			return s
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[k+1]:]))
		if !storyOpening(lede) {
			return s
		}
		return lede
	}
	return s
}

// updatedBefore make "updated" the verb or adjective of the sentence.
var updatedBefore = lex.Set("been", "be", "being", "recently", "last", "newly", "just", "regularly", "frequently",
	"constantly", "continuously", "later", "since", "then", "also", "and", "or", "gets", "got", "get")

// updatedObjects after "updated" go on it as a verb: "updated its
// figures", "updated on monday".
var updatedObjects = lex.Set("its", "their", "the", "his", "her", "a", "an", "them", "it", "on", "with", "to", "in",
	"by", "this", "that", "our", "my", "your", "at", "for", "from", "daily", "weekly", "regularly", "every", "each",
	"version", "versions", "list", "figures", "data", "guidance", "forecast", "forecasts", "information", "story",
	"article", "post", "app", "software", "numbers", "estimate", "estimates", "rules", "policy")
