package dispute

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file names who makes a denial: the speaker package voices
// credits, or the subject before the verb of denial.

// denier returns who makes the denial at verb v: the speaker package
// voices credits, else the subject before the verb when it names someone
// ("Today, Cain denied", "The ferry company denied", "Mr. Caporella, a
// chief executive, and the company have denied"), as the sentence spells
// it, or "" when no speaker can be named ("However, he denied"). raw is
// the name as read before speakerName cleans it ("However"): "" for a
// pronoun subject with no speaker credited ("He denied it"), a verb that
// ends its clause, or no subject at all, when the sentence denies
// nothing of anyone. The pairing rules and the confidence model read raw
// (the model was fitted on it); the reader is shown who.
func denier(s sentence, v int) (who, raw string) {
	if raw := s.rawSpeaker(); raw != "" {
		if who, subj := subjectOf(s, v); who != "" && subj != "" && otherPerson(raw, who) && nameLike(who) {
			// The denial's own subject names someone else than the
			// attribution, who shares at most a surname with them
			// ("Piet Marlo vehemently denied ..." credited to "Anke
			// Marlo" by the paragraph's speaker): the subject denies.
			return who, subj
		}
		if !inSentence(s, raw) {
			// A name the attribution carried from elsewhere, none of
			// whose words the denial uses ("Jail Records" for "Tom Hale
			// denied ..."): the denial's own subject, when it names
			// someone.
			if who, subj := subjectOf(s, v); who != "" {
				return who, subj
			}
		}
		if who := speakerName(s, raw); who != "" {
			return who, raw
		}
		// A word the attribution took for a name ("Always" of "Ghomeshi
		// has always denied"): the denial's own subject, when it names
		// someone.
		who, subj := subjectOf(s, v)
		if who != "" && subj != "" {
			return who, subj
		}
		return who, raw
	}
	return subjectOf(s, v)
}

// otherPerson reports whether names a and b name two people: each has a
// word of more than two letters the other lacks ("Anke Marlo" and
// "Piet Marlo"), not one name inside the other ("Trump" and
// "President Trump").
func otherPerson(a, b string) bool {
	fa, fb := lex.SpaceFields(lex.Lower(a)), lex.SpaceFields(lex.Lower(b))
	extra := func(x, y []string) bool {
		for _, w := range x {
			if len(w) > 2 && !slices.Contains(y, w) {
				return true
			}
		}
		return false
	}
	return extra(fa, fb) && extra(fb, fa)
}

// nameLike reports whether who reads as a name of at most four words:
// no clause ("Brask has acknowledged the error") and no
// adverb ("Varek first").
func nameLike(who string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(who))
	if len(f) > 4 || !plausibleName(who) {
		return false
	}
	for _, w := range f {
		if adverbs[w] || connectives[w] || notName[w] {
			return false
		}
	}
	return true
}

// notName are words of a denial's subject that are no part of a name:
// time adverbs and auxiliaries the adverbs list lacks ("Varek first
// denied").
var notName = lex.Set("first", "then", "initially", "again", "now", "once", "is", "was", "were", "are", "had")

