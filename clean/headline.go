package clean

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a headline, standfirst or photo credit that a page runs
// into the first sentence of an article with no punctuation between
// ("Harbour chief quits over ferry scandal email this the chairman of the
// harbour board resigned ..."). Multi-News keeps many articles so. A cut
// needs a restart the cleaner can see, since a wrong cut deletes text:
//
//   - a lead-in the page sets before the story: "email this", a station or
//     agency tag and its dash ("5 years ago ( cnn ) - ..."), a Getty credit ("Photo:
//     jane roe/getty images ...", "... via getty images"), a photographer's
//     credit ("roe/ap"), an update stamp ("updated at 5: 45 p.m. et"), a
//     gossip site's "exclusive", or "updated" before an article;
//   - the first words of the text said again: "Tarnwick ferry crew rescued
//     after storm tarnwick ferry crew members were lifted ...".
//
// The prefix must hold at least headlineMinWords and at most
// headlineMaxWords words, none ending a sentence, and stampMinRest words
// must follow the cut.

const (
	// headlineMinWords is the fewest words of a cut prefix, lead-in
	// included.
	headlineMinWords = 4
	// headlineMaxWords is the most words of a cut prefix, lead-in included.
	headlineMaxWords = 25
	// headlineRepeat is how many first words the restart must say again.
	headlineRepeat = 3
	// headlineMaxCuts bounds the cuts made one after another ("H email
	// this H -- standfirst exclusive lede ...").
	headlineMaxCuts = 2
)

// stripHeadline cuts a headline run into the first sentence of p when p
// is an article's first paragraph (first); other paragraphs are returned
// as they are.
func stripHeadline(p string, first bool) string {
	if !first {
		return p
	}
	for range headlineMaxCuts {
		cut := headlineCut(p)
		if cut <= 0 {
			break
		}
		p = lex.UpperFirst(p[cut:])
	}
	return p
}

// headlineWord is one word of a paragraph's start and where it ends.
type headlineWord struct {
	w     string // lower-cased
	start int
	end   int
}

// headlineWords returns the first n words of p, split at spaces.
func headlineWords(p string, n int) []headlineWord {
	var ws []headlineWord
	i := 0
	for len(ws) < n && i < len(p) {
		for i < len(p) && p[i] == ' ' {
			i++
		}
		j := i
		for j < len(p) && p[j] != ' ' {
			j++
		}
		if j > i {
			ws = append(ws, headlineWord{w: lex.LowerASCII(p[i:j]), start: i, end: j})
		}
		i = j
	}
	return ws
}

// headlineCut returns the byte offset in p where the lede starts after a
// headline run into it, or 0 when there is none to cut.
func headlineCut(p string) int {
	ws := headlineWords(p, headlineMaxWords+stampMinRest+headlineRepeat)
	if len(ws) < headlineMinWords+stampMinRest {
		return 0
	}
	for k := headlineMinWords; k <= headlineMaxWords && k < len(ws); k++ {
		// ws[:k] is the prefix; ws[k] would start the lede.
		if endsPrefix(ws[:k]) {
			return emailCut(ws) // the prefix holds a sentence of its own, or a kicker's "?" or a headline's ":"
		}
		if cut := leadIn(ws, k); cut > 0 && len(ws)-cut >= stampMinRest {
			return ws[cut].start
		}
		if cut := restart(ws, k); cut > 0 && len(ws)-cut >= stampMinRest {
			return ws[cut].start
		}
	}
	return 0
}

// endsPrefix reports whether a word of ws ends a sentence (a clock's
// "a.m." and "p.m." do not, as in the stamp "updated at 5: 45 p.m. et"),
// or a word after the second ends with a colon, a clock's hour aside
// ("Report: ..." and "Photo: ..." may open a headline or a credit).
func endsPrefix(ws []headlineWord) bool {
	for i, w := range ws {
		if endsSentence(w.w) && w.w != "a.m." && w.w != "p.m." || i >= 2 && strings.HasSuffix(w.w, ":") && !clockHour(w.w) {
			return true
		}
	}
	return false
}

// clockHour reports whether w is the hour of a clock time written
// "5: 45": one or two digits and a colon.
func clockHour(w string) bool {
	h := strings.TrimSuffix(w, ":")
	return len(h) >= 1 && len(h) <= 2 && strings.Trim(h, "0123456789") == ""
}

// leadIn returns the index of the word that follows a lead-in ending at
// word k-1 of ws, or 0 when ws[:k] does not end with one.
func leadIn(ws []headlineWord, k int) int {
	w := ws[k-1].w
	prev := ""
	if k >= 2 {
		prev = ws[k-2].w
	}
	switch {
	case w == "this" && prev == "email" && emailLeadIn(ws, k):
		return k
	case w == "images" && (prev == "getty" && k >= 3 && (strings.HasSuffix(ws[k-3].w, "/") || ws[k-3].w == "via") || strings.HasSuffix(prev, "/getty")):
		return k // "jane roe/ getty images", "via getty images"
	case len(w) > 3 && strings.HasSuffix(w, "/ap") && !lex.ContainsAny(w, ".,;:"):
		return k // a photographer's credit: "roe/ap"
	case w == "et" && (prev == "p.m." || prev == "a.m.") && updatedBefore(ws[:k]):
		return k // "updated at 5: 45 p.m. et"
	case strings.HasSuffix(w, ")") && k < len(ws) && isDash(ws[k].w) && tagBefore(ws[:k]):
		return k + 1 // "( cnn ) -", "memphis ( cn ) -", "( healthday news ) --"
	case w == "exclusive" && !exclusiveBefore[prev] && k < len(ws) && !exclusiveWords[strings.TrimRight(ws[k].w, ",.;:")]:
		return k
	case w == "updated" && !headlineGlue[bare(prev)] && k < len(ws) && (ws[k].w == "a" || ws[k].w == "an" || ws[k].w == "the"):
		return k
	}
	return 0
}

