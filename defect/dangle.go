package defect

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// Openings that lean on the sentence before, beyond the pronouns and
// connectives of words.go. Subordinators ("although X, Y") are not among
// them: they carry their own clause.
var (
	danglingWords = lex.Set("we", "our", "us", "again", "another", "both", "plus",
		"additionally", "consequently", "hence", "nonetheless", "regardless", "there's",
		"neither", "either", "afterward", "afterwards", "anyway", "otherwise", "other")
	notDangling = lex.Set("although", "though")
	// danglingPairs open a sentence as two words.
	danglingPairs = lex.Set("in addition", "as a result", "in fact", "even so", "at the same",
		"on the", "by contrast", "in contrast", "in turn", "after that", "since then", "by then",
		"the next", "the following", "in response", "for his", "for her", "for their", "for its",
		"the same", "the other", "the latter", "the former", "that same", "despite this",
		"despite that", "because of", "as such", "if so", "not only", "on top", "at that", "until then",
		"instead of", "unlike him", "unlike her", "like him", "like her", "no other",
		"in other", "the first", "the second", "the last", "of those", "of these", "the rest",
		"the others", "that s", "this is", "the two", "the three", "the couple", "the pair",
		"in return", "in this", "in that", "as expected", "at this", "at the", "by then", "now the",
		"now he", "now she", "now they", "finally the", "a separate", "in another")
	// timeWords after "this" or "that" make a deictic date, not a reference.
	timeWords = lex.Set("year", "week", "month", "morning", "afternoon", "evening", "weekend",
		"summer", "spring", "fall", "autumn", "winter", "season", "past", "coming", "monday",
		"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november",
		"december", "christmas", "decade", "century", "time", "day", "night")
	// postModifiers after "the" and a noun say which one is meant.
	postModifiers = lex.Set("of", "that", "who", "which", "whose", "on", "in", "from", "between",
		"for", "at", "with", "to", "by", "about", "behind", "against", "over", "under", "where", "when")
	// commaOpeners are adverbs that, followed by a comma, link a sentence
	// to the one before: "Meanwhile, ...".
	commaOpeners = lex.Set("meanwhile", "however", "still", "instead", "separately", "earlier",
		"later", "now", "actually", "essentially", "naturally", "similarly", "additionally",
		"finally", "first", "second", "third", "ultimately", "nevertheless", "nonetheless",
		"otherwise", "overall", "thus", "hence", "indeed", "again", "also", "besides",
		"consequently", "accordingly", "regardless", "previously", "then", "moreover",
		"furthermore", "likewise", "yet", "so", "and", "but", "specifically", "instead",
		"rather", "alternatively", "fortunately", "unfortunately", "ironically", "surprisingly",
		"together", "theoretically", "certainly", "perhaps", "again", "conversely")
	// quantifiers standing alone as a subject count things named before.
	quantifiers = lex.Set("some", "many", "most", "several", "all", "both", "none", "few", "half",
		"each", "either", "neither", "others", "two", "three", "four", "five")
	// bareVerbs right after a quantifier show that it stands alone.
	bareVerbs = lex.Set("were", "was", "are", "is", "have", "had", "did", "do", "will", "would",
		"could", "can", "said", "say", "says", "remain", "remained", "died", "came", "went")
	// adverbs before a pronoun or "there" keep the sentence leaning back.
	adverbs = lex.Set("perhaps", "maybe", "certainly", "clearly", "theoretically", "apparently",
		"still", "even", "then", "now", "finally", "eventually", "instead", "yet", "indeed",
		"obviously", "surely", "soon")
	// subordinators open a clause whose subject may lean back: "If it ...".
	subordinators = lex.Set("if", "when", "while", "although", "though", "because", "since",
		"as", "after", "before", "unless", "once", "until", "whether", "despite")
)

