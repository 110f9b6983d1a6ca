package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A wire dateline that lost its agency tag and its dash, run into a story
// whose first words no city's name takes after it in a sentence of its
// own: "Tarnwick several ferry lines say ...", "Tarnwick at least 40
// houses ...", "Tarnwick late last year, a ferry ...", "Tarnwick
// international inspectors have found ...", "Tarnwick whether it is ...".
// cutChosenBareDateline cuts a bare dateline only before "the", "a",
// "an", a count or a people's adjective and a title; cutStoryDateline
// takes these openings too, each with the word that must follow it
// (storyDatelineNext), so a city that is the sentence's subject stays:
// "Tarnwick police said ...", "Tarnwick state officials ...", "Tarnwick on
// Monday granted ...", "Tarnwick international airport ...". Cut after
// selection (cutFrontDatelines), so no other sentence moves, in cased
// clusters too (a cluster of cased articles may hold a lower-cased one).
//
// Measured against 08c0714 on Multi-News default summaries: validation 2
// of 5,598 change, 2 better / 0 worse / 0 same ("<city> international
// inspectors have found ...", "<city> environmental samples have been
// taken ..."); train 1-38,000 10 of 37,856, 10 / 0 / 0 ("several", "at
// least", "late last year,", "deep beneath", "no sooner", "members of",
// "remnants of", "whether", a hyphened count; "surrounded by" in a
// cased cluster). Known misses: a city before a plural or an adjective no
// list holds ("<city> rescuers have ...", "<city> treacherous terrain
// ..."), where a city's own people read the same ("<city> residents got
// ..."), and a fronted phrase ("<city> in a glow of ..., <subject> ...").

// storyDatelineNext maps a story's first word after a bare dateline to the
// words that may follow it; an empty list takes any word.
var storyDatelineNext = map[string][]string{
	"several":       nil,
	"whether":       nil,
	"at":            {"least"},
	"no":            {"sooner"},
	"members":       {"of"},
	"remnants":      {"of"},
	"deep":          {"beneath", "inside", "under", "below"},
	"surrounded":    {"by"},
	"late":          {"last", "this", "in", "on"},
	"international": {"*s"},
	"global":        {"*s"},
	"environmental": {"*s"},
}

// storyDatelineOpeners are the keys of storyDatelineNext and the counts
// written with a hyphen ("forty-eight hours after ..."), which take any
// word after them.
var storyDatelineOpeners = func() map[string]bool {
	m := map[string]bool{}
	for w := range storyDatelineNext {
		m[w] = true
	}
	for _, tens := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		for _, unit := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
			m[tens+"-"+unit] = true
		}
	}
	return m
}()

// cutStoryDateline returns s without a city a dateline names run into a
// story that opens on one of storyDatelineOpeners and the word
// storyDatelineNext wants after it ("*s": a plural, no possessive), and
// true. s and false otherwise.
func cutStoryDateline(s string) (string, bool) {
	out := cutBareDatelineBefore(s, storyDatelineOpeners)
	if out == s {
		return s, false
	}
	f := lex.SpaceFields(out[:min(len(out), 60)])
	if len(f) < 2 {
		return s, false
	}
	wants, ok := storyDatelineNext[lex.Lower(f[0])]
	if !ok || len(wants) == 0 {
		return out, true
	}
	next := lex.Lower(f[1])
	for _, w := range wants {
		if next == w || w == "*s" && len(next) > 3 && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "'s") && !strings.HasSuffix(next, "ss") {
			return out, true
		}
	}
	return s, false
}
