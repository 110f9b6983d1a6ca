package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A picture's caption that closes on the date the picture was taken,
// often years before the story: "A ferry hand checks tickets at the
// Tarnwick pier in July 2015.", "Flood water covers the square of
// Velmora on Oct. 28, 2014.", "Ilse Varga at the harbour gala in
// Oldbridge in 2011.", "Fishermen mending nets near the Tarnwick
// lighthouse in 2003.". News tells a dated event in the past ("<name>
// died in 2012", "the ruins were found in 1976"), a caption tells it in
// the present or with no verb at all; the other caption rules ask for a
// weekday, a credit or a named person told elsewhere, and let these
// through. datedCaption asks for a sentence that ends "in|on|during
// [month [day,]] year." and either tells a scene in the simple present
// (a scene verb right after a short subject, not "shows that ...") or
// has no verb: a short subject, then "at", "during", "with" or a
// participle in "-ing". A picture agency's closing "on <month> <day>,
// <year> in <town>, <region>." is read too (closingPlacedDate,
// picturecaption_placed.go), with no scene verb asked. dropPictureCaptions leaves it out of a reader's
// summary; an opening one is made again without it (leadcaption.go).
//
// defect.DatedScene and defect.ShortDatedScene read the same ending
// before selection (markNarrators: never chosen), and more strictly: a
// full date, or a short one after one of defect's sceneVerbs, and no
// "-ed" form anywhere ("An unmanned rocket explodes ..." fails on
// "unmanned"). datedCaption is the looser reading, so it acts only after
// selection, on the sentences chosen, where a wrong call costs one
// sentence and not the selection around it.

// datedCaptionVerbs are scene verbs in the present besides
// subjectCaptionVerbs and presentSceneVerbs that a dated caption tells:
// something seen ("shines", "lies", "appears", "explodes"), shown or
// pointed at.
var datedCaptionVerbs = lex.Set("explodes", "shines", "appears", "points", "lies", "shows", "displays", "raises",
	"burns", "lands", "sails", "crosses", "hangs", "leans", "takes", "receives", "accepts", "fires")

// datedCaptionNotAfter are words after a present verb that make it a
// report rather than a scene: "shows that ...", "points out".
var datedCaptionNotAfter = lex.Set("that", "how", "what", "why", "whether", "out", "up", "to")

// datedCaptionSubordinators open a clause inside a caption, whose verb in
// the past is the clause's ("... after both towers collapsed on <date>").
var datedCaptionSubordinators = lex.Set("after", "when", "while", "as", "before", "since", "who", "that", "which",
	"where", "because", "until", "once", "whom", "whose")

// datedCaptionPast are verbs in an irregular past, or in the present of
// a news report, that tell the dated event as news ("<name> died in
// 2012", "<the case> remains open ..."); subjectCaptionStory holds the
// auxiliaries and the other irregular pasts.
var datedCaptionPast = lex.Set("died", "grew", "rose", "stole", "tied", "overrode", "sold", "fought", "found",
	"remains", "remain", "dies", "wed", "led", "hit", "put", "cut", "quit")

// datedCaptionPlaces open the place or event of a caption with no verb,
// right after its subject ("<name> at <place>", "<crowd> during <event>").
var datedCaptionPlaces = lex.Set("at", "during", "with", "aboard", "outside", "inside", "near")

// datedCaptionDeterminers before a word in "-ing" make it an adjective
// or a noun ("the existing ...", "its opening ..."), not a participle.
var datedCaptionDeterminers = lex.Set("the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that")

// Bounds of datedCaption.
const (
	datedCaptionMaxWords   = 40 // the most words before the closing date
	datedCaptionMaxSubject = 9  // the most words before a present scene verb
	datedCaptionMaxNoVerb  = 6  // the most words of a verbless caption's subject
)

// datedCaption reports whether s reads as a picture's caption closed by
// the date it was taken (see above).
func datedCaption(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 15 || t[len(t)-1] != '.' || lex.ContainsAny(t, "\"“”:;?!") {
		return false
	}
	f := lex.FirstFields(t, datedCaptionMaxWords+6)
	n, placed := closingDate(f), false
	if n == 0 {
		n = closingPlacedDate(f) // "... on May 7, 2012 in Tarnwick, Westshire." (picturecaption_placed.go)
		placed = n > 0
	}
	if n == 0 || len(f)-n < 3 || len(f)-n > datedCaptionMaxWords {
		return false
	}
	f = f[:len(f)-n]
	w := make([]string, len(f))
	for i, x := range f {
		w[i] = strings.Trim(lex.LowerASCII(x), ",.()")
	}
	inClause := false
	verb := -1
	for i, x := range w {
		if datedCaptionSubordinators[x] {
			inClause = true
			continue
		}
		if auxiliaryWords[x] || subjectCaptionStory[x] && !inClause || datedCaptionPast[x] && !inClause {
			return false
		}
		if !inClause && pastParticipleVerb(w, i) && !(placed && i == 0) {
			return false
		}
		if verb < 0 && !inClause && i >= 1 && i <= datedCaptionMaxSubject && !strings.HasSuffix(f[i-1], ",") &&
			(subjectCaptionVerbs[x] || presentSceneVerbs[x] || datedCaptionVerbs[x]) && !presentSceneNotVerbs[x] {
			verb = i
		}
	}
	if placed {
		return !placedNews(w) // the agency's closing is caption enough: no scene verb asked (picturecaption_placed.go)
	}
	if verb >= 0 {
		return verb+1 < len(w) && !datedCaptionNotAfter[w[verb+1]]
	}
	return verblessDated(f, w)
}

