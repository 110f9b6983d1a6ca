package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A video's blurb that names the person on screen and says, in the
// present, what they talk about: "Ilse Varga explains why the ferry fares
// rose.", "Harbour master Tomas Rell talks about the storm.", "The singer
// talks about her new album.", "Mayor Jon Brask sits down with <show>.",
// "<outlet>'s Ana Roe joins <show> to discuss the vote." Chosen as a
// summary's sentence, it points at a clip the reader cannot see; news
// tells what a person said in the past or with "that" ("Varga explains
// that ..." stays). defect.VideoBlurb reads a reporter's blurb after an
// outlet's name or with "reports on"; talkBlurb reads any name before a
// verb of talking (talkBlurbVerb), with no clause before it and no verb
// of saying anywhere (talkBlurbSaying). dropPictureCaptions leaves it
// out of a reader's summary after selection, as it does a caption: the
// opening one only when the sentence after it may lead; a summary it
// still opens is made again without it (captionOpening, leadcaption.go).
// Flagged before selection instead (markTeasers), the sentences chosen in
// its place read worse in 2 of 10 changed validation summaries (a
// background line as the lead, a headline run into a sentence).

// talkBlurbVerb matches a blurb's verb phrase at the start of the words
// after its subject (lower case): talking about, to or with someone,
// explaining why, how or what, discussing, reacting to, sitting down with,
// weighing in, opening up, or joining a show to discuss or with the
// details.
var talkBlurbVerb = regexp.MustCompile(`^(?:also )?(?:(?:talks|speaks) (?:about|to|with)|explains (?:why|how|what|who|where|when|the|his|her|their)|discusses|reacts to|sits down with|weighs in|opens up about|joins .*\b(?:to discuss|to talk|with (?:the )?(?:details|latest|more|analysis)))\b`)

// talkBlurbCue holds a word each talkBlurbVerb phrase holds, in any ASCII
// case: a sentence without one is passed by before it is split.
var talkBlurbCue = lex.NewFoldSubstrings("talks ", "explains ", "discusses ", "speaks ", "reacts ", "sits down", "weighs in", "opens up", "joins ")

// talkBlurbNotSubject are words that make the words before the verb
// something other than a person's name and title: articles (but "the"
// before a role, talkBlurbRoles), pronouns, determiners, prepositions,
// subordinators and conjunctions.
var talkBlurbNotSubject = lex.Set("a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we",
	"i", "you", "there", "here", "what", "who", "which", "whose", "one", "some", "many", "most", "all", "each",
	"every", "no", "new", "as", "if", "when", "while", "but", "and", "or", "so", "in", "on", "at", "for", "with",
	"after", "before", "because", "since", "maybe", "even", "now", "then", "of", "to", "by", "from", "about",
	"its", "their", "our", "his", "her", "my", "your", "not", "only", "just", "still")

// talkBlurbRoles may end a subject that opens with "the": "The comedian
// talks about ...".
var talkBlurbRoles = lex.Set("comedian", "singer", "actor", "actress", "star", "rapper", "host", "reporter",
	"correspondent", "author", "writer", "director", "anchor", "filmmaker", "musician", "chef", "designer")

// talkBlurbNounVerbs are verbs before which "talks" is a noun: "<name>
// holds talks with ...".
var talkBlurbNounVerbs = lex.Set("holds", "opens", "begins", "starts", "resumes", "continues", "ends", "hosts",
	"leads", "seeks", "wants", "proposes", "urges", "rejects", "suspends", "breaks", "calls", "plans", "enters")

// talkBlurbSaying are words of a story's saying or of its source: a
// sentence holding one tells what was said.
var talkBlurbSaying = lex.Set("said", "says", "say", "told", "tells", "according", "reported", "reports")

// Bounds of talkBlurb.
const (
	talkBlurbMinWords   = 4  // the fewest words of the sentence
	talkBlurbMaxWords   = 30 // the most words of the sentence
	talkBlurbMaxSubject = 8  // the most words before the verb
)

