package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A subheading set over a paragraph in the middle of an article, run into
// the paragraph's first sentence once the source lost its line breaks:
// "... for the winter. Harbour repair budget the council has delayed the
// work on the north pier ..." splits into a sentence that opens on the
// heading. The headline cuts of furniture_headline.go read an article's
// first sentence only. Later in an article the heading is short, two to
// subheadMaxWords words, and the grammar is all there is to go on: the
// story opens on "the", "a" or "an" and a noun phrase that a finite
// auxiliary (subjectThenAux: "the council has") or a verb of saying or in
// the past (subjectThenSaid: "the council said") follows, so the words
// before cannot take it as an object; and the words before are no clause
// of their own: no stopword, no verb (not even one that takes a clause
// without "that", "officials believe the ..."), no plural "-s" (as often a
// subject's or a verb's: "Crews used a ...", "Tarnwick uncovers a ..."),
// no subject noun ("police"), no possessive (an apposition's owner: "the
// harbour's new pilot the ..."), no time that sets the story's time ("Last
// april the council ...", "Every time a ..."), no page label or credit
// (the caption after it is no story), no punctuation. Measured on
// Multi-News, the rule is rare and conservative: headings that end on a
// verb or a plural ("Why ferries sink", "Repair plans") are left alone.
// The cut is made before selection, on lower-cased text only, and the
// sentence kept is the story from its article on (cutSubhead).

// Bounds of cutSubhead.
const (
	// subheadMinWords and subheadMaxWords bound the heading's words.
	subheadMinWords = 2
	subheadMaxWords = 6
	// subheadMinRest is the fewest words of the story kept.
	subheadMinRest = 10
)

// cutSubhead returns s, a sentence after an article's first of
// lower-cased text, from its story when a subheading runs into it (see
// above), first letter in upper case; s otherwise, and always when the
// article is cased.
func cutSubhead(s string, cased bool) string {
	if cased || !subheadOpenerNear(s) {
		return s
	}
	starts, words := fieldStarts(s, subheadMaxWords+bareSubjectMaxWords+subheadMinRest+2)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for k := 0; k < len(words) && k <= subheadMaxWords; k++ {
		w := words[k]
		if ledeOpener[w] {
			if k < subheadMinWords || raw(k) != w || k+1 < len(words) && rateWords[words[k+1]] || !subheadClean(words[:k], raw) || !headlineEnd(s, starts, k) {
				return s
			}
			if !subjectThenAux(words, k, raw) && !subjectThenSaid(words, k, raw) || countWords(s[starts[k]:]) < subheadMinRest {
				return s
			}
			lede := lex.UpperFirst(s[starts[k]:])
			if !storyOpening(lede) || seenCaption(words[k:]) {
				return s
			}
			return lede
		}
	}
	return s
}

// subheadOpenerNear reports whether one of the space-separated fields
// subheadMinWords to subheadMaxWords of s (from 0) is a ledeOpener as
// written: cutSubhead cuts only there, and a sentence without one is
// passed by before fieldStarts splits and lower-cases its words.
func subheadOpenerNear(s string) bool {
	for k := 0; k <= subheadMaxWords; k++ {
		s = strings.TrimLeft(s, " ")
		if s == "" {
			return false
		}
		f, rest, _ := strings.Cut(s, " ")
		if k >= subheadMinWords && ledeOpener[f] {
			return true
		}
		s = rest
	}
	return false
}

