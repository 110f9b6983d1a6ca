package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A broadcaster's video caption run into the story's lede: "Media
// playback is unsupported on your device media caption <caption> <lede>".
// The learned boilerplate cuts the notice and the label, and the splitter
// reads the caption ("Ilse Varga said the ferry crews seemed to be
// regrouping at the pier") and the lede ("Tarnwick says it is ready to
// talk ...") as one sentence with no stop between. Where the candidate
// opened with that label (candidate.playCaption, set in read), the
// sentence is known to start with a caption, and cutPlayCaption cuts it to
// the lede once the summary is truecased: at the first place, after
// playCaptionMinHead words, where a lede opens on an article or a
// capitalised word after a word that can end a caption, with a finite
// verb soon after and playCaptionMinLede words or more to the end.
//
// Measured against 9995f52 on Multi-News default summaries: validation 6
// of 5,598 changed (6 better / 0 worse / 0 same); train 1-38,000, the 822
// clusters holding the label (no other can change), 31 changed (31
// better / 0 worse / 0 same; two also name a person in full later, the
// caption that named them gone). Before the guards on a verb's object
// ("had found a lost city"), a name's description ("her daughter
// <given>"), a count's bound ("at least six"), numbers, name particles
// and noun phrases before a capital, 9 more train summaries were cut
// inside the lede (worse). Known misses: ledes opening in lower case on
// no article ("tens of thousands of people ..."), and subjects whose verb
// stands far off. A lower-case body of people before an auxiliary
// ("researchers have ...") opens a lede too, and a capital after
// "<people's adjective> <noun>" is a name's description ("danish sailor
// Jon"): see runin_imagecaption_left.go, which also marks a picture's
// caption that cutImageCaption left whole, and its counts.

// Bounds of cutPlayCaption.
const (
	playCaptionMinHead = 4  // the fewest caption words before the lede
	playCaptionMinLede = 12 // the fewest lede words
	// playCaptionMinBodyLede is the fewest words of a lede a body of
	// people opens ("scientists have found ...").
	playCaptionMinBodyLede = 8
	playCaptionScan        = 80 // the most words read
)

// playCaptionLabel is the notice and label that open such a candidate,
// in lower case.
const playCaptionLabel = "media playback is unsupported on your device media caption "

// playCaptionKept reports whether raw, a sentence as its paragraph gave
// it, opens with playCaptionLabel and s, the candidate read from it, still
// opens with the caption's first words.
func playCaptionKept(raw, s string) bool {
	if len(raw) < len(playCaptionLabel)+20 || raw[0] != 'M' && raw[0] != 'm' ||
		lex.LowerASCII(raw[:len(playCaptionLabel)]) != playCaptionLabel {
		return false
	}
	return captionStillOpens(raw[len(playCaptionLabel):], s)
}

// captionStillOpens reports whether s, a candidate, opens with the first
// three words of caption, the text after a caption's label.
func captionStillOpens(caption, s string) bool {
	cw := strings.Fields(caption[:min(len(caption), 120)])
	kept := strings.Fields(s[:min(len(s), 120)])
	if len(cw) < 3 || len(kept) < 3 {
		return false
	}
	if len(cw) > 3 && ledeOpeners[lex.LowerASCII(cw[0])] && !strings.EqualFold(cw[0], kept[0]) {
		cw = cw[1:] // the caption's article cut with the label: "media caption the ferry crew ..." kept as "Ferry crew ..."
	}
	for i := range 3 {
		if !strings.EqualFold(cw[i], kept[i]) {
			return false
		}
	}
	return true
}

// cutPlayCaption returns s from its lede on and true, or s and false when
// no lede opening is found (see above).
func cutPlayCaption(s string) (string, bool) {
	return playCaptionSeam(s, false)
}

