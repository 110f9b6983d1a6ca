package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the attribution stage (role.go): where the title
// written before a person's first full mention starts. In lower-cased
// text voices.RoleOf reads a title back from the name over any word but a
// stopword or a verb form, so the title may take in the word before it:
// a dateline opening the article ("moscow president-elect ilse varga"), a
// place after "in" ending a headline run into the text ("... in tarnwick
// ferry board chairman"), the verb the name is the object of ("plans to
// appoint ferry board chairman ..."), a noun the sentence's determiner
// opened ("the moment president-elect ...", "snatching the meal army
// veteran ... received"), a caption's words ("file photo shows actor"), a
// byline ("by ada brenn president ...") or the agency of a credit
// ("associated press ferry host ..."). titleLead drops those words from
// the title's start; a title is taken only from words the sources may
// write as a title. Where nothing but a modifier is left ("his home city
// ..."), the person gets no title from that sentence. Two more slips of
// the title's form: an initialism the release wrote with a sentence's
// capital alone ("U.s. attorney") is written in capitals, and a title
// opening a summary sentence writes its first word as the truecase model
// writes it mid-sentence ("Cia director" -> "CIA director"). And a
// person a summary sentence already describes before a bracketed aside
// ("soon-to-be president (again) Ilse Varga") gets no second role
// (described, role.go).
//
// A title ending in a body's name ("tarnwick police department", a
// credit's "westside estate agency") is no title (orgHeaded).
//
// Multi-News validation: 9 of 5,599 summaries change, all read: 9 better
// (a dateline, a headline's place, a verb and a noun dropped from the
// title, "U.S." three times, "SS", "AIDS", a second role no longer added);
// train 1-38,000: 46 of 37,865, all read: 43 better, 3 the same (a film's
// or a foundation's name cut, "blind side star" -> "star"; a headline
// read as a name left without its run-in word, "Police Confirm Lawhorn"
// -> "Confirm Lawhorn"), 0 worse. Fill ROUGE on validation unchanged
// (45.92 / 16.23 / 19.82).
//
// A headline's subject and verb in the present run into the title
// ("nba bans clippers owner ...", midVerb) are dropped with it: train
// 1-38,000 1 of 37,865 summaries changed, better; validation none.
// So is a headline's word before a state's title ("congress arizona sen.
// ..."; no party, no role word): train 1-38,000 1 changed, better;
// validation none.

// titleLeadVerbs are verbs that take a person as their object and open no
// title: "to appoint", "just ask", "would allow".
var titleLeadVerbs = lex.Set("allow", "allows", "appoint", "appoints", "ask", "asks", "nominate", "nominates",
	"oust", "ousts", "dump", "dumps", "save", "saves", "help", "helps", "force", "forces", "include", "includes",
	"sell", "sells", "worries", "worry", "got", "get", "gets", "give", "gives", "let", "lets", "thank", "thanks",
	"urge", "urges", "invite", "invites", "elect", "elects", "hire", "hires", "replace", "replaces", "join",
	"joins", "meet", "meets", "defeat", "defeats", "beat", "beats", "tell", "tells", "blame", "blames", "praise",
	"praises", "criticize", "criticizes", "criticise", "criticises", "accuse", "accuses", "sue", "sues",
	"impeach", "succeed", "succeeds", "pick", "picks", "choose", "chooses", "endorse", "endorses", "like", "shows",
	"looks", "bans", "ban", "see", "sees", "interview", "interviews", "welcome", "welcomes", "recall", "recalls",
	"remove", "removes")

// titleLeadCaptions open a caption run into the text: "file photo shows".
var titleLeadCaptions = lex.Set("file", "photo", "photos", "screenshot", "image", "images", "pictured", "caption")

// titleLeadOpeners are the words after which a noun opens a noun phrase of
// its own rather than a title: determiners, quantifiers and "of" ("the
// moment president-elect ...", "his marriage actor ...", "more details
// ...", "a cup of coffee ferry board chair ...").
var titleLeadOpeners = lex.Set("the", "his", "her", "its", "their", "your", "my", "our", "few", "more", "of")

// titleLeadAdjectives are common words that open a title as describing
// words without an adjective's ending: "best friend", "longtime aide".
var titleLeadAdjectives = lex.Set("best", "longtime", "top", "chief", "senior", "junior", "late", "new", "old",
	"first", "second", "third", "last", "next", "own", "young", "star", "then", "now", "otherwise", "big")

// titleModifiers are words of the roles list that qualify a title and
// are none alone: "city", "state", "police".
var titleModifiers = lex.Set("city", "state", "county", "us", "u.s", "police", "fire", "party", "house",
	"senate", "white", "national", "federal", "department", "agency", "office", "company", "team", "group",
	"campaign", "district", "regional", "local", "press", "foreign", "defense", "interior", "justice",
	"homeland", "security", "health", "finance", "treasury", "commerce", "energy", "labor", "education",
	"agriculture", "transportation", "former", "acting", "interim", "vice", "prime", "union", "association",
	"board", "council", "committee", "panel", "commission", "ministry")