// talkBlurb reports whether s reads as a video's blurb (see above):
// talkBlurbMinWords to talkBlurbMaxWords words ending in a full stop, no
// colon, semicolon, question or exclamation mark; a subject of one to
// talkBlurbMaxSubject words, capitalised at its first, with no comma and
// no word of talkBlurbNotSubject (after its first word, but an initial:
// of subjectCaptionStory, nor an "-ed" form), "the" only before a role
// (talkBlurbRoles) right before the verb, and no word of
// talkBlurbNounVerbs right before it; then talkBlurbVerb; and no word of
// talkBlurbSaying.
func talkBlurb(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 16 || t[len(t)-1] != '.' || t[0] < 'A' || t[0] > 'Z' || !talkBlurbCue.In(t) || lex.ContainsAny(t, ":;?!") {
		return false
	}
	t = cutTalkBlurbFrame(t)
	if t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	f := lex.FirstFields(strings.TrimSuffix(t, "."), talkBlurbMaxWords+1) // one more tells a longer sentence
	if len(f) < talkBlurbMinWords || len(f) > talkBlurbMaxWords {
		return false
	}
	w := make([]string, len(f))
	for i, x := range f {
		w[i] = strings.Trim(lex.LowerASCII(x), ",.()\"“”")
		if talkBlurbSaying[w[i]] {
			return false
		}
	}
	if talkBlurbNotSubject[w[0]] {
		return false
	}
	for i := 1; i < len(w) && i <= talkBlurbMaxSubject; i++ {
		if strings.HasSuffix(f[i-1], ",") || lex.ContainsAny(f[i-1], ";") {
			return false
		}
		if talkBlurbVerb.MatchString(strings.Join(w[i:], " ")) {
			return (w[0] != "the" || talkBlurbRoles[w[i-1]]) && !talkBlurbNounVerbs[w[i-1]]
		}
		x := w[i]
		if len(f[i]) == 2 && f[i][1] == '.' {
			continue // an initial: "Jon a. Brask"
		}
		if talkBlurbNotSubject[x] || subjectCaptionStory[x] || len(x) >= 5 && strings.HasSuffix(x, "ed") && !verblessEd[x] {
			return false
		}
	}
	return false
}

// talkBlurbFrameWords bounds the words of an interview's frame before a
// blurb.
const talkBlurbFrameWords = 6

// cutTalkBlurbFrame returns t after the frame that opens a blurb in a
// programme's listing, "In a candid radio interview, <Name> speaks about
// ...": "In a" or "In an", four to talkBlurbFrameWords words (a word
// that names the interview: "In an interview, Varga discusses ..." may
// report what was said) of which the last is "interview" and none "with" (an interview with its outlet named
// is a news report's: "In an interview with the Courier, Varga talks about
// ..." may hold what was said), then a comma; t itself otherwise. Measured
// against 2093563 on Multi-News default summaries: validation 1 of 5,598
// changes (a series' blurb opening the summary goes; better), train
// 1-38,000 none; with three words ("In an interview, <name> discusses
// ...") it dropped a sentence telling what was said (worse). "speaks
// about" joined talkBlurbVerb's "talks about" in the same change: train 2
// of 37,857 drop a caption or video blurb ("<president> speaks about
// <topics> at a news conference."), both better, one with a name's casing
// changed elsewhere in the summary.
func cutTalkBlurbFrame(t string) string {
	if !strings.HasPrefix(t, "In a") {
		return t
	}
	i := strings.Index(t, ", ")
	if i < 0 {
		return t
	}
	frame := lex.SpaceFieldsShared(t[:i])
	if len(frame) < 4 || len(frame) > talkBlurbFrameWords || frame[1] != "a" && frame[1] != "an" ||
		lex.LowerASCII(frame[len(frame)-1]) != "interview" || containsWord(lex.LowerASCII(t[:i]), "with") {
		return t
	}
	return t[i+2:]
}

// toldAsWe reports whether s, with no quotation mark, speaks in the first
// person: "I", "my", "we", "our" (narratorWord, weVoice) or "us" in lower
// case (lower-cased text writes the U.S. so too, which keeps a blurb it
// should not). A quotation's first person is its speaker's: "<name>
// discusses the deal. "I am not in favor of it," she said." tells no
// interview as the writer's.
func toldAsWe(s string) bool {
	return !lex.ContainsAny(s, "\"“”") && (narratorWord(s) || weVoice(s) || containsWord(s, "us"))
}