// playCaptionSeam is cutPlayCaption; with lowerOnly, as the article is
// read and names are still lower-case, only a lede that opens on an
// article or a count is looked for (a body of people, "militants are
// ...", may open a caption's own clause before a lede that opens on a
// name no one can see yet).
func playCaptionSeam(s string, lowerOnly bool) (string, bool) {
	starts, words := fieldStarts(s, playCaptionScan)
	raw := func(i int) string { return fieldText(s, starts, i) }
	quotes := 0 // quotation marks before word k
	for k := 1; k < len(words); k++ {
		prev := strings.TrimSpace(raw(k - 1))
		quotes += strings.Count(prev, `"`) + strings.Count(prev, "“") + strings.Count(prev, "”")
		if k < playCaptionMinHead || len(words)-k < playCaptionMinLede && !(ledeBodies[words[k]] && len(words)-k >= playCaptionMinBodyLede) || quotes%2 != 0 {
			continue
		}
		if !playCaptionEnds(words, prev, k-1) {
			continue
		}
		w, r := words[k], raw(k)
		switch {
		case (ledeOpeners[w] || playCaptionCounts[w]) && r[0] >= 'a' && r[0] <= 'z':
			if p := words[k-1]; playCaptionObjectTaker(p) || playCaptionTakers[p] || k >= 2 && words[k-2] == "to" || k+1 >= len(words) || ledeMeasures[words[k+1]] ||
				!playCaptionVerb(words, raw, k+1, true) {
				continue // "... shot and killed a seal ...", "to hold the pier": the verb's object
			}
			if playCaptionCounts[w] && (playCaptionBounds[words[k-1]] || !playCaptionAux(words, raw, k+1)) {
				continue // "at least six people", "to receive two new hips says ..."
			}
		case !lowerOnly && startsUpper(r) && playCaptionLowerWord(prev) && !lex.IsStopword(w):
			if p := words[k-1]; playCaptionPersons(p) || k >= 2 && (demonym(words[k-2]) || words[k-2] == "to") || lex.IsAttributionVerb(p) || playCaptionCounts[p] || playCaptionInPhrase(words, raw, k) || playCaptionOfHead(words, raw, k) ||
				!playCaptionVerb(words, raw, k+1, false) {
				continue // "... her daughter Ilse stopped ...": a name after its description; "fighting to topple Col Ilse Varga has ...": the verb's object (found in a held-back reading: the cut made the sentence say the object was killed)
			}
		case !lowerOnly && ledeBodies[w] && r[0] >= 'a' && r[0] <= 'z' && k+1 < len(words) && bareAuxiliaries[words[k+1]]:
			if p := words[k-1]; playCaptionObjectTaker(p) || k >= 2 && words[k-2] == "to" || playCaptionCounts[p] || playCaptionBounds[p] || demonym(p) {
				continue // "... told the police have ...", "two scientists have ...", "french police have ..."
			}
		default:
			continue
		}
		if p := raw(k - 1); k > playCaptionMinHead && trimPossessive(p) != p {
			if !playCaptionEnds(words, strings.TrimSpace(raw(k-2)), k-2) {
				continue // "the harbour's two cranes", "the bbc's ..."
			}
			k-- // the possessive goes with the lede's subject: "<place> | Tarnwick's two ferries have ..."
		}
		return lex.UpperFirst(strings.TrimSpace(s[starts[k]:])), true
	}
	return s, false
}

// playCaptionRoles are more words for a person before a name.
var playCaptionRoles = lex.Set("executive", "boss", "founder", "leader", "chairman", "chairwoman", "explorer",
	"activist", "campaigner", "spokesman", "spokeswoman", "journalist", "player", "striker", "manager", "lawyer",
	"victim", "survivor", "friend", "colleague", "partner", "girlfriend", "boyfriend", "fiance", "fiancee")

// playCaptionObjectTaker reports whether w, before an article, takes
// the article's noun as its object or clause: a verb ("killed a
// motorist", "give a tour", "met the mayor") or a time noun ("the moment
// the pier fell").
func playCaptionObjectTaker(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || pastForms[w] || commonVerbs[w] || bareAuxiliaries[w] ||
		lightParaphrase[w] || playCaptionTimes[w]
}

// playCaptionTimes are nouns a clause follows with no "that" ("the
// moment the pier fell").
var playCaptionTimes = lex.Set("moment", "moments", "day", "days", "time", "times", "night", "week", "year", "minute", "minutes",
	"hour", "hours", "instant", "way", "reason", "place")

// playCaptionLowerWord reports whether w, quotation marks trimmed, opens
// on a lower-case letter: no number or name before the lede ("a 2017
// Tarnwick interview", "Ilse "Bo" Varga").
func playCaptionLowerWord(w string) bool {
	w = strings.TrimLeft(w, `"“'‘`)
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// playCaptionInPhrase reports whether the capitalised word k goes on a
// phrase before it: an article, "of" or a comma among the three words
// before it, or "and" among the two ("the notorious 2012 Tarnwick case", "Ilse Varga, Jon
// Brask and bo Tarn are ..."), or a name's particle after a name ("Praia
// da Luz").
func playCaptionInPhrase(words []string, raw func(int) string, k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if w := words[j]; w == "the" || w == "a" || w == "an" || w == "of" || w == "and" && j >= k-2 || strings.Contains(raw(j), ",") {
			return true
		}
	}
	return k >= 2 && nameParticles[words[k-1]] && startsUpper(raw(k-2))
}

// playCaptionTakers, before an article, take its noun phrase as their
// object or clause ("beneath the collapsed pier", "since the old war",
// "whether the truce holds"): no lede opens there.
var playCaptionTakers = lex.Set("whether", "if", "since", "beneath", "below", "under", "underneath", "above", "among",
	"amongst", "through", "throughout", "into", "from", "for", "with", "by", "at", "in", "on", "of", "to", "over", "after", "before",
	"against", "between", "during", "until")

