package defect

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// Photo captions describe a picture in the simple present: a short subject,
// then what the person or crowd is seen doing ("A woman waves the flag
// during a protest ...", "President Obama speaks at the CDC in Atlanta on
// Sept. 16.", "Protesters gather outside the court ..."). News prose tells
// events in the past tense, so a visual verb in the present right after
// the subject marks the sentence as a caption.
var (
	// captionVerbs are third-person present forms seen in captions. Those
	// marked true describe a pose whatever follows ("waves the flag");
	// the others need a place or time after them ("holds up a sign", "sits
	// inside her car"; "sits at the top of the list" still matches: rare).
	captionVerbs = map[string]bool{
		"waves": true, "poses": true, "gestures": true, "smiles": true, "greets": true, "hugs": true,
		"embraces": true, "kisses": true,
		"holds": false, "walks": false, "speaks": false, "listens": false, "arrives": false, "stands": false,
		"sits": false, "reacts": false, "attends": false, "leaves": false, "prays": false,
		"mourns": false, "rides": false, "talks": false, "looks": false, "weeps": false,
		"cries": false, "cheers": false, "marches": false, "waits": false, "sings": false,
		"dances": false, "flees": false, "inspects": false, "celebrates": false,
	}
	// pluralCaptionVerbs are their plural forms, taken after a plural
	// subject ("Protesters gather outside ...").
	pluralCaptionVerbs = map[string]bool{
		"wave": true, "pose": true, "gesture": true, "hug": true, "embrace": true,
		"hold": false, "walk": false, "listen": false, "arrive": false, "stand": false, "sit": false,
		"react": false, "attend": false, "pray": false, "mourn": false, "gather": false,
		"cheer": false, "march": false, "wait": false, "sing": false, "dance": false,
		"flee": false, "inspect": false, "celebrate": false, "weep": false,
	}
	// captionPlaces are the words after such a verb that set the scene.
	captionPlaces = map[string]bool{
		"past": true, "at": true, "during": true, "as": true, "outside": true, "in": true, "on": true,
		"with": true, "after": true, "before": true, "near": true, "while": true, "inside": true,
		"beside": true, "alongside": true, "through": true, "into": true, "onto": true, "along": true,
		"across": true, "behind": true, "next": true, "under": true, "toward": true, "towards": true,
		"around": true, "by": true, "from": true, "up": true, "out": true,
	}
	// notSubject are words that cannot open a caption's subject, or that
	// make the verb after them a noun or an infinitive ("the talks", "to
	// walk", "who walks").
	notSubject = map[string]bool{
		"the": true, "a": true, "an": true, "to": true, "who": true, "that": true, "which": true,
		"will": true, "would": true, "can": true, "could": true, "should": true, "may": true,
		"might": true, "must": true, "did": true, "does": true, "do": true, "has": true, "have": true,
		"had": true, "is": true, "was": true, "are": true, "were": true, "said": true, "says": true,
		"then": true, "also": true, "often": true, "never": true, "always": true, "still": true,
		"now": true, "just": true, "and": true, "or": true, "of": true, "for": true, "s": true,
	}
	// notOpening are first words that do not open a caption.
	notOpening = map[string]bool{
		"in": true, "on": true, "at": true, "as": true, "if": true, "when": true, "while": true,
		"after": true, "before": true, "for": true, "but": true, "and": true, "so": true, "there": true,
		"here": true, "what": true, "how": true, "why": true, "where": true, "every": true, "each": true,
		"no": true, "not": true, "only": true, "half": true, "most": true, "many": true, "some": true,
		"all": true,
	}
)

// presentCaption reports whether s reads as a photo caption: within its
// first six words, a subject of one to four words (not a pronoun) and then
// a visual verb in the present ("waves", "speaks", "gather") followed by
// where or when, or a pose verb followed by anything.
func presentCaption(s string) bool {
	w := lex.LetterWords(s, 8)
	if len(w) < 4 || IsPronoun(w[0]) || IsConnective(w[0]) || notOpening[w[0]] || strings.HasSuffix(w[0], "ing") {
		return false
	}
	for k := 1; k <= 5 && k+1 < len(w); k++ {
		v := w[k]
		pose, ok := captionVerbs[v]
		if !ok && len(w[k-1]) > 3 && w[k-1][len(w[k-1])-1] == 's' {
			pose, ok = pluralCaptionVerbs[v]
		}
		if ok {
			prev := w[k-1]
			past := len(prev) > 4 && strings.HasSuffix(prev, "ed") // "opened talks with"
			return !notSubject[prev] && !past && (pose || captionPlaces[w[k+1]])
		}
		if notSubject[v] {
			return false
		}
	}
	return false
}

