package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a pairwise move of the ordering stage: in a reader's
// summary a source's opening sentence that states the event and
// introduces who or what it is about ("Hana Osei, the mayor of Tarnwick,
// signed a bill ...") read after sentences that lean on it ("Osei said
// ...", "The bill bans ...") leaves the reader asking who and which. The
// opening moves to just before the first sentence that uses bare what it
// introduces; every other sentence keeps its place.

// ledeThingUse finds a "the <thing>" a story's opening introduces with
// "a"/"an" ("a bill", "a new drug"); the group is the noun.
var ledeThingUse = regexp.MustCompile(`\bthe (?:new )?(bill|drug|vaccine|lawsuit|measure)\b`)

// ledeThingNouns finds ledeThingUse's nouns anywhere: a sentence without
// one is not matched against the expression.
var ledeThingNouns = lex.NewSubstrings("bill", "drug", "vaccine", "lawsuit", "measure")

// ledeThingIntro finds "a [one or two words] <thing>"; the groups are the
// words between and the noun.
var ledeThingIntro = regexp.MustCompile(`\b(?:a|an)((?: [a-z-]+){0,2}) (bill|drug|vaccine|lawsuit|measure)\b`)

// ledeThingSelf is what, right after "the <thing>", tells which thing is
// meant ("the bill, which ...", "the drug called ...").
var ledeThingSelf = regexp.MustCompile(`^(?:'s|’s)?,? ?(?:which|that|called|named|known|to|for|would|passed|introduced|proposed|filed|by|from|of)\b`)

// ledeMaxPos is the last sentence position in its article of a sentence
// that counts as the article's opening.
const ledeMaxPos = 1

// introduceLedes moves, in a reader's summary ordered for reading, a
// sentence that opens its article (position ledeMaxPos or before) and
// introduces a person in full ("hana osei", from lowerGivenNames or
// fullNames) or a thing with "a"/"an" ("a bill", "a new drug") to just
// before the first sentence that uses it bare ("osei said", "the bill")
// when no sentence before that one mentions it. The guards are those of
// introduceStudies: the opening goes before the run of sentences that
// follow their article's sentence before them, never between the lead
// and a sentence that goes on from it; the lead stays first unless it
// uses a thing ("the bill") bare itself, and then only a sentence that
// can lead (canLead) takes its place (a lead's bare surname is written in
// full later, writeFullNames: moving another lead there read worse); a sentence that leans on the one before it,
// or that the next sentence follows, is not moved, nor one that uses
// bare a person or thing that only a sentence it would jump introduces.
// A sentence that reads as a photo's caption (captionish) never moves:
// naming a person in full does not make it the news.
func (c *cluster) introduceLedes(picked []int) { c.introduceFrom(picked, ledeMaxPos) }