// emailCut returns where the lede starts after the share label "email
// this" that ends a headline holding a mark that ends a sentence or a
// colon: a kicker's question ("Ferry who? the harbour's new boat is the
// one to watch email this the tarnwick ferry ..."), a headline's label
// ("Harbour week: nothing like the old days email this in these ...").
// The label is the stronger sign: it must be a label (emailLeadIn) within
// headlineMaxWords words, with stampMinRest words after it. It returns 0
// when there is none.
func emailCut(ws []headlineWord) int {
	for k := headlineMinWords; k <= headlineMaxWords && k < len(ws); k++ {
		if ws[k-1].w == "this" && ws[k-2].w == "email" && emailLeadIn(ws, k) && len(ws)-k >= stampMinRest {
			return ws[k].start
		}
	}
	return 0
}

// emailLeadIn reports whether "email this", ending at word k-1 of ws, is
// a page's share label rather than words of the sentence: no determiner
// makes "email" a noun (not "in an email this week", "sent his email this
// morning"), and the word after it is no time of "this" ("week", "month",
// "morning") nor a widget's object ("story", "article", "page", "to").
func emailLeadIn(ws []headlineWord, k int) bool {
	if k >= 3 && determiners[bare(ws[k-3].w)] {
		return false
	}
	return k >= len(ws) || !emailThisNext[bare(ws[k].w)]
}

// emailThisNext are the words after "email" and "this" that make them
// words of the sentence or of a share widget, not a label before a lede.
var emailThisNext = lex.Set("week", "weekend", "month", "morning", "afternoon", "evening", "year", "summer",
	"spring", "fall", "autumn", "winter", "season", "time", "story", "article", "page", "post", "to", "link")

// updatedBefore reports whether "updated" is one of the last six words of
// ws, the stamp "updated at 5: 45 p.m. et" that ws ends with.
func updatedBefore(ws []headlineWord) bool {
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-6; i-- {
		if ws[i].w == "updated" {
			return true
		}
	}
	return false
}

// exclusiveBefore are the words that make "exclusive" a word of the
// sentence ("an exclusive look", "this exclusive").
var exclusiveBefore = lex.Set("a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "its", "in", "an", "most", "first", "only", "non", "mutually", "more", "very", "be", "is", "was", "are", "were")

// tagMaxWords bounds the words of a tag in parentheses before a dash.
const tagMaxWords = 3

// tagBefore reports whether ws ends with a tag in parentheses, the
// station or agency of a dateline: one to tagMaxWords words, none of them
// glue ("( cnn )", "(kxan)", "( healthday news )", not "( which it was )").
func tagBefore(ws []headlineWord) bool {
	inner := 0
	for i := len(ws) - 1; i >= 0 && inner <= tagMaxWords+1; i-- {
		w := ws[i].w
		if i == len(ws)-1 {
			w = strings.TrimSuffix(w, ")")
		}
		open := strings.HasPrefix(w, "(")
		w = strings.TrimPrefix(w, "(")
		if w != "" {
			if headlineGlue[w] || lex.ContainsAny(w, "()") {
				return false
			}
			inner++
		}
		if open {
			return inner >= 1 && inner <= tagMaxWords
		}
	}
	return false
}

// isDash reports whether w is a dash word.
func isDash(w string) bool {
	switch w {
	case "-", "--", "–", "—", "_":
		return true
	}
	return false
}

// restart returns where the lede starts when the words from k on say
// again the first headlineRepeat words of ws ("Tarnwick harbour report
// 2031 the tarnwick harbour report is ..."): k, or k-1 when an article or
// a quote mark opens the lede; 0 when they do not, or when one of the
// prefix's last two words leaves it unfinished.
func restart(ws []headlineWord, k int) int {
	for i := range headlineRepeat {
		if k+i >= len(ws) || bare(ws[k+i].w) != bare(ws[i].w) {
			return 0
		}
	}
	cut := k
	if ledeOpeners[ws[k-1].w] {
		cut = k - 1
	}
	// A headline ends on a content word, not after an article: not "... in
	// | american history", nor "... confirmed that a young | rooftop
	// daredevil fell".
	if cut < headlineMinWords || headlineGlue[bare(ws[cut-1].w)] || determiners[bare(ws[cut-2].w)] {
		return 0
	}
	return cut
}

// ledeOpeners are the words that may open a lede before the words it
// says again: "the", "a", a quote mark.
var ledeOpeners = lex.Set("the", "a", "an", `"`, "'", "“", "‘")

// determiners are the words that leave the noun after them unfinished.
var determiners = lex.Set("a", "an", "the", "that", "this", "these", "those", "his", "her", "its", "their", "our",
	"your", "my", "some", "every", "each", "any", "no")

// bare is w without the punctuation around it.
func bare(w string) string { return lex.TrimPunct(w, `,.;:!?'"“”‘’()-—–`) }

// headlineGlue are the words a headline does not end with: articles,
// prepositions, conjunctions, auxiliaries.
var headlineGlue = lex.Set("a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
	"but", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "which", "who", "its", "their",
	"his", "her", "this", "these", "those", "than", "into", "about", "after", "before", "over", "under", "not", "no",
	"will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did", "if", "when", "while",
	"because", "so", "very", "more", "most", "all", "some", "any", "every", "each", "our", "your", "my", "such")