// playCaptionOfHead reports whether the capitalised word k sits in a
// subject opened by an article and "of" ("the leader of tarnish harbour
// union Brask has said ..."): "of" within the six words before k, an
// article just before or just after its noun, no mark between.
func playCaptionOfHead(words []string, raw func(int) string, k int) bool {
	for j := k - 1; j >= max(0, k-6); j-- {
		if j < k-1 && lex.ContainsAny(raw(j), `,;:.!?"“”()—–`) {
			return false
		}
		if words[j] != "of" {
			continue
		}
		return j >= 2 && (words[j-2] == "the" || words[j-2] == "a" || words[j-2] == "an") ||
			j+1 < k && (words[j+1] == "the" || words[j+1] == "a" || words[j+1] == "an")
	}
	return false
}

// nameParticles stand inside a name between its capitalised words.
var nameParticles = lex.Set("da", "de", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den", "la", "le",
	"al", "el", "bin", "ibn", "y")

// playCaptionBounds go on into a count ("at least six").
var playCaptionBounds = lex.Set("least", "most", "than", "nearly", "almost", "over", "around", "about",
	"approximately", "roughly", "some", "just", "only", "another", "estimated")

// playCaptionAux reports whether an auxiliary ("have", "were") follows
// word i within subjVerbWords words with no mark, other verb or stopword
// but "of" before it: a count opens
// a lede as its subject ("six people have died").
func playCaptionAux(words []string, raw func(int) string, i int) bool {
	for j := i; j < len(words) && j <= i+subjVerbWords; j++ {
		if bareAuxiliaries[words[j]] {
			return true
		}
		if lex.ContainsAny(raw(j), `,;:.!?"“”()—–`) || lex.IsStopword(words[j]) && words[j] != "of" || lex.IsAttributionVerb(words[j]) {
			return false
		}
	}
	return false
}

// playCaptionCounts open a lede as an article does ("four soldiers have
// been ...").
var playCaptionCounts = lex.Set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "dozens", "hundreds", "thousands", "millions", "several")

// playCaptionVerb reports whether the lede's subject, from word i, has
// its finite verb soon (finiteVerbNear) or a relative clause ("an
// archaeologist who ...", "Ilse Varga, who ...").
func playCaptionVerb(words []string, raw func(int) string, i int, ties bool) bool {
	if finiteVerbNear(words, raw, i, ties) {
		return true
	}
	if i+2 < len(words) && !lex.IsStopword(words[i]) && !lex.IsStopword(words[i+1]) &&
		!lex.ContainsAny(raw(i), `,;:.!?"“”()—–`) && !lex.ContainsAny(raw(i+1), `,;:.!?"“”()—–`) &&
		finiteVerbNear(words, raw, i+2, ties) {
		return true // a longer subject: "Tarnwick's former harbour master Ilse Varga has ..."
	}
	for j := i; j < len(words) && j <= i+subjVerbWords; j++ {
		if (words[j] == "who" || words[j] == "whose") && j > i {
			return true
		}
		if j+1 < len(words) && strings.HasSuffix(raw(j), ",") && (words[j+1] == "who" || words[j+1] == "whose") {
			return true
		}
		if lex.ContainsAny(raw(j), `;:.!?"“”()—–`) || lex.IsStopword(words[j]) {
			return false
		}
	}
	return false
}

// playCaptionPersons reports whether w describes a person whose name
// may follow it ("her daughter Ilse", "foreign minister Jon Brask").
func playCaptionPersons(w string) bool {
	return kinWords[w] || titlesBefore[w] || playCaptionRoles[w] || roleNouns[w] || articleRoles[w] || talkBlurbRoles[w] || bylineRoles[w] || nationTitles[w]
}

// playCaptionEnds reports whether word i, prev as written, can end a
// caption: no stopword, preposition or "-ing" form, and no mark but a
// closing quotation mark after it.
func playCaptionEnds(words []string, prev string, i int) bool {
	w := words[i]
	if w == "" || lex.IsStopword(w) || ledePrepositions[w] || playCaptionJoiners[w] || strings.HasSuffix(w, "ing") {
		return false
	}
	last := strings.TrimRight(prev, `"”`)
	return last != "" && !strings.ContainsAny(last[len(last)-1:], `,:;.!?'‘’(-—–`)
}

// playCaptionJoiners are words that go on into the next ("around the
// pier", "said the"); "reports" ends a caption ("..., as Ilse Varga
// reports").
var playCaptionJoiners = lex.Set("around", "about", "said", "says", "told", "tells", "like",
	"than", "via", "per", "including", "whose", "whom", "where", "when", "while", "although", "though", "unless")

// cutPlayCaptions cuts, in each sentence of a reader's summary whose
// candidate opened with a video's caption label, the caption
// (cutPlayCaption). picked holds the facts of the summary's sentences in
// order; when the two do not align, nothing is cut.
func (c *cluster) cutPlayCaptions(picked []int, sum *chorus.Summary) {
	if len(picked) != len(sum.Sentences) {
		return
	}
	for i, f := range picked {
		if !c.cands[c.facts[f].rep].playCaption {
			continue
		}
		if rest, ok := cutPlayCaption(sum.Sentences[i].Text); ok {
			sum.Sentences[i].Text = rest
		}
	}
}
