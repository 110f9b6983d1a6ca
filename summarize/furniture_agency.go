package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a picture agency's credit left at the front of a
// sentence when the page dropped the photographer's name and the caption
// ran on: "Ap the ferry line said on monday ...", "Getty images ana roe will
// captain ...", "Associated press westvale's harbour board ..." read "The
// ferry line said on monday ...". Agencies with a slash and a name are
// cutRunInCredit's.

// agencyCredits are the credits cut, by their lower-case words.
var agencyCredits = [][]string{
	{"associated", "press"}, {"getty", "images"}, {"bloomberg", "news"}, {"ap", "images"}, {"ap"}, {"reuters"},
	{"afp"},
}

// agencyMinAfter is the fewest words of the sentence after the credit.
const agencyMinAfter = 8

// cutAgencyOpener returns s without an agency's credit at its front
// (agencyCredits, a colon or a dash after it dropped too) when the word
// after it does not go on with the agency as the sentence's subject or
// name: no verb ("Reuters reported ...", "Ap stands by ...", any "-ed"
// word: agencyVerbs), no noun the agency's work is named with ("Ap photo",
// "Reuters correspondents", "Ap poll": agencyNouns), no conjunction,
// possessive, slash or number; in a cased article the next word opens
// with a capital ("AP The ferry ..."; "Reuters correspondents" is a
// subject). At least agencyMinAfter words must follow, and they must not
// read as the picture's caption the credit belongs to (captionLike);
// otherwise s is returned as it is, and the furniture filters read the
// credit.
func cutAgencyOpener(s string, cased bool) string {
	if len(s) < 2 || !strings.ContainsRune("AaGgBbRr", rune(s[0])) {
		return s // no credit opens with another letter
	}
	starts, _ := fieldStarts(s, 4)
	if len(starts) < 4 || countWords(s) < agencyMinAfter+2 {
		return s
	}
	field := func(i int) string { return fieldText(s, starts, i) }
	for _, credit := range agencyCredits {
		n := len(credit)
		match := true
		for i, w := range credit {
			f := lex.Lower(field(i))
			if i == n-1 {
				f = strings.TrimRight(f, ":")
			}
			if f != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		at := n
		if d := field(at); d == "—" || d == "–" || d == "-" || d == "--" || d == ":" || d == "|" {
			at++
		}
		if at >= len(starts) || !agencyStoryWord(field(at), cased) {
			return s
		}
		rest := s[starts[at]:]
		if countWords(rest) < agencyMinAfter || captionLike(rest) {
			return s // the credit marks a caption as page furniture: keep it
		}
		return lex.UpperFirst(rest)
	}
	return s
}

// agencyStoryWord reports whether field w, after an agency's credit, can
// open the sentence that follows the credit.
func agencyStoryWord(w string, cased bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if cased && !unicode.IsUpper(r) {
		return false
	}
	if !unicode.IsLetter(r) || lex.ContainsAny(w, "/&") {
		return false // "Reuters 22 ...", "Ap photo/jane roe", "Afp / ..."
	}
	lw := lex.Lower(strings.TrimRight(w, ",;:"))
	if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") || strings.HasSuffix(w, ",") {
		return false
	}
	if len(lw) > 4 && strings.HasSuffix(lw, "ed") {
		return false // "Reuters reviewed ..."
	}
	return !agencyVerbs[lw] && !agencyNouns[lw] && !headlineTies[lw]
}

// agencyVerbs go on an agency as the subject of a sentence.
var agencyVerbs = lex.Set("says", "said", "say", "reports", "report", "stands", "recommends", "notes", "adds", "writes",
	"wrote", "found", "finds", "has", "is", "was", "will", "would", "could", "can", "may", "might", "does", "did",
	"estimates", "spoke", "asked", "asks", "counts", "tallies", "obtained", "learned", "contributed", "understands",
	"cites", "quoted", "quotes", "tells", "told", "sent", "sought", "won", "wins", "lost", "first", "also", "then")

// agencyNouns name an agency's work or staff after it: "Ap photo", "Reuters
// correspondents", "Ap poll".
var agencyNouns = lex.Set("photo", "photos", "photograph", "photographer", "photographers", "image", "images",
	"video", "videos", "graphic", "file", "poll", "polls", "survey", "analysis", "source", "sources", "exclusive",
	"interview", "story", "stories", "stylebook", "writer", "writers", "reporter", "reporters", "correspondent",
	"correspondents", "journalist", "journalists", "staff", "editor", "editors", "investigation", "review", "count",
	"tally", "top", "health", "news", "business", "sports", "television", "tv", "breakingviews", "datastream",
	"eikon", "calculations", "data", "report", "reporting", "copyright", "copyright:", "contributed", "fact")

// captionDate matches the date a caption ends with: "... in january
// 2012.", "... on feb. 11, 2018.".
var captionDate = regexp.MustCompile(`(?i)(?:\b(?:19|20)\d\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\.?\s*$`)

// captionLike reports whether s reads as a photo caption rather than a
// story's sentence: it ends with a date, or holds no finite verb (an
// auxiliary, a verb of saying, an "-ed" word or a common irregular past:
// captionVerbs) — "Ana roe performing at the pier in 2012.", "A rescue
// team arrives at the harbour on thursday.".
func captionLike(s string) bool {
	if captionDate.MatchString(s) {
		return true
	}
	for _, f := range lex.SpaceFieldsShared(s) {
		w := lex.Lower(lex.TrimPunct(f, `,.;:!?"“”'‘’()[]`))
		if bareAuxiliaries[w] || clauseVerbs[w] || captionVerbs[w] || lex.IsAttributionVerb(w) ||
			len(w) > 4 && strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "n't") {
			return false
		}
	}
	return true
}

// captionVerbs are common irregular past forms, which a story's sentence
// holds and a caption, written in the present, seldom does.
var captionVerbs = lex.Set("spoke", "sank", "fell", "rose", "took", "made", "gave", "went", "came", "ran", "left",
	"lost", "won", "hit", "hurt", "shot", "struck", "met", "sold", "bought", "brought", "began", "broke", "chose",
	"drew", "drove", "ate", "flew", "grew", "led", "meant", "paid", "put", "sat", "sent", "set", "stood", "threw",
	"wore", "fled", "held", "kept", "became", "got", "let", "cut", "quit", "sought", "caught", "taught")
