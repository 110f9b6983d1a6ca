package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file extends deixis.go's "here" to a dateline that does not open
// its article's first line: a page runs a photo's caption, a credit or a
// promotion into the story and the dateline follows it ("... ( photo:
// harbour board ) tarnwick, kessia — a ferry sank here tuesday, ...").
// articlePlace reads the first line's opening alone, so the "here" of
// such a story's lede stays, and the cuts of captions and datelines take
// the place away: "A ferry sank here Tuesday" leaves the reader asking
// where. After those cuts, each "here" of a reader's summary sentence
// whose article text just before it ends in a dateline (datelineTail:
// "<place>, <region> —", "<place> ( ap ) —") is written as that place, as
// placeHere writes it ("A ferry sank in Tarnwick Tuesday"). A dateline
// whose dash the page dropped counts after a page's break ("|||||", a
// full stop) when its region is one a dateline names
// (datelineRegionNames).
//
// Measured against 59e8e88 (Multi-News default summaries): validation 5
// of 5,599 changed, all read: 4 better ("a community college here", "the
// government here", "a mobile home caught fire here", "moved here from"
// now name the town), 1 the same ("As Ebola exploded in <plantation>":
// the dateline's place, which the reader may not know either); train
// 1-38,000 5 of 37,861 changed (run on the 654 clusters whose base
// summary holds "here"), all read and better ("a rally in <town>", "the
// diplomatic mission in <city>"). The benchmarks' Fill is unchanged.
//
// Tried and not kept: reading the place as the one word before the
// dateline's comma wrote "in Beach" and "in Falls" (train 2 of 5);
// placeTails take the word before.

// dateTailBytes is how much of the article before a summary sentence
// hereDatelinePlace reads for a dateline.
const dateTailBytes = 160

// placeCutHeres writes each "here" of sum whose article's text just before
// the sentence ends in a dateline as the dateline's place (placeHere).
func (c *cluster) placeCutHeres(picked []int, sum *chorus.Summary) {
	rewritePicked(picked, sum, func(i int, s string) (string, bool) {
		if !hasFoldASCII(s, "here") {
			return s, false
		}
		place := c.hereDatelinePlace(c.facts[picked[i]].rep, s)
		if place == "" {
			return s, false
		}
		t := placeHere(s, place)
		return t, t != s
	})
}

// hereDatelinePlace returns the place of the dateline that ends the text
// of candidate ci's article just before s (the candidate's sentence as the
// summary writes it), or "".
func (c *cluster) hereDatelinePlace(ci int, s string) string {
	low, until := c.articleAbove(ci)
	if until < 0 {
		return ""
	}
	key := lex.Lower(truncate(s, 30))
	at := strings.Index(low[until:], key)
	if at < 0 {
		return ""
	}
	at += until
	return datelineTail(low[max(0, at-dateTailBytes):at])
}

// placeStarters open a place's name of several words: "new", "san" of
// "new velmora", "san tarno"; the word after one belongs to the name.
var placeStarters = lex.Set("new", "san", "santa", "los", "las", "st.", "st", "saint", "fort", "ft.", "port",
	"el", "la", "le", "salt", "lake", "palm", "west", "east", "north", "south", "baton", "grand", "cape", "hong",
	"tel", "rio", "sao", "são", "buenos", "kuala", "abu", "ho", "chi", "des", "sioux", "cedar", "little", "long",
	"mount", "mt.", "bowling", "colorado", "kansas", "oklahoma", "jersey", "virginia", "carson", "atlantic",
	"panama", "mexico", "guatemala", "costa", "puerto", "de", "del", "dar", "es", "beverly", "palo", "culver",
	"newport", "corpus", "round", "coral", "boca", "rancho", "thousand", "sierra", "silver", "royal")