// PhotoCaption reports whether sentence s reads as a photo's caption by
// the agencies' set wording, which no story's sentence uses: "In this <date>
// (file) photo, ...", "File - in this ...", "This image made from video
// ...", "This undated photo ...", "Above, ...", a subject who "is seen"
// or "are seen" somewhere or some day ("The mayor is seen outside the
// court on monday"), or one who "attends" a premiere, gala or awards
// ("Jane roe attends the premiere of ...": news tells it in the past).
// Furniture does not hold it: a summarizer that drops such a sentence
// from what it reads shifts the weight of the words its story shares
// with the caption; it may read it and never select it.
func PhotoCaption(s string) bool {
	// The words are those of the lower-cased head (lex.AppendLetterWords
	// lower-cases each; lower-casing keeps a letter a letter), so the head
	// itself is lower-cased only for the rare test that reads it.
	head := s[:min(len(s), 200)]
	if opensAbove(head) {
		return true
	}
	var buf [14]string
	w := lex.AppendLetterWords(buf[:0], head, len(buf)) // lex.LetterWords(lower, 14), on the stack
	if len(w) < 6 {
		return false
	}
	i := 0
	if w[0] == "file" {
		i = 1 // "File - in this ...", "File photo - in this ..."
		if w[1] == "photo" {
			i = 2
		}
	}
	switch {
	case w[i] == "in" && w[i+1] == "this":
		if !photoAfterDate(w, i+2) {
			return false
		}
		lower := lex.Lower(head)
		return !strings.Contains(lower[:min(len(lower), 60)], "picture-") && !strings.Contains(lower[:min(len(lower), 60)], "image-")
	case w[i] == "this" && photoNouns[w[i+1]]:
		return photoShows[w[i+2]] // "This image made from video ...", "This photo provided by ..."
	case w[i] == "this":
		return photoAfterDate(w, i+1) // "This undated photo ...", "This march photo ..."
	}
	if IsPronoun(w[0]) || IsConnective(w[0]) || notOpening[w[0]] || notSubject[w[0]] || w[0] == "it" || w[0] == "this" {
		return false
	}
	for k := 1; k < len(w)-1 && k <= 8; k++ {
		v := w[k]
		switch {
		case relatives[v]:
			return false // "... who is seen by many as ...": the clause is the story's
		case v == "seen" && k >= 2 && (w[k-1] == "is" || w[k-1] == "are"):
			return seenWhere[w[k+1]] || weekdays[w[k+1]]
		case (v == "attends" || v == "attend") && k <= 6:
			for j := k + 1; j < len(w) && j <= k+8; j++ {
				if attendedEvents[w[j]] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// opensAbove reports whether strings.ToLower(s) opens "above, " or
// "above: ": no rune but an ASCII one lower-cases to these, so s opens
// them in ASCII upper or lower case.
func opensAbove(s string) bool {
	if len(s) < 7 || s[5] != ',' && s[5] != ':' || s[6] != ' ' {
		return false
	}
	for i := 0; i < 5; i++ {
		if s[i]|0x20 != "above"[i] {
			return false
		}
	}
	return true
}

// photoAfterDate reports whether w[from:] names a photo after at most four
// words of its date or kind ("nov photo", "undated file photo").
func photoAfterDate(w []string, from int) bool {
	for j := from; j < len(w) && j < from+5; j++ {
		if photoNouns[w[j]] {
			return true
		}
		if !photoDateWords[w[j]] && !weekdays[w[j]] {
			return false
		}
	}
	return false
}

var (
	// photoNouns name a picture.
	photoNouns = lex.Set("photo", "photos", "image", "images", "picture", "pictures", "photograph", "photographs",
		"frame")
	// photoShows follow "this photo" in a caption: "made from", "provided
	// by", "taken on".
	photoShows = lex.Set("made", "taken", "provided", "released", "obtained", "courtesy", "shows", "from",
		"distributed", "posted", "shot")
	// photoDateWords stand between "in this" and "photo": months, kinds
	// of photo.
	photoDateWords = lex.Set("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
		"december", "file", "undated", "handout", "aerial", "family", "booking", "archive", "courtesy", "video", "ap",
		"afp", "reuters", "wire", "pool", "satellite", "police", "mugshot", "screen", "grab")
	// weekdays set a caption's day.
	weekdays = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	// seenWhere follow "is seen" in a caption: where, or doing what.
	seenWhere = lex.Set("here", "outside", "inside", "near", "during", "at", "leaving", "arriving", "entering",
		"walking", "standing", "sitting", "speaking", "talking", "waving", "holding", "wearing", "posing", "smiling",
		"after", "before", "alongside", "behind", "left", "right", "center")
	// attendedEvents are what a photographed guest "attends".
	attendedEvents = lex.Set("premiere", "premieres", "screening", "gala", "party", "awards", "ceremony",
		"festival", "benefit", "fundraiser", "launch", "celebration", "concert", "luncheon", "reception",
		"unveiling", "photocall", "opening", "dinner", "ball", "tribute", "exhibition", "signing")
	// relatives open a clause inside the subject.
	relatives = lex.Set("who", "which", "that", "whom", "whose", "where", "when")
)

// captionColours and captionGarments make a caption's "white shirt".
var (
	captionColours  = lex.Set("white", "black", "blue", "red", "green", "yellow", "grey", "gray", "pink", "orange", "purple", "brown", "dark")
	captionGarments = lex.Set("shirt", "jacket", "dress", "hat", "cap", "suit", "coat", "sweater", "t-shirt", "jersey", "top", "tie", "uniform", "scarf", "glasses")
	// posePreps are the words after "poses" in a caption ("poses at the
	// pier", "poses with her award"), not in "poses a threat".
	posePreps = lex.Set("at", "with", "for", "in", "during", "outside", "beside", "next", "inside", "on")
)

// PoseCaption reports whether s reads as a photo caption that tells who is
// who in the picture by dress or pose: a colour and a garment set off as an
// aside (", white shirt," or "in white shirt" at a comma or the end) or
// "poses" followed by a preposition of place or company ("Harbour master
// Ana Velmor, blue jacket, poses at the new pier."). Detect does not use it;
// the summarizer keeps such an article opening from taking a lead's place.
func PoseCaption(s string) bool {
	fields := lex.SpaceFieldsShared(s)
	word := func(i int) string { return lex.Lower(strings.Trim(fields[i], ",.;:()")) }
	for i := range fields {
		lw := word(i)
		if lw == "poses" && i+1 < len(fields) && posePreps[word(i+1)] {
			return true
		}
		if !captionColours[lw] || i == 0 || i+1 >= len(fields) || !captionGarments[word(i+1)] {
			continue
		}
		before := fields[i-1]
		after := fields[i+1]
		if (strings.HasSuffix(before, ",") || strings.EqualFold(before, "in")) && lex.ContainsAny(after[len(after)-1:], ",.)") {
			return true
		}
	}
	return false
}

// A photo caption states its date in full after the scene it shows, in
// the present or with no verb at all: "The mayor of Tarnwick speaks to
// reporters at the pier on March 9, 2018.", "Firefighters work at the site
// in Velmora on Oct. 3, 2019.", "Ilse Varga at the premiere in Velmora on
// June 21, 2003." datedCaption leaves "on <date>" to news ("died on May 4,
// 2017"); DatedScene reads the verbs to tell the two apart.

// sceneDate matches a full date closing a sentence (lower case), with the
// word before it in group 1: "... on march 9, 2018.", "... on 4 may 2017.".
var sceneDate = regexp.MustCompile(`(\S+) (?:(?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? |\d{1,2} (?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*,? )(?:19|20)\d\d\.?$`)

var (
	// sceneDateBefore are the words before a closing date that make it a
	// limit or a date of something else, not the day of a picture ("until
	// march 9, 2018", "the events of sept. 11, 2001").
	sceneDateBefore = lex.Set("until", "till", "of", "through", "by", "since", "from", "to", "before", "after",
		"between", "than", "dated", "effective", "ended", "ending", "starting", "beginning")
	// storyTenses are the words that tell an event in the past, the
	// perfect or the future, which a caption does not: auxiliaries, verbs
	// of saying and irregular past forms ("-ed" forms are read apart).
	storyTenses = lex.Set("was", "were", "had", "has", "have", "will", "would", "did", "could", "been", "be",
		"being", "can", "may", "might", "must", "shall", "should", "said", "told", "came", "took", "went",
		"made", "began", "left", "found", "met", "got", "gave", "won", "lost", "fell", "hit", "ran", "saw",
		"wrote", "held", "led", "sent", "built", "brought", "bought", "caught", "thought", "kept", "spent",
		"stood", "became", "drew", "grew", "knew", "flew", "threw", "shot", "struck", "stole", "spoke",
		"broke", "chose", "rose", "drove", "ate", "sat", "put", "set", "cut", "quit", "let", "sank", "sang",
		"swam", "wore", "tore", "paid", "laid", "heard", "meant", "felt", "fought", "sought", "taught", "slept",
		"wept", "hid", "fled", "fed", "read", "wed", "born", "says", "say")
	// scheduledVerbs tell in the present what is set for a date ("the
	// plan expires on ...", "the show airs on ...").
	scheduledVerbs = lex.Set("expires", "expire", "begins", "begin", "ends", "end", "starts", "start", "opens",
		"closes", "continues", "lasts", "airs", "runs", "takes")
	// edWords end in "ed" but are no past forms.
	edWords = lex.Set("united", "hundred", "need", "needs", "speed", "seed", "breed", "greed", "weed", "creed",
		"bed", "red", "shed", "sled", "sacred", "naked", "wicked", "beloved")
	// edAfter are the words after which an "-ed" form belongs to a
	// caption: a picture "released", "taken" or "seen", a present passive.
	edAfter = lex.Set("photo", "photos", "image", "images", "picture", "pictures", "footage", "video", "is", "are")
)

// DatedScene reports whether sentence s closes with a
// full date after a scene told in the present or with no verb: no word of
// storyTenses, scheduledVerbs or "-ed" form in it (but after a picture's
// noun or "is"/"are"), no "is"/"are" with an "-ing" form or "now" ("is
// going on auction"), and the word before the date none of
// sceneDateBefore. A cheap look at its last characters spares most
// sentences the regular expression.
func DatedScene(s string) bool {
	t := strings.TrimSuffix(strings.TrimRight(s, " "), ".")
	if n := len(t); n < 8 || !isDigit(t[n-1]) || !isDigit(t[n-4]) {
		return false
	}
	// a match holds three white spaces at most (see ShortDatedScene)
	lt, m := matchSceneDate(t, sceneDate, 4)
	return m != nil && toldInPresent(lex.LetterWords(lt[:m[3]], -1)) // the words before the date ("may" is a month there)
}

// matchSceneDate finds the closing date re matches (group 1: the word
// before it) in the last n fields of t, and returns t lower-cased and the
// match's indexes in it; no match when there is none or the word before
// the date is one of sceneDateBefore.
func matchSceneDate(t string, re *regexp.Regexp, n int) (string, []int) {
	p := tailFields(t, n)
	m := re.FindStringSubmatchIndex(lex.LowerASCII(t[p:]))
	if m == nil {
		return "", nil
	}
	for i := range m {
		m[i] += p
	}
	t = lex.LowerASCII(t)
	if sceneDateBefore[strings.Trim(t[m[2]:m[3]], ",")] {
		return "", nil
	}
	return t, m
}

// toldInPresent reports whether words (lower case) tell a scene in the
// present or with no verb: no word of storyTenses or scheduledVerbs, no
// "-ed" form but after a picture's noun or "is"/"are" (edAfter), no
// "is"/"are" before an "-ing" form or "now" ("is speaking at the rally on
// friday" is a plan).
func toldInPresent(w []string) bool {
	for i, x := range w {
		switch {
		case storyTenses[x], scheduledVerbs[x]:
			return false
		case len(x) >= 4 && strings.HasSuffix(x, "ed") && !edWords[x] && (i == 0 || !edAfter[w[i-1]]):
			return false
		case (x == "is" || x == "are") && i+1 < len(w) && (strings.HasSuffix(w[i+1], "ing") || w[i+1] == "now"):
			return false
		}
	}
	return true
}

// A caption may close with a short date too: a weekday, a month and day
// or a year ("Ilse Varga speaks during the rally in Velmora on Saturday.",
// "The mayor appears on a talk show in Tarnwick, May 7.", "Ilse Varga
// speaking at a clinic in 2013."). Without the year news shares that
// ending ("the court hears the case on Monday"), so ShortDatedScene asks
// for a verb of a picture's scene besides the present tense.

// shortSceneDate matches a short date closing a sentence (lower case),
// with the word before it in group 1: "... on saturday.", "..., may 7.",
// "... in 2013.".
var shortSceneDate = regexp.MustCompile(`(\S+) (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)\.?$`)

// sceneVerbs are the present forms a picture's caption tells its scene
// with ("speaks", "is celebrating", "speaking").
var sceneVerbs = lex.Set("speaks", "speaking", "attends", "attending", "arrives", "arriving", "performs",
	"performing", "appears", "walks", "walking", "gestures", "gesturing", "waves", "waving", "poses",
	"posing", "listens", "listening", "smiles", "smiling", "reacts", "reacting", "celebrates", "celebrating",
	"addresses", "addressing", "greets", "greeting", "prays", "praying", "kneels", "stands", "sits",
	"testifies", "testifying", "campaigns", "campaigning", "delivers", "watches", "looks", "shakes",
	"hugs", "embraces", "mourns", "cries", "rallies", "marches", "marching", "salutes")

// ShortDatedScene reports whether sentence s closes with a weekday, a
// month and day or a year after a scene told with one of sceneVerbs and
// no word of the past, perfect, future or schedule (the tests of
// DatedScene), the word before the date none of sceneDateBefore.
func ShortDatedScene(s string) bool {
	t := strings.TrimSuffix(strings.TrimRight(s, " "), ".")
	if len(t) < 12 || !shortDateEnd(t) {
		return false
	}
	// A match holds two spaces at most, so it starts after the third
	// white space from the end: the expression reads only that tail.
	lt, m := matchSceneDate(t, shortSceneDate, 3)
	if m == nil {
		return false
	}
	// a position aside is no past tense: "<name>, left, greets ..."
	w := lex.LetterWords(strings.ReplaceAll(lt[:m[3]], ", left,", ","), -1)
	return toldInPresent(w) && sceneVerb(lt[:m[2]])
}

// shortDateEnd reports whether t can close as shortSceneDate does, then
// one full stop at most: with a digit, an ordinal's "st", "nd", "rd" or
// "th" after a digit, or a weekday's "day" (ASCII, in any case).
func shortDateEnd(t string) bool {
	t = strings.TrimSuffix(t, ".")
	n := len(t)
	switch {
	case n == 0:
		return false
	case isDigit(t[n-1]):
		return true
	case n < 3:
		return false
	}
	switch lex.LowerASCII(t[n-2:]) {
	case "st", "nd", "rd", "th":
		return isDigit(t[n-3])
	case "ay":
		return t[n-3] == 'd' || t[n-3] == 'D'
	}
	return false
}

// tailFields returns the offset in s just after its n-th white space
// (as a regular expression's \s: tab, newline, form feed, carriage return
// or space) counted from the end, or 0 when s holds fewer: a match of a
// pattern anchored at the end that holds fewer than n white spaces starts
// there or later.
func tailFields(s string, n int) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
			if n--; n == 0 {
				return i + 1
			}
		}
	}
	return 0
}

// sceneNouns are the words before which a verb of sceneVerbs is a noun
// ("on stands", "the looks").
var sceneNouns = lex.Set("a", "an", "the", "on", "his", "her", "their", "its", "our", "my", "your")

// sceneVerb reports whether t (lower case) holds one of sceneVerbs as a
// word of its own, not inside a compound ("under-performing") nor after
// sceneNouns.
func sceneVerb(t string) bool {
	f := lex.SpaceFieldsShared(t)
	for i, x := range f {
		if sceneVerbs[strings.Trim(x, ",.;:()\"'")] && !lex.ContainsAny(strings.TrimRight(x, ",.;:)"), "-/(") && (i == 0 || !sceneNouns[f[i-1]]) {
			return true
		}
	}
	return false
}