// introduceFrom is introduceLedes with the sentences that may introduce
// taken from article positions up to maxPos.
func (c *cluster) introduceFrom(picked []int, maxPos int) {
	if len(picked) < 2 {
		return
	}
	text := func(f int) string { return lex.Lower(c.cands[c.facts[f].rep].text) }
	// Only a sentence that may move (an article's opening) can introduce
	// a name: the names are read for its words alone.
	var intros []int
	for _, f := range picked[1:] {
		if c.cands[c.facts[f].rep].pos <= maxPos {
			intros = append(intros, f)
		}
	}
	names := c.ledeNames(intros, text)
	// bareUses returns the keys s uses bare: a surname not after its
	// given name, a "the <thing>" that points back.
	bareUses := func(s string) []string {
		var out []string
		w := lex.LetterWords(s, -1)
		for k, x := range w {
			full, ok := names[x]
			if !ok {
				continue
			}
			if g := lex.SpaceFieldsShared(full); len(g) > 1 && (k > 0 && (w[k-1] == g[len(g)-2] || len(w[k-1]) == 1) ||
				k > 1 && w[k-2] == g[0]) {
				continue // written in full here, maybe with a middle name
			}
			out = append(out, "n:"+x)
		}
		if !ledeThingNouns.In(s) {
			return out // no noun ledeThingUse can find
		}
		for _, m := range ledeThingUse.FindAllStringSubmatchIndex(s, -1) {
			noun := s[m[2]:m[3]]
			if ledeThingSelf.MatchString(s[m[1]:]) || containsWord(s[:m[0]], noun) {
				continue
			}
			out = append(out, "t:"+noun)
		}
		return out
	}
	// mentions reports whether s mentions key at all.
	mentions := func(s, key string) bool {
		return containsWord(s, key[2:])
	}
	// introduces reports whether s introduces key.
	introduces := func(s, key string) bool {
		if strings.HasPrefix(key, "n:") {
			return strings.Contains(s, names[key[2:]])
		}
		return introducesNoun(ledeThingIntro, s, key[2:])
	}
	for i := 0; i < len(picked); i++ {
		s := text(picked[i])
		var want []string
		for _, key := range bareUses(s) {
			if i == 0 && strings.HasPrefix(key, "n:") {
				continue // the lead's surname is written in full (writeFullNames)
			}
			known := false
			for _, f := range picked[:i] {
				known = known || mentions(text(f), key)
			}
			if !known {
				want = append(want, key)
			}
		}
		if len(want) == 0 {
			continue
		}
		to := i
		for to > 0 && c.follows(picked[to], picked[to-1]) {
			to--
		}
		if i > 0 && to == 0 || to == 0 && maxPos > ledeMaxPos {
			continue // it goes on from the lead; a later sentence never leads (introduceLater)
		}
	next:
		for j := i + 1; j < len(picked); j++ {
			rep := &c.cands[c.facts[picked[j]].rep]
			if rep.pos > maxPos || rep.flags&(flagDependent|flagLeansBack) != 0 ||
				j+1 < len(picked) && c.follows(picked[j+1], picked[j]) || c.follows(picked[j], picked[j-1]) ||
				to == 0 && !c.canLead(rep) {
				continue
			}
			t := lex.Lower(rep.text)
			hit := false
			for _, key := range want {
				hit = hit || introduces(t, key)
			}
			if !hit || maxPos > ledeMaxPos && introLaterCredit(t, want, names) {
				continue
			}
			for _, key := range bareUses(t) {
				known := false
				for _, f := range picked[:to] {
					known = known || mentions(text(f), key)
				}
				for _, f := range picked[to:j] {
					if !known && mentions(text(f), key) {
						continue next // it would go before what introduces its own
					}
				}
			}
			if captionish(rep.text) {
				continue // a photo's caption that names someone in full is not the news
			}
			f := picked[j]
			copy(picked[to+1:j+1], picked[to:j])
			picked[to] = f
			i++ // the sentence now at i was looked at
			break
		}
	}
}

// ledeNames maps each surname (lower case) the sentences of facts write
// to the full name (lower case) the cluster gives it.
func (c *cluster) ledeNames(facts []int, text func(int) string) map[string]string {
	out := make(map[string]string)
	if c.lowerCased() {
		want := make(map[string]bool)
		for _, f := range facts {
			for _, w := range lex.LetterWords(text(f), -1) {
				if maySurname(w) {
					want[w] = true
				}
			}
		}
		bare, _ := c.lowerGivenNames(want)
		for sur, full := range bare {
			out[lex.Lower(sur)] = lex.Lower(full)
		}
		initialNames(facts, text, out) // "anna k. varga" (introinitial.go)
		return out
	}
	for sur, full := range c.fullNames() {
		out[lex.Lower(sur)] = lex.Lower(full)
	}
	return out
}

// captionMarks mark a photo's caption in words a story's sentence seldom
// uses: "pictured", "(Photo: ...)", "photo courtesy of".
var captionMarks = regexp.MustCompile(`(?i)\b(?:pictured|seen here|left to right|from left)\b|\((?:photo|photos|image|picture|file photo)\b|\b(?:photo|image|picture)s? (?:by|courtesy|credit)\b|\b(?:photo|image|credit):`)

// photoOfTail finds a caption run onto a sentence's end: "... a recent
// photo of 24-year-old ana roe."; the group is what the photo shows.
var photoOfTail = regexp.MustCompile(`(?i)\b(?:photo|photograph|picture|image) of ([^.,;:!?"“”()]*)\.?$`)

// captionish reports whether s reads as a photo's caption: the caption
// tests of package defect (a present-tense description of a picture, an
// agency's caption wording, a pose), captionMarks, or a closing "photo of
// <person>" with no verb after it (photoOfTail, captionLike).
func captionish(s string) bool {
	if m := photoOfTail.FindStringSubmatch(s); m != nil && countWords(m[1]) <= 6 && captionLike(m[1]) {
		return true // what the photo shows, with no verb of its own
	}
	return defect.Detect(s, defect.Context{}).Has(defect.Caption) || defect.PoseCaption(s) || captionMarks.MatchString(s)
}