// Dangles reports whether sentence s opens with a word that needs the
// sentence before it to be understood: a pronoun ("He", "Their"), a
// connective ("But", "However", "Also"), "again", "another", "the X"
// pointing back at something not named in s ("The findings"), or a subject
// followed by "also" or "again" ("Police also found"). A sentence that opens
// inside a quote is not judged here (see Detect's UnattributedQuote).
func Dangles(s string) bool {
	lead := strings.TrimLeft(s, " ([•*·-–—")
	if lead == "" || hasQuote(lead[:min(len(lead), 3)]) || opensInsideQuote(lead) {
		return false
	}
	var fieldBuf [leadFields]string
	var atBuf [leadFields]int
	fields, at := firstFields(fieldBuf[:0], atBuf[:0], lead)
	if len(fields) == 0 {
		return false // white space the trim above keeps ("\r", "\u00a0")
	}
	first := fields[0]
	if strings.Contains(first, "-") {
		return false // "Then-president", "So-called"
	}
	w := Words(lead, 8)
	if len(w) == 0 {
		return false
	}
	w0, w1 := w[0], ""
	if len(w) > 1 {
		w1 = w[1]
	}
	if strings.HasSuffix(first, ",") && commaOpeners[w0] {
		return true // "Meanwhile, ...", "First, ..."
	}
	if backOpener(fields) {
		return true // "Sometime later, ...", "In the meantime, ...", "At first he ..."
	}
	if pronounAfterOpener(fields, at, lead) || midConnective(fields) || thenAfterSubject(fields) {
		return true // "On Tuesday, he ...", "Police, however, ...", "Crews then ..."
	}
	if danglingPairs[w0+" "+w1] || w1 == "others" {
		return true
	}
	if subordinators[w0] && (IsPronoun(w1) || w1 == "the" && len(fields) > 2 && theDangles(fields[2:], w[2:])) {
		return true // "If it is removed ...", "Although the island lies ..."
	}
	if laterAlso(w) || pointsBack(w) || reportedPronoun(w) {
		return true
	}
	if quantifiers[w0] && (bareVerbs[w1] || w1 == "of" && len(w) > 2 && (w[2] == "them" || w[2] == "those" || w[2] == "these")) {
		return true // "Some were as young as 10", "Most of them ..."
	}
	if adverbs[w0] && (IsPronoun(w1) || w1 == "there") {
		return true // "Perhaps it is ...", "Now there are ..."
	}
	switch w0 {
	case "this", "that", "these", "those":
		if timeWords[w1] {
			// "That year" leans back; "This year" does not, but "This
			// time" sets the event against an earlier one.
			return w0 == "that" || w1 == "time"
		}
		return true
	case "it":
		return !expletiveIt(w)
	case "so":
		return w1 != "far"
	case "the":
		return len(fields) > 1 && theDangles(fields[1:], w[1:])
	case "later":
		return w1 == "that" || w1 == "in" || w1 == "on"
	case "one":
		return w1 == "is" || w1 == "was"
	}
	if notDangling[w0] {
		return false
	}
	return IsPronoun(w0) || IsConnective(w0) || danglingWords[w0]
}

// theDangles reports whether a noun phrase opened by "the" points back at
// something told before: a common noun (not a capitalised name) with no
// modifier after it that says which one ("the number of", "the deal that")
// and no name or title beside it ("the film "Night Harbour""). fields are
// the words after "the" as written; words are the same, lower-case.
func theDangles(fields, words []string) bool {
	for i, f := range fields {
		if i >= 3 {
			break
		}
		if titled(f) || dottedAcronym(f) || nameStop(f, i) {
			return false // "The Taliban", "the film "Night Harbour"", "the u.s. military", "the rev. dell roe"
		}
	}
	for i, w := range words {
		if i >= 3 {
			break
		}
		if postModifiers[w] {
			return false
		}
	}
	return true
}

