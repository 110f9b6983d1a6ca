package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A caption, headline or label run into a sentence with nothing between
// them, where the sentence opens on "the" and a subject and the words
// before it cannot take that clause: "Harbour webcam, tarnwick pier the
// ferry board said on monday it will close the pier.", "Tarnwick ferry
// fares debate the council voted to raise the fares.". The words before
// hold no article, determiner or pronoun, no verb that lower-cased text
// shows, no subordinator and no adverb, and end in a noun-like word that
// no preposition or verb form is; the clause after has its finite verb
// within a few words of "the". Unlike the other run-in cuts, this one
// asks nothing of the story's words: the seam itself is the signature
// (no clause goes on from a bare noun phrase into "the <noun> said").
// The cut is made on a reader's summary after selection
// (cutCaptionSeams), so only the chosen sentence changes.

// Bounds of captionSeam.
const (
	// seamHeadMin and seamHeadMax bound the words run in before "the".
	seamHeadMin = 2
	seamHeadMax = 14
	// seamSubjectMax is the most words between "the" and the story's
	// finite verb.
	seamSubjectMax = 5
	// seamStoryMin is the fewest words of the story from "the" on.
	seamStoryMin = 5
)

// seamDeterminers make the words before a clause's own noun phrase: no
// caption or headline run-in holds one before the seam.
var seamDeterminers = lex.Set("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "our",
	"my", "its", "your", "some", "any", "every", "each", "no", "all", "both", "many", "most", "several", "another",
	"such", "what", "which", "whose", "whichever", "whatever", "whoever", "i", "you", "he", "she", "it", "we",
	"they", "me", "him", "us", "them", "there", "here", "one", "ones", "nothing", "something", "anything",
	"everything", "someone", "anyone", "everyone", "nobody", "somebody", "anybody", "everybody")

// seamClauseWords are subordinators, conjunctions, adverbs and
// prepositions after which a clause, or its object "the ...", goes on.
var seamClauseWords = lex.Set("when", "while", "if", "as", "because", "since", "though", "although", "once",
	"whether", "where", "how", "why", "who", "whom", "that", "unless", "until", "so", "than", "or", "but", "nor",
	"yet", "then", "not", "never", "also", "even", "just", "only", "still", "already", "now", "once", "long",
	"currently", "arguably", "formerly", "reportedly", "allegedly", "perhaps", "maybe", "behind", "inside",
	"aboard", "board", "throughout", "outside", "beyond", "toward", "towards", "amid", "beneath", "below", "above",
	"along", "around", "across", "near", "via", "per", "like", "unlike", "despite", "within", "without", "whereas",
	"later", "earlier", "ago", "today", "tonight", "yesterday", "tomorrow", "meanwhile", "first", "last", "next",
	"sure", "possible", "likely", "unlikely", "clear", "true", "sorry", "glad", "afraid", "aware", "worried",
	"however", "well", "least", "moreover", "besides", "finally", "instead", "indeed", "again", "plus", "among",
	"amongst", "atop", "beside", "onto", "upon", "chief", "regardless")

// seamTimeWords end a fronted time phrase before a clause ("Late tuesday
// the council ...", "Three years later he ...").
var seamTimeWords = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "years", "day", "days", "hour",
	"hours", "time", "times", "moment", "decade", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "season", "spring", "summer", "fall", "autumn",
	"winter", "christmas", "reason", "way", "place", "thing", "things", "kind", "sort", "much", "more", "less")