// subjectOf returns the subject before the denial verb v as a speaker
// name (speakerName), or "" when it names no one, and as read before
// cleaning: raw is "" for a pronoun, a clause of more than six words or
// no subject.
func subjectOf(s sentence, v int) (who, raw string) {
	if v+1 < len(s.orig) && s.orig[v+1] == "," || strings.HasSuffix(strings.TrimSpace(origAt(s, v)), ":") {
		return "", "" // "the passage she disputes:": no denial of a claim
	}
	// The clauses before the verb, split at commas: [from, to) of each.
	var segs [][2]int
	start := 0
	for i := 0; i <= v; i++ {
		if i == v || s.words[i] == "," {
			segs = append(segs, [2]int{start, i})
			start = i + 1
		}
	}
	head := segs[0]
	from, to := segs[len(segs)-1][0], segs[len(segs)-1][1]
	if from == to && len(segs) >= 2 {
		from, to = head[0], head[1] // "The lawyer, Natalia Veselnitskaya, denies"
	}
	for to > from && adverbs[s.words[to-1]] {
		to--
	}
	// "on Tuesday" between subject and verb.
	if to > from && weekdays[s.words[to-1]] {
		to--
		if to > from && (s.words[to-1] == "on" || s.words[to-1] == "last") {
			to--
		}
	}
	if to-from > 1 && s.words[from] == "but" {
		from++
	}
	if (to-from == 0 || prepositions[s.words[from]] || to-from > 6 || isNumber(s.words[from])) && len(segs) >= 2 &&
		head[1] > head[0] && head[1]-head[0] <= 6 && !prepositions[s.words[head[0]]] && !connectives[s.words[head[0]]] &&
		!subordinators[s.words[head[0]]] {
		// "Ana Ruiz, in an interview on Sunday, vehemently denied", "Ana
		// Ruiz, 41, denied", "Ruiz, the director of films such as ...,
		// denied": the subject is the first clause.
		from, to = head[0], head[1]
	}
	if to-from == 0 {
		return "", ""
	}
	name := s.orig[from:to]
	if s.words[from] == "and" && len(segs) >= 2 && head[1] > head[0] {
		// "X, a ..., and Y": X and Y.
		name = append(append([]string{}, s.orig[head[0]:head[1]]...), name...)
	}
	if len(name) > 6 && len(segs) == 1 {
		if f, t, ok := chainSubject(s.words[from:to]); ok {
			// "Then today Speaker Hale spoke to the mayor and volubly
			// denied ...": the subject of the chain's first verb.
			name = s.orig[from+f : from+t]
			return speakerName(s, strings.Join(name, " ")), lex.UpperFirst(strings.Join(name, " "))
		}
	}
	if s.words[from] == "who" {
		// "Lena Voss, 41, who has denied the charges, ...": the name the
		// relative clause hangs on denies (relativeSubject).
		if f, t, ok := relativeSubject(s.words, segs); ok {
			name := strings.Join(s.orig[f:t], " ")
			return speakerName(s, name), lex.UpperFirst(name)
		}
		return "", ""
	}
	if pronouns[lex.Lower(name[0])] || len(name) > 6 && !(len(name) <= 9 && agentOf(s.words[from:to])) {
		return "", ""
	}
	return subjectName(s, segs), lex.UpperFirst(strings.Join(name, " "))
}

// chainVerbs open the first clause of a verb chain whose second verb is
// a denial ("Hale spoke to the mayor and denied ..."): what the subject
// did before denying, in the past tense.
var chainVerbs = lex.Set("spoke", "met", "called", "phoned", "telephoned", "appeared", "went", "came", "took",
	"stepped", "wrote", "posted", "issued", "released", "responded", "replied", "returned", "addressed",
	"testified", "broke", "hit")

// chainLead are the time words that may open a sentence before its
// subject without a comma ("Then today Hale spoke ...").
var chainLead = lex.Set("then", "today", "yesterday", "tonight", "later", "earlier", "now")

// chainSubject returns the subject [f, t) of a clause ws, the words
// before a verb of denial, that is a verb chain ending in "and" and
// adverbs: "then today speaker hale spoke to the mayor and volubly"
// gives "speaker hale". The subject is what comes between the leading
// time words and a verb of chainVerbs, two to four words with no
// pronoun, preposition, connective, number or article save a first
// "the"; the clause holds no
// other "and" and no word that opens a subordinate clause.
func chainSubject(ws []string) (f, t int, ok bool) {
	end := len(ws)
	for end > 0 && (adverbs[ws[end-1]] || lyAdverb(ws[end-1])) {
		end--
	}
	if end == 0 || ws[end-1] != "and" {
		return 0, 0, false
	}
	for f < end && chainLead[ws[f]] {
		f++
	}
	t = f
	for t < end-1 && !chainVerbs[ws[t]] {
		t++
	}
	if t-f < 2 || t-f > 4 || !chainVerbs[ws[t]] {
		return 0, 0, false
	}
	for i, w := range ws[f:t] {
		if i == 0 && w == "the" {
			continue // "the harbour master met ..."
		}
		if pronouns[w] || possessives[w] || prepositions[w] || connectives[w] || subordinators[w] || notName[w] ||
			isNumber(w) || w == "and" || w == "the" || w == "a" || w == "an" {
			return 0, 0, false
		}
	}
	for _, w := range ws[t : end-1] {
		if w == "and" || w == "who" || w == "which" || w == "that" || subordinators[w] || pronouns[w] {
			return 0, 0, false
		}
	}
	return f, t, true
}

