package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file keeps a sentence that opens with "the X" next to the sentence
// that introduced X in its own article. News copy introduces a thing once
// ("... 28 bodies were retrieved from a grave near the town.") and then
// refers back to it ("The grave is located in an area where ..."); opening
// a summary, or read after another source's sentence, the second leaves the
// reader asking which grave. The flags (reference.go, flagDefinite) let such
// a sentence lead and let any chosen sentence naming "grave" resolve it;
// this rule keeps it from leading. In the body of a summary the flags'
// rules stand: there an earlier summary sentence most often names X.

// definiteRunMax is the most words after "the" a noun phrase that points
// back holds: "the grave", "the aged whiskey".
const definiteRunMax = 2

// introWindow is how many bytes of its article before a sentence are
// read for what introduced its "the X": about two sentences.
const introWindow = 400

// markIntroducedBefore marks, for a reader's summary, each sentence that
// could lead (one of the first leadDepth of its article) and opens with
// "the X" (definiteHeads) where the text just before it in its article
// introduces X (introducesHead), or where X is a noun that stands in for a
// name told before (standIns: "The magazine concluded ...", "The
// social-media giant has asked ...") and text comes before it, as leaning
// back (flagLeansBack); so too one whose short opening phrase ends in
// "the X" (frontedHeads: "After the merger, ...") where the text before
// introduces X or X is an event told before (presupposedNouns,
// frontedEvents: "During the interview, ...", wherever it stands): it never
// leads (canLeadShape, standAloneFirst). The text read is the article's
// own, so that an introduction the cleaner cut with a caption run into it
// ("Image caption ... investigators are working to identify 28 bodies
// retrieved from a grave near the town") still counts. The benchmarks'
// Fill summaries keep their leads.
func (c *cluster) markIntroducedBefore() {
	for i := range c.cands {
		cd := &c.cands[i]
		if cd.pos >= leadDepth || cd.flags&flagDependent != 0 {
			continue
		}
		heads := definiteHeads(cd.text)
		fronted := false
		if len(heads) == 0 {
			heads, fronted = frontedHeads(cd.text), true
		}
		if len(heads) == 0 {
			continue
		}
		if fronted && (presupposedNouns[heads[len(heads)-1]] || frontedEvents[heads[len(heads)-1]]) {
			cd.flags |= flagLeansBack // "During the interview, ...": which one, whatever comes before
		} else if before := c.textBefore(cd); before != "" && (introducesHead(before, heads) || !fronted && standIns[heads[len(heads)-1]]) {
			cd.flags |= flagLeansBack
		}
	}
}

// frontedEvents are nouns (NameKey folds) for an event or a record
// that a short opening phrase presents as told before ("During the
// interview, ...", "At the trial, ..."), besides presupposedNouns.
// (Nouns in -ing, "hearing", "meeting", are read as verbs by
// definiteHeads and never reach it.)
var frontedEvents = lex.Set("service", "interview", "call", "process", "flight",
	"trial", "speech", "statement", "visit", "talk", "game", "match", "session", "clip", "post", "reboot",
	"sequel", "episode", "memo", "email", "report", "filing", "complaint", "ruling", "verdict", "vote")

// frontedHeads returns the words of the noun phrase "the X" that ends a
// short opening phrase of s led by a preposition or subordinator
// (frontOpeners: "After the merger, ...", "During the interview ...",
// "Following the vote the board ..."), as definiteHeads reads an
// opening "the X"; nil when s does not open that way. Leading a summary,
// the phrase leaves the reader asking which merger, which interview, as an
// opening "the X" does (markIntroducedBefore).
func frontedHeads(s string) []string {
	t := strings.TrimLeft(s, " \"“'‘(")
	opener, rest, ok := strings.Cut(t, " ")
	if !ok || !frontOpeners[lex.Lower(opener)] || len(rest) < 4 || !strings.EqualFold(rest[:4], "the ") {
		return nil
	}
	f := lex.SpaceFieldsShared(rest)
	for k := 1; k < len(f) && k <= definiteRunMax+1; k++ {
		w := lex.Lower(strings.Trim(f[k], ".,;:!?\"“”'‘’()"))
		if defect.IsPostModifier(w) {
			return nil // "Before the voyage to Velmora, ...": the phrase says which
		}
		if strings.HasSuffix(f[k], ",") {
			if k+1 < len(f) {
				if next := lex.Lower(strings.Trim(f[k+1], ".,;:!?\"“”'‘’()")); participleLike(next) || madeWords[next] {
					return nil // "For the survey, released in May, ...": an apposition says which
				}
			}
			break
		}
		if lex.IsStopword(w) || participleLike(w) {
			break
		}
		if k > 1 && (unpointing[w] || timeWords[w]) {
			return nil // "With the harvest season over, ...": a time, not a thing told
		}
	}
	return definiteHeads("The " + rest[4:])
}