// seamClauseVerbs take a clause without "that" ("police suspect the
// driver fled") or an object and its verb ("make sure the ..."), in the
// forms lower-cased text shows in a headline's present or a story's
// past.
var seamClauseVerbs = lex.Set("say", "tell", "believe", "think", "know", "claim", "report", "announce", "reveal",
	"show", "find", "warn", "suggest", "argue", "insist", "hope", "fear", "admit", "confirm", "deny", "note",
	"explain", "estimate", "predict", "expect", "realize", "learn", "hear", "see", "mean", "agree", "decide",
	"ensure", "testify", "allege", "acknowledge", "conclude", "recall", "suspect", "contend", "feel", "want",
	"wish", "assume", "doubt", "guess", "worry", "bet", "figure", "understand", "notice", "prove", "promise",
	"swear", "vow", "assert", "maintain", "concede", "complain", "boast", "stress", "write", "guarantee",
	"imagine", "remember", "forget", "indicate", "signal", "determine", "rule", "make", "let", "have", "get",
	"watch", "check", "consider", "keep", "help", "need", "demand", "urge", "ask", "order", "require", "bid",
	"turns", "seems", "appears", "says", "tells", "believes", "thinks", "knows", "claims", "reports", "shows",
	"finds", "warns", "suggests", "argues", "insists", "hopes", "fears", "admits", "confirms", "denies", "notes",
	"means", "agrees", "suspects", "contends", "feels", "wants", "wishes", "doubts", "worries", "understands",
	"proves", "promises", "makes", "lets", "has", "gets", "needs", "asks", "orders")

// seamStoryVerbs are finite verbs that may follow the story's subject
// beyond bareAuxiliaries, pastForms and the "-ed" forms.
var seamStoryVerbs = lex.Set("said", "says", "may", "might", "shall", "do", "am", "told", "went", "got", "came",
	"became", "heard", "meant", "put", "let", "set", "cut", "hit")

// captionSeam returns the index of the word of f, the fields of a
// sentence of lower-cased text, that opens a story run into by a caption,
// headline or label, or -1: "the" at seamHeadMin to seamHeadMax words in
// (captionSeamHead), then one to seamSubjectMax words with no
// punctuation but a possessive and no stopword but subjectTies, then a
// finite verb (bareAuxiliaries, seamStoryVerbs, pastForms, an "-ed" word
// of five letters or more); the story holds seamStoryMin words or more.
func captionSeam(f []string) int {
	for k := 0; k < len(f) && k <= seamHeadMax; k++ {
		w := lex.Lower(f[k])
		if w != "the" && !seamPronouns[w] {
			if seamDeterminers[strings.Trim(w, `,"“”'`)] {
				return -1
			}
			continue
		}
		if k < seamHeadMin || len(f)-k < seamStoryMin || !captionSeamHead(f[:k], w != "the") {
			return -1
		}
		if w == "the" && !seamStoryVerb(f, k+1) || w != "the" && !seamPronounVerb(f[k+1]) {
			return -1
		}
		return k
	}
	return -1
}

// seamPronouns open a story on its subject after a headline: "<name>
// stuns they said he'd never win".
var seamPronouns = lex.Set("they", "he", "she", "we")

// seamPronounVerb reports whether w, the word after a seam's pronoun, is
// a finite verb: the pronoun is the subject of a clause of its own, not
// the object of a verb before it, which would read "them", "him", "her"
// or "us".
func seamPronounVerb(w string) bool {
	w = lex.Lower(strings.TrimRight(w, ",;:."))
	return bareAuxiliaries[w] || seamStoryVerbs[w] || pastForms[w] || morePast[w] ||
		len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbs[w]
}

