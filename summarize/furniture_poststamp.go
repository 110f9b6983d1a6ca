package summarize

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's publication stamp run into the sentence after it: "Posted
// march 3, 2016 the tarnwick ferry ...", "Published on Aug 4, 2016 the
// mayor talks about ...", "Published 12 May 2014 researchers show ...",
// "Last updated at 3 p.m. the pier ...". A video page or a blog sets the
// stamp above its text, and with the markup gone it opens the first
// sentence. "Published in the journal ..., the study ..." and "Published
// on Tuesday, the report ..." are sentences: the stamp holds a full date
// or a clock time, and no comma or preposition follows it. The cut is
// made on a reader's summary after selection (cutPostedStamps): only the
// sentence changes.

// postedStamp matches such a stamp at a sentence's front (lower case):
// the stamp's verb, an optional "on" or "at", then a full date ("<month>
// <day>, <year>" or "<day> <month> <year>", a weekday before it allowed)
// with an optional clock time and zone after it, a clock time before a
// full date ("Last updated at 10: 45 19 july 2007", "... at 3: 08 pm on
// 31st may 2011"), or a clock time with "a.m."/"p.m." alone; an optional colon, dash or bar, and the space
// after it. Tokenized text (Multi-News) writes the clock "11: 03".
var postedStamp = regexp.MustCompile(`^(?:posted|published|updated|last updated|first published|originally published|created|modified)(?: on| at)?:? ` +
	`(?:(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?` + stampDate + `(?:,? (?:at )?\d{1,2}: ?\d\d(?: ?[ap]\.? ?m\.?)?)?)|` +
	`\d{1,2}: ?\d\d(?: ?[ap]\.? ?m\.?)?,? (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?` + stampDate + `|\d{1,2}(?:: ?\d\d)? ?[ap]\.m\.)` +
	`(?:,? (?:pdt|pst|edt|est|et|cdt|cst|ct|gmt|bst|cet|utc|aest|aedt|local)\b)?(?: ?[:|]| [-–—]+)? `)

// postedVerbs are the openings of postedStamp.
var postedVerbs = []string{"posted", "published", "updated", "last updated", "first published", "originally published",
	"created", "modified"}

// postedVerb reports whether lower opens with one of postedVerbs, a cheap
// test before postedStamp.
func postedVerb(lower string) bool {
	for _, v := range postedVerbs {
		if strings.HasPrefix(lower, v) {
			return true
		}
	}
	return false
}

// stampDate is a full date: "<month> <day>, <year>" or "<day> <month>
// <year>", the day maybe ordinal ("31st").
const stampDate = `(?:` + stampMonth + ` \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)? ` + stampMonth + `,? (?:19|20)\d\d)`