// markFrontedSubjects marks, for a reader's summary, each sentence whose
// subject comes after a short opening phrase and a comma and points back
// as an opening subject would: a pronoun the opening gives nothing to
// stand for ("While in his hospital bed, he saw ...", "If convicted, he
// faces ...": frontedPronoun), or "the" and a noun for a person or an
// event told before ("A week after the awards, the actress announced
// ...": presupposes, not a possessor, nor after an opening that names an
// owner: possessive, ownerBefore); or anywhere a sentence that says its
// thing was told before ("the note in question": saysTold), or one that
// picks its subject out of things told before by count or series ("The
// two clerks ...", "On Monday, the same ferry ...": countsBack). Opening a summary, any of these leaves the reader asking
// who; flagged as leaning back (flagLeansBack), such a sentence never
// leads (canLeadShape, standAloneFirst) but may follow in the body, where
// an earlier sentence most often names the person. The sentences the
// flags already hold back (flagDependent) are left alone.
func (c *cluster) markFrontedSubjects() {
	for i := range c.cands {
		cd := &c.cands[i]
		if cd.flags&(flagDependent|flagLeansBack) != 0 {
			continue
		}
		if subject, ok := frontedSubject(cd.text); ok && (frontedPronoun(cd.text, subject) || presupposes(subject) && !possessive(subject) && !ownerBefore(cd.text) || countsBack(subject)) {
			cd.flags |= flagLeansBack
		} else if saysTold(cd.text) || countsBack(cd.text) {
			cd.flags |= flagLeansBack
		}
	}
}

// countsBack reports whether s opens with "the" and a word that picks
// its thing out of things told before by count or by place in a series,
// in a noun phrase that nothing after it pins down: "The two clerks are
// among ...", "The three were charged ...", "The same ferry sailed
// ...". Leading a summary, it leaves the reader asking which two, the
// same as what. A phrase that says which ("The four clerks of the harbour
// board ...", "The six clerks accused in ...", "The two songs -- ...
// --") and a count joined to its noun ("The two-day festival") do not
// count.
func countsBack(s string) bool {
	t := strings.TrimLeft(s, " \"“'‘(")
	if u := strings.TrimLeftFunc(t, unicode.IsSpace); len(u) < 3 || !strings.EqualFold(u[:3], "the") {
		return false // most sentences: no "the" first (no rune but ASCII folds to these letters)
	}
	f := lex.SpaceFieldsShared(t)
	if len(f) < 3 || !strings.EqualFold(f[0], "the") {
		return false
	}
	if w := lex.Lower(f[1]); !numberWords[w] && !seriesWords[w] {
		return false
	}
	for k := 2; k < len(f) && k < 2+countRunMax+1; k++ {
		if strings.IndexFunc(f[k], unicode.IsLetter) < 0 || strings.HasSuffix(f[k], ",") {
			return false // a dash or a comma: an apposition says which
		}
		w := lex.Lower(strings.Trim(f[k], ".;:!?\"“”'‘’()"))
		switch {
		case defect.IsPostModifier(w) || participleLike(w):
			return false // "of the harbour board", "accused in ..."
		case lex.IsStopword(w):
			return true // the verb or the next phrase: "are", "have", "the"
		}
	}
	return false // a long description
}

// countRunMax is the most words between countsBack's count and the end of
// its noun phrase: "The two veteran harbour clerks are ...".
const countRunMax = 3

// seriesWords after "the" pick a thing out by its place among things told
// before (countsBack).
var seriesWords = lex.Set("same", "other", "others", "latter", "rest", "remaining", "next")

