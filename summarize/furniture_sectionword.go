package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A site's section label or a share button's name left alone at the front
// of a chosen sentence: "Politics the harbour board's new chair, Anna
// Varga, ...", "More a jury in Tarnwick on Monday indicted ...", "Twitter
// in her third season with the club, Anna Varga scored ...". The page set
// the word above the story or beside it (a section's name, a "more"
// link, a row of share buttons, or the last word of a picture's credit,
// "<name>/<network> films", whose first word cutOpeningCredits takes);
// the scrape ran it into the first line.
// cutPageLabel (furniture_label.go) cuts the medium labels ("Video",
// "Update") from candidates, and cutShareWords (furniture_shareword.go)
// the word "Share"; cutSectionWords cuts the rest from a reader's
// summary, after selection, so no sentence moves. A label goes when:
//   - a determiner or possessive follows it (sectionWordFollowers): no
//     noun is followed by "the" or "a" in a subject ("Films the firm of
//     ..." is no English, "Films of the year" and "Politics is ..." are);
//     "this" or "these" before a time word ("Google this week updated
//     ...") is the subject's adverb, and the label stays;
//   - or a button's name (sectionButtons) is followed by an opening
//     phrase that a comma closes before a new subject (no verb,
//     relative or conjunction after the comma: the text may be lower
//     case), with no finite verb before the comma: "Twitter in her
//     third season with the club, Anna Varga scored ..." reads "In her
//     third season ...". A button's name as
//     the subject ("Twitter on Monday suspended the account of ...")
//     has its verb before any comma, and stays.
//
// Measured against 25beb9c (every changed summary read): validation 5
// changed, 4 better, 1 the same, 0 worse; train 1-38,000 6 changed, 4
// better, 2 the same, 0 worse (the same: the label went, but a headline
// run into the story stayed: "The confessions of <name> this is a story
// about ..."). Requiring a capitalised word after the phrase's comma
// missed the lower-cased articles' run-ins ("Twitter in his third
// collaboration with director <name>, <name> plays ...").

// sectionLabels are the words a site sets above a story as its section,
// or beside it as a link or a share button.
var sectionLabels = lex.Set("films", "film", "movies", "music", "politics", "style", "national", "world", "local",
	"business", "tech", "technology", "science", "health", "sports", "entertainment", "culture", "arts", "travel",
	"opinion", "lifestyle", "education", "more", "twitter", "facebook", "google", "email", "e-mail", "tweet",
	"pinterest", "linkedin", "whatsapp", "reddit", "tumblr", "print")

// sectionButtons are the share buttons' names: only they are cut before
// an opening phrase (a section's name before one is a headline's word:
// "Science in the valley, ...").
var sectionButtons = lex.Set("twitter", "facebook", "google", "email", "e-mail", "tweet", "pinterest", "linkedin",
	"whatsapp", "reddit", "tumblr", "print")

// sectionWordFollowers are the determiners and possessives that cannot
// follow a noun that is a sentence's subject.
var sectionWordFollowers = lex.Set("the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my")

// sectionTimeWords after "this" or "these" make an adverb of time.
var sectionTimeWords = lex.Set("week", "weekend", "year", "month", "morning", "afternoon", "evening", "season",
	"summer", "spring", "fall", "autumn", "winter", "time", "past", "days", "weeks", "months", "years")

// sectionPhraseOpeners open the phrase a button's name may be run into.
var sectionPhraseOpeners = lex.Set("in", "before", "after", "for", "when", "while", "as", "during", "since", "with", "at", "on")

// sectionLinks after the comma that closes the phrase go on with it
// ("..., which ...", "..., and ..."): no new subject follows.
var sectionLinks = lex.Set("which", "who", "whose", "that", "and", "but", "or", "nor", "where", "when", "as", "so", "then")

// sectionFiniteVerbs are the verbs and auxiliaries that show the phrase
// before a comma holds the button's name as a subject.
var sectionFiniteVerbs = lex.Set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
	"said", "says", "does", "did", "do", "may", "might", "should", "must")

// Bounds of cutSectionWord.
const (
	// sectionWordMinRest is the fewest words left after the label.
	sectionWordMinRest = 6
	// sectionPhraseMaxWords is the most words of an opening phrase
	// before its comma.
	sectionPhraseMaxWords = 25
)

// cutSectionWord returns s without the section label or button name that
// opens it, the next word capitalised, and true; s and false otherwise
// (see the file comment).
func cutSectionWord(s string) (string, bool) {
	words := lex.SpaceFieldsShared(s)
	if len(words) < sectionWordMinRest+1 || !sectionLabels[lex.Lower(words[0])] {
		return s, false
	}
	label, next := lex.Lower(words[0]), lex.Lower(words[1])
	switch {
	case sectionWordFollowers[next]:
		if (next == "this" || next == "these") && sectionTimeWords[lex.Lower(strings.TrimRight(words[2], ",."))] {
			return s, false
		}
	case sectionButtons[label] && sectionPhraseOpeners[next]:
		if !sectionOpeningPhrase(words[2:]) {
			return s, false
		}
	default:
		return s, false
	}
	return capitalizeFirst(strings.Join(words[1:], " ")), true
}

// sectionOpeningPhrase reports whether words, after a button's name and a
// preposition, run to a comma within sectionPhraseMaxWords with no finite
// verb (sectionFiniteVerbs, a word ending in "ed") and a new subject after
// it (no such verb, and none of sectionLinks).
func sectionOpeningPhrase(words []string) bool {
	for i, w := range words {
		if i >= sectionPhraseMaxWords {
			return false
		}
		lw := lex.Lower(strings.TrimRight(w, ","))
		if sectionFiniteVerbs[lw] || strings.HasSuffix(lw, "ed") || strings.ContainsAny(w, ".;:!?\"“”") {
			return false
		}
		if !strings.HasSuffix(w, ",") {
			continue
		}
		if i == 0 || i+1 >= len(words) {
			return false
		}
		n := lex.Lower(words[i+1])
		return !sectionFiniteVerbs[n] && !sectionLinks[n] && !strings.HasSuffix(n, "ed")
	}
	return false
}

// cutSectionWords cuts, in each sentence of a reader's summary, a section
// label or share button's name that opens it (cutSectionWord).
func cutSectionWords(sum *chorus.Summary) {
	cutEach(sum, cutSectionWord)
}