// stampMonth is a month's name or its abbreviation, with an optional
// full stop.
const stampMonth = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`

// stampNotAfter are the words after a date that make it the date of
// what the sentence tells, not the page's stamp ("Published march 3,
// 2016 in the journal ...", "Updated may 2, 2015 to include ...").
var stampNotAfter = lex.Set("in", "by", "to", "for", "from", "with", "as", "and", "or", "at", "under", "after", "before", "since")

// cutPostedStamp returns s without a publication stamp that opens it
// (postedStamp), first letter in upper case, and true; s and false when
// there is none, a word of stampNotAfter follows it or fewer than
// minWords words would be left.
func cutPostedStamp(s string) (string, bool) {
	if len(s) < 12 {
		return s, false
	}
	switch s[0] | 0x20 {
	case 'p', 'u', 'l', 'f', 'o', 'c', 'm':
	default:
		return s, false
	}
	lower := lex.LowerASCII(s[:min(len(s), 120)])
	if !postedVerb(lower) {
		return s, false
	}
	m := postedStamp.FindStringIndex(lower)
	if m == nil {
		return s, false
	}
	rest := strings.TrimSpace(s[m[1]:])
	next, _, _ := strings.Cut(lex.Lower(rest), " ")
	if stampNotAfter[next] && !(next == "as" && frontedAs(rest)) || countWords(rest) < minWords {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// frontedAsMaxWords is the most words of an "as" phrase that opens a
// story before its comma.
const frontedAsMaxWords = 15

// frontedAs reports whether rest, opening on "as", opens on a phrase set
// before its main clause ("as the star of <film>, <name> took ..."): a
// comma within frontedAsMaxWords words, and after it no word that goes
// on the phrase ("which", "and"). "Published <date> as part of a series."
// dates what the sentence tells.
func frontedAs(rest string) bool {
	f := lex.SpaceFieldsShared(rest)
	for i := 1; i < len(f)-1 && i < frontedAsMaxWords; i++ {
		if lex.ContainsAny(f[i], ".;:!?") {
			return false
		}
		if strings.HasSuffix(f[i], ",") {
			return !frontedAsJoins[lex.Lower(f[i+1])]
		}
	}
	return false
}

// frontedAsJoins after an "as" phrase's comma go on with the phrase.
var frontedAsJoins = lex.Set("which", "who", "whom", "whose", "where", "when", "and", "or", "but", "as", "than")

// Bounds of cutBylineStamp: the most words of a headline and a byline
// before the stamp, and of the byline's names ("chris greenwood and nazia
// parveen", "daily mail reporter").
const (
	bylineStampMaxWords = 40
	bylineStampNames    = 6
)

// cutBylineStamp returns s from the story after a headline, a byline and
// an update stamp run into it, first letter in upper case, and true:
// "<headline> by <name> last updated at <clock> on <date> <story>", "By
// <name> last updated at <clock> <date> <story>" (a tabloid's page sets
// all three above its text). The byline's "by" opens s or stands among
// the last bylineStampNames+1 words before "last updated", which come
// at most bylineStampMaxWords words in; the stamp and the story are
// cutPostedStamp's. It returns s and false otherwise.
func cutBylineStamp(s string) (string, bool) {
	const stamp = " last updated "
	at := strings.Index(lex.LowerASCII(s[:min(len(s), 400)]), stamp)
	if at < 0 {
		return s, false
	}
	head := lex.SpaceFieldsShared(lex.LowerASCII(s[:at]))
	if len(head) == 0 || len(head) > bylineStampMaxWords {
		return s, false
	}
	by := -1
	for i := max(0, len(head)-bylineStampNames-1); i < len(head)-1; i++ {
		if head[i] == "by" {
			by = i
		}
	}
	if by < 0 {
		return s, false
	}
	return cutPostedStamp(s[at+1:])
}

// cutPostedStamps cuts, in each sentence of a reader's summary, a
// publication stamp that opens it (cutPostedStamp), a page's title and
// the stamp under it (cutTitleStamp), a headline, a byline and an update
// stamp (cutBylineStamp), or a headline run in through a bare "posted"
// (cutPostedHeadline, runin_posted.go).
func cutPostedStamps(sum *chorus.Summary) {
	cutEach(sum, func(s string) (string, bool) {
		if rest, ok := cutPostedStamp(s); ok {
			return rest, true
		}
		if rest, ok := cutTitleStamp(s); ok {
			return rest, true
		}
		if rest, ok := cutBylineStamp(s); ok {
			return rest, true
		}
		return cutPostedHeadline(s)
	})
}

// A page's title or standfirst, then its date stamp, run into the story:
// "harbour ferry plan approved march 3, 2016 the tarnwick council voted
// on monday to ...", "<film> october 19, 2010 <director>'s <film>
// considers ...", "<speaker>, remarks at <place>, march 3, 2016 the
// mayor ...", "<headline> – jan 27, 2014 <town> — <story>". A review, a
// press release, a statement or a blog post sets title and date above its
// text. What stands before the stamp is a title when it keeps a headline's
// grammar (headlineGrammar) and ends on no word that takes the date as
// its own ("on march 3, 2016" opening a sentence, "born march 3, 1990",
// "the march 3, 2016 vote"); what follows is the story when no comma, no
// preposition and no verb goes on from the date ("... 2016, the", "...
// 2016 in tarnwick", "... 2016 was the day").

// titleStamp matches a date stamp after a title (lower case): a space,
// an optional weekday, a full date ("<month> <day>, <year>" or "<day>
// <month> <year>"), an optional colon, bar or dash, and the space after it.
var titleStamp = regexp.MustCompile(` (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:` + stampMonth + ` \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\d{1,2} ` + stampMonth + `,? (?:19|20)\d\d)(?: ?[:|]| [-–—|]+)? `)

// Bounds of cutTitleStamp: the most words of the title before a stamp,
// and the fewest before an "on" that ends it ("<title> by <author> on
// march 3, 2016 <story>", "<caption> in tarnwick on march 3, 2016
// <story>": no sentence of prose goes on from a date without a comma).
const (
	titleStampMaxWords   = 15
	titleStampOnMinWords = 3
)

// titleStampShortWords bounds a short title (a film's name) before a
// stamp: after a longer one (a caption, a speaker and a place) the rest
// must show a finite verb (verbless), or it may be the object of the
// caption's verb.
const titleStampShortWords = 3

// stampNotBefore are the words that, ending what precedes a date, make
// the date theirs: a preposition, a determiner or a conjunction ("on
// march 3, 2016", "the march 3, 2016 vote"), or a verb that dates a life
// or a page ("born", "dated").
var stampNotBefore = lex.Set("on", "of", "in", "at", "by", "to", "for", "from", "since", "until", "till",
	"before", "after", "between", "through", "around", "about", "circa", "as", "during",
	"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
	"and", "or", "but", "nor", "than", "born", "dated", "died", "early", "late", "mid", "last", "next", "every", "each")

// cutTitleStamp returns s from the story after a title and a date stamp
// that open it (titleStamp), first letter in upper case, and true: one to
// titleStampMaxWords words before the stamp, with headline grammar, no
// sentence end at their end (a comma may end them), their last word no
// possessive and no word of stampNotBefore but an "on" after
// titleStampOnMinWords words or more; the story after it opening on a
// letter, on no label ("contacts:"), no word of stampNotAfter, no verb
// of finiteWords or headlineLineAux and no month, holding
// fusedLedeMinWords words or more and, after a title of more than
// titleStampShortWords words, a finite verb, no furniture and no caption.
// A weekday alone before the stamp is one only with its comma ("Friday,
// march 3, 2016 ..."). It returns s and false otherwise.
func cutTitleStamp(s string) (string, bool) {
	if len(s) < 40 {
		return s, false
	}
	head := s[:min(len(s), 200)]
	if !hasCenturyYear(head) {
		return s, false // titleStamp needs a year of 19xx or 20xx
	}
	m := titleStamp.FindStringIndex(lex.LowerASCII(head))
	if m == nil || m[0] == 0 {
		return s, false
	}
	title := strings.TrimRight(s[:m[0]], " -–—|:")
	fields := lex.SpaceFieldsShared(title)
	if len(fields) == 0 || len(fields) > titleStampMaxWords || !headlineGrammar(fields) {
		return s, false
	}
	last := fields[len(fields)-1]
	lastWord := lex.LowerASCII(strings.Trim(last, `"“”'‘’()[]`))
	if lex.ContainsAny(strings.TrimRight(last, `,"”'’`), ",;.!?") && !abbrevLike(last) || lex.ContainsAny(last, ";!?") ||
		stampNotBefore[lastWord] && !(lastWord == "on" && len(fields) > titleStampOnMinWords) ||
		strings.HasSuffix(lastWord, "'s") || strings.HasSuffix(lastWord, "’s") || strings.HasSuffix(lastWord, "s'") ||
		lastWord == "" || lastWord[0] >= '0' && lastWord[0] <= '9' {
		return s, false
	}
	if len(fields) == 1 && weekdays[lastWord] && !strings.HasSuffix(last, ",") {
		return s, false // "Thursday march 3, 2016 she was ...": the story's day
	}
	rest := strings.TrimSpace(s[m[1]:])
	if rest == "" || !unicode.IsLetter(rune(rest[0])) {
		return s, false // a quotation after "<speaker>, tweet, <date>" keeps its speaker
	}
	if first, _, _ := strings.Cut(rest, " "); strings.HasSuffix(first, ":") {
		return s, false // "<title> <date> contacts: ...": a label, no story
	}
	words := lex.LetterWords(lex.LowerASCII(rest), fusedLedeMinWords+bareSubjectMaxWords+4)
	if len(words) < fusedLedeMinWords || countWords(rest) < fusedLedeMinWords {
		return s, false
	}
	next := words[0]
	if barButtons[next] {
		return s, false // "<title> by <writer> on <date> tweet <story>": the share bar's cutters take it whole
	}
	if stampNotAfter[next] || headlineLineAux[next] || finiteWords[next] || stampMonthWords[next] || seenCaption(words) {
		return s, false
	}
	if len(fields) > titleStampShortWords && verbless(rest) {
		return s, false // "<name> recounts in <town> <date> the details of ...": a caption's object, no sentence
	}
	lede := lex.UpperFirst(rest)
	if defect.Furniture(lede) != defect.OK {
		return s, false
	}
	return lede, true
}