// subheadClean reports whether head, the words before the story, can be a
// subheading (see the file's comment): no stopword, verb, word of time,
// subject noun, page label, number word or plural "-s", and no
// punctuation but inside a word or after an abbreviation.
func subheadClean(head []string, raw func(int) string) bool {
	first, last := head[0], head[len(head)-1]
	if lex.IsStopword(first) || lex.IsStopword(last) || bareHeadStop[first] || bareHeadStop[last] || headlineTies[last] {
		return false
	}
	for i, w := range head {
		r := raw(i)
		if lex.ContainsAny(r, `,;:!?"“”()[]—–/|&*#@'’`) || strings.HasSuffix(r, ".") && !abbrevLike(r) ||
			strings.HasPrefix(r, "-") || strings.HasSuffix(r, "-") {
			return false // no clause's punctuation, no possessive or contraction ("I've never seen the ...")
		}
		if w == "" || lex.IsStopword(w) || topicVerbLike(w) || len(w) > 3 && strings.HasSuffix(w, "ed") || lex.IsAttributionVerb(w) || clauseVerbs[w] || headlineVerbs[w] ||
			headlineTies[w] || subheadTimeWords[w] || numberWords[w] || subheadSubjects[w] || subheadFurniture[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
			return false
		}
	}
	// A plural "-s" before the last word is as often a subject's
	// ("Crews used a ...", "Ferry crews aboard a ..."), and on the last word
	// a verb's ("Harbour board fines a ...", "Tarnwick uncovers a ...").
	for _, w := range head {
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w != "news" {
			return false
		}
	}
	return true
}

// subheadTimeWords set a story's time or place in it rather than head it,
// or open a clause that goes on after the story's article: "Last april
// the council ...", "Two weeks ago a ferry ...", "Every time a ferry
// ...", "Yet despite the ...".
var subheadTimeWords = lex.Set("time", "times", "every", "another", "yet", "despite", "throughout", "aboard", "amid",
	"inside", "outside", "beside", "besides", "unlike", "per", "via", "ago", "last", "next", "earlier", "later", "this", "that", "today", "yesterday",
	"tomorrow", "tonight", "meanwhile", "however", "instead", "still", "now", "then", "once", "soon", "overall",
	"moreover", "also", "year", "years", "month", "months", "week", "weeks", "day", "days", "night", "morning",
	"afternoon", "evening", "weekend", "hours", "minutes", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "spring", "summer", "autumn", "fall", "winter", "here", "there", "back",
	"again", "first", "finally", "together", "elsewhere", "nationwide", "worldwide", "locally", "recently",
	"previously", "currently", "ultimately", "eventually", "otherwise", "altogether", "anyway")

// subheadFurniture are the words of a page's labels and credits ("Image
// caption the ...", "Photo jane roe a ..."): what follows them is a
// caption, no story, and stays as it is for the caption rules.
var subheadFurniture = lex.Set("caption", "image", "images", "photo", "photos", "photograph", "picture", "pictures",
	"copyright", "advertisement", "gallery", "slideshow", "video", "videos", "credit", "highlights", "facebook",
	"twitter", "pinterest", "instagram", "share", "tweet", "getty", "view", "reuters", "ap", "afp", "epa", "pa",
	"courtesy", "file")

// subheadSubjects make a clause of the words before the story rather
// than a heading: the plural nouns that stand as a verb's subject
// ("Police carry a ...", "Harbour officials deny the ...").
var subheadSubjects = lex.Set("police", "officials", "authorities", "people", "researchers", "scientists",
	"experts", "investigators", "witnesses", "lawyers", "prosecutors", "doctors", "critics", "residents",
	"officers", "troops", "students", "parents", "teachers", "workers", "voters", "fans", "users", "analysts",
	"women", "men", "children")

// subjectThenSaid reports whether the article at word k opens a noun
// phrase of at most bareSubjectMaxWords words that a verb in the past or
// of saying follows: "the council said", "a ferry sank", "the survey
// found".
func subjectThenSaid(words []string, k int, raw func(int) string) bool {

	for j := k + 1; j < len(words) && j <= k+bareSubjectMaxWords+1; j++ {
		w := words[j]
		if w == "said" || w == "says" || w == "told" || lex.IsAttributionVerb(w) || pastForms[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return j > k+1
		}
		r := strings.TrimSuffix(strings.TrimSuffix(raw(j), "'s"), "’s")
		if lex.ContainsAny(r, `.,;:!?"“”()[]|/—–'’`) || w == "" {
			return false
		}
		if headlineTies[w] && !subjectTies[w] || clauseVerbs[w] {
			return false
		}
	}
	return false
}
