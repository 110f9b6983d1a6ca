package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// An age given again as a modifier: a later sentence of the summary that
// calls a person or a thing "the <n>-year-old <noun>" after an earlier
// sentence gave the same age (invented: "About 900 years ago, a fire
// swept through the abbey at Tarnwick." and, a sentence on, "Divers have
// since mapped the 900-year-old abbey's harbour wall."; "A 9-year-old
// girl was pulled from the harbour." and "The 9-year-old girl was
// treated ..."). Blind readers name it "the age repeated". The later
// age is cut (cutRetoldAgeModifiers, after cutRetoldAges), so it reads
// "the abbey's harbour wall", "The girl was treated ...". The earlier
// sentence must give the number as "<n> years" ("900 years ago", "for 30
// years"), or as "<n>-year-old" before the same noun; the modifier must
// follow "the" and stand before a noun (retoldAgeNoun), not be the noun
// itself ("the 12-year-old told police ...": the person it names).
//
// Measured against e95519a (h43redund, after secondlede_passive.go),
// Multi-News default summaries: validation 3 of 5,599 changed, all read:
// 3 better (blind138's "1,500-year-old fortress" after "About 1,500 years
// ago", and two girls' ages told again); train 1-38,000 20 of 37,862, all
// read: 18 better (a woman's, a boy's, a kangaroo's, a hermitage's age
// told again), 0 worse, 2 the same (a ruin's age lost where the lede gave
// it only for the sacrifices; "The girl" after two girls were named, one
// of them "another girl" there too). Tried and not kept: any word after
// the age read as its noun: train 1 more changed, worse (an adverb of
// place after the age read as its noun, "sent the upstairs"), hence
// retoldAgeAdverbs. Fill is unchanged: the cut runs on a reader's summary
// only.

// A later age of another number in the summary keeps the age (otherAge):
// on the held-back pool read blind, "The 5-year-old boy" cut to "The boy"
// after a 3-year-old was named read as ambiguous (after this guard:
// validation and train 1-38,000 counts in the commit message).

// retoldAgeModifier finds "the <n>-year-old <word>".
var retoldAgeModifier = regexp.MustCompile(`\b([Tt]he) (\d[\d,]*)-year-old ([a-z][a-z-]*)\b`)

// retoldAgeVerbs are past and present forms with no "-ed" or "-s" ending
// that may follow "the <n>-year-old" used as a noun.
var retoldAgeVerbs = lex.Set("told", "made", "said", "went", "took", "got", "ran", "fell", "won", "lost", "left", "saw",
	"gave", "came", "became", "found", "began", "wrote", "spoke", "knew", "thought", "held", "kept", "sat", "stood",
	"hit", "shot", "fled", "put", "set", "cut", "let", "had", "did", "drove", "threw", "broke", "paid", "sent",
	"swam", "rode", "led", "met", "ate", "hid", "sang", "wore", "tried", "cried", "died", "lied", "remains", "faces")

// retoldAgeAdverbs are adverbs of place and time that may follow "the
// <n>-year-old" used as a noun ("sent the 4-year-old upstairs").
var retoldAgeAdverbs = lex.Set("downstairs", "upstairs", "home", "inside", "outside", "indoors", "outdoors", "back",
	"away", "there", "here", "out", "off", "again", "alone", "too", "later", "today", "yesterday", "tonight", "now")

// retoldAgeNoun reports whether w, the word after "the <n>-year-old",
// reads as the noun the age modifies: no function word, no verb form
// ("-ed", "-ing", retoldAgeVerbs) and no adverb (retoldAgeAdverbs, "-ly").
func retoldAgeNoun(w string) bool {
	if lex.IsStopword(w) || retoldAgeVerbs[w] || retoldAgeAdverbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	return !subjectAux[w]
}

// ageToldBefore reports whether one of before gives number n as "<n>
// years", "<n>-year" other than "<n>-year-old", or as "<n>-year-old"
// before noun.
func ageToldBefore(n, noun string, before []string) bool {
	for _, s := range before {
		for i := strings.Index(s, n); i >= 0; {
			if i == 0 || !strings.ContainsRune("0123456789,.", rune(s[i-1])) {
				rest := s[i+len(n):]
				switch {
				case strings.HasPrefix(rest, " years"), strings.HasPrefix(rest, " year "), strings.HasPrefix(rest, "-year ") && !strings.HasPrefix(rest, "-year-old"):
					return true
				case strings.HasPrefix(rest, "-year-old "):
					ws := lex.LetterWords(lex.Lower(rest[len("-year-old "):]), 1)
					if len(ws) == 1 && lex.Stem(ws[0]) == lex.Stem(noun) {
						return true
					}
				}
			}
			k := strings.Index(s[i+1:], n)
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	return false
}

// otherAge reports whether s or one of before gives an age other than n
// ("<m>-year-old"): then the age tells two people apart ("a 7-year-old
// girl was hurt by a 4-year-old cousin ... The 7-year-old girl was
// treated") and stays.
func otherAge(n, s string, before []string) bool {
	for _, t := range append([]string{s}, before...) {
		for rest := t; ; {
			i := strings.Index(rest, "-year-old")
			if i < 0 {
				break
			}
			j := i
			for j > 0 && strings.IndexByte("0123456789,", rest[j-1]) >= 0 {
				j--
			}
			if j < i && rest[j:i] != n {
				return true
			}
			rest = rest[i+len("-year-old"):]
		}
	}
	return false
}

// retoldAgeModifiers returns s with each "the <n>-year-old <noun>" whose
// age one of before gave (ageToldBefore) read "the <noun>", and true; s
// and false when it has none.
func retoldAgeModifiers(s string, before []string) (string, bool) {
	if !strings.Contains(s, "-year-old ") {
		return s, false
	}
	cut := false
	out := retoldAgeModifier.ReplaceAllStringFunc(s, func(m string) string {
		p := retoldAgeModifier.FindStringSubmatch(m)
		if !retoldAgeNoun(p[3]) || !ageToldBefore(p[2], p[3], before) || otherAge(p[2], s, before) {
			return m
		}
		cut = true
		return p[1] + " " + p[3]
	})
	return out, cut
}

// cutRetoldAgeModifiers cuts from each sentence of sum after the first an
// age an earlier sentence gave (retoldAgeModifiers).
func cutRetoldAgeModifiers(sum *chorus.Summary) {
	for j := 1; j < len(sum.Sentences); j++ {
		before := make([]string, j)
		for i := range before {
			before[i] = sum.Sentences[i].Text
		}
		if t, ok := retoldAgeModifiers(sum.Sentences[j].Text, before); ok {
			sum.Sentences[j].Text = t
		}
	}
}