// titleOrgHeads end the name of a body, never a title: "tarnwick police
// department ilse varga", a credit's "westside estate agency".
var titleOrgHeads = lex.Set("party", "department", "agency", "police", "city", "us", "u.s.", "office", "company",
	"team", "group", "board", "council", "committee", "commission", "ministry", "union", "association", "panel")

// orgHeaded reports whether the title role ends in a body's name
// (titleOrgHeads): no role for the person named after it.
func orgHeaded(role string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(role))
	return len(f) > 0 && titleOrgHeads[f[len(f)-1]]
}

// headOffices are offices of a country, never of the city a dateline
// names: "moscow president-elect" is a dateline's city and a title.
var headOffices = lex.Set("president", "president-elect", "prime", "premier", "king", "queen", "chancellor",
	"foreign", "vice")

// writtenTogether reports whether sentences of sents write the lower-case
// words a and b side by side more than once: a place and the word after it
// that a source writes together elsewhere open a name ("dallas cowboys").
func writtenTogether(sents []string, a, b string) bool {
	n := 0
	for _, s := range sents {
		n += strings.Count(lex.Lower(s), a+" "+b)
	}
	return n > 1
}

// titleLead returns the title role, written before name in a sentence of
// sents, without the words at its start that the sentence runs into it
// (see above), "" when no title is left. A title from cased text, or one
// no sentence writes before the name, is returned as it is.
func titleLead(sents []string, name, role string) string {
	f := lex.SpaceFields(role)
	low := lex.SpaceFields(lex.Lower(role))
	want := lex.SpaceFieldsShared(lex.Lower(name))
	if len(f) == 0 || len(want) == 0 {
		return role
	}
	n := len(f) // the title's words as written
	k, at := -1, -1
	var words []string
	for i, s := range sents {
		ls := lex.Lower(s)
		if !strings.Contains(ls, want[len(want)-1]) || lex.Cased(s) {
			continue
		}
		words = lex.SpaceFields(ls)
		for j := 0; j+len(low)+len(want) <= len(words); j++ {
			if titleWordsAt(words[j:], low, false) && titleWordsAt(words[j+len(low):], want, true) {
				k, at = i, j
				break
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return role
	}
	prev := ""
	if at > 0 {
		prev = words[at-1]
	}
	opened := false // a determiner opened a noun phrase the title has taken in
	for len(f) > 0 {
		w, _ := lowerCore(low[0])
		p, _ := lowerCore(prev)
		drop := 1
		switch {
		case len(f) == n && midVerb(low) > 0:
			// "nba bans clippers owner ...": a headline's subject and
			// verb, run into the title of the name they are about.
			drop = midVerb(low) + 1
		case len(f) > 2 && datelineRegionNames[low[1]] && stateTitles[low[2]] && !stateTitleParties[w] &&
			!voices.IsRoleWord(w) && !titleModifiers[w]:
			// "'shame on congress' arizona sen. ...": a headline's word
			// before a state's title; only a party (or a role word)
			// qualifies one.
		case titleLeadVerbs[w] || lex.IsAttributionVerb(w):
			// "to appoint ferry board chairman ...": the verb the name is
			// the object of.
		case titleLeadCaptions[w] && len(f) > 1 && !voices.IsRoleWord(low[1]):
			// "file photo shows actor ...", not "photo editor".
		case k == 0 && prev == "" && clean.IsDatelinePlace(w) && len(f) > 1 && (headOffices[low[1]] || !truecase.Default().Common(low[1])) &&
			!writtenTogether(sents, w, low[1]):
			// "moscow president-elect ...", "kiev velmoran foreign
			// minister ...": the dateline opening the article, not a
			// local title ("tarnwick nurse") nor a name the place opens
			// ("tarnwick rovers player", written so elsewhere).
		case (p == "in" || p == "at") && len(f) > 2 && !voices.IsRoleWord(w) && !truecase.Default().Common(w) &&
			!truecase.Default().Common(low[1]) && !writtenTogether(sents, w, low[1]):
			// "... in tarnwick UN relief chief ...": a headline's place
			// run into the text, before an organisation's title.
		case w == "press" && len(f) > 1 && (p == "associated" || prev == "" && k == 0):
			// "associated press ferry host ...": a credit's agency, whose
			// first word a cut stamp took at the article's opening.
		case p == "by" && at == 1 && len(f) > 2 && !voices.IsRoleWord(w) && !voices.IsRoleWord(low[1]) &&
			(lex.IsGivenName(w) || !truecase.Default().Common(w) && !truecase.Default().Common(low[1])) && !writtenTogether(sents, w, low[1]):
			// "By ada brenn president ...": a byline opening the
			// sentence, whose name the article writes nowhere else.
			drop = 2
		case p == "running" && w == "mate" && len(f) > 1:
			// "running mate sen. ...": the compound's head, run on.
		case len(f) > len(want) && titleWordsAt(low, want, true):
			drop = len(want) // "ada brenn ferry reporter ada brenn": a byline's name
		case (opened || titleLeadOpeners[p] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s")) && len(f) > 1 && nounLead(w, opened):
			// "the moment president-elect ...", "his marriage actor ...":
			// the noun the determiner opened, not the title's.
			opened = true
		default:
			drop = 0
		}
		if drop == 0 {
			break
		}
		prev = f[drop-1]
		f, low = f[drop:], low[drop:]
	}
	if len(f) == n {
		return role
	}
	if len(f) == 0 {
		return ""
	}
	if last, _ := lowerCore(low[len(low)-1]); last == "us" || last == "u.s" || len(f) == 1 && titleModifiers[last] {
		return "" // "sell us ...", "his home city ...": no title is left
	}
	return strings.Join(f, " ")
}

// nounLead reports whether the lower-case word w, opening a title after a
// determiner, is a common noun of its own: a common word (truecase) that
// is no role word and has no adjective's shape. Where a noun was dropped
// before it (more), a word written lower-case more often than not is
// enough ("guilty plea president ...").
func nounLead(w string, more bool) bool {
	if voices.IsRoleWord(w) || titleLeadAdjectives[w] || strings.Contains(w, "-") {
		return false
	}
	if !truecase.Default().Common(w) && !(more && truecase.Default().MostlyLower(w)) {
		return false
	}
	if strings.HasSuffix(w, "ment") {
		return true // "moment", "government"
	}
	for _, suf := range adjectiveEndings {
		if strings.HasSuffix(w, suf) && len(w) >= len(suf)+3 {
			return false // "provincial", "original", "controversial"
		}
	}
	return true
}

// adjectiveEndings end describing words that open titles: "provincial
// governor", "terrific director".
var adjectiveEndings = []string{"al", "ive", "ous", "ic", "ful", "ent", "ant", "ary", "est", "ed", "ing", "an",
	"ish", "ese", "less", "able", "ible"}

// initialisms returns role with each initialism the release wrote with a
// sentence's capital alone ("U.s.", "U.k.") in capitals: "U.S. attorney".
func initialisms(role string) string {
	if !strings.Contains(role, ".") {
		return role
	}
	f := lex.SpaceFields(role)
	for i, w := range f {
		if initialism(w) && w != strings.ToUpper(w) && w[0] >= 'A' && w[0] <= 'Z' {
			f[i] = strings.ToUpper(w)
		}
	}
	return strings.Join(f, " ")
}

// initialism reports whether w is two or three letters each followed by a
// full stop: "u.s.", "U.k.", "u.n.".
func initialism(w string) bool {
	if len(w) != 4 && len(w) != 6 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// openingAcronym returns role with its first word in capitals when it is a
// short lower-case word the truecase model writes in capitals ("cia
// director" -> "CIA director"): opening a sentence, the word's capital
// would read as the sentence's alone ("Cia director"), which the
// truecaser leaves as it is.
func openingAcronym(role string) string {
	w, rest, _ := strings.Cut(role, " ")
	if len(w) < 2 || len(w) > 5 || w != lex.Lower(w) || !lettersOnly(w) {
		return role
	}
	up := strings.ToUpper(w)
	if got := truecase.Default().Apply("the "+w, nil); got != "the "+up {
		return role
	}
	if rest == "" {
		return up
	}
	return up + " " + rest
}

// midVerb returns where, inside the title words low but not as their first
// or last word, a headline's verb in the present stands (one of
// titleLeadVerbs ending in "s" but "forces": "nba bans clippers owner"),
// or -1.
func midVerb(low []string) int {
	for j := 1; j < len(low)-1; j++ {
		w, _ := lowerCore(low[j])
		if strings.HasSuffix(w, "s") && w != "forces" && titleLeadVerbs[w] {
			return j
		}
	}
	return -1
}

// stateTitles are the titles of a state's officers written after its name:
// "arizona sen.".
var stateTitles = lex.Set("sen.", "rep.", "gov.", "senator", "governor", "congressman", "congresswoman",
	"representative")

// stateTitleParties qualify a state's title before its name: "republican
// arizona sen.".
var stateTitleParties = lex.Set("republican", "democratic", "democrat", "gop", "independent", "former", "then",
	"then-", "u.s.", "us", "freshman", "retiring", "outgoing", "incoming")
