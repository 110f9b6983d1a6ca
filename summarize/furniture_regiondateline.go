package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A wire dateline whose agency tag and dash the page dropped, left at the
// front of a sentence in lower-cased text: "Tarnwick, vellonia a ferry
// sank off the cape ...", "Port vellin, maine police said ...". The
// dateline cuts before selection ask for a dash or a listed city
// (cutPlaceDateline, cutBareDateline); this one knows the place by its
// region, a US state or a country, and cuts after selection
// (cutRegionDatelines), so no other sentence moves.

// Bounds of cutRegionDateline: the words of the town before the region,
// the words of a region, and the story's fewest words.
const (
	regionDatelineTown    = 3
	regionDatelineRegion  = 3
	regionDatelineMinRest = 8
)

// cutRegionDateline returns s without a dateline that opens it, and true:
// a town of at most regionDatelineTown words (letters, hyphens, inner
// apostrophes and dots; no stopword, no word of time, no "-ly" adverb, no
// given name first: "Recently, <state> ...", "<given> <surname>, <state>
// department ..." are no datelines) and a comma, then a region
// (datelineRegionNames: a US state, its abbreviation, a country or a
// province) with no comma after it, then the story: at least
// regionDatelineMinRest words opening in lower case on a word that is no
// verb of a subject (is, has, said, ...; "<town>, <state> has ..."), no
// "and"/"or" (a list of places) and no newspaper's name ("<town>, <state>
// today ..."). A story whose first comma closes an appositive before
// "said" is a person's role, not a dateline. s and false otherwise.
func cutRegionDateline(s string) (string, bool) {
	// The fields it may read: the town's, the region's, then the
	// story's first word after a date and a dash (and one more).
	f := lex.FirstFields(s[:min(len(s), 200)], regionDatelineTown+regionDatelineRegion+4)
	if len(f) < 3 {
		return s, false
	}
	town := -1 // the index of the town's last field, the one ending in ","
	for i := 0; i < len(f) && i < regionDatelineTown; i++ {
		w := f[i]
		last := strings.HasSuffix(w, ",")
		w = strings.TrimSuffix(w, ",")
		if !regionTownWord(w, i == 0) {
			return s, false
		}
		if last {
			town = i
			break
		}
	}
	if town < 0 {
		return s, false
	}
	region := -1 // the index of the region's last field
	for k := regionDatelineRegion; k >= 1; k-- {
		if town+k >= len(f) {
			continue
		}
		name := lex.Lower(strings.Join(f[town+1:town+k+1], " "))
		if datelineRegionNames[name] {
			region = town + k
			break
		}
	}
	if region < 0 || region+1 >= len(f) {
		return s, false
	}
	story := region + 1
	if story+1 < len(f) && regionMonths[lex.Lower(strings.TrimRight(f[story], "."))] && isDayNumber(strings.TrimRight(f[story+1], ",")) {
		story += 2 // "<town>, <region> <month> <day> - <story>"
		if story < len(f) && dashAlone(f[story]) {
			story++
		}
	}
	if story >= len(f) {
		return s, false
	}
	next := f[story]
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) {
		return s, false
	}
	lw := lex.Lower(strings.Trim(next, ",.;:"))
	if regionSentenceVerbs[lw] || lw == "and" || lw == "or" || lw == "nor" || lw == "but" || regionOutletWords[lw] ||
		strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "'s") || webName(lw) {
		return s, false
	}
	rest := afterFields(s, story)
	if countWords(rest) < regionDatelineMinRest || appositiveSaid(rest) {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// regionTownWord reports whether w may be a word of a dateline's town:
// letters with inner hyphens, apostrophes or dots ("st.", "port-au-prince"),
// no stopword, no word of time ("sunday", "night") and no adverb in "-ly";
// the town's first word is no given name.
func regionTownWord(w string, first bool) bool {
	lw := lex.Lower(strings.TrimRight(w, "."))
	if lw == "" || lex.IsStopword(lw) || regionTimeWords[lw] || regionCountWords[lw] || strings.HasSuffix(lw, "ly") {
		return false
	}
	if first && lex.IsGivenName(lw) {
		return false
	}
	return labelWord(strings.ReplaceAll(strings.TrimRight(w, "."), ".", ""))
}

// appositiveSaid reports whether rest's first comma closes an appositive
// that "said", "says" or "told" follows directly: "<state> department of
// corrections spokesman, said ...".
func appositiveSaid(rest string) bool {
	i := strings.IndexByte(rest, ',')
	if i < 0 {
		return false
	}
	after := lex.SpaceFieldsShared(rest[i+1:])
	if len(after) == 0 {
		return false
	}
	w := lex.Lower(strings.Trim(after[0], ",."))
	return w == "said" || w == "says" || w == "told"
}

// webName reports whether w, a lower-case word, is a site's name
// ("<outlet>.com"): a credit after the place, not a story's word.
func webName(w string) bool {
	for _, d := range []string{".com", ".co", ".org", ".net", ".au", ".uk"} {
		if strings.Contains(w, d) {
			return true
		}
	}
	return false
}

// regionMonths are the months (and their abbreviations) of a date after a
// dateline's region.
var regionMonths = lex.Set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")

// regionCountWords are numbers and quantities that open a sentence's
// subject ("Two <town>, <state> police officers were ..."): no town.
var regionCountWords = lex.Set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "dozens", "hundreds", "thousands", "several", "many", "both", "some", "most", "all")