// dottedAcronym reports whether f is an acronym written with full stops,
// in any case ("u.s.", "U.N.", "e.u."): a name, which says which one is
// meant ("the u.s. military" in lower-cased text, as "the U.S. military").
func dottedAcronym(f string) bool {
	f = strings.TrimRight(f, ",;:")
	if len(f) < 4 || len(f)%2 != 0 {
		return false
	}
	for k := 0; k < len(f); k += 2 {
		c := f[k] | 0x20
		if c < 'a' || c > 'z' || f[k+1] != '.' {
			return false
		}
	}
	return true
}

// titleAbbrevs are the abbreviated titles a name follows: honorifics,
// offices and ranks, and the "saint", "mount" and "fort" of a place's name.
var titleAbbrevs = lex.Set("mr.", "mrs.", "ms.", "messrs.", "dr.", "prof.", "rev.", "fr.", "msgr.",
	"gov.", "sen.", "sens.", "rep.", "reps.", "pres.", "atty.", "supt.",
	"gen.", "lt.", "col.", "maj.", "capt.", "cmdr.", "adm.", "sgt.", "cpl.", "pvt.", "det.", "insp.",
	"st.", "mt.", "ft.")

// IsTitleAbbrev reports whether w, lower-cased, is an abbreviated title
// (titleAbbrevs: "gov.", "rev.", "st.") or a one-letter initial ("j."):
// a name follows it, and it ends no sentence.
func IsTitleAbbrev(w string) bool {
	return titleAbbrevs[w] || len(w) == 2 && 'a' <= w[0] && w[0] <= 'z' && w[1] == '.'
}

// nameStop reports whether f, the i-th word after "the" as written, opens
// or carries a name in lower-cased text: an abbreviated title right after
// "the" ("the rev. dell roe"), or an initial after one given name ("the dell
// j. roe library"; not "the j. roe ferry", whose "j." may be no initial,
// nor "the ferry sank, dr. roe said").
func nameStop(f string, i int) bool {
	f = lex.Lower(f)
	return i == 0 && titleAbbrevs[f] || i == 1 && IsTitleAbbrev(f)
}

// titled reports whether a word as written starts a name or a title: a
// capital letter, possibly after an opening quotation mark.
func titled(f string) bool {
	f = strings.TrimLeft(f, "\"“'`")
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r)
}

// reportedPronoun reports whether a singular pronoun is the subject right
// after a verb of saying among the first words, reported by a plural
// subject that cannot be what it stands for: "Police say he shot ...",
// "Prosecutors said it was ...". The subject's own pronoun ("Chile said it
// would protest", "Diplomats say they believe", "Estrada said he is
// awaiting") needs nothing before it: on the training labels, 8 of the 20
// sentences the rule matched without the subject's number were labelled
// ok, and of the rest all but 4 dangle by another rule.
func reportedPronoun(w []string) bool {
	for i := 1; i+1 < len(w) && i < 4; i++ {
		if !IsSpeechVerb(w[i]) && w[i] != "say" {
			continue
		}
		next := w[i+1]
		if next == "that" && i+2 < len(w) {
			next = w[i+2]
		}
		if (next == "he" || next == "she" || next == "it") && pluralSubject(w[i-1]) {
			return true
		}
	}
	return false
}

