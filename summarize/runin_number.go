package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a headline run into an article's first sentence where
// the story opens with a count: "Tarnwick ferry sinks near harbour wall 3
// crew members were rescued after the tarnwick ferry sank ..." reads "3
// crew members were rescued after ...". The article-led cuts
// (cutUnrepeatedHeadline, cutRestatedHeadline) wait for "the", "a" or
// "an"; a count opens many casualty and crowd ledes.

// Bounds of cutCountLedeHeadline.
const (
	// countHeadMinWords and countHeadMaxWords bound the headline's words.
	countHeadMinWords = 4
	countHeadMaxWords = 30
	// countSubjectMaxWords is the most words between the count and the
	// story's auxiliary.
	countSubjectMaxWords = 6
)

// cutCountLedeHeadline returns s, a lower-cased article's first sentence,
// from its story when a headline runs into it and the story opens with a
// count: at word p, countHeadMinWords to countHeadMaxWords words in, a
// number (digits or a number word from "two", or "dozens", "hundreds",
// "thousands"), perhaps after "at least", "up to", "more than", "nearly"
// or "about"; the word before p is a content word with no punctuation
// after it (no stopword, "-ed" word, verb of saying or verb that takes an
// object: "... kills 3 ...", "... in 2 ...", no qualifier of the count:
// "... the last 3 ..."), and the headline ends no
// sentence before it; an auxiliary ("were", "have", "are") follows the
// count within countSubjectMaxWords words of a noun phrase (no punctuation
// but a possessive, no glue but "of", "in", "at", "from"); the headline's
// distinct content words stand again (stemmed) in the story's first
// restatedWindow words, restatedMinWords or more and restatedShare of
// them; the story holds fusedLedeMinWords words or more, does not open
// pointing back and is no furniture and no caption.
//
// A cased article is left as it is: it was measured on Multi-News's
// lower-cased text.
func cutCountLedeHeadline(s string, cased bool) string {
	if cased {
		return s
	}
	starts, words := fieldStarts(s, countHeadMaxWords+restatedWindow+4)
	if len(words) < countHeadMinWords+fusedLedeMinWords {
		return s
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	for p := 1; p < len(words) && p <= countHeadMaxWords; p++ {
		if lex.ContainsAny(raw(p-1), ".!?") && !abbrevLike(raw(p-1)) {
			return s // the headline ends no sentence
		}
		if p < countHeadMinWords {
			continue
		}
		q := p + countPrefixWords(words, p)
		if q >= len(words) || !countWord(words[q]) || !countHeadEnd(words[p-1], raw(p-1)) {
			continue
		}
		if !countSubject(words, raw, q+1) {
			continue
		}
		if out, ok := restatedLede(nil, s, starts, words, words[:p], p); ok {
			return out
		}
	}
	return s
}

// countPrefixWords returns how many words of a count's qualifier ("at
// least", "up to", "more than", "nearly", "about") stand at p.
func countPrefixWords(words []string, p int) int {
	if p+1 < len(words) {
		switch words[p] + " " + words[p+1] {
		case "at least", "up to", "more than":
			return 2
		}
	}
	switch words[p] {
	case "nearly", "about", "almost", "some":
		return 1
	}
	return 0
}

// countWord reports whether w is a count of two or more: digits (with
// commas) or a number word.
func countWord(w string) bool {
	if countNumberWords[w] {
		return true
	}
	if w == "" || w == "1" {
		return false
	}
	for _, c := range w {
		if (c < '0' || c > '9') && c != ',' {
			return false
		}
	}
	return true
}

// countNumberWords are the number words that open a count.
var countNumberWords = lex.Set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "twenty", "thirty", "forty", "fifty", "dozens", "hundreds", "thousands", "scores")

// countHeadEnd reports whether the headline's last word w (r as it
// stands) can end it before a count: a content word with no punctuation
// after it, not a verb that would take the count as object.
func countHeadEnd(w, r string) bool {
	if w == "" || lex.IsStopword(w) || strings.HasSuffix(w, "ed") || clauseVerbs[w] || restatedVerbs[w] ||
		bareHeadStop[w] || bareAuxiliaries[w] || countVerbs[w] || countBefore[w] || countWord(w) {
		return false
	}
	return !lex.ContainsAny(r[len(r)-1:], `,;:"“”'‘’)(-—–`) || strings.HasSuffix(r, "'s")
}

// countVerbs take a count as object in a headline ("... kills 3 ...").
var countVerbs = lex.Set("kill", "kills", "hurt", "hurts", "injure", "injures", "wound", "wounds", "save",
	"saves", "rescue", "rescues", "arrest", "arrests", "charge", "charges", "hit", "hits", "top", "tops", "reach",
	"reaches", "pass", "passes", "win", "wins", "won", "lose", "loses", "lost", "cut", "cuts", "add", "adds", "hire",
	"hires", "sell", "sells", "sold", "buy", "buys", "evacuate", "evacuates", "leave", "leaves", "left", "claim",
	"claims", "free", "frees", "jail", "jails", "sentence", "sentences", "get", "gets", "got", "turn", "turns",
	"turned", "age", "aged", "nearly", "about", "than", "least", "to", "up")

// countBefore qualify a count that follows them ("the last six days").
var countBefore = lex.Set("last", "first", "next", "past", "top", "only", "all", "another", "every", "final",
	"latest", "recent", "those", "these", "other", "some", "many", "over", "under", "nearly", "almost", "around",
	"roughly", "approximately", "just", "least", "most", "additional", "extra", "further", "remaining", "straight",
	"consecutive", "previous", "coming", "few", "several", "second", "third", "fourth", "fifth")

// countSubject reports whether the words from i are the rest of a count's
// noun phrase followed by an auxiliary within countSubjectMaxWords words.
func countSubject(words []string, raw func(int) string, i int) bool {
	for j := i; j < len(words) && j <= i+countSubjectMaxWords; j++ {
		w := words[j]
		if bareAuxiliaries[w] {
			return j > i // a noun after the count: "3 crew members were"
		}
		r := raw(j)
		if lex.ContainsAny(r, `,;:.!?"“”()`) && !strings.HasSuffix(r, "'s") {
			return false
		}
		if lex.IsStopword(w) && w != "of" && w != "in" && w != "at" && w != "from" {
			return false
		}
	}
	return false
}