// regionSentenceVerbs are finite verbs after which a place is a
// sentence's subject ("<town>, <state> is ...").
var regionSentenceVerbs = lex.Set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
	"may", "might", "must", "should", "shall", "did", "does", "do", "said", "says", "remains", "became", "becomes",
	"sits", "lies", "gets", "got", "wants", "needs", "hopes", "plans", "boasts", "offers", "saw", "sees")

// regionOutletWords are the names of newspapers after a place ("<town>,
// <state> today"): the credit of a photograph, not a dateline.
var regionOutletWords = lex.Set("today", "republic", "times", "post", "daily", "herald", "tribune", "journal", "star",
	"press", "gazette", "sun", "news", "register", "chronicle", "observer", "examiner", "globe", "dispatch",
	"courier", "telegraph", "bee", "inquirer", "democrat", "sentinel", "citizen", "statesman", "enquirer",
	"record", "reporter", "leader", "mirror", "standard", "magazine", "public", "radio", "tv", "state")

// regionTimeWords are words of time that open a sentence before a comma
// ("Late on sunday, <state> ...").
var regionTimeWords = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "day", "days", "week", "weeks",
	"month", "months", "year", "years", "decade", "decades", "now", "then", "later", "earlier", "meanwhile",
	"however", "instead", "still", "also", "elsewhere", "nationally", "overall", "first", "finally", "indeed",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
	"december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")

// datelineRegionNames are the regions a wire dateline names after its
// town, by their lower-case words: the states of the US and their
// abbreviations, countries, and provinces.
var datelineRegionNames = func() map[string]bool {
	m := lex.Set("ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.",
		"kan.", "kans.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.",
		"n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.",
		"tex.", "vt.", "va.", "wash.", "w.va.", "wis.", "wyo.", "d.c.", "ont.", "que.", "alta.", "sask.",
		"afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
		"azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "bulgaria",
		"burma", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "congo", "croatia", "cuba",
		"cyprus", "czech republic", "denmark", "ecuador", "egypt", "england", "estonia", "ethiopia", "finland",
		"france", "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland", "india",
		"indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "kazakhstan", "kenya",
		"kosovo", "kuwait", "kyrgyzstan", "latvia", "lebanon", "liberia", "libya", "lithuania", "malaysia",
		"mali", "mexico", "mongolia", "morocco", "mozambique", "myanmar", "nepal", "netherlands", "new zealand",
		"nicaragua", "niger", "nigeria", "north korea", "northern ireland", "norway", "oman", "pakistan",
		"panama", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda",
		"saudi arabia", "scotland", "senegal", "serbia", "sierra leone", "singapore", "slovakia", "slovenia",
		"somalia", "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan", "sweden",
		"switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "uganda",
		"ukraine", "united arab emirates", "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zambia",
		"zimbabwe", "west bank", "gaza", "gaza strip", "puerto rico",
		"ontario", "quebec", "british columbia", "alberta", "manitoba", "nova scotia", "saskatchewan")
	for r := range datelineRegions {
		m[r] = true
	}
	return m
}()

// cutRegionDatelines cuts, in each sentence of a reader's summary of
// lower-cased text, a dateline that opens it (cutRegionDateline).
func cutRegionDatelines(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutRegionDateline)
}
