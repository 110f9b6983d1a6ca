package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file extends shortenRepeatedNames (namerepeat.go) to a role phrase
// before a repeated full name. Each article introduces a person with a
// role of its own, so a summary built from two of them introduces the
// person twice: "Television chef Dana Whitlock angered ... Famed British
// chef Dana Whitlock clearly ...". Blind readers counted a person
// introduced twice as a defect. Where the summary's first full mention
// already says who the person is (a role before the name or an
// apposition after it), the role phrase before a later full mention goes
// with the given name: "... Whitlock clearly ..."; where the sources
// never write the surname alone, the full name stays and the phrase goes.
// The phrase is cut only whole and only when told before: it ends in a
// role noun the summary has already written, holds only words a role is
// made of (capitalised names of places and organisations, role nouns,
// modifiers, a few describing words), and opens where a noun phrase may
// open (the sentence's start, punctuation, a preposition or a verb of
// saying), else the name is shortened as before and the phrase kept. A
// new role ("Senate nominee" after "former judge"), a title ("President
// Whitlock"), a form of address ("first lady") and a relative's role
// ("his girlfriend") are kept. A party before a full name ("Republican
// Dana Whitlock") no longer reads as a three-word name that keeps the
// person's later mentions whole (namerepeatrole.go). Multi-News
// validation: 9 of 5,599 summaries change, all read: 9 better, 0 worse;
// train 1-38,000: 55 of 37,865, 40 read: 39 better, 0 worse, 1 the same
// (a surname alone between two full names). Summaries lose 0.004 words
// on average (validation); the sentences picked do not change.

// maxRepeatPhraseWords bounds the words of a role phrase cut before a
// repeated full name: "Dallas Cowboys team owner".
const maxRepeatPhraseWords = 5

// repeatPhraseOpeners open a noun phrase after them, so that a role
// phrase after one stands on its own: "with", "against", "of".
var repeatPhraseOpeners = lex.Set("of", "with", "at", "about", "on", "against", "like", "including", "after",
	"before", "as", "than", "via", "between", "among", "behind", "featuring")

// repeatPhraseDescribers are lower-case words that describe a person in a
// role phrase without being a role: "famed British chef", "alleged
// serial killer". Words that may be verbs ("fire", "head", "star") are
// none: "to fire FBI director <name>".
var repeatPhraseDescribers = lex.Set("famed", "famous", "renowned", "legendary", "celebrity", "celebrated",
	"alleged", "convicted", "suspected", "imprisoned", "jailed", "disgraced", "embattled", "veteran",
	"senior", "junior", "chief", "deputy", "assistant", "top", "fellow", "serial", "murder", "murdered",
	"army", "navy", "military", "federal", "presidential", "gubernatorial", "republican", "democratic", "party",
	"tv", "television", "reality", "movie", "music", "fashion", "tech", "media", "business", "political",
	"conservative", "liberal", "local", "former", "late", "defensive", "offensive", "clinic", "hospital",
	"school", "american", "british", "elect")

// repeatPhraseHeads are more nouns a role phrase may end in, besides
// roleWords and repeatRoleNoun's: "chef", "clerk", "star".
var repeatPhraseHeads = lex.Set("chef", "clerk", "star", "envoy", "host", "anchor", "model", "mogul", "tycoon",
	"billionaire", "millionaire", "heiress", "socialite", "personality", "quarterback", "athlete", "astronaut",
	"pastor", "priest", "rabbi", "imam", "entrepreneur", "aide", "deputy", "official", "nominee", "frontman",
	"guitarist", "drummer", "magnate", "chairwoman", "ceo", "cfo", "coo", "diplomat", "legislator", "poet",
	"artist", "architect", "physicist", "chemist", "surgeon", "nurse", "medic", "sergeant", "colonel",
	"lieutenant", "corporal", "private", "marine", "trooper", "agent", "inmate", "prisoner", "defendant",
	"plaintiff", "witness", "whistleblower", "leaker", "victim", "survivor", "hostage", "fugitive", "contestant", "champion")

// repeatPhraseHonours are role words that are forms of address, part of
// how the person is called rather than a role told again: "sir", "first
// lady <name>" (the surname alone may be her husband's).
var repeatPhraseHonours = lex.Set("sir", "dame", "lady", "lord", "dr", "father", "sheikh", "cardinal", "pope",
	"king", "queen", "prince", "princess")

// repeatPhraseHead reports whether w (lower case) may end a role phrase:
// a role noun or a party ("Republican <Given> <Surname>"), not a form of
// address (repeatPhraseHonours).
func repeatPhraseHead(w string) bool {
	return (roleWords[w] || repeatRoleNoun(w) || repeatPhraseHeads[w] || repeatNameParties[w]) && !kinWords[w] &&
		!repeatPhraseHonours[w] && !honorifics[w]
}

// repeatPhraseDates are capitalised words of a date, never of a role:
// "on Monday accused ...".
var repeatPhraseDates = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "today", "yesterday", "tonight")