// subjectName returns the speaker the clauses segs before a denial verb
// name: the clause just before the verb, past the connectives and
// adverbs that open or close it ("However, the agency denied", "the
// agency, however, denied", "X again denied"); when that clause is no
// subject ("In a post on its website, the agency denied"), the first
// clause that is one ("The agency, its spokesman, in a post, denied").
// "" when no clause names a speaker.
func subjectName(s sentence, segs [][2]int) string {
	trim := func(seg [2]int) (int, int) {
		from, to := seg[0], seg[1]
		for to > from && (adverbs[s.words[to-1]] || connectives[s.words[to-1]] || weekdays[s.words[to-1]] ||
			(s.words[to-1] == "on" || s.words[to-1] == "last") && to < seg[1] && weekdays[s.words[to]]) {
			to--
		}
		for to > from && (connectives[s.words[from]] || subordinators[s.words[from]]) {
			from++
		}
		return from, to
	}
	pick := func(seg [2]int) string {
		from, to := trim(seg)
		if to == from || prepositions[s.words[from]] || isNumber(s.words[from]) && to-from == 1 {
			return "" // "In a statement", "41"
		}
		return speakerName(s, strings.Join(s.orig[from:to], " "))
	}
	last := segs[len(segs)-1]
	if from, to := last[0], last[1]; to > from && s.words[from] == "and" && len(segs) >= 2 {
		// "X, a ..., and Y": X and Y.
		if x, y := pick(segs[0]), pick(last); x != "" && y != "" {
			return x + " and " + lowerArticle(y)
		}
	}
	if from, to := trim(last); to > from {
		if who := pick(last); who != "" || len(segs) == 1 {
			return who
		}
	}
	for _, seg := range segs[:len(segs)-1] {
		if who := pick(seg); who != "" {
			return who
		}
	}
	return ""
}

// speakerName returns name as the speaker of sentence s, or "" when it
// reads as no speaker: a connective or a sentence adverb ("However",
// "Again"), a phrase led by a preposition ("In a twitter post",
// "According to police"), a record or a document ("Jail Records", "court
// papers"), a pronoun, or a word the sentence uses as the object of a
// preposition or inside what is reported ("the employee in charge of",
// "denied that rebel fighters were there"); "according to" a person
// names its source. A leading connective is cut
// ("Still the company" is "The company").
func speakerName(s sentence, name string) string {
	f := lex.SpaceFields(name)
	for len(f) > 0 && (connectives[lex.Lower(f[0])] || subordinators[lex.Lower(f[0])]) {
		f = f[1:]
	}
	for len(f) > 1 && mannerAdverb(lex.Lower(f[len(f)-1])) {
		f = f[:len(f)-1] // "Bobby Jindal forcefully"
	}
	if len(f) == 0 || len(f) > 8 {
		return ""
	}
	low := make([]string, len(f))
	for i, w := range f {
		low[i] = strings.Trim(lex.Lower(w), ".,'’")
	}
	for i := 0; i+len(low) <= len(s.words); i++ {
		if !slices.Equal(s.words[i:i+len(low)], low) {
			continue
		}
		if i > 1 && s.words[i-2] == "according" && s.words[i-1] == "to" {
			break // "according to Ana Ruiz": the source, unless a record
		}
		if (i == 1 && ofLike[low[0]] || i == 2 && ofLike[s.words[1]]) &&
			!prepositions[s.words[0]] && !connectives[s.words[0]] && !records[s.words[0]] && !pronouns[s.words[0]] &&
			!possessives[s.words[0]] {
			// The name cut from the subject that opens the sentence
			// ("Doctors without borders said"): the whole subject.
			f, low = s.orig[:i+len(low)], s.words[:i+len(low)]
			break
		}
		if i > 0 && (prepositions[s.words[i-1]] || s.words[i-1] == "no" || s.words[i-1] == "that") {
			return "" // "in charge", "no rebel fighters", "denied that rebel fighters ..."
		}
		if i > 0 && len(low) == 1 && nameWord(s.words[i-1]) && !strings.HasSuffix(s.words[i-1], "'s") && !strings.HasSuffix(s.words[i-1], "’s") {
			// "Air" cut from "Korean Air": the name's word before it.
			f, low = s.orig[i-1:i+1], s.words[i-1:i+1]
			break
		}
		if i > 0 && len(low) == 1 && (strings.HasSuffix(s.words[i-1], "'s") || strings.HasSuffix(s.words[i-1], "’s")) {
			// "Trump's camp": the camp is whose the possessive says.
			from := i - 1
			if from > 0 && (s.words[from-1] == "the" || s.words[from-1] == "a") {
				from-- // "the mayor's camp"
			}
			f, low = s.orig[from:i+1], s.words[from:i+1]
		}
		break
	}
	if prepositions[low[0]] || pronouns[low[0]] || possessives[low[0]] && len(low) == 1 {
		return ""
	}
	if records[low[len(low)-1]] || len(low) == 1 && (connectives[low[0]] || adverbs[low[0]]) {
		return ""
	}
	return lex.UpperFirst(strings.Join(f, " "))
}

