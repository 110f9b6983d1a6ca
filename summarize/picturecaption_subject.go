package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption that opens with its subject and a scene verb in the
// present and dates the picture after the verb, not at the very end:
// "Sen. Ilse Varga visits a ferry yard in Tarnwick on Feb. 16.", "Mayor
// Tomas Rell speaks to the crowd Tuesday at the Velmora arena.", "Students
// protest outside the palace in Velmora on Thursday.", "The old ferry is
// shown docked at the pier in 2013." The closing-date detectors
// (defect.DatedScene, defect.ShortDatedScene) ask for the date last and
// for no "-ed" form at all, so a caption with a place after its date or a
// participle ("a rally sponsored by ...") passes them. subjectCaption asks
// for a name or noun phrase with no clause in it, then a scene verb
// (subjectCaptionVerbs, a plural form after a plural subject, or "is"/
// "are" and a picture's participle), a preposition, an article or a
// possessive after it, a date after the verb, and no verb of a story
// (subjectCaptionStory, an "-ed" form but a participle before "by" or
// after an article) anywhere. markNarrators flags it, so that selection
// takes the next sentence instead.

// subjectCaptionVerbs are the singular present forms of a picture's
// scene; the plural forms drop the final "s" ("es" after "sh", "ch" or
// "ss": "kisses").
var subjectCaptionVerbs = lex.Set("speaks", "visits", "holds", "kisses", "carries", "walks", "waves", "poses",
	"arrives", "listens", "pauses", "greets", "stands", "sits", "addresses", "attends", "reacts", "celebrates",
	"hugs", "embraces", "shakes", "gestures", "smiles", "prays", "kneels", "testifies", "campaigns", "rides",
	"performs", "signs", "salutes", "mourns", "marches", "rallies", "protests", "prepares", "leaves", "departs",
	"watches", "looks", "delivers", "cheers", "wipes", "talks", "chats", "sings", "dances", "shops", "waits",
	"plays", "looks", "cries", "weeps", "wades", "patrols", "rests", "swims", "gathers", "blesses", "flaunts",
	"participates", "inspects", "tours", "boards", "wears", "floats", "jogs", "climbs", "laughs", "relaxes",
	"sunbathes", "lounges", "naps", "sleeps", "peers", "gazes", "stares", "dives", "surfs", "skates", "paddles",
	"shovels")

// subjectCaptionPlural reports whether w (lower case) is the plural form
// of one of subjectCaptionVerbs.
func subjectCaptionPlural(w string) bool {
	switch {
	case w == "" || strings.HasSuffix(w, "s"):
		return false
	case subjectCaptionVerbs[w+"s"]:
		return true
	case strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "ss"):
		return subjectCaptionVerbs[w+"es"]
	case strings.HasSuffix(w, "y"):
		return subjectCaptionVerbs[w[:len(w)-1]+"ies"]
	}
	return false
}

// subjectCaptionPassive are the participles of a caption's present
// passive ("is shown", "are escorted").
var subjectCaptionPassive = lex.Set("seen", "shown", "escorted", "led", "pictured", "photographed", "displayed",
	"greeted", "surrounded", "flanked", "silhouetted", "reflected", "lit", "framed", "carried", "helped")

// subjectCaptionStory are the words of a story's verb, a clause or a
// schedule that make the sentence news rather than a caption: auxiliaries,
// past forms of saying and going, subordinators and words of time ahead.
var subjectCaptionStory = lex.Set("was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
	"might", "must", "should", "shall", "did", "does", "do", "been", "be", "being", "said", "says", "say", "told",
	"tells", "according", "who", "which", "that", "because", "since", "until", "next", "tomorrow", "later",
	"upcoming", "expected", "scheduled", "plans", "plan", "set", "when", "if", "than", "not", "came", "went",
	"took", "made", "left", "got", "gave", "won", "lost", "began", "became", "held", "stood", "sat", "spoke", "met",
	"ran", "saw", "paid", "sent", "brought", "kept", "heard", "felt", "fell", "wrote", "threw", "drove", "flew",
	"chose", "broke", "sought", "taught", "bought", "caught", "thought", "spent", "built", "struck", "shot", "ago",
	"anniversary", "birthday")

// subjectCaptionClause are words that make the words before the verb a
// clause or an opening phrase rather than a subject.
var subjectCaptionClause = lex.Set("to", "in", "on", "at", "for", "with", "as", "by", "from", "of", "about", "after",
	"when", "while", "if", "but", "so", "because", "it", "he", "she", "they", "we", "i", "you", "this",
	"these", "those", "there", "what", "here", "now", "also", "just", "still", "only", "then", "one", "some",
	"all", "each", "every", "no", "many", "most", "both")

// subjectCaptionNext may follow a scene verb besides sceneCaptionPreps
// and sceneCaptionArticles ("stand guard", "is led away", "protest
// against", "is seen over").
var subjectCaptionNext = lex.Set("away", "guard", "its", "our", "against", "over", "across", "by", "behind", "under",
	"around", "down", "up", "off", "toward", "towards", "beside", "among", "next", "alongside", "together", "out")

// subjectCaptionWeekdays date a caption by its day.
var subjectCaptionWeekdays = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// Bounds of subjectCaption.
const (
	subjectCaptionMaxWords   = 36 // the most words of the sentence
	subjectCaptionMaxSubject = 9  // the most words before the verb
)

