package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a headline and its reporter's credit run into a story's
// first sentence: "Tarnwick council votes to close the ferry pier by ilse
// varga - the tarnwick council voted on monday to close ..." reads "The
// tarnwick council voted on monday to close ...". Some news sites print
// the credit on the headline's line, with a dash before the story, and
// lower-cased text runs the three together. cutRunInByline reads the
// credit only at a sentence's front.

// Bounds of cutHeadlineByline.
const (
	// headBylineMin and headBylineMax bound the headline's words before
	// "by".
	headBylineMin = 4
	headBylineMax = 25
	// headBylineRestated is the fewest distinct content words of the
	// headline the story repeats within restatedWindow words; at least
	// half of them stand again.
	headBylineRestated = 2
)

// cutHeadlineByline returns s, one of a lower-cased article's first
// sentences, from its story when a headline and a credit run into it:
// "by" stands headBylineMin to headBylineMax words in, after no verb's
// participle ("... was written by ...", "... seen by ..."), no sentence
// end and no dash before it; two or three name words follow it (letters,
// no stopword, article or possessive) and then a dash standing alone; the
// story after the dash (and a share button's "tweet") opens with no relative word or conjunction, no
// month or number (a dated line is no story), holds no second dash within
// asideWords words (an aside, "... by the board - which ... -"), holds
// fusedLedeMinWords words or more, repeats headBylineRestated or more of
// the headline's distinct content words and half of them, and does not
// open pointing back (defect.Dangles) or as furniture.
//
// A cased article is left as it is: it was measured on Multi-News's
// lower-cased text.
func cutHeadlineByline(s string, cased bool) string {
	if cased || !strings.Contains(s, " by ") {
		return s
	}
	starts, words := fieldStarts(s, headBylineMax+60)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for b := 1; b < len(words) && b <= headBylineMax; b++ {
		if lex.ContainsAny(raw(b-1), ".!?") && !abbrevLike(raw(b-1)) || isDash(raw(b-1)) {
			return s // the headline ends no sentence and holds no aside
		}
		if words[b] != "by" || raw(b) != "by" || b < headBylineMin || bylineParticiple(words[b-1]) {
			continue
		}
		for k := 2; k <= 3; k++ {
			d := b + k + 1 // the dash
			if d+1 >= len(words) || !bylineNameWords(words[b+1:d], raw, b+1) || !dashAlone(raw(d)) {
				continue
			}
			if cut := headBylineStory(s, starts, words, raw, b, d+1); cut != "" {
				return cut
			}
			return s
		}
	}
	return s
}

// headBylineStory returns the story of s from word p when it reads as a
// story restating the headline words[:b] (cutHeadlineByline), else "".
func headBylineStory(s string, starts []int, words []string, raw func(int) string, b, p int) string {
	if p+1 < len(words) && raw(p) == "tweet" {
		p++ // the page's share button between the credit and the story
	}
	if len(words)-p < fusedLedeMinWords || headBylineNoStory[words[p]] || isMonth(words[p]) ||
		words[p] == "" || words[p][0] >= '0' && words[p][0] <= '9' {
		return ""
	}
	for i := p; i < len(words) && i < p+asideWords; i++ {
		if isDash(raw(i)) || strings.Contains(raw(i), "--") {
			return "" // "... - which the board denies - ...": an aside
		}
	}
	_, hit := restatedCount(words[:b], words[p:min(len(words), p+restatedWindow)])
	if hit < headBylineRestated {
		return ""
	}
	lede := lex.UpperFirst(strings.TrimSpace(s[starts[p]:]))
	if !storyOpening(lede) {
		return ""
	}
	return lede
}

// bylineNameWords reports whether the words w (fields from i) can be a
// reporter's name: letters, an initial ("m.") or a hyphen or apostrophe
// inside, no stopword and no possessive.
func bylineNameWords(w []string, raw func(int) string, i int) bool {
	for j, x := range w {
		r := raw(i + j)
		if x == "" || lex.IsStopword(x) || strings.HasSuffix(x, "'s") || strings.HasSuffix(x, "’s") ||
			r != x && !(len(r) == 2 && r[1] == '.') {
			return false
		}
		for _, c := range x {
			if (c < 'a' || c > 'z') && c != '-' && c != '\'' {
				return false
			}
		}
	}
	return true
}

// dashAlone reports whether field w is a dash standing alone.
func dashAlone(w string) bool { return w == "-" || w == "--" || w == "—" || w == "–" }

// bylineParticiple reports whether w may be a verb's participle that "by"
// completes ("owned by", "seen by", "led by").
func bylineParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") ||
		headBylineParticiples[w]
}

// headBylineParticiples are participles without "-ed", "-en" or "-wn".
var headBylineParticiples = lex.Set("made", "led", "held", "shot", "hit", "won", "told", "run", "paid", "set",
	"built", "caught", "bought", "brought", "taught", "thought", "sought", "fought", "struck", "hurt", "cut", "put",
	"read", "said", "sold", "found", "left", "lost", "kept", "met", "sent", "spent", "bit", "fed", "dug", "hung",
	"beat", "let", "hosted", "backed", "funded", "signed", "played", "sung", "drawn", "done", "gone",
	"followed", "joined", "surrounded", "flanked", "accompanied", "replaced", "authored", "penned", "directed")

// headBylineNoStory are first words that go on a clause rather than open
// a story.
var headBylineNoStory = lex.Set("which", "who", "whom", "whose", "that", "where", "when", "while", "and", "but",
	"or", "nor", "as", "because", "if", "though", "although", "including", "not", "so", "then")