// pluralSubject reports whether w (lower case), right before a verb of
// saying, names a group of people or documents: "police", "officials",
// "prosecutors", "reports".
func pluralSubject(w string) bool {
	if groupNouns[w] {
		return true
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ials", "ents", "ities", "ives", "ties"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// groupNouns are plural subjects of reporting verbs that the suffixes of
// pluralSubject miss.
var groupNouns = lex.Set("police", "media", "outlets", "sources", "reports", "documents",
	"records", "witnesses", "relatives", "friends", "experts", "critics", "agents", "deputies",
	"troopers", "neighbors", "neighbours", "authorities", "prosecutors", "investigators",
	"detectives", "doctors", "lawyers", "attorneys", "residents", "students", "parents",
	"scientists", "analysts", "firefighters", "rescuers", "officers", "officials", "people",
	"families", "papers", "filings", "statements")

// pointsBack reports whether the first words hold "of those", "among
// them" and the like: a part of something named before.
func pointsBack(w []string) bool {
	for i := 0; i+1 < len(w) && i < 5; i++ {
		if (w[i] == "of" || w[i] == "among") && (w[i+1] == "those" || w[i+1] == "these" || w[i+1] == "them") {
			return true
		}
	}
	return false
}

// laterAlso reports whether "also" or "again" follows the subject within
// the first words: "Police also found ...", "The mayor again refused ...".
func laterAlso(w []string) bool {
	for i := 1; i < len(w) && i < 7; i++ {
		if w[i] != "also" && w[i] != "again" {
			continue
		}
		if i+1 < len(w) && (w[i+1] == "known" || w[i+1] == "called") {
			return false // "rubella, also known as ..."
		}
		return !(i > 0 && (w[i-1] == "but" || w[i-1] == "once" && i == 1))
	}
	return false
}

// opensInsideQuote reports whether s continues a quote begun in the
// sentence before: it holds a closing quotation mark but opens none.
func opensInsideQuote(s string) bool {
	if !hasQuote(s) {
		return false
	}
	q := straightQuotes(s)
	i := strings.IndexByte(q, '"')
	before := strings.TrimRight(q[:i], " ")
	return strings.Count(q, `"`)%2 == 1 && before != "" && strings.IndexByte(",.!?-", before[len(before)-1]) >= 0
}

// expletiveIt reports whether an opening "it" is a dummy subject ("It is
// unclear whether ...", "It was not immediately clear ...").
func expletiveIt(w []string) bool {
	if len(w) < 3 {
		return false
	}
	if w[1] == "took" || w[1] == "takes" {
		// "It took only 60,000 years to kill ...": the subject is the
		// infinitive that follows.
		return slices.Contains(w[3:], "to")
	}
	switch w[1] {
	case "is", "was", "s", "remains", "remained", "seems", "seemed", "appears", "appeared":
	default:
		return false
	}
	switch w[2] {
	case "unclear", "not", "clear", "likely", "unlikely", "possible", "impossible", "expected",
		"hard", "difficult", "important", "too", "time", "unknown", "believed", "thought",
		"estimated", "reported", "also", "uncertain", "true", "easy", "worth", "necessary",
		"announced", "revealed", "feared", "hoped", "understood":
		return true
	}
	return false
}

// IsPostModifier reports whether w, after "the" and a noun, says which one
// is meant ("the plan of ...", "the deal that ..."), so that the noun
// phrase does not point back.
func IsPostModifier(w string) bool { return postModifiers[w] }

// backWords, in a short opening phrase, place what follows relative to
// something told before: "Sometime later,", "In the meantime,", "All
// told,", "Soon after,", "At the same time,".
var backWords = lex.Set("later", "meantime", "meanwhile", "afterward", "afterwards",
	"then", "told", "same", "result", "response", "turn", "contrast", "instead",
	"otherwise", "again", "too", "also", "still", "way", "that", "those")

// shortOpeners are opening phrases of up to two words that need what they
// stand against, when a pronoun subject follows without a comma: "At first
// he thought ...".
var shortOpeners = lex.Set("at first", "at last", "by now", "until now", "even then", "only then")

// backOpener reports whether s opens with a short introductory phrase that
// leans on the sentence before: a phrase of at most four words ending in a
// comma that holds a word placing it relative to something told ("Two
// days later,", "In the meantime,", "All told,", "After that,"), a phrase
// ending in "after" ("Soon after,"), or a short opener such as "At first"
// followed by a pronoun subject. "That" or "those" before a word of time
// ("That night,") points back; "later this year" does not. fields are the
// words of s as written.
func backOpener(fields []string) bool {
	const trim = ",.;:\"“”'()"
	for i, f := range fields {
		if i >= 4 {
			break
		}
		if lex.TrimPunct(f, trim) == "" {
			return false
		}
		if strings.HasSuffix(f, ",") {
			// The phrase's words, lower-cased only now that a comma
			// ends it.
			var buf [4]string
			phrase := buf[:0]
			for _, g := range fields[:i+1] {
				phrase = append(phrase, lex.Lower(lex.TrimPunct(g, trim)))
			}
			return leansBack(phrase)
		}
	}
	if len(fields) > 2 {
		// The word after the opener first: it rules most sentences out
		// without building the opener's two words.
		next := lex.Lower(lex.TrimPunct(fields[2], ",.;:\"“”'"))
		if (IsPronoun(next) || next == "there") && shortOpeners[lex.Lower(fields[0]+" "+fields[1])] {
			return true
		}
	}
	return false
}

// leansBack reports whether an opening phrase (lower-case words, the last
// one before its comma) places what follows relative to something told
// before.
func leansBack(phrase []string) bool {
	last := phrase[len(phrase)-1]
	if len(phrase) > 1 && (last == "after" || last == "before") {
		return true // "Soon after,", "Shortly before,"
	}
	for i, w := range phrase {
		if !backWords[w] {
			continue
		}
		next := ""
		if i+1 < len(phrase) {
			next = phrase[i+1]
		}
		switch {
		case w == "later" && (next == "this" || next == "today" || next == "tonight"):
			continue // "Later this year,": a date, not a reference
		case (w == "that" || w == "those") && i == 0 && len(phrase) == 1:
			continue // "That," alone is not an opening phrase
		}
		return true
	}
	return false
}

// leadFields is how many leading fields Dangles reads: openerWords+1 for
// pronounAfterOpener, more than the at most six the other tests read.
const leadFields = openerWords + 2

// firstFields appends to fields the first cap(fields) fields of s, as
// strings.Fields splits s, and to at where each starts in s, so that the
// opening tests read a long sentence without splitting all of it.
func firstFields(fields []string, at []int, s string) ([]string, []int) {
	start := -1
	for i := 0; i < len(s); {
		// An ASCII byte is tested without decoding it or calling
		// unicode.IsSpace, which answers the same for it.
		space, size := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				fields, at = append(fields, s[start:i]), append(at, start)
				start = -1
				if len(fields) == cap(fields) {
					return fields, at
				}
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		fields, at = append(fields, s[start:]), append(at, start)
	}
	return fields, at
}

// openerWords is the longest opening phrase, up to its comma, after which
// pronounAfterOpener reads the subject.
const openerWords = 8

// pronounAfterOpener reports whether the subject after a short opening
// phrase ending in a comma is a personal pronoun, or a group reporting one
// (reportedPronoun), that nothing in the sentence names: "On Tuesday, he
// told reporters ...", "Speaking from her own experience, she argued ...",
// "In the case of the second body, they ...", "Like in the capital,
// officials said he ...", "While walking home, she ...". A phrase opened
// by a subordinator and its clause ("As the mayor left, he ...") has a
// subject of its own that the pronoun may stand for, and is left to
// Dangles' subordinator rule; a phrase holding a quotation mark is
// speech. fields are the first words of s as written (at least
// openerWords+1 of them when s has so many: see firstFields), at where
// each starts in s.
func pronounAfterOpener(fields []string, at []int, s string) bool {
	k := -1
	for i, f := range fields {
		if i >= openerWords || hasQuote(f) {
			return false
		}
		if strings.HasSuffix(f, ",") {
			k = i
			break
		}
	}
	if k < 0 || k+1 >= len(fields) {
		return false
	}
	phrase := Words(s[:at[k]+len(fields[k])], openerWords) // the opener's fields, as written
	if len(phrase) == 0 || subordinators[phrase[0]] && (len(phrase) < 2 || !strings.HasSuffix(phrase[1], "ing")) {
		return false // "As the mayor left, he ...", but not "While walking home, she ..."
	}
	// The letter words of the fields after the opener's, as written in s
	// (white space parts no letters, as the spaces of a join would).
	rest := Words(s[at[k+1]:], 8)
	if len(rest) == 0 || hasQuote(fields[k+1]) {
		return false
	}
	if demonstrativeObject(phrase) {
		return true // "Even when taking this into account, ...", "Despite that, ..."
	}
	switch rest[0] {
	case "he", "she", "they", "we", "i":
		return true
	case "it":
		return !expletiveIt(rest)
	}
	return reportedPronoun(rest)
}

// objectPreps after a demonstrative show that it stands alone as an
// object, not before a noun: "taking this into account", "this as well".
var objectPreps = lex.Set("into", "in", "as", "for", "to", "on", "with", "at")

// demonstrativeObject reports whether an opening phrase (lower-case words,
// the last one before its comma) holds "this" or "that" standing for
// something told before: as the last word of a phrase of at most three
// ("Despite that,", "Because of this,"; in a longer one it may be a
// conjunction: "Osei said last week that, ...") or before a preposition
// ("Even when taking this into account,").
func demonstrativeObject(phrase []string) bool {
	for i, w := range phrase {
		if w != "this" && w != "that" {
			continue
		}
		if i == len(phrase)-1 && i > 0 && len(phrase) <= 3 || i+1 < len(phrase) && objectPreps[phrase[i+1]] {
			return true
		}
	}
	return false
}

// midConnectives, set off by commas after a sentence's first words, link
// it to the one before: "Police, however, said ...", "The service, in
// fact, noted ...".
var midConnectives = lex.Set("however", "meanwhile", "though", "instead", "too", "also",
	"nevertheless", "nonetheless", "therefore", "likewise", "similarly", "moreover",
	"furthermore", "consequently", "still", "again", "in fact", "in turn", "in addition",
	"by contrast", "in contrast", "as well", "for example", "for instance", "then")

// midConnective reports whether a connective set off by commas follows
// the first words of s (at most four): "Trump, however, has held firm",
// "Humans, meanwhile, kill ...", "Increasingly, though, ...". fields are
// the words of s as written.
func midConnective(fields []string) bool {
	for i := 0; i < 4 && i+1 < len(fields); i++ {
		if !strings.HasSuffix(fields[i], ",") {
			continue
		}
		one := fields[i+1]
		if strings.HasSuffix(one, ",") && midConnectives[lex.Lower(strings.TrimSuffix(one, ","))] {
			return true
		}
		if i+2 < len(fields) && strings.HasSuffix(fields[i+2], ",") &&
			midConnectives[lex.Lower(one+" "+strings.TrimSuffix(fields[i+2], ","))] {
			return true
		}
		return false
	}
	return false
}

// notBeforeThen are words after which "then" does not place the sentence
// after an earlier event: "the then governor", "and then", "if ... then".
var notBeforeThen = lex.Set("the", "and", "if", "than", "or", "but", "since", "until", "by", "from")

// thenAfterSubject reports whether "then" follows the subject among the
// first words of s, placing what it tells after an event told before:
// "Colbert then asked ...", "The brothers then cooked ...", "The robot
// will then be set free". A "then" after a comma closes a condition ("If
// it moved, then ..."); one with a hyphen is a former title
// ("then-governor"). fields are the words of s as written.
func thenAfterSubject(fields []string) bool {
	for i := 1; i < len(fields) && i < 5; i++ {
		if lex.Lower(strings.TrimRight(fields[i], ",")) != "then" {
			continue
		}
		prev := fields[i-1]
		return !strings.HasSuffix(prev, ",") && !hasQuote(prev) && !notBeforeThen[lex.Lower(prev)]
	}
	return false
}