// subjectCaption reports whether s reads as a picture's caption that
// opens with its subject, a scene verb in the present and a date after
// it (see above): at most subjectCaptionMaxWords words, a full stop, no
// quotation mark, colon, semicolon, question or exclamation mark; the
// subject one to subjectCaptionMaxSubject words, capitalised at its
// first, with no comma, parenthesis or word of subjectCaptionClause (a
// plural verb after "and", "people" or a word in "s"); the verb followed
// by a word of sceneCaptionPreps, sceneCaptionArticles or
// subjectCaptionNext, a participle by an "-ed" form too ("celebrates" by
// a preposition only); a weekday, a
// month before a day or a year after the verb; no word of
// subjectCaptionStory and no "-ed" form but a compound's, one before
// "by", after an article or after one of subjectCaptionPassive.
func subjectCaption(s string) bool {
	scene, dated := subjectScene(s)
	return scene && dated
}

// subjectCaptionAt is subjectCaption of candidate i's text
// (subjectSceneOf).
func (c *cluster) subjectCaptionAt(i int) bool {
	scene, dated := c.subjectSceneOf(i)
	return scene && dated
}

// subjectSceneOf returns subjectScene of candidate i's text, read once
// per text (candidate.scene).
func (c *cluster) subjectSceneOf(i int) (scene, dated bool) {
	cd := &c.cands[i]
	if cd.scene.text != cd.text {
		cd.scene.scene, cd.scene.dated = subjectScene(cd.text)
		cd.scene.text = cd.text
	}
	return cd.scene.scene, cd.scene.dated
}

// sceneRead is subjectScene's answer for a text: whether it reads as a
// picture's scene, and whether dated.
type sceneRead struct {
	text         string // the text read; "" for none yet
	scene, dated bool
}

// subjectScene reports whether s reads as a picture's scene as
// subjectCaption asks, but for the date, and whether a date stands after
// its verb: a caption with no date (creditedScene asks for a photo's
// credit beside it instead).
func subjectScene(s string) (scene, dated bool) {
	t := strings.TrimSpace(s)
	if len(t) < 20 || t[len(t)-1] != '.' || lex.ContainsAny(t, "\"“”:;?!") || t[0] < 'A' || t[0] > 'Z' {
		return false, false
	}
	var fbuf, wbuf [subjectCaptionMaxWords + 1]string                           // on the stack: most sentences are read here
	f := lex.AppendFirstFields(fbuf[:0], strings.TrimSuffix(t, "."), len(fbuf)) // one more tells a longer sentence
	if len(f) < 5 || len(f) > subjectCaptionMaxWords {
		return false, false
	}
	// The words lower-cased and trimmed: those the verb's search reads
	// first (up to the word after subjectCaptionMaxSubject), the rest once
	// a verb is found.
	w := wbuf[:len(f)]
	read := min(len(f), subjectCaptionMaxSubject+2)
	for i, x := range f[:read] {
		w[i] = lex.TrimPunct(lex.LowerASCII(x), ",.()")
	}
	v, and := -1, false
	for i := 1; i < len(f) && i <= subjectCaptionMaxSubject; i++ {
		x := w[i]
		and = and || w[i-1] == "and"
		if subjectCaptionVerbs[x] || subjectCaptionPlural(x) && (and || strings.HasSuffix(w[i-1], "s") || w[i-1] == "people") {
			v = i
			break
		}
		if (x == "is" || x == "are") && i+1 < len(w) && subjectCaptionPassive[w[i+1]] {
			v = i + 1
			break
		}
		if lex.ContainsAny(f[i-1], ",()") || subjectCaptionClause[w[i-1]] && i-1 > 0 {
			return false, false
		}
	}
	if v < 0 {
		return false, false
	}
	for i := read; i < len(f); i++ {
		w[i] = lex.TrimPunct(lex.LowerASCII(f[i]), ",.()")
	}
	if v+1 >= len(w) || subjectCaptionClause[w[0]] || lyAdverb(w[0]) || strings.HasSuffix(f[v], ",") {
		return false, false
	}
	if next := w[v+1]; !sceneCaptionPreps[next] && !sceneCaptionArticles[next] && !subjectCaptionNext[next] &&
		!(subjectCaptionPassive[w[v]] && strings.HasSuffix(next, "ed")) { // "is shown trapped in ..."
		return false, false
	}
	if w[v] == "celebrates" && !sceneCaptionPreps[w[v+1]] {
		return false, false // "<day> celebrates the ...": an occasion's, not a picture's
	}
	for i, x := range w {
		switch {
		case x == "may" && (i+1 < len(w) && w[i+1] != "" && w[i+1][0] >= '0' && w[i+1][0] <= '9' || i > 0 && (w[i-1] == "in" || w[i-1] == "late" || w[i-1] == "early")):
			dated = dated || i > v // the month
		case subjectCaptionStory[x] || strings.HasSuffix(x, "n't"):
			return false, false
		case i > v && (isYear(x) || subjectCaptionWeekdays[x]):
			dated = true
		case i > v && isMonth(x) && i+1 < len(w) && w[i+1] != "" && w[i+1][0] >= '0' && w[i+1][0] <= '9':
			dated = true
		case len(x) >= 5 && strings.HasSuffix(x, "ed") && !verblessEd[x] && i != v && !subjectCaptionPassive[x] && !strings.Contains(x, "-"):
			if !(i+1 < len(w) && w[i+1] == "by") && !(i > 0 && (sceneCaptionArticles[w[i-1]] || subjectCaptionPassive[w[i-1]])) {
				return false, false
			}
		}
	}
	return true, dated
}
