package summarize

import (
	"slices"

	"github.com/chorusnews/chorus/internal/lex"
)

// A death announced again (confirmsTold). A news story of a death often
// gives it in its lede and then tells who confirmed it (invented: "Lorna
// Vell, the Tarnwick folk singer, died Sunday at 71." and "Her label,
// Graywick Records, confirmed the death in a statement."). The second
// sentence's event is the first's; what it adds is only who confirmed it
// and where. A blind reader meets the death twice. Selection passes it
// over when a chosen sentence tells a death, or another sentence of the
// cluster does (selection may reach the announcement first), so the
// budget refills with new content. The test is of the sentence's shape, not its overlap: an
// announcing verb (confirmVerbs) whose object is the death ("the
// death", "<name>'s passing", "the news", or "<name>'s death was
// confirmed"), no denial, quotation, number of its own or clause telling
// more ("saying ...", "but ..."), and at most confirmOwn content words,
// besides the confirmer's and frame words (confirmFrame), that the
// chosen sentences lack. Multi-News default summaries (h28redund): 2 of
// 5,610 validation and 28 of 37,913 train 1-38,000 change, all read: 18
// better (the announcement gives way to a cause, a career, a suspect),
// 5 worse (the refill is a headline run-in, a fragment or a casing
// slip), 7 the same. Fill is unchanged.

// confirmOwn is the most content words of the announcing sentence, past
// its confirmer and frame words, that the chosen sentences lack.
const confirmOwn = 2

// confirmVerbs announce a fact that the sentence does not tell again in
// its own words.
var confirmVerbs = lex.Set("confirm", "confirmed", "confirms", "confirming", "announce", "announced",
	"announces", "announcing")

// confirmVerbText holds the pieces of text a confirmVerbs word needs:
// a sentence without one has no shape confirmShape reads, and is passed
// by before it is split into words. "\u0130" (İ) lower-cases to "i".
var confirmVerbText = lex.NewFoldSubstrings("confirm", "announc", "\u0130")

// confirmObjects are the heads of the announced object: the death, or
// the news of it.
var confirmObjects = lex.Set("death", "passing", "news")

// confirmDeterminers may stand right before the announced object; "s"
// is a possessive's ("<name>'s death").
var confirmDeterminers = lex.Set("the", "his", "her", "their", "its", "s", "sad", "tragic", "this")

// confirmDeath are the words that tell a death in a chosen sentence.
// ("passed" only before "away").
var confirmDeath = lex.Set("died", "dies", "dead", "death", "killed")

// confirmMore are words that open a clause telling more than the
// confirmation ("saying he had been ill", "but gave no cause") or turn
// it ("only", "not"), and words of a cause or count.
var confirmMore = lex.Set("saying", "adding", "said", "says", "but", "though", "although", "while", "after",
	"before", "which", "who", "whose", "that", "because", "cause", "causes", "only", "not", "no", "yet",
	"also", "first", "second", "deaths", "another", "when", "where", "if")

// confirmFrame are words of who confirmed a death, where and when: none
// of them is news once the death is told.
var confirmFrame = termSet("statement", "statements", "tweet", "tweeted", "twitter", "facebook", "instagram",
	"post", "posted", "email", "message", "website", "page", "social", "media", "interview", "conference",
	"release", "morning", "afternoon", "evening", "night", "late", "early", "earlier", "today", "yesterday",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "behalf", "family",
	"spokesman", "spokeswoman", "spokesperson", "publicist", "representative", "representatives", "rep",
	"manager", "agent", "label", "sad", "sadly", "news", "death", "passing", "confirm", "confirmed",
	"announced", "announce", "officials", "official", "singer", "actor", "actress", "rapper", "musician",
	"star", "author", "writer")

// termSet returns the sorted content terms of words.
func termSet(words ...string) []uint64 {
	var out []uint64
	for _, w := range words {
		if h, stop, _ := lex.Term([]byte(w)); !stop {
			out = append(out, h)
		}
	}
	return lex.SortUnique(out)
}