// saysTold reports whether s, outside quotation marks, names something
// as told before in so many words: "the note in question", "the
// aforementioned memo". Leading a summary, it points at nothing (a
// blind reading named "the woman in question" in a lead).
func saysTold(s string) bool {
	if !hasFoldASCII(s, "quest") && !hasFoldASCII(s, "aforement") {
		return false // neither word: most sentences (no rune but ASCII lower-cases to these letters)
	}
	out, ok := unquoted(s)
	if !ok {
		return false
	}
	for i, w := range out {
		if w == "aforementioned" || w == "question" && i >= 3 && out[i-1] == "in" && (out[i-3] == "the" || i >= 4 && out[i-4] == "the") {
			return true
		}
	}
	return false
}

// hasFoldASCII reports whether s holds sub (lower-case ASCII letters)
// written in ASCII letters of any case: bytes of s that, or'ed with 0x20,
// are sub's. It looks for sub only where s holds sub's rarest letter
// (foldRarity) in either case, found with strings.IndexByte, not at every
// byte.
func hasFoldASCII(s, sub string) bool {
	off := -1 // the anchor letter's offset in sub
	for j := 0; j < len(sub); j++ {
		if c := sub[j]; 'a' <= c && c <= 'z' && (off < 0 || strings.IndexByte(foldRarity, c) < strings.IndexByte(foldRarity, sub[off])) {
			off = j
		}
	}
	if off < 0 {
		return foldAt(s, sub, 0, len(s)-len(sub))
	}
	lo, up := sub[off], sub[off]-('a'-'A')
	for i := off; i+len(sub)-off <= len(s); {
		rest := s[i : len(s)-(len(sub)-off-1)] // where the anchor can stand
		j := strings.IndexByte(rest, lo)
		if j < 0 {
			j = len(rest)
		}
		if k := strings.IndexByte(rest[:j], up); k >= 0 {
			j = k
		}
		if j == len(rest) {
			return false
		}
		if from := i + j - off; foldAt(s, sub, from, from) {
			return true
		}
		i += j + 1
	}
	return false
}

// foldRarity orders the lower-case letters from the rarest in English
// text to the commonest: hasFoldASCII anchors its search on the first.
const foldRarity = "qjzxvkwyfbghmpduclsntoirae"