// nameWord reports whether w, the word before a one-word name, can be a
// word of the same name ("Korean" of "Korean Air"): not a function word,
// a connective, a verb of speech, a figure or a weekday.
func nameWord(w string) bool {
	if len(w) < 3 || lex.IsStopword(w) || connectives[w] || subordinators[w] || prepositions[w] || pronouns[w] ||
		possessives[w] || adverbs[w] || weekdays[w] || speechVerbs[w] || claimVerbs[w] || isNumber(w) || w == "," {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// shownName returns name as a reader is shown it, or "" when it is no
// name or noun phrase but a piece of a clause: a verb or an auxiliary
// ("... wouldn't comment", "... correctly note that he"), a pronoun
// inside it, an adverb ending it ("The court eventually", cut), a verb
// before a name ("Learns Amy Chua"), or a word of a count ("Dead").
// Blind readers flagged all of these (packet 6).
func shownName(name string) string {
	f := lex.SpaceFields(name)
	for len(f) > 1 && (lyAdverb(f[len(f)-1]) || discourse[lex.Lower(f[len(f)-1])]) {
		f = f[:len(f)-1] // "The defendant further"
	}
	if len(f) > 0 && (discourse[lex.Lower(f[0])] || documents[lex.Lower(f[len(f)-1])]) {
		return "" // "However", "Jail Records": no one who speaks
	}
	if len(f) > 1 && lyAdverb(lex.Lower(f[0])) {
		return "" // "Allegedly Met Cosby": a clause cut before a name
	}
	if len(f) == 0 {
		return ""
	}
	for _, w := range f {
		l := strings.Trim(lex.Lower(w), ".,;:'’\"")
		if clauseWords[l] || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t") || lyAdverb(l) && l == w {
			return ""
		}
	}
	if len(f) == 1 {
		if _, ok := counts[lex.Lower(f[0])]; ok {
			return ""
		}
	}
	f = dropLabel(f)
	if first := lex.Lower(f[0]); len(f) >= 3 && len(first) > 4 && strings.HasSuffix(first, "s") &&
		!strings.HasSuffix(first, "ss") && !strings.HasSuffix(first, "us") && !strings.HasSuffix(first, "'s") &&
		!strings.HasSuffix(first, "’s") && upperAll(f[1:]) {
		return "" // "Learns Amy Chua": a verb before a name
	}
	return strings.Join(f, " ")
}

// discourse are adverbs and conjunctions a subject cut from a clause can
// hold ("However, the spokesman denied ..." read as "However").
var discourse = lex.Set("however", "meanwhile", "again", "also", "still", "instead", "moreover", "furthermore",
	"nevertheless", "nonetheless", "further", "too", "then", "later", "earlier", "but", "and", "yet", "so", "thus",
	"previously", "since", "now")

// documents speak for no one ("Jail records show ..."): no speaker.
var documents = lex.Set("records", "record", "documents", "filings", "filing", "data", "files", "papers", "transcripts")

// dropLabel returns the words of a name past a job or a place the
// sources write before it ("Home affairs correspondent Tony Blair",
// "Coordinator Jerry Sandusky", "California Cosby"; packet 9) or an age
// ("The 65-year-old Fine"), and "The'Star Trek" spaced as "The Star
// Trek".
func dropLabel(f []string) []string {
	for i := len(f) - 2; i >= 0; i-- {
		l := lex.Lower(f[i])
		if !labelWords[l] && !(usStates[l] && i == 0) {
			continue
		}
		rest := f[i+1:]
		if len(rest) >= 2 || len(rest) == 1 && usStates[l] && upperAll(rest) && !placeNouns[lex.Lower(rest[0])] {
			out := slices.Clone(rest)
			out[0] = lex.UpperFirst(out[0])
			return out
		}
		break
	}
	if len(f) >= 3 && (f[0] == "The" || f[0] == "the") && strings.HasSuffix(lex.Lower(f[1]), "-year-old") {
		out := slices.Clone(f[2:]) // "The 65-year-old fine": an age before a surname
		if len(out) > 1 && !upperAll(out) {
			return append([]string{f[0]}, out...) // "The former coach"
		}
		out[0] = lex.UpperFirst(out[0])
		return out
	}
	if t, rest, ok := strings.Cut(f[0], "'"); ok && (t == "The" || t == "the") && rest != "" {
		out := append([]string{t, rest}, f[1:]...)
		for i := range out {
			out[i] = strings.Trim(out[i], "'")
		}
		return slices.DeleteFunc(out, func(w string) bool { return w == "" })
	}
	return f
}

// labelWords are jobs a source writes before a name without a comma: the
// name is who speaks.
var labelWords = lex.Set("correspondent", "reporter", "editor", "columnist", "anchor", "coordinator", "writer",
	"photographer", "analyst", "commentator", "producer")

// placeNouns after a state's name make one name ("Washington Post",
// "Georgia Democrats").
var placeNouns = lex.Set("post", "times", "democrats", "republicans", "senate", "house", "police", "university",
	"daily", "herald", "tribune", "journal", "news", "state", "governor", "officials", "authorities", "legislature")

// usStates name a place a lower-cased page may run into a one-word name.
var usStates = lex.Set("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
	"ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
	"wisconsin", "wyoming")

// clauseWords are pronouns, auxiliaries and verbs: a label that holds
// one is a clause, not a name.
var clauseWords = lex.Set("he", "she", "they", "it", "we", "i", "you", "him", "them", "who", "which", "that",
	"would", "could", "should", "did", "does", "is", "was", "are", "were",
	"note", "notes", "noted", "comment", "comments", "said", "says", "say", "told", "tells", "declined", "declines",
	"refused", "learns", "learned", "added", "wrote", "writes", "argue", "argues", "argued", "insist", "insists",
	"claim", "claims", "deny", "denies", "denied", "when", "if", "whether", "because")

// lyAdverb reports an adverb ending in -ly ("eventually", "correctly"),
// not a name or noun that ends so ("Kelly", "family", "Italy").
func lyAdverb(w string) bool {
	l := lex.Lower(w)
	if !strings.HasSuffix(l, "ly") || len(l) < 6 || l != w {
		return false
	}
	switch l {
	case "family", "assembly", "italy", "daily", "weekly", "monthly", "quarterly", "ally", "rally", "supply":
		return false
	}
	return true
}

// upperAll reports whether every word of f opens with a capital letter.
func upperAll(f []string) bool {
	for _, w := range f {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// mannerAdverb reports an adverb of manner that ends a subject cut
// before its verb ("Hall's rep vociferously"): no part of a name.
func mannerAdverb(w string) bool {
	if adverbs[w] {
		return true
	}
	for _, suf := range []string{"ously", "fully", "ently", "antly", "ately", "ively", "ically", "edly"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// ofLike join a name's words ("Doctors without borders", "Friends of
// the Earth").
var ofLike = map[string]bool{"of": true, "without": true, "for": true}

// connectives open or close a clause and name no one ("However, ...",
// "..., again, denied").
var connectives = map[string]bool{"however": true, "again": true, "meanwhile": true, "still": true, "instead": true,
	"also": true, "yet": true, "but": true, "and": true, "so": true, "then": true, "now": true, "moreover": true,
	"furthermore": true, "nevertheless": true, "nonetheless": true, "indeed": true, "separately": true,
	"today": true, "yesterday": true, "tonight": true, "earlier": true, "thus": true, "therefore": true,
	"otherwise": true, "likewise": true, "similarly": true, "meantime": true, "finally": true, "ultimately": true,
	"subsequently": true, "already": true, "once": true, "too": true, "even": true, "though": true}

// subordinators open a clause whose subject follows them ("While the
// company denied ...").
var subordinators = map[string]bool{"while": true, "whereas": true, "although": true, "though": true, "when": true,
	"because": true, "as": true}

// prepositions open a phrase that names no speaker ("In a statement",
// "on Twitter", "according to jail records", "despite ...").
var prepositions = map[string]bool{"in": true, "on": true, "at": true, "according": true, "despite": true,
	"after": true, "before": true, "during": true, "for": true, "from": true, "with": true, "by": true,
	"under": true, "amid": true, "through": true, "of": true, "to": true, "into": true, "about": true,
	"via": true, "without": true, "since": true, "following": true, "over": true, "against": true}

// possessives alone are no speaker ("His", "Their").
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"your": true}

// records name a document or a post: what it says is no one's speech
// ("according to jail records", "court papers").
var records = map[string]bool{"record": true, "records": true, "document": true, "documents": true, "papers": true,
	"post": true, "posts": true, "tweet": true, "tweets": true, "statement": true, "statements": true,
	"filing": true, "filings": true, "report": true, "reports": true, "release": true, "letter": true,
	"email": true, "e-mail": true, "complaint": true, "indictment": true, "affidavit": true, "lawsuit": true,
	"memo": true, "transcript": true, "transcripts": true, "footage": true, "video": true, "data": true,
	"website": true, "documentation": true, "files": true, "logs": true, "minutes": true, "charge": true, "charges": true,
	"finding": true, "findings": true, "study": true, "studies": true, "autopsy": true, "results": true, "analysis": true,
	"evidence": true, "photos": true, "images": true}

// origAt returns the raw field of the sentence text that holds word i, or
// "" when the text does not line up with its words.
func origAt(s sentence, i int) string {
	n := 0
	for _, f := range lex.SpaceFieldsShared(s.text) {
		if strings.Trim(f, ".,;:!?\"'“”‘’()[]") == "" {
			continue
		}
		if n == i-commasBefore(s.words, i) {
			return f
		}
		n++
	}
	return ""
}

// commasBefore counts the "," words before word i.
func commasBefore(ws []string, i int) int {
	n := 0
	for _, w := range ws[:i] {
		if w == "," {
			n++
		}
	}
	return n
}

// weekdays name a day a denial was made on.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "week": true}

// adverbs come between a subject and its verb of denial.
var adverbs = map[string]bool{"have": true, "has": true, "had": true, "also": true, "strongly": true, "flatly": true,
	"vehemently": true, "repeatedly": true, "firmly": true, "categorically": true, "publicly": true, "later": true,
	"quickly": true, "swiftly": true, "previously": true, "since": true, "immediately": true, "emphatically": true,
	"always": true, "consistently": true, "forcefully": true, "vociferously": true, "vigorously": true,
	"adamantly": true, "steadfastly": true, "angrily": true, "furiously": true, "strenuously": true, "roundly": true,
	"sharply": true, "openly": true, "personally": true, "initially": true, "officially": true, "long": true,
	"subsequently": true, "reportedly": true}

// pronouns cannot be shown as a speaker.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"this": true, "that": true, "who": true, "which": true, "both": true, "but": true, "and": true}

// pronounLed reports a sentence that opens with a pronoun and names no
// speaker: it does not stand alone beside another claim.
func pronounLed(c sentence) bool {
	return len(c.words) > 0 && pronouns[c.words[0]] && c.speakerOf() == ""
}

// sameSpeaker reports whether two speaker names share a word of a name
// ("Christopher Wray", "FBI director Christopher A. Wray").
func sameSpeaker(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	for _, w := range lex.SpaceFieldsShared(lex.Lower(a)) {
		if len(w) > 2 && slices.Contains(lex.SpaceFieldsShared(lex.Lower(b)), w) {
			return true
		}
	}
	return false
}

// lowerArticle lower-cases a leading article for use inside a phrase
// ("denied by the ferry company").
func lowerArticle(name string) string {
	for _, a := range []string{"The ", "A ", "An "} {
		if rest, ok := strings.CutPrefix(name, a); ok {
			return lex.Lower(a) + rest
		}
	}
	return name
}

// casedName writes the person a speaker of lower-cased text names as
// people write names: a listed given name and the surname after it
// ("Norfolk mayor paul fraim" → "Norfolk mayor Paul Fraim"), and a
// surname after a courtesy title ("Mr adams" → "Mr Adams"). Other words
// are left as they are: "the show's host" is no name.
func casedName(who string) string {
	f := lex.SpaceFields(who)
	surname := func(w string) bool {
		l := lex.Lower(w)
		return len(l) > 1 && !lex.IsStopword(l) && !roleNouns[l] && !lex.ContainsAny(l, "'’.,0123456789")
	}
	if len(f) >= 2 && len(f) <= 4 && honours[lex.Lower(f[0])] {
		// "sir ian marsh": a title and the name it is given with.
		for i, w := range f {
			if i == 0 || surname(w) {
				f[i] = lex.TitleWord(w, "-")
			}
		}
		return strings.Join(f, " ")
	}
	for i := 0; i+1 < len(f); i++ {
		l := lex.Lower(f[i])
		if courtesy[strings.TrimSuffix(l, ".")] && surname(f[i+1]) {
			f[i+1] = lex.TitleWord(f[i+1], "-")
			continue
		}
		if lex.IsGivenName(l) && surname(f[i+1]) {
			f[i] = lex.TitleWord(f[i], "-")
			f[i+1] = lex.TitleWord(f[i+1], "-")
		}
	}
	return strings.Join(f, " ")
}

// courtesy titles come before a surname.
var courtesy = lex.Set("mr", "mrs", "ms", "dr", "miss")

// honours come before a given name and a surname ("Sir Ian Marsh").
var honours = lex.Set("sir", "dame", "lord", "lady")

// agents speak for someone named after "for" or "of" ("A representative
// for the singer Ana Ruiz", "The family of the victim"): the subject may
// run longer than a name.
var agents = lex.Set("representative", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers",
	"attorney", "attorneys", "rep", "publicist", "family", "spokesmen", "aide", "aides")

// agentOf reports a subject that opens with an agent and "for" or "of"
// among its first three words.
func agentOf(ws []string) bool {
	for i := 0; i+1 < len(ws) && i < 3; i++ {
		if agents[ws[i]] && (ws[i+1] == "for" || ws[i+1] == "of") {
			return true
		}
	}
	return false
}

// inSentence reports whether a word of name is a word of s.
func inSentence(s sentence, name string) bool {
	for _, w := range lex.SpaceFieldsShared(lex.Lower(name)) {
		if containsWord(s.words, strings.Trim(w, ".,'’")) {
			return true
		}
	}
	return false
}

// relativeSubject returns the name [f, t) a denial's relative clause
// hangs on: segs are the comma clauses before the verb, the last of
// them "who" and auxiliaries or adverbs ("who has long"), and the
// clause before it (past an age: "Lena Voss, 41, who denies") a name of
// one to four words, no preposition, pronoun or verb among them
// ("Lena Voss", "The surgeon"; not "the deputy contacted the woman").
func relativeSubject(ws []string, segs [][2]int) (f, t int, ok bool) {
	if len(segs) < 2 {
		return 0, 0, false
	}
	last := segs[len(segs)-1]
	for _, w := range ws[last[0]+1 : last[1]] {
		if !adverbs[w] && !finite[w] && !lyAdverb(w) {
			return 0, 0, false
		}
	}
	k := len(segs) - 2
	if seg := segs[k]; k > 0 && seg[1]-seg[0] == 1 && isNumber(ws[seg[0]]) {
		k-- // an age
	}
	f, t = segs[k][0], segs[k][1]
	if t-f < 1 || t-f > 4 {
		return 0, 0, false
	}
	for _, w := range ws[f:t] {
		if prepositions[w] || pronouns[w] || possessives[w] || connectives[w] || subordinators[w] || isNumber(w) ||
			claimVerbs[w] || speechVerbs[w] || finite[w] || strings.HasSuffix(w, "ed") && len(w) > 4 {
			return 0, 0, false
		}
	}
	return f, t, true
}