// captionSeamHead reports whether head, the words before the seam's
// "the" or pronoun (pronoun true), read as a caption, headline or label
// that cannot take a clause or an object after it (captionSeam). Before
// a pronoun a headline's verb may end head ("<name> stuns they said
// ..."): a verb's object would read "them".
func captionSeamHead(head []string, pronoun bool) bool {
	if lex.IsStopword(lex.Lower(head[0])) || seamClauseWords[lex.Lower(head[0])] {
		return false
	}
	last := lex.Lower(head[len(head)-1])
	if lex.ContainsAny(last, ",;:.!?-–—(\"“”") || lex.IsStopword(last) || seamClauseWords[last] || seamTimeWords[last] {
		return false
	}
	if !pronoun && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "'s") &&
		!strings.HasSuffix(last, "’s") && !strings.HasSuffix(last, "us") {
		return false // a present verb ("<name> owns the ...") or a plural noun, which may be either
	}
	if len(head) >= 2 {
		before := lex.Lower(head[len(head)-2])
		if before == "to" || !pronoun && strings.HasSuffix(before, "s") && !strings.HasSuffix(before, "ss") &&
			!strings.HasSuffix(before, "'s") && !strings.HasSuffix(before, "’s") {
			return false // "<plural subject> <verb> the ...", "to <verb> the ..."
		}
	}
	if lex.IsGivenName(strings.Trim(last, "'’")) {
		return false // "<cecil> the heron was ...", "<st. john> the baptist said ...": a name's epithet
	}
	if len(head) <= 3 && lex.IsGivenName(lex.Lower(head[0])) {
		return false // "<name> the <role> ...": an appositive that lost its comma
	}
	for i, w := range head {
		x := strings.Trim(lex.Lower(w), `,'’`)
		if i+seamVerbReach < len(head) && seamHeadlineVerbs[x] {
			continue // "<senate> asks <name> about <accusation> the ...": a headline's verb and its object
		}
		if seamWordOfClause(x) {
			return false
		}
		if lex.HasDigit(w) && strings.HasSuffix(w, ",") && i > 0 {
			return false // "<name>, 44, <town> the physician ...": the story's subject is the person named
		}
		if lex.ContainsAny(w, `;:!?"“”()‘’`) || lex.ContainsAny(w, ".") && !abbrevLike(w) {
			return false
		}
		if strings.HasPrefix(w, "'") || strings.HasSuffix(strings.TrimRight(w, ","), "'") {
			return false // a title in single marks ("'<show> the <word>' star ..."), a name's mark
		}
		if len(x) == 1 && x != "&" {
			return false // a drop cap ("B y the time ..."), an initial
		}
	}
	return true
}

// seamVerbReach is the fewest words between a headline's verb in the
// present and the seam: a verb right before "the" takes it as its object.
const seamVerbReach = 3

// seamHeadlineVerbs are present forms a headline tells a past event in,
// that take an object and no clause; beyond seamVerbReach words before
// the seam they leave the words run in a headline.
var seamHeadlineVerbs = lex.Set("asks", "urges", "gets", "makes", "takes", "gives", "wins", "loses",
	"faces", "stuns", "slams", "blasts", "hits", "sues", "backs", "rejects", "drops", "quits", "leaves", "joins",
	"calls", "seeks", "sets", "opens", "closes", "ends", "kills", "clinches", "reaches", "dominates", "unveils",
	"launches", "files", "signs", "names", "hires", "fires", "buys", "sells", "plans", "vows", "eyes", "weighs",
	"grants", "blocks", "halts", "bans", "orders", "approves", "passes", "announces", "reveals", "releases")

// seamWordOfClause reports whether x, a lower-case word before the seam,
// belongs to a clause rather than a caption or headline: a determiner or
// pronoun, a verb form lower-cased text shows, a verb that takes a clause
// or an object, a subordinator or an adverb.
func seamWordOfClause(x string) bool {
	switch {
	case seamDeterminers[x], seamClauseWords[x], seamClauseVerb(x), seamStoryVerbs[x], seamTimeWords[x]:
		return true
	case bareAuxiliaries[x], pastForms[x], commonVerbs[x], morePast[x], finiteWords[x]:
		return true
	case lex.IsAttributionVerb(x), lex.IsQuoteVerb(x):
		return true
	case len(x) > 4 && (strings.HasSuffix(x, "ed") || strings.HasSuffix(x, "ing") || strings.HasSuffix(x, "ly")):
		return true
	case strings.ContainsAny(x, "'’") && !strings.HasSuffix(x, "'s") && !strings.HasSuffix(x, "’s"):
		return true // "can't", "they're"
	case strings.HasSuffix(x, "'s") && contractsIs[strings.TrimSuffix(x, "'s")]:
		return true // "it's", "there's"
	}
	return false
}

// seamClauseVerb reports whether x is a verb of seamClauseVerbs or its
// present form in "-s" or "-es" ("recalls", "wishes", "worries").
func seamClauseVerb(x string) bool {
	return seamClauseVerbs[x] || seamClauseVerbs[strings.TrimSuffix(x, "s")] || seamClauseVerbs[strings.TrimSuffix(x, "es")] ||
		strings.HasSuffix(x, "ies") && seamClauseVerbs[strings.TrimSuffix(x, "ies")+"y"]
}