// stampMonthWords are a month's names and abbreviations.
var stampMonthWords = lex.Set("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
	"june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
	"december")

// hasCenturyYear reports whether s holds a year titleStamp can match, a
// cheap test before its search: four digits opening with 19 or 20, a
// space before them and a space, colon or bar after; the word before
// them (past a comma) a day's number ("3", "3rd") or a month's name
// ("march", "Mar."), as titleStamp's two forms of a date have it.
func hasCenturyYear(s string) bool {
	for i := 1; i+4 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && s[i+2]-'0' <= 9 && s[i+3]-'0' <= 9 &&
			s[i-1] == ' ' && (s[i+4] == ' ' || s[i+4] == ':' || s[i+4] == '|') && stampDateWordBefore(s[:i-1]) {
			return true
		}
	}
	return false
}

// stampDateWordBefore reports whether the word s ends with, past one
// comma, opens with a digit or a month's first three letters (any case).
func stampDateWordBefore(s string) bool {
	s = strings.TrimSuffix(s, ",")
	w := s[strings.LastIndexByte(s, ' ')+1:]
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return len(w) >= 3 && stampMonthPrefixes[lex.LowerASCII(w[:3])]
}

// stampMonthPrefixes are the first three letters of stampMonth.
var stampMonthPrefixes = lex.Set("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
