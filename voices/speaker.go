package voices

import (
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file finds the speaker a sentence's frame (its unquoted words)
// names beside a verb of speech.

// speaker is who a frame credits.
type speaker struct {
	name    []token // the name, without title or determiner; nil for none
	role    string  // a title before the name or an apposition beside it
	pronoun string  // "he", "she", "it", "they" for a pronoun speaker
	honor   string  // "he" or "she" from an honorific ("Mr.", "Ms.")
	of      []token // "of the Caldera Federation" after an organisation's name
	verb    int     // index in the frame of the verb (or "according")
	at      int     // index in the frame where a speaker before the verb starts
}

// found reports whether sp names anyone, by name, description or pronoun.
func (sp speaker) found() bool { return len(sp.name) > 0 || sp.role != "" || sp.pronoun != "" }

// notVerbs are attribution words of package defect that do not name a
// speaker beside them here ("called it a …", "the report said" is found
// through "said").
var notVerbs = lex.Set("called", "calling", "described", "describing", "read", "reads", "report",
	"reports", "reported", "quoted", "quotes", "write", "saying", "adding", "explaining",
	"noting", "asking", "telling", "recalling", "according")

// isVerb reports whether the lower-case word w is a verb of speech.
func isVerb(w string) bool {
	return (defect.IsAttributionWord(w) || lex.IsQuoteVerb(w)) && !notVerbs[w] || extraVerbs[w]
}

// extraVerbs are further verbs of speech of news reports.
var extraVerbs = lex.Set("say", "says", "said", "stressed", "emphasized", "maintained", "contended",
	"observed", "commented", "cautioned", "conceded", "denied", "disputed", "alleged", "asserted",
	"estimated", "urged", "explained", "pointed", "mused", "replied", "continued", "went", "wrote", "added")

// inverted are the verbs that may come before their speaker ("said Smith").
var inverted = lex.Set("said", "says", "added", "asked", "wrote", "writes", "continued", "explained",
	"noted", "recalled", "replied", "insisted", "argued", "stated", "declared", "warned",
	"concluded", "countered", "responded", "observed", "explains", "adds", "notes", "argues", "insists", "recalls", "wonders", "wondered", "quipped", "joked", "cautioned", "conceded")

// adverbs may stand between a speaker and its verb.
var adverbs = lex.Set("later", "also", "then", "previously", "once", "reportedly", "recently",
	"further", "simply", "just", "repeatedly", "publicly", "earlier", "has", "had", "have",
	"was", "is", "would", "will", "could", "flatly", "privately", "quietly", "bluntly", "only",
	"again", "subsequently", "separately", "now", "had", "first", "initially", "often", "still")

// pronouns map subject pronouns to the pronoun a speaker is resolved by.
var pronouns = map[string]string{"he": "he", "she": "she", "it": "it", "they": "they", "we": "they", "i": "i"}

// determiners open a description rather than a name.
var determiners = lex.Set("the", "a", "an", "another", "one", "some", "many", "several", "his", "her", "its", "their", "our", "this", "that", "these", "those", "two", "three", "both", "other", "most", "few")

// honorifics are titles that tell a speaker's gender.
var honorifics = map[string]string{"mr": "he", "mrs": "she", "ms": "she", "miss": "she", "sir": "he", "lady": "she", "madam": "she"}

// stopName are words that end a name read from the verb outward.
var stopName = lex.Set("that", "and", "but", "or", "when", "after", "before", "because", "which", "who",
	"whom", "as", "while", "if", "so", "where", "in", "on", "at", "to", "for", "from", "with", "by",
	"during", "about", "of", "than", "since", "until", "yesterday", "today", "tonight", "tomorrow",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this",
	"next", "earlier", "later", "recently", "told", "said", "says", "is", "was", "are", "were",
	"has", "had", "have", "not", "there", "here", "then", "also", "it", "he", "she", "they", "we",
	"i", "you", "him", "them", "us", "me", "now", "would", "will", "could", "can", "may", "might",
	"should", "must", "do", "does", "did", "be", "been", "being", "all", "just", "even", "however",
	"though", "although", "into", "over", "under", "via", "through", "against", "across", "among",
	"per", "up", "down", "out", "off", "what", "how", "why", "no", "never", "very", "more", "less", "too")

// objectOf are the prepositions whose object a name is when one stands
// before it in a speaker phrase.
var objectOf = lex.Set("of", "for", "from", "in", "at", "near", "with", "on", "by")

// orgHeads are the words an organisation's name ends on that may follow
// "the" in lower-cased text: "the united nations", "the coast guard".
var orgHeads = lex.Set("nations", "guard", "service", "times", "post", "journal", "news", "council", "committee",
	"commission", "bureau", "foundation", "institute", "association", "union", "federation", "party", "army",
	"navy", "church", "fund", "bank", "group", "network", "states", "kingdom", "republic", "cross", "crescent")

// longRun reads a speaker phrase frame[from:end] whose name words, from
// start, follow an article and other words: a body's name longer than a
// person's read whole after "the", a person named by the run's last two
// words, or (in lower-cased text) a description (described) and no name.
// It reports false when none of these reads the phrase, which phrase then
// reads as any other.
func longRun(frame []token, from, start, end int, cased bool) (speaker, bool) {
	var sp speaker
	if start-1 > from && frame[from].low == "the" && allNames(frame[from+1:start], cased) {
		// "the new south wales ambulance service says": the run of name
		// words after "the" is longer than a person's name. A body's
		// name is all of it.
		if end-from-1 <= orgNameMax && orgTails[frame[end-1].low] {
			first := from + 1
			for first < start && (orgEpithets[frame[first].low] || strings.HasSuffix(frame[first].low, "-based")) {
				first++ // "the main syrian opposition coalition", "the london-based ..."
			}
			sp.name = frame[first:end]
			return sp, true
		}
		if end-start >= 2 && lex.IsGivenName(frame[end-2].low) {
			// "the defiant lance armstrong", "the united nations nikki
			// haley": a person, named by the last two words.
			sp.name = frame[end-2 : end]
			return sp, true
		}
	}
	if !cased && described(frame, from, start, end) {
		// "the cat scratch disease fact sheet", "a widely followed
		// unofficial exchange rate": in lower-cased text the name words
		// after an article and describing words (no title, possessive or
		// body's name) run on past the most a name holds, so that they
		// are more of the description; so are three after an age ("the
		// 26-year-old garden tool shed"). Unless they end on a given name
		// and a surname ("the first feature mark zuckerberg" is Mark
		// Zuckerberg), or a word of the phrase may be a proper name
		// (properWords: "the pittsburgh steelers running back" is read
		// as before). Multi-News validation: 2 speakers change, both
		// better; train 1-38,000: 13 change, all better; no summary
		// sentence changes.
		if end-start >= 3 && (lex.IsGivenName(frame[end-2].low) && !lex.IsGivenName(frame[start].low) || stateEnds[frame[end-3].low]) {
			// "the united nations nikki haley": a body's name, then
			// the person.
			sp.name = frame[end-2 : end]
			if frame[end-3].low == "named" {
				sp.role = join(frame[from : end-3]) // "a reviewer named david weiss"
			}
			return sp, true
		}
		if (isName(frame[start-1], cased) || end-start == 3 && lex.HasDigit(frame[start-1].low) && !anyGiven(frame[start:end])) &&
			!properWords(frame[from+1:end]) {
			sp.role = join(frame[from:end])
			sp.name = nil
			return sp, true
		}
	}
	return speaker{}, false
}

// orgTails end the name of a body ("Milwaukee County Transit System",
// "Christ Church Preservation Trust") that phrase reads whole after "the"
// when it runs longer than a person's name. Before, such a name was cut
// to its last three words and the rest became a role ("Wales Ambulance
// Service, the New South"). Multi-News validation: 2 speakers change,
// both better; train 1-38,000: 27 change, all read: 25 better, 2 worse
// (a body's name after "employee" and a mosque's centre left out);
// summaries unchanged but for the letter case of 4 (the names raise
// "Christ Church", "Dakota Access"); TestAttributionAccuracy unchanged.
var orgTails = lex.Set("service", "services", "system", "trust", "committee", "committees", "council", "commission",
	"authority", "agency", "department", "ministry", "office", "bureau", "board", "foundation", "institute",
	"association", "society", "federation", "union", "coalition", "alliance", "league", "organization",
	"organisation", "corporation", "company", "pipeline", "laboratory", "center", "centre", "administration",
	"museum", "observatory", "party", "fund", "network", "group", "news", "times", "post", "journal", "herald",
	"tribune", "gazette", "telegraph", "chronicle", "examiner", "inquirer", "star", "globe", "register", "bulletin",
	"guard", "church", "police", "court", "hospital", "university", "college", "school", "library", "unit",
	"crescent", "cross", "programme", "program", "garden", "zoo", "park")

// orgEpithets are words that describe a body before its name ("the main
// opposition coalition", "the nonprofit death penalty information
// center"), left out of the name.
var orgEpithets = lex.Set("main", "latest", "nonprofit", "non-profit", "radical", "influential", "popular",
	"prestigious", "powerful", "respected", "controversial", "embattled", "troubled", "fringe")

// orgNameMax is the most words of a body's name that phrase reads whole.
const orgNameMax = 6

// allNames reports whether every token of toks may be part of a name
// (isName) and none is a title or description word ("a reviewer").
func allNames(toks []token, cased bool) bool {
	for _, t := range toks {
		if !isName(t, cased) || roles[t.low] || commons[t.low] {
			return false
		}
	}
	return true
}

// particles may stand inside a name in lower case ("Charles de Gaulle").
var particles = lex.Set("de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "la", "le", "al", "el", "bin", "ibn", "dos", "das", "y")

// isName reports whether t may be part of a person's or organisation's
// name: in cased text, a capitalised word that is no title or description
// word; in lower-cased text, any word that is none of those nor a
// stopword.
func isName(t token, cased bool) bool {
	if t.kind != word || t.flags&notNameWord != 0 {
		return false
	}
	if cased {
		return t.flags&(upperWord|particleWord) != 0
	}
	return t.flags&stopWord == 0 && len(t.low) > 1
}

// mojibake reports whether w holds the signs of UTF-8 text read as Latin-1
// ("Corruptionâ", "Â"): a word ending in "â", or holding "Â", "Ã" or "€".
func mojibake(w string) bool {
	return strings.HasSuffix(w, "â") || lex.ContainsAny(w, "Â€") || strings.Contains(w, "Ã")
}

// describes reports whether t may be part of a description of a speaker
// (a title, a determiner, an organisation's name before a title).
func describes(t token, cased bool) bool {
	if t.kind != word || stopName[t.low] && !determiners[t.low] && t.low != "of" {
		return false
	}
	return roles[t.low] || commons[t.low] || determiners[t.low] || honorifics[t.low] != "" || t.low == "of" ||
		strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s") || cased && t.upper() || !cased && !lex.IsStopword(t.low)
}

// phrase reads the speaker phrase frame[from:to] (a title or description,
// then a name): "Secretary of State Rex Tillerson", "police chief John
// Smith", "the mayor", "Smith".
func phrase(frame []token, from, to int, cased bool) speaker {
	var sp speaker
	if from >= to {
		return sp
	}
	// The name is the last run of name words, at most three, or four with
	// an initial or particle.
	end := to
	start := end
	// An organisation's name may end in a capitalised common word
	// ("Caldera Geological Survey").
	if cased && to-from >= 2 && frame[to-1].upper() && (roles[frame[to-1].low] || commons[frame[to-1].low]) && isName(frame[to-2], cased) {
		start--
	}
	for start > from && isName(frame[start-1], cased) && end-start < 4 {
		start--
	}
	if end-start == 4 && !hasInitial(frame[start:end]) {
		start++
	}
	// "Baker of Rutgers", "the Red Crescent of the Caldera Federation":
	// the name stands before "of".
	of := start - 1
	if of > from && determiners[frame[of].low] {
		of--
	}
	if of-1 >= from && frame[of].low == "of" && isName(frame[of-1], cased) {
		org := of
		end = of
		start = end
		for start > from && isName(frame[start-1], cased) && end-start < 3 {
			start--
		}
		sp.name = frame[start:end]
		if org+1 < to && frame[org+1].low == "the" {
			// "the Red Crescent of the Caldera Federation": one name,
			// keyed by its head.
			sp.of = frame[org:to]
			return sp
		}
		sp.role = join(frame[org:to])
		return sp
	}
	if start < end {
		sp.name = frame[start:end]
	}
	if long, ok := longRun(frame, from, start, end, cased); ok {
		return long
	}
	// "Several residents of Harlow Creek", "a spokesman for Acme": the
	// name is the object of a preposition inside a description, not the
	// speaker.
	if start > from && start < end && objectOf[frame[start-1].low] {
		sp.role = join(frame[from:end])
		sp.name = nil
		return sp
	}
	if !cased && start > from && start < end && determiners[frame[start-1].low] && !orgHeads[frame[end-1].low] {
		// "the tech giant said", "an art dealer said": in lower-cased
		// text a name after a determiner is a description, unless it
		// ends as a body's name does ("the united nations said").
		sp.role = join(frame[from:end])
		sp.name = nil
		return sp
	}
	if start > from && !(start-1 == from && determiners[frame[from].low]) {
		if h := honorifics[frame[start-1].low]; h != "" && start-1 == from {
			sp.honor = h
		} else {
			sp.role = join(frame[from:start])
			if h := honorifics[frame[start-1].low]; h != "" {
				sp.honor = h
				sp.role = join(frame[from : start-1])
			}
		}
	}
	return sp
}

// named reads the speaker in frame[j:to] of the verb of speech at v, as
// phrase does, but splits "Terry Hurford of NASA's Goddard Space Flight
// Center" into the name right after the verb and its affiliation as the
// role (not "Bank of America chief executive Brian Moynihan", where a
// title after "of" leads to the speaker's name), and takes the role from
// an apposition after a comma ("said Ann Clywd, the chair of …") when
// there is one.
func named(frame []token, j, to, v int, cased bool) speaker {
	sp := phrase(frame, j, to, cased)
	for o := j + 1; o < to && o-j <= 3; o++ {
		if frame[o].low != "of" {
			if !isName(frame[o], cased) {
				break
			}
			continue
		}
		k := to
		for k > o+1 && isName(frame[k-1], cased) {
			k--
		}
		title := k < to && roles[frame[k-1].low]
		if isName(frame[j], cased) && o+1 < to && !title {
			sp = speaker{name: frame[j:o], role: join(frame[o:to])}
		}
		break
	}
	if to+1 < len(frame) && frame[to].kind == comma {
		k := to + 1
		for k < len(frame) && k-to < 16 && (frame[k].kind == word || frame[k].kind == dash && frame[k].text != "-" && frame[k].text != "—") {
			k++
		}
		if r := appositive(frame[to+1 : k]); r != "" {
			sp.role = r
		}
	}
	sp.verb = v
	return sp
}

func hasInitial(toks []token) bool {
	for _, t := range toks {
		if len(t.low) == 1 || particles[t.low] {
			return true
		}
	}
	return false
}

// join returns the words of toks as written, single-spaced, with no space
// before punctuation.
func join(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.start > toks[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return strings.TrimSpace(b.String())
}

// before reads the speaker phrase that ends right before frame[v]: "the
// mayor said", "Smith, a spokesman for X, said", "he said".
func before(frame []token, v int, cased bool) speaker {
	j := v - 1
	for j >= 0 && frame[j].kind == word && (adverbs[frame[j].low] || strings.HasSuffix(frame[j].low, "ly") && len(frame[j].low) > 4 && !frame[j].upper()) {
		j--
	}
	if j < 0 {
		return speaker{}
	}
	if j > 1 && (frame[j-1].low == "and" || frame[j-1].low == "or") && frame[j].kind == word && (isName(frame[j-2], cased) || roles[frame[j-2].low] || commons[frame[j-2].low]) {
		return speaker{} // "Blair and Chirac said", "its publisher and booksellers said": no one speaker
	}
	if p, ok := pronouns[frame[j].low]; ok && frame[j].kind == word {
		return speaker{pronoun: p, verb: v, at: j}
	}
	var role string
	if frame[j].kind == comma {
		// An apposition: NAME, ROLE, said.
		k := j - 1
		for k >= 0 && j-k < 16 && (frame[k].kind == word || frame[k].kind == dash && frame[k].text != "-" && frame[k].text != "—") {
			k--
		}
		if k < 0 || frame[k].kind != comma || k == j-1 {
			return speaker{}
		}
		app := frame[k+1 : j]
		role = appositive(app)
		if role == "" && !(len(app) == 1 && lex.HasDigit(app[0].low)) {
			// Not a role nor an age: a phrase ("attending the summit in
			// Porto, Portugal,") whose end says nothing of the speaker.
			return speaker{}
		}
		j = k - 1
		if j < 0 {
			return speaker{}
		}
	}
	if frame[j].kind != word {
		return speaker{}
	}
	from := j + 1
	for from > 0 && j+1-from < 8 && (isName(frame[from-1], cased) || describes(frame[from-1], cased)) {
		from--
		// "The Red Crescent of the Caldera Federation": a determiner
		// after "of" stays inside the phrase.
		if determiners[frame[from].low] && !(from >= 2 && frame[from-1].low == "of" && isName(frame[from-2], cased)) {
			break
		}
	}
	sp := phrase(frame, from, j+1, cased)
	if from > 0 && objectOf[frame[from-1].low] && frame[from-1].low != "by" && len(sp.name) > 0 {
		// "A spokesman for Vik Water said": the name is the object of
		// a preposition, the speaker stands before it.
		sp.name = nil
		if sp.role == "" {
			sp.role = join(frame[from : j+1])
		}
	}
	if role != "" {
		sp.role = role
	}
	sp.verb, sp.at = v, from
	return sp
}

// after reads the speaker phrase that follows frame[v]: "said Smith",
// "said the mayor", "said Smith, the mayor of X".
func after(frame []token, v int, cased bool) speaker {
	j := v + 1
	if j >= len(frame) || frame[j].kind != word {
		return speaker{}
	}
	if p, ok := pronouns[frame[j].low]; ok {
		return speaker{pronoun: p, verb: v}
	}
	to := j
	for to < len(frame) && to-j < 8 && (isName(frame[to], cased) || describes(frame[to], cased) && !stopName[frame[to].low] || frame[to].low == "of" && to > j) {
		if to > j && determiners[frame[to].low] && frame[to-1].low != "of" {
			break // "said Luciano Dias a Brasilia-based consultant"
		}
		to++
	}
	return named(frame, j, to, v, cased)
}

// appositive returns toks as a role when they read as one: they open with
// a determiner, a title or a possessive ("the mayor of X", "a spokesman
// for Y", "Acme's chief"), not a relative clause ("who said").
func appositive(toks []token) string {
	if len(toks) == 0 || len(toks) > 14 {
		return ""
	}
	w := toks[0].low
	if w == "who" || w == "which" || w == "whose" || w == "where" || w == "when" || w == "according" || pronouns[w] != "" {
		return ""
	}
	// "a lobbyist for the sheriffs who often worked with him": the role
	// ends before a relative clause.
	for i, t := range toks {
		if i > 0 && (t.low == "who" || t.low == "whose" || t.low == "which" || t.low == "where") {
			toks = toks[:i]
			break
		}
	}
	if w == "the" || w == "a" || w == "an" {
		return join(toks)
	}
	for _, t := range toks {
		if roles[t.low] {
			return join(toks)
		}
	}
	return ""
}

// according reads "according to X" at frame[v].
func according(frame []token, v int, cased bool) speaker {
	j := v + 2
	if j >= len(frame) || frame[v+1].low != "to" {
		return speaker{}
	}
	if p, ok := pronouns[frame[j].low]; ok {
		return speaker{pronoun: p, verb: v}
	}
	to := j
	for to < len(frame) && to-j < 8 && frame[to].kind == word && (isName(frame[to], cased) || describes(frame[to], cased) || frame[to].low == "of" || frame[to].low == "for") {
		to++
	}
	return named(frame, j, to, v, cased)
}

// described reports whether the lower-cased speaker phrase frame[from:end],
// whose name words run from start, is an article, then describing words
// that are no title, honorific, initial or possessive, then the name
// words: "the popular gay hookup app grindr", "the 26-year-old runway
// regular". A name ending as a body's does ("the 1st marine
// expeditionary force") is not.
func described(frame []token, from, start, end int) bool {
	if start-1 <= from || start >= end || !articles[frame[from].low] || orgHeads[frame[end-1].low] ||
		orgTails[frame[end-1].low] || bodyEnds[frame[end-1].low] {
		return false
	}
	for _, t := range frame[from+1 : end] {
		if t.kind != word || len(strings.TrimSuffix(t.low, ".")) <= 1 || strings.HasSuffix(t.low, ".") {
			return false // "A. C. Gallo"
		}
	}
	for _, t := range frame[from+1 : start] {
		if roles[t.low] || honorifics[t.low] != "" || strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s") {
			return false
		}
	}
	return true
}

// articles open a description that described reads.
var articles = lex.Set("the", "a", "an")

// bodyEnds are further last words of a body's name that described keeps
// ("the 1st marine expeditionary force").
var bodyEnds = lex.Set("force", "forces", "corps", "band", "team", "club")

// stateEnds end the name of a state or of the United Nations, before a
// person's name ("the united nations nikki haley").
var stateEnds = lex.Set("nations", "states", "kingdom", "republic")

// properWords reports whether a word of the lower-cased phrase toks may
// be part of a proper name, by the truecase model: one it does not hold as
// a lower-case word (save a figure, "26-year-old"), or one it writes with
// a capital ("the pittsburgh steelers running back", "the online site
// tmz", "the oaks bottom wildlife refuge"), or a link word of a body's name
// ("reporters without borders"). The summarizer takes the names of the
// voices shown as evidence of case, so such a phrase is left as it was
// read.
func properWords(toks []token) bool {
	m := truecase.Default()
	for _, t := range toks {
		if nameLinks[t.low] {
			return true
		}
		if lex.HasDigit(t.low) {
			continue
		}
		if known, capital := m.Known(t.low); capital || !known {
			return true
		}
	}
	return false
}

// nameLinks are the words that link the words of a body's name
// ("Reporters Without Borders", "Oceans Beyond Piracy").
var nameLinks = lex.Set("without", "beyond", "within", "behind", "across", "against", "upon")

// anyGiven reports whether a token of toks is a listed given name.
func anyGiven(toks []token) bool {
	for _, t := range toks {
		if lex.IsGivenName(t.low) {
			return true
		}
	}
	return false
}