// foldAt reports whether s holds sub (as hasFoldASCII reads it) at an
// offset from first to last.
func foldAt(s, sub string, first, last int) bool {
	for i := first; i <= last; i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// possessive reports whether the noun after an opening "the" in s is a
// possessor: "the baby's grandmother" names the grandmother by the baby,
// whom the opening phrase may have told.
func possessive(s string) bool {
	w := lex.LetterWords(s, 3)
	return len(w) == 3 && w[2] == "s"
}

// ownerBefore reports whether the opening phrase of s (frontedSubject)
// holds a possessor ("Following yahoo's announcement, the company ..."):
// the owner named there may be what "the" points back to.
func ownerBefore(s string) bool {
	head, _, _ := strings.Cut(s, ",")
	for _, f := range lex.SpaceFieldsShared(head) {
		w := lex.Lower(f)
		owner, ok := strings.CutSuffix(w, "'s")
		if !ok {
			owner, ok = strings.CutSuffix(w, "’s")
		}
		if ok && !frontTimes[owner] && !timeWords[owner] && !months[owner] {
			return true // not "this year's", "monday's"
		}
	}
	return false
}

// frontMax is the most words an opening phrase before the subject holds
// for frontedSubject: "If found guilty, he ...", "A week after the 2010
// awards, the actress ...".
const frontMax = 14

// frontedSubject returns the text of s after its opening phrase and the
// comma that ends it, when s opens with a phrase of at most frontMax
// words, outside quotation marks, led by a preposition or a subordinator
// (frontOpeners: "When ...", "On monday", "Since ...") or by a count of
// time ("A week after ...", "Two days later"). A name and its apposition
// ("Osei, the mayor, ...") is no such phrase.
func frontedSubject(s string) (string, bool) {
	head, rest, ok := strings.Cut(s, ",")
	if !ok || lex.ContainsAny(head, "\"“”") || strings.Contains(head, " ' ") {
		return "", false
	}
	var buf [frontMax + 1]string
	w := lex.AppendLetterWords(buf[:0], head, len(buf))
	if len(w) == 0 || len(w) > frontMax {
		return "", false
	}
	if !frontOpeners[w[0]] && !(len(w) > 1 && (w[0] == "a" || w[0] == "an" || numberWords[w[0]]) && frontTimes[w[1]]) {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// frontedPronoun reports whether subject, the text after the opening
// phrase of s (frontedSubject), opens with "he", "she" or "they" and the
// opening gives the pronoun nothing to stand for: it holds a pronoun of
// its own and no given name ("Since the cold never bothered her, she ..." (invented), not
// "When Ada Roe found out, she ...") or only function words,
// times, numbers and verb forms ("If convicted, he ...", "On monday, she
// ..."). An opening with a noun that may be the person ("When officers
// arrived, they ...", "When the boy was found, he ...") does not count.
func frontedPronoun(s, subject string) bool {
	if r := lex.LetterWords(subject, 1); len(r) == 0 || !defect.IsSubjectPronoun(r[0]) {
		return false
	}
	head, _, _ := strings.Cut(s, ",")
	w := lex.LetterWords(head, frontMax)
	for _, x := range w {
		if lex.IsGivenName(x) {
			return false // "When Ada and Ben Roe found out, they ..."
		}
	}
	for _, x := range w {
		switch x {
		case "he", "him", "his", "she", "her", "they", "them", "their":
			return true
		}
	}
	for _, x := range w {
		if lex.IsStopword(x) || frontOpeners[x] || frontTimes[x] || timeWords[x] || months[x] || numberWords[x] ||
			strings.HasSuffix(x, "ed") || strings.HasSuffix(x, "ing") || strings.HasSuffix(x, "ly") {
			continue
		}
		return false // a noun the pronoun may stand for
	}
	return true
}

// frontOpeners are the prepositions and subordinators that open a phrase
// set before a sentence's subject.
var frontOpeners = lex.Set("after", "before", "when", "while", "if", "as", "since", "on", "in",
	"at", "by", "during", "for", "with", "without", "despite", "following", "until", "once",
	"though", "although", "upon", "unless", "because", "within", "amid", "throughout", "whether",
	"even", "like", "unlike", "having", "now", "later", "earlier", "last", "this")

// frontTimes are units of time that a count before them makes an opening
// phrase: "A week after ...", "Two days later".
var frontTimes = lex.Set("day", "days", "week", "weeks", "month", "months", "year", "years",
	"hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "moment", "night", "morning",
	"afternoon", "evening", "while", "ago")

// textBefore returns up to introWindow bytes of cd's article right before
// cd's sentence, "" when the sentence opens the article or is not found
// as written (the cleaner rewrote it).
func (c *cluster) textBefore(cd *candidate) string { return c.textBeforeN(cd, introWindow) }

// textBeforeN is textBefore with a window of n bytes.
func (c *cluster) textBeforeN(cd *candidate, n int) string {
	a := c.docs[cd.doc].article
	if a == nil {
		return ""
	}
	key := cd.text
	if len(key) > 40 {
		key = key[:40]
		for len(key) > 0 && !utf8.ValidString(key) {
			key = key[:len(key)-1]
		}
	}
	at := strings.Index(a.Text, key)
	if at <= 0 {
		return ""
	}
	return a.Text[max(0, at-n):at]
}

// definiteHeads returns the words of the noun phrase an opening "the X"
// rests on, folded by defect.NameKey ("grave" of "The grave is located
// ...", "sanction" of "The sanctions are ..."): the words after "the"
// before a stopword or a verb form, less the words that do not point back
// (unpointing) and those of one or two letters. It returns nil when s
// does not open that way or names a thing by a capitalised name ("The
// Harlow Playhouse ..."), when the
// phrase runs to more than definiteRunMax words (a description that
// stands alone: "The kestrian environment minister ...") or a modifier
// after the noun says which one is meant ("The grave of the poet ...",
// "The man who ...", "The sign made from rocks ...").
func definiteHeads(s string) []string {
	var buf [8]string
	w := lex.AppendLetterWords(buf[:0], s, len(buf))
	if len(w) < 3 || w[0] != "the" {
		return nil
	}
	if rest, ok := strings.CutPrefix(strings.TrimLeft(s, " \"“'‘("), "The "); ok {
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return nil // a name in cased text: "The Harlow Playhouse said ..."
		}
	}
	end := 1
	for end < len(w) && end <= definiteRunMax+1 && !lex.IsStopword(w[end]) && !participleLike(w[end]) && !madeWords[w[end]] && !lex.IsAttributionVerb(w[end]) && !endsNounRun(w[end], end) {
		end++
	}
	if end == 1 || end-1 > definiteRunMax || end < len(w) && pinning[w[end]] {
		return nil // "The grave of the poet ...", "The man who ...", "The kestrian environment minister ..."
	}
	if end+1 < len(w) && (participleLike(w[end]) || madeWords[w[end]]) && reducedPreps[w[end+1]] {
		return nil // "The sign made from rocks ...", "The complex proposed by ..."
	}
	var out []string
	for _, x := range w[1:end] {
		if known[x] {
			return nil // "The supreme court ruled ...", "The president said ..."
		}
		if len(x) >= 3 && !unpointing[x] {
			out = append(out, defect.NameKey(x))
		}
	}
	return out
}

// standIns are nouns that, after "the", stand in for a name the text gave
// before: a publication, a company, an agency, a court's judge, a group
// of people counted or cast. (The people and events lead.go's
// presupposedNouns lists never lead at all.)
var standIns = lex.Set("magazine", "newspaper", "paper", "network", "giant", "agency", "judge",
	"candidate", "character", "retailer", "chain", "automaker", "carmaker", "maker", "startup",
	"airline", "band", "website", "site", "outlet", "museum", "restaurant", "regular", "veteran",
	"newcomer", "ceo", "executive", "spokesman", "spokeswoman", "official", "lawmaker", "organization",
	"organisation", "charity", "institute", "university", "publication", "broadcaster", "channel",
	"studio", "label", "brand", "manufacturer", "insurer", "lender", "bank", "exchange", "sheriff",
	"prosecutor", "lawyer", "attorney", "father", "mother", "parent", "victim", "duo", "trio",
	"assailant", "anchor", "host", "defendant", "plaintiff", "reporter", "columnist", "comedian",
	"author", "pastor", "priest", "nurse", "teacher", "coach", "inmate", "prisoner", "survivor",
	"passenger", "employee", "neighbor", "neighbour", "resident", "witness", "whistleblower")

// pinning words after a noun say which one is meant.
var pinning = lex.Set("of", "who", "whose", "which", "that", "where")

// A participle and one of reducedPreps after the noun ("made from",
// "proposed by") pin it down as a relative clause would;
// madeWords are participles that do not end in "-ed".
var (
	reducedPreps = lex.Set("by", "from")
	madeWords    = lex.Set("made", "sold", "known", "built", "found", "seen", "held", "taken", "given", "shown", "set")
)

// unpointing heads after "the" do not point back at something introduced:
// ordinals, superlatives, common adjectives (the three-letter ones too,
// now that definiteHeads reads "ban", "law", "app") and words of time or
// quantity.
var unpointing = lex.Set("first", "last", "next", "same", "other", "latest", "most",
	"best", "worst", "year", "week", "month", "time", "world", "country", "nation",
	"state", "government", "public", "number", "rest", "three", "four", "five", "only",
	"former", "local", "large", "small", "young", "high", "long", "full", "real", "main",
	"early", "late", "united", "federal", "national", "american", "british", "recent",
	"new", "old", "big", "top", "key", "bad", "hot", "low")

// known words after "the" name what every reader knows: "the president",
// "the supreme court", "the white house".
var known = lex.Set("president", "supreme", "pope", "king", "queen", "white", "senate", "congress", "pentagon")

// introducesHead reports whether text prev introduces one of heads
// (defect.NameKey folds): it holds the word, not after "the" (a name such
// as "the food and drug administration" repeated, or a reference of its
// own) nor after a possessive or demonstrative.
func introducesHead(prev string, heads []string) bool {
	w := lex.LetterWords(prev, 80)
	for j, x := range w {
		if !slices.Contains(heads, defect.NameKey(x)) {
			continue
		}
		if j > 0 {
			switch w[j-1] {
			case "the", "this", "that", "these", "those", "its", "his", "her", "their":
				continue
			}
		}
		return true
	}
	return false
}