// seamStoryVerb reports whether a finite verb follows the subject that
// opens at f[i], within seamSubjectMax words, with no punctuation but a
// possessive before it and no stopword but subjectTies.
func seamStoryVerb(f []string, i int) bool {
	if i+1 < len(f) && strings.HasSuffix(lex.Lower(f[i]), "ing") && lex.IsStopword(lex.Lower(f[i+1])) {
		return false // "rescue the perishing on friday ...": a name's words, not a subject
	}
	for j := i; j < len(f) && j <= i+seamSubjectMax; j++ {
		w := lex.Lower(strings.TrimRight(f[j], ",;:."))
		if j > i && (bareAuxiliaries[w] || seamStoryVerbs[w]) {
			return true
		}
		if j > i && (pastForms[w] || morePast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbs[w]) {
			// "the discovery of human legs found near ...": a participle, no finite verb
			return j+1 < len(f) && !seamParticipleTies[lex.Lower(f[j+1])]
		}
		r := strings.TrimSuffix(strings.TrimSuffix(f[j], "'s"), "’s")
		if lex.ContainsAny(r, `,;:.!?"“”()—–`) && !abbrevLike(r) {
			return false
		}
		if lex.IsStopword(w) && !subjectTies[w] {
			return false
		}
	}
	return false
}

// seamParticipleTies follow a participle that describes the subject
// rather than a finite verb of the story: "the legs found near ...".
var seamParticipleTies = lex.Set("near", "by", "inside", "outside", "off", "during", "from")

// captionSeamStory returns the story of s after a caption, headline or
// label run into it (captionSeam), first letter in upper case, and true;
// or s and false.
func captionSeamStory(s string) (string, bool) {
	f := lex.SpaceFieldsShared(s)
	k := captionSeam(f)
	if k < 0 {
		return s, false
	}
	return capitalizeFirst(strings.Join(f[k:], " ")), true
}

// cutCaptionSeams cuts, in each sentence of a reader's summary of
// lower-cased text, a caption, headline or label run into a story
// (captionSeam). The summary's first sentence is cut only when its story
// opens a story of its own (storyOpening); a later one also when the
// story points back ("the nominee denied ..."), as the sentences before
// it in the summary have told what it points at more often than not.
func cutCaptionSeams(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	for i := range sum.Sentences {
		story, ok := captionSeamStory(sum.Sentences[i].Text)
		if ok && (i > 0 || storyOpening(story)) {
			sum.Sentences[i].Text = story
		}
	}
}

// cutLeadCaptionSeam cuts, in the first sentence of a reader's summary of
// lower-cased text after truecasing, a caption, headline or label run
// into a story (captionSeam) that cutCaptionSeams left because the
// lower-cased story seemed to point back ("the national transportation
// safety board announced ..."): cased, the story opens a story of its own
// (storyOpening), and every name the run-in words hold (seamNames) stands
// in the story again, so the lead does not lose whom it tells of ("<name>
// drops out of <race> the <state> governor had given ...").
func cutLeadCaptionSeam(sum *chorus.Summary, lower bool) {
	if !lower || len(sum.Sentences) == 0 {
		return
	}
	s := sum.Sentences[0].Text
	f := lex.SpaceFieldsShared(s)
	k := captionSeam(f)
	if k < 0 {
		return
	}
	story := capitalizeFirst(strings.Join(f[k:], " "))
	if !storyOpening(story) {
		return
	}
	in := lex.Lower(story)
	for _, name := range seamNames(f[:k]) {
		if !strings.Contains(in, lex.Lower(name)) {
			return
		}
	}
	sum.Sentences[0].Text = story
}

// seamNames returns the words of head, cased text, that read as names:
// an upper-case first letter after the first word, or a given name
// first; a possessive and punctuation trimmed.
func seamNames(head []string) []string {
	var names []string
	for i, w := range head {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, `,.;:!?"“”()'`), "'s"), "’s")
		if w == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) || i == 0 && lex.IsGivenName(lex.Lower(w)) {
			names = append(names, w)
		}
	}
	return names
}
