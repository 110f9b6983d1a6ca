package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file extends shortenRepeatedNames (namerepeat.go) to the words
// before a repeated full name. A capitalised word there may be part of a
// longer name ("Michael Scott Moore"), but a role, an age or an acronym
// ("Prosecutor", "Three-year-old", "CEO") is not, and the name after it is
// shortened like any other. A role word given again with the name ("prosecutor Dana
// Whitlock said" after "prosecutor Dana Whitlock" was introduced) goes
// with the given name: "Whitlock said".

// repeatRoleOpeners are words after which a role word and the name
// after it stand on their own, so that both can go: "said prosecutor
// Dana Whitlock", "by prosecutor Dana Whitlock"; not "and" ("chief
// executive and chairman <name>": one role of two).
var repeatRoleOpeners = lex.Set("by", "to", "with", "for", "from", "told", "said", "says", "added", "according")

// repeatNamePart reports whether pp, the capitalised word before the
// given name of surname s, may be part of the person's name ("Michael Scott
// Moore", "Sir James ...", "Kay ... "): anything but an acronym ("CEO",
// "VP"), a party (repeatNameParties) or a common word
// (truecase.Model.Common: "Prosecutor", "Developing") before a surname
// that is no organisation's word ("San Diego Police").
func repeatNamePart(pp, s string) bool {
	lp := strings.ToLower(pp)
	if lex.IsGivenName(lp) || repeatNameHonours[lp] || laterNameOrg[strings.ToLower(s)] {
		return true
	}
	return !repeatAcronym(pp) && !roleWords[lp] && !repeatNameParties[lp] && !truecase.Default().Common(lp)
}

// repeatNameParties name a person's party before the name, never a part
// of it: "Republican <Given> <Surname>" is no three-word name.
var repeatNameParties = lex.Set("republican", "democrat", "democratic", "conservative", "liberal", "labour",
	"libertarian", "independent", "socialist", "tory", "gop")

// repeatPartyKept reports whether the party w written before a later full
// name keeps that mention whole, as before parties were told from name
// parts ("Republican Dana Whitlock and Democrat Ada Brenn"): a party the
// truecaser writes capitalised; one it writes lower-case ("Conservative")
// was never read as a name part, and its name is shortened.
func repeatPartyKept(w string) bool {
	lw := strings.ToLower(w)
	return repeatCapitalised(w) && repeatNameParties[lw] && !truecase.Default().Common(lw)
}

// repeatNameHonours are words that stand before a given name as part of
// the name: "Sir James ..." never reads "Sir <surname>", and a ship's
// "USS <given> <surname>" is no person's name.
var repeatNameHonours = lex.Set("sir", "dame", "lord", "lady", "uss", "hms", "san", "santa", "st", "saint", "de", "del", "la", "le", "van", "von")

// repeatAcronym reports whether w is two or more capitals and nothing
// else: "CEO", "FBI".
func repeatAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// repeatRoleBefore returns the role word (lower case) right before the
// given name ws[k-1] of text, or "": a word of letters and hyphens, lower
// case where it stands or the sentence's first word, neither a title
// (repeatNameTitles: "President Whitlock" reads well), a stopword nor a
// given name.
func repeatRoleBefore(text string, ws []repeatNameWord, k int) string {
	if k < 2 {
		return ""
	}
	r, g := ws[k-2], ws[k-1]
	if r.quoted || r.end+1 != g.start || text[r.end] != ' ' {
		return ""
	}
	lw := strings.ToLower(r.text)
	if len(lw) < 3 || repeatNameTitles[lw] || lex.IsStopword(lw) || lex.IsGivenName(lw) || strings.Contains(lw, ".") || !repeatRoleNoun(lw) {
		return ""
	}
	if r.text != lw && k-2 != 0 {
		return "" // a capitalised word inside the sentence: a name's or an organisation's
	}
	return lw
}

// repeatRoleNoun reports whether w (lower case) names a person by role
// or kind: a listed role (roleWords, roleNouns, personNoun), an age
// ("three-year-old"), or a common word (truecase.Model.Common) with a
// role's ending ("filmmaker", "golfer", "novelist", "comedian").
func repeatRoleNoun(w string) bool {
	if roleWords[w] || roleNouns[w] || personNoun(w) || strings.HasSuffix(w, "-old") {
		return true
	}
	if lex.IsAttributionVerb(w) || lex.IsQuoteVerb(w) || repeatRoleOpeners[w] {
		return false
	}
	for _, end := range []string{"maker", "er", "or", "ist", "ian", "man", "woman"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return truecase.Default().Common(w)
		}
	}
	return false
}

// repeatRoleStart returns where the shortening of the name whose given
// name is ws[k-1] starts: at the role word before it when that is role
// (the role the first full name had), stands on its own (repeatRoleAlone)
// and is not before from, else at the given name.
func repeatRoleStart(text string, ws []repeatNameWord, k int, role string, from int) int {
	start := ws[k-1].start
	if role == "" || repeatRoleBefore(text, ws, k) != role || ws[k-2].start < from || !repeatRoleAlone(text, ws, k-2) {
		return start
	}
	return ws[k-2].start
}

// repeatRoleAlone reports whether the role word ws[j] of text opens a
// noun phrase of its own: it starts the sentence (after an opening
// quotation mark at most), follows punctuation (", prosecutor ...") or
// follows a word of repeatRoleOpeners or a verb of saying.
func repeatRoleAlone(text string, ws []repeatNameWord, j int) bool {
	if j == 0 {
		return strings.Trim(text[:ws[0].start], " \"“'‘") == ""
	}
	gap := strings.TrimSpace(text[ws[j-1].end:ws[j].start])
	if gap != "" {
		p := strings.Trim(gap, "\"”'’")
		return p != "" && strings.Trim(p, ",;:(—–") == "" // ", prosecutor", `," prosecutor`; not `"<show>" actress`
	}
	p := strings.ToLower(ws[j-1].text)
	return repeatRoleOpeners[p] || lex.IsAttributionVerb(p)
}

// repeatNameContrasts between a determiner and a full name set the
// person against another of the name, kept as written: "the real
// <Given> <Surname>".
var repeatNameContrasts = lex.Set("real", "actual", "other", "same", "original", "true", "late", "young")

// repeatNameModifier reports whether the full name whose surname is
// ws[k] follows a determiner and a contrast (repeatNameContrasts).
func repeatNameModifier(ws []repeatNameWord, k int) bool {
	if k < 3 || !repeatNameContrasts[ws[k-2].text] {
		return false
	}
	d := strings.ToLower(ws[k-3].text)
	return d == "the" || d == "a" || d == "an"
}