// placeTails end a place's name of several words and name nothing alone:
// "beach" of "tarno beach", "falls" of "great falls".
var placeTails = lex.Set("beach", "falls", "city", "springs", "rapids", "heights", "park", "creek", "lake", "island",
	"hills", "valley", "bay", "harbor", "harbour", "rock", "point", "village", "county", "town", "grove", "junction",
	"bluffs", "forks", "gardens", "haven", "landing", "station", "vista", "wells", "ridge", "river", "shores")

// agencyTags are the agency names a dateline gives in brackets: "(ap)",
// "( reuters )".
var agencyTags = lex.Set("ap", "reuters", "afp", "cnn", "upi", "ians", "pti", "ani", "xinhua", "bloomberg", "dpa")

// datelineTail returns the place of a dateline that ends tail (lower-cased
// article text): a dash after "<place>, <region>" ("tarnwick, kessia —",
// "west velmora, fla. --") or after an agency's tag ("tarnwick ( ap ) —"),
// the place one to maxPlaceWords words of letters (placeStarters join the
// words before its last one), written as a name (placeCase); "" when tail
// ends no such way.
func datelineTail(tail string) string {
	t := strings.TrimRight(tail, " ")
	cut := strings.TrimRight(t, "—–-_")
	if cut == t {
		return dashlessTail(t)
	}
	t = strings.TrimRight(cut, " ")
	tagged := false
	if strings.HasSuffix(t, ")") {
		open := strings.LastIndexByte(t, '(')
		if open < 0 || !agencyTags[strings.TrimSpace(t[open+1:len(t)-1])] {
			return ""
		}
		t, tagged = strings.TrimRight(t[:open], " "), true
	}
	words := lex.SpaceFields(t)
	last := len(words) // the place's words end before last
	if comma := strings.LastIndexByte(t, ','); comma >= 0 {
		region := lex.SpaceFieldsShared(t[comma+1:])
		if len(region) == 0 || len(region) > 2 || !allPlaceWords(region) {
			return ""
		}
		last = len(words) - len(region)
		if last <= 0 || !strings.HasSuffix(words[last-1], ",") {
			return ""
		}
		words[last-1] = strings.TrimSuffix(words[last-1], ",")
	} else if !tagged {
		return "" // "... photo tarnwick —" may be a caption's last words
	}
	if last == 0 {
		return ""
	}
	first := last - 1
	if first > 0 && placeTails[words[first]] {
		first-- // "daytona beach", "great falls": the last word is no name alone
	}
	for first > 0 && last-first < maxPlaceWords && placeStarters[words[first-1]] {
		first--
	}
	place := words[first:last]
	if !allPlaceWords(place) || lex.IsStopword(place[0]) || len(place) == 1 && len(place[0]) < 3 {
		return ""
	}
	out := make([]string, len(place))
	for i, w := range place {
		out[i] = placeCase(w, i)
	}
	return strings.Join(out, " ")
}

// dashlessTail returns the place of a dateline whose dash the page
// dropped at the end of t: "<place>, <region>" after a paragraph's or a
// page's break ("... ||||| tarnwick, kessia"), the region one
// datelineRegionNames lists; "" otherwise.
func dashlessTail(t string) string {
	comma := strings.LastIndexByte(t, ',')
	if comma < 0 || !datelineRegionNames[strings.Join(lex.SpaceFieldsShared(t[comma+1:]), " ")] {
		return ""
	}
	head := strings.TrimRight(t[:comma], " ")
	from := strings.LastIndexAny(head, ".|)\n")
	if from >= 0 && head[from] == '.' && from-strings.LastIndexByte(head[:from], ' ') <= 4 {
		return "" // "st. tarnwick": a short word's dot is no sentence's end
	}
	words := lex.SpaceFieldsShared(head[from+1:])
	if len(words) == 0 || len(words) > maxPlaceWords || !allPlaceWords(words) || lex.IsStopword(words[0]) {
		return ""
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = placeCase(w, i)
	}
	return strings.Join(out, " ")
}

// allPlaceWords reports whether each of words is made of letters, dots,
// apostrophes and hyphens, and opens with a letter.
func allPlaceWords(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
				return false
			}
		}
	}
	return true
}