// confirmShape reads the lower-cased words ws of a sentence that
// announces a death or its news (see the file comment): "<confirmer>
// <verb> <determiner> <object> <rest>" or "<possessive> <object>
// was|has been <verb> [by <confirmer>] <rest>". free marks the words
// of the confirmer, the verb and the object, which confirmsTold does
// not count as news; ok is false for any other shape.
func confirmShape(ws []string) (free []bool, ok bool) {
	free = make([]bool, len(ws))
	for i, w := range ws {
		if !confirmVerbs[w] {
			continue
		}
		// The object follows a determiner or a possessive ("the
		// death", "his death", "<name>'s passing"), not an outlet's
		// name ("confirmed to ABC News").
		objectAt := func(j int) bool { return confirmObjects[ws[j]] && j > 0 && confirmDeterminers[ws[j-1]] }
		// Active: the object within five words after the verb ("the
		// rapper's death": a possessive is two words).
		for j := i + 1; j < len(ws) && j <= i+5; j++ {
			if objectAt(j) {
				for k := 0; k <= i; k++ {
					free[k] = true
				}
				free[j] = true
				return free, true
			}
			if ws[j] == "that" || ws[j] == "of" && j > i+1 {
				break
			}
		}
		// Passive: the object within five words before the verb, a
		// helping verb between.
		for j := i - 1; j >= 0 && j >= i-5; j-- {
			if !objectAt(j) {
				continue
			}
			if !slices.ContainsFunc(ws[j+1:i], func(v string) bool { return subjectAux[v] }) {
				break
			}
			free[i], free[j] = true, true
			if i+1 < len(ws) && ws[i+1] == "by" {
				for k := i + 1; k < len(ws) && k <= i+7; k++ {
					free[k] = true
				}
			}
			return free, true
		}
		return nil, false
	}
	return nil, false
}

// confirmsTold reports whether fact f only announces again a death a
// picked fact tells (see the file comment): f is no quotation, denies
// nothing, has the shape confirmShape reads and no confirmMore word, its
// numbers are the chosen sentences' (c.said), a picked fact tells a
// death, and of its words outside the confirmer at most confirmOwn
// content words are neither the chosen sentences' nor confirmFrame
// words.
func (c *cluster) confirmsTold(f int, picked []int) bool {
	x := &c.cands[c.facts[f].rep]
	if x.negated || x.flags&flagQuote != 0 || !c.confirmMay(c.facts[f].rep) {
		return false
	}
	if lex.Intersect(x.numbers, c.said) < len(x.numbers) {
		return false
	}
	ws := lex.LetterWords(x.text, -1)
	free, ok := confirmShape(ws)
	if !ok {
		return false
	}
	own := 0
	for i, w := range ws {
		if confirmMore[w] || numberWords[w] || w != "death" && confirmDeath[w] || w == "passed" {
			return false // more told, or the death itself ("<name> died ..., his publicist confirmed")
		}
		if free[i] {
			continue
		}
		h, stop, _ := lex.Term([]byte(w))
		if stop {
			continue
		}
		if _, said := slices.BinarySearch(c.said, h); said {
			continue
		}
		if _, frame := slices.BinarySearch(confirmFrame, h); frame {
			continue
		}
		own++
	}
	if own > confirmOwn {
		return false
	}
	for _, p := range picked {
		if tellsDeath(c.cands[c.facts[p].rep].text) {
			return true
		}
	}
	// A death no chosen sentence tells yet: passed over too when another
	// sentence of the cluster, one that shares a word with f besides
	// frame words (the dead one's name), tells it, as selection may reach
	// the announcement first.
	for i := range c.cands {
		y := &c.cands[i]
		if y.fact == f {
			continue
		}
		if tellsDeath(y.text) && sharesNonFrame(x.terms, y.terms) {
			return true
		}
	}
	return false
}

// confirmMay reports whether candidate ci's text holds a confirmVerbText
// piece and no quotation mark, read once per candidate (selection asks
// of a fact at each pick).
func (c *cluster) confirmMay(ci int) bool {
	if ci >= len(c.confirmText) {
		c.confirmText = append(c.confirmText, make([]int8, len(c.cands)-len(c.confirmText))...)
	}
	if c.confirmText[ci] == 0 {
		s := c.cands[ci].text
		c.confirmText[ci] = 1
		if confirmVerbText.In(s) && !lex.ContainsAny(s, "\"“”") {
			c.confirmText[ci] = 2
		}
	}
	return c.confirmText[ci] == 2
}

// tellsDeath reports whether s tells a death (confirmDeath, "passed
// away").
func tellsDeath(s string) bool {
	ws := lex.LetterWords(s, -1)
	for i, w := range ws {
		if confirmDeath[w] || w == "passed" && i+1 < len(ws) && ws[i+1] == "away" {
			return true
		}
	}
	return false
}

// sharesNonFrame reports whether sorted terms a and b share a term that
// is no confirmFrame word.
func sharesNonFrame(a, b []uint64) bool {
	for _, h := range a {
		if _, ok := slices.BinarySearch(b, h); !ok {
			continue
		}
		if _, frame := slices.BinarySearch(confirmFrame, h); !frame {
			return true
		}
	}
	return false
}