// repeatPhraseWord reports whether ws[j] may be a word of a role phrase
// before a repeated full name: a capitalised word that is no given name
// nor a surname the summary names in full (given), or a lower-case role
// noun, modifier, describing word or organisation's word (laterNameOrg).
func repeatPhraseWord(text string, ws []repeatNameWord, j int, given map[string]string) bool {
	w := ws[j]
	lw := strings.ToLower(w.text)
	if w.quoted || lex.IsStopword(lw) || lex.IsGivenName(lw) || kinWords[lw] || lex.IsAttributionVerb(lw) ||
		lex.IsQuoteVerb(lw) || repeatRoleOpeners[lw] || repeatPhraseOpeners[lw] {
		return false
	}
	if _, ok := given[w.text]; ok {
		return false // another person's surname: "Matt Damon serenaded host ..."
	}
	if repeatCapitalised(w.text) {
		return !repeatPhraseDates[lw] // "Dallas", "FBI", "U.S", "House"; not "on Monday"
	}
	return repeatPhraseHead(lw) || roleModifiers[lw] || repeatPhraseDescribers[lw] || laterNameOrg[lw]
}

// repeatPhraseOpen reports whether a noun phrase may open at ws[j] of
// text: the sentence's first word (after an opening quotation mark at
// most), a word after punctuation (", ", ": "), or one after a word of
// repeatRoleOpeners or repeatPhraseOpeners or a verb of saying.
func repeatPhraseOpen(text string, ws []repeatNameWord, j int) bool {
	if j == 0 {
		return strings.Trim(text[:ws[0].start], " \"“'‘") == ""
	}
	gap := strings.TrimSpace(text[ws[j-1].end:ws[j].start])
	if gap != "" {
		p := strings.Trim(gap, "\"”'’")
		return p != "" && strings.Trim(p, ",;:(—–") == "" // ", chef ...", `," chef ...`; not `"<show>" actress`
	}
	p := strings.ToLower(ws[j-1].text)
	return repeatRoleOpeners[p] || repeatPhraseOpeners[p] || lex.IsAttributionVerb(p)
}

// repeatPhraseStart returns where the role phrase before the given name
// ws[k-1] of text opens (repeatPhraseWord, repeatPhraseOpen), the head
// ws[k-2] a role noun the summary has told before (told, lower case,
// holds the sentences before text), with an article before it taken in ("the
// prosecutor"); -1 when there is none or it would open before from.
func repeatPhraseStart(text string, ws []repeatNameWord, k int, given map[string]string, from int, told string) int {
	if k < 2 {
		return -1
	}
	head := ws[k-2]
	lh := strings.ToLower(head.text)
	if head.end+1 != ws[k-1].start || text[head.end] != ' ' || !repeatPhraseHead(lh) ||
		repeatCapitalised(head.text) && repeatNameTitles[lh] {
		return -1 // "President Dana Whitlock" reads well, as "President Whitlock"
	}
	if !containsWord(told+" "+strings.ToLower(text[:head.start]), lh) {
		return -1 // a new role ("Senate nominee" after "former judge"): news to the reader
	}
	for _, w := range ws[:k-1] {
		if w.text == ws[k].text {
			return -1 // "Whitlock, 38, is the son of reporter Dana Whitlock": two of the name
		}
	}
	best := -1
	for j := k - 2; j >= 0 && j >= k-1-maxRepeatPhraseWords; j-- {
		if ws[j].start < from || !repeatPhraseWord(text, ws, j, given) {
			break
		}
		if j < k-2 && !repeatPhraseSpace(text, ws[j], ws[j+1]) {
			break // "Christie's spokesman": a possessive before the role
		}
		if repeatPhraseOpen(text, ws, j) && !(j > 0 && strings.ToLower(ws[j-1].text) == "to" && !repeatCapitalised(ws[j].text)) {
			best = j // not after "to" a word that may be a verb: "to fire FBI director <name>"
		}
		if a := j - 1; a >= 0 && ws[a].start >= from && ws[a].end+1 == ws[j].start && text[ws[a].end] == ' ' {
			if d := strings.ToLower(ws[a].text); (d == "the" || d == "a" || d == "an") && repeatPhraseOpen(text, ws, a) {
				best = a // "... with the prosecutor <name>": the article goes too
			}
		}
	}
	if best < 0 {
		return -1
	}
	return ws[best].start
}

// repeatPhraseSpace reports whether only a space stands between the words
// a and b of text, or a full stop and a space after an abbreviation
// ("U.S. army").
func repeatPhraseSpace(text string, a, b repeatNameWord) bool {
	gap := text[a.end:b.start]
	return gap == " " || gap == ". " && strings.Contains(a.text, ".")
}

// repeatIntroduced reports whether the full name whose surname is ws[k]
// of text says who the person is: a role noun right before the given
// name ("chef Dana Whitlock", "Prosecutor Dana Whitlock") or an
// apposition after the surname ("Dana Whitlock, the chef,").
func repeatIntroduced(text string, ws []repeatNameWord, k int) bool {
	if k >= 2 {
		r, g := ws[k-2], ws[k-1]
		lr := strings.ToLower(r.text)
		if r.end+1 == g.start && text[r.end] == ' ' && repeatPhraseHead(lr) {
			return true
		}
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(text[ws[k].end:], "'s"), "’s")
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	f := lex.SpaceFieldsShared(rest[2:])
	if len(f) == 0 {
		return false
	}
	w := lex.Lower(strings.TrimRight(f[0], ",;:"))
	return w == "the" || w == "a" || w == "an" || repeatPhraseHead(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}