// auxiliaryWords are the auxiliaries and verbs of saying that tell news
// anywhere in the sentence ("... which was built in 1909", "<name> is
// taking on a new role in 2018").
var auxiliaryWords = lex.Set("was", "were", "has", "have", "had", "will", "would", "said", "says", "told", "tells",
	"according", "did", "does", "is", "are")

// pastParticipleVerb reports whether word i of w is a verb in "-ed" that
// may be the sentence's own ("<name> married <name> in 1980"): not one
// before "by" ("the gun used by ..."), after an article or "those", nor
// a word that only looks so (verblessEd) or holds a hyphen.
func pastParticipleVerb(w []string, i int) bool {
	x := w[i]
	if len(x) < 4 || !strings.HasSuffix(x, "ed") || verblessEd[x] || strings.Contains(x, "-") {
		return false
	}
	if i+1 < len(w) && w[i+1] == "by" {
		return false
	}
	if i > 0 && (sceneCaptionArticles[w[i-1]] || w[i-1] == "those" || w[i-1] == "recently" || w[i-1] == "newly") {
		return false
	}
	return true
}

// verblessDated reports whether the words f (w lower-cased) before a
// caption's closing date are a subject of at most datedCaptionMaxNoVerb
// words, capitalised at its first, then one of datedCaptionPlaces or a
// participle in "-ing" after its second word: "Ilse Varga at the gala",
// "Protesters marching past the town hall". The subject holds no clause,
// pronoun, adverb in "-ly" or lower-case word in "-s" but its last after
// a word cased text writes lower-case (a plural: "Flood victims"; not
// "<name> denies groping ...", in lower-cased text too), and the
// participle follows no article.
func verblessDated(f, w []string) bool {
	if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(r) {
		return false
	}
	p := -1
	for i := 1; i < len(w) && i <= datedCaptionMaxNoVerb; i++ {
		x := w[i]
		if datedCaptionPlaces[x] {
			p = i
			break
		}
		if i >= 2 && len(x) > 5 && strings.HasSuffix(x, "ing") && !datedCaptionDeterminers[w[0]] && !datedCaptionDeterminers[w[i-1]] {
			p = i
			break
		}
		if x == "in" || x == "on" || x == "from" || x == "of" || x == "to" || x == "for" || x == "by" {
			return false
		}
	}
	if p < 0 {
		return false
	}
	for i, x := range w[:p] {
		if datedCaptionSubordinators[x] || subjectCaptionStory[x] || datedCaptionPast[x] || datedCaptionDeterminers[x] && i > 0 ||
			lyAdverb(x) || pastParticipleVerb(w, i) || datedCaptionPronouns[x] ||
			i > 0 && strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss") && startsLower(f[i]) && (i < p-1 || i > 1 && !startsLower(f[i-1]) || !truecase.Default().Common(w[i-1])) {
			return false
		}
	}
	for _, x := range w[p:] {
		if datedCaptionPast[x] || auxiliaryWords[x] {
			return false
		}
	}
	return true
}

// datedCaptionPronouns are the personal pronouns a caption's subject never is.
var datedCaptionPronouns = lex.Set("i", "you", "we", "he", "she", "they", "it")

// closingDate returns how many of the fields f close the sentence with a
// date: "in 2014.", "on Oct. 28, 2014.", "in July 2015.", "in early
// 2012." (after its preposition, "in", "on" or "during"); 0 when f does
// not end so.
func closingDate(f []string) int {
	k := len(f)
	if k < 3 || !isYear(strings.TrimSuffix(f[k-1], ".")) {
		return 0
	}
	i := k - 2
	if d := strings.TrimSuffix(f[i], ","); i > 0 && d != f[i] && len(d) <= 2 && d[0] >= '0' && d[0] <= '9' {
		i-- // "28," of "Oct. 28, 2014."
		if !isMonth(strings.TrimSuffix(lex.LowerASCII(f[i]), ".")) {
			return 0
		}
		i--
	} else if isMonth(strings.TrimSuffix(lex.LowerASCII(f[i]), ".")) {
		i--
	}
	if i >= 0 {
		switch lex.LowerASCII(f[i]) {
		case "early", "late", "mid":
			i--
		}
	}
	if i < 0 {
		return 0
	}
	switch strings.TrimPrefix(lex.LowerASCII(f[i]), ",") {
	case "in", "on", "during":
		return k - i
	}
	return 0
}
