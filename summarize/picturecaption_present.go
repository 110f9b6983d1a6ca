package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption told as a scene in the simple present, with no date
// at its end and no credit beside it, that still places the picture: "A
// ferry hand checks the tickets of passengers boarding in Tarnwick.",
// "Mayor Ilse Varga meets with harbour workers at the Velmora pier.",
// "Tomas Rell steps out of the courthouse in Oldbridge." News is told in
// the present too ("<firm> recalls 2 million cars", "<name> holds the
// record"), so presentScene asks for a scene verb (subjectCaptionVerbs
// or presentSceneVerbs) right after a subject with no clause in it, a
// preposition, an article or a possessive after the verb, no verb of a
// story anywhere, and a sign of a picture: an indefinite subject ("A
// ferry hand ..."), a capitalised place after a preposition of place, a
// weekday or a month, or "during" an event. dropPictureCaptions leaves it
// out of a reader's summary after selection, the opening one only when
// the sentence after it may lead; a summary it still opens is made again
// without it (captionOpening, leadcaption.go).

// presentSceneVerbs are scene verbs besides subjectCaptionVerbs that a
// caption tells in the present: stepping into or out of a place, meeting
// or checking on someone, resting, wearing, carrying.
var presentSceneVerbs = lex.Set("meets", "steps", "checks", "enters", "exits", "rests", "wears", "carries",
	"approaches", "lifts", "dives")

// presentSceneNotVerbs are subjectCaptionVerbs whose present tells news as
// often as a scene: a bill signed, an office or a post left, a campaign
// run, a game played, a speech delivered as scheduled.
var presentSceneNotVerbs = lex.Set("signs", "leaves", "departs", "campaigns", "plays", "delivers", "rallies",
	"protests", "prepares", "tours")

// presentScenePhrases are a verb and the word after it that tell news
// rather than a scene: "carries out" a raid, "steps down" from a post,
// "holds up" a deal ("steps out of" a door is a scene's).
var presentScenePhrases = lex.Set("carries out", "carries on", "steps down", "steps up", "steps aside", "steps back",
	"steps in", "steps out", "checks out", "checks in", "holds up", "holds off", "holds on", "holds out", "holds back",
	"holds over", "stands down", "stands by", "stands up", "stands out", "walks out", "walks back", "walks away",
	"looks over", "looks up", "looks out", "looks into", "meets up", "flies to", "flies back", "flies home")

// presentScenePlaces are the prepositions before a caption's place.
var presentScenePlaces = lex.Set("in", "at", "on", "near", "outside", "inside", "aboard", "from", "during")

// presentSceneHoldings are words of what one holds or has as news rather
// than in a picture: a lead, a record, a stake, a figure.
var presentSceneHoldings = lex.Set("lead", "leads", "record", "records", "stake", "shares", "percent", "million",
	"billion", "title", "seat", "office", "position", "majority", "talks")

// presentSceneSchedule are words of a time ahead or of a clock that make
// the present a schedule's ("<name> speaks at the forum tonight").
var presentSceneSchedule = lex.Set("today", "tonight", "tomorrow", "p.m", "a.m", "pm", "am", "noon", "week", "weekend")

// Bounds of presentScene.
const (
	presentSceneMaxWords   = 32 // the most words of the sentence
	presentSceneMaxSubject = 9  // the most words before the verb
)

// presentScene reports whether s reads as a picture's caption told as a
// scene in the present (see above): at most presentSceneMaxWords words
// ending in a full stop, with no quotation mark, colon, semicolon,
// question or exclamation mark, "$" or "%"; a subject of one to
// presentSceneMaxSubject words, capitalised at its first, with no comma,
// parenthesis or word of subjectCaptionClause or subjectCaptionStory; a
// verb of subjectCaptionVerbs or presentSceneVerbs, none of
// presentSceneNotVerbs and with no comma, followed by a word of sceneCaptionPreps,
// sceneCaptionArticles or subjectCaptionNext but in a phrase of
// presentScenePhrases; no word of subjectCaptionStory,
// presentSceneHoldings or presentSceneSchedule, no "is" or "are" (a
// noun in "s" read as the verb: "<firm>'s shops in <city> are ..."), no
// "n't" and no "-ed"
// form but one before "by" or after an article; and a sign of a picture
// after the verb (presentScenePlaces before a capitalised word, a weekday
// or a month) or an indefinite subject.
func presentScene(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 20 || t[len(t)-1] != '.' || t[0] < 'A' || t[0] > 'Z' || lex.ContainsAny(t, "\"“”:;?!$%") {
		return false
	}
	var fbuf, wbuf [presentSceneMaxWords + 1]string                             // on the stack: most sentences are read here
	f := lex.AppendFirstFields(fbuf[:0], strings.TrimSuffix(t, "."), len(fbuf)) // one more tells a longer sentence
	if len(f) < 4 || len(f) > presentSceneMaxWords {
		return false
	}
	w := wbuf[:len(f)]
	for i, x := range f {
		w[i] = lex.TrimPunct(lex.LowerASCII(x), ",.")
	}
	if subjectCaptionClause[w[0]] || lyAdverb(w[0]) {
		return false
	}
	v := -1
	for i := 1; i < len(w) && i <= presentSceneMaxSubject; i++ {
		if lex.ContainsAny(f[i-1], ",()") || i-1 > 0 && subjectCaptionClause[w[i-1]] || subjectCaptionStory[w[i-1]] {
			return false
		}
		if subjectCaptionVerbs[w[i]] || presentSceneVerbs[w[i]] || motionSceneVerbs[w[i]] { // picturecaption_motion.go
			v = i
			break
		}
	}
	if v < 0 || v+1 >= len(w) || presentSceneNotVerbs[w[v]] || strings.HasSuffix(f[v], ",") {
		return false
	}
	if next := w[v+1]; presentScenePhrases[w[v]+" "+next] && !(next == "out" && v+2 < len(w) && w[v+2] == "of") || !sceneCaptionPreps[next] && !sceneCaptionArticles[next] && !subjectCaptionNext[next] {
		return false
	}
	signed := w[0] == "a" || w[0] == "an"
	for i, x := range w {
		switch {
		case subjectCaptionStory[x] || presentSceneSchedule[x] || presentSceneHoldings[x] || x == "is" || x == "are" || strings.HasSuffix(x, "n't"):
			return false
		case len(x) >= 5 && strings.HasSuffix(x, "ed") && !verblessEd[x] && !strings.Contains(x, "-"):
			if !(i+1 < len(w) && w[i+1] == "by") && !(i > 0 && sceneCaptionArticles[w[i-1]]) {
				return false
			}
		case i <= v:
		case subjectCaptionWeekdays[x] || isMonth(x) && x != "may":
			signed = true
		case x == "during":
			signed = true
		case presentScenePlaces[x] && i+1 < len(f):
			next := f[i+1]
			if strings.EqualFold(next, "the") && i+2 < len(f) {
				next = f[i+2]
			}
			signed = signed || next[0] >= 'A' && next[0] <= 'Z'
		}
	}
	return signed
}
