package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// An announcement told again as its frame (replaceRetoldAnnouncements).
// After the summary has given a piece of news, a second source's line
// often tells only that it was made known, and where: "<subject>
// announced the decision in a Monday statement", "the <role>
// explained his decision on television and radio" (invented: "Mayor
// Tessa Runcorn will not seek a third term." and, three sentences on,
// "Runcorn announced the decision at a news conference."). The object
// is a bare noun that points back ("the decision", "his move", "the
// news", "the plans"), so the line adds no fact but a venue or a day;
// the retold rules, which ask for the other's words, pass over it. The
// test (announcedAgain) reads the whole sentence as a subject, a verb of
// making known (announceVerbs), the pointing object and a closing frame
// of at most announceFrameWords words that opens on a preposition or a
// day and holds no clause, quotation, number or verb; a fronted "<hours>
// after <someone> broke the news," may come first. The subject is a
// pronoun, or its head word and each capitalised word are in a sentence
// chosen before it, and it names no one they do not (namesNew): a
// subject of its own ("<company>, the parent of <brand>, announced the
// decision") tells who made it known, a fact.
//
// Measured against 2e04780 (h55redund), Multi-News default summaries,
// every change read: validation 1 of 5,598 changed, better (a king's
// televised explanation told after his televised address); train
// 1-38,000 6 of 37,856, all better (a candidate's withdrawal "made via
// Twitter" before the tweet itself, a series' end "announced on
// Thursday" before the producer's own announcement, a confirmation told
// twice). None got a stand-in: each freed place was left. Fill is
// unchanged.

// announceFrameWords is the most words the closing frame may have.
const announceFrameWords = 10

// announceSubjectWords is the most words the subject may have.
const announceSubjectWords = 6

// announcePattern reads a sentence as an optional fronted clause of the
// news being broken, a subject, a verb of making known with a pointing
// object, and the rest.
var announcePattern = regexp.MustCompile(`^(?i:(?:(?:hours|minutes|days|moments|shortly|soon|just)\s+)?after\s[^.;:]*?\s(?:broke|announced|confirmed|reported|revealed)\s+the\s+news,\s+)?` +
	`([^,;:]+?)\s+(?:has\s+|had\s+|later\s+|then\s+)?` +
	`(?i:(?:announced|explained|defended|discussed|revealed|confirmed|detailed|outlined|disclosed|justified)\s+(?:his|her|their|its|the)\s+(?:decision|move|announcement|news|plans?|choice)|` +
	`made\s+(?:his|her|their|its|the)\s+announcement|(?:delivered|shared|broke)\s+the\s+news)` +
	`(\s[^,;:]*)?\.$`)

// announceNouns are the pointing objects; one of them must be in a
// sentence before announcePattern is asked.
var announceNouns = []string{"decision", "move", "announcement", "news", "plan", "choice"}

// announceFrameOpeners may open the closing frame: a preposition of
// venue or time, or a day.
var announceFrameOpeners = lex.Set("in", "on", "at", "during", "via", "through", "over", "with", "earlier", "later",
	"last", "this", "yesterday", "today", "tonight", "early", "late", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday")

// announceFrameStops are words the closing frame may not hold: a clause
// opener, a verb of saying or a helping verb, an aim or an agent ("to",
// "for", "by": who made the decision is news).
var announceFrameStops = lex.Set("that", "which", "who", "whom", "whose", "because", "after", "before", "saying",
	"said", "says", "adding", "added", "but", "as", "while", "when", "since", "amid", "following", "by", "to", "for",
	"although", "though", "if", "not", "no", "also", "only", "again", "first")

// announceSubjectPronouns are subjects that point back themselves.
var announceSubjectPronouns = lex.Set("he", "she", "they", "it", "we")

// announcedAgain reads s as an announcement told as its frame (see the
// file comment) and returns its subject and its main clause (s without
// a fronted clause of the news being broken), or reports false.
func announcedAgain(s string) (subject, clause string, ok bool) {
	if strings.ContainsAny(s, "\"“”0123456789?!()") {
		return "", "", false
	}
	low := lex.LowerASCII(s)
	found := false
	for _, n := range announceNouns {
		if strings.Contains(low, n) {
			found = true
			break
		}
	}
	if !found {
		return "", "", false
	}
	s = strings.TrimSpace(s)
	m := announcePattern.FindStringSubmatchIndex(s)
	if m == nil {
		return "", "", false
	}
	subject, clause = s[m[2]:m[3]], s[m[2]:]
	subj := lex.LetterWords(lex.Lower(subject), -1)
	if len(subj) == 0 || len(subj) > announceSubjectWords {
		return "", "", false
	}
	for _, w := range subj {
		if subjectAux[w] || announceFrameStops[w] {
			return "", "", false // a clause before the verb
		}
	}
	var frame []string
	if m[4] >= 0 {
		frame = lex.LetterWords(lex.Lower(s[m[4]:m[5]]), -1)
	}
	if len(frame) > announceFrameWords || len(frame) > 0 && !announceFrameOpeners[frame[0]] {
		return "", "", false
	}
	for _, w := range frame {
		if announceFrameStops[w] || subjectAux[w] {
			return "", "", false
		}
	}
	return subject, clause, true
}

// announceRetold reports whether chosen fact f tells only that news the
// facts before it give was made known (announcedAgain), its subject
// known from them.
func (c *cluster) announceRetold(f int, before []int) bool {
	x := &c.cands[c.facts[f].rep]
	if x.negated {
		return false
	}
	subj, clause, ok := announcedAgain(x.text)
	if !ok || len(before) == 0 {
		return false
	}
	texts := make([]string, 0, len(before))
	for _, p := range before {
		texts = append(texts, c.cands[c.facts[p].rep].text)
	}
	all := strings.Join(texts, " ")
	ws := lex.LetterWords(lex.Lower(subj), -1)
	known := letterWordSet(lex.Lower(all))
	if len(ws) == 1 && announceSubjectPronouns[ws[0]] {
		return !c.namesNew(clause, all) && !newNamePair(clause, known)
	}
	head := subjectHead(ws)
	if head == "" || !known[head] && !stemInSet(head, known) {
		return false
	}
	for i, w := range strings.Fields(subj) {
		if i > 0 && newCapital(w, known) {
			return false // a name or title of its own
		}
	}
	return !c.namesNew(clause, all) && !newNamePair(clause, known)
}

// newCapital reports whether w is capitalised and, lower-cased without
// its punctuation or possessive, no word of known nor a courtesy title
// (pronounTitles).
func newCapital(w string, known map[string]bool) bool {
	lw := lex.LowerASCII(strings.TrimSuffix(strings.Trim(w, ".,;:'’"), "'s"))
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && lw != "" && !known[lw] && !pronounTitles[lw]
}

// newNamePair reports whether s, past its first word, holds two
// capitalised words in a row that known lacks: a name of its own ("with
// <given> <surname>"), which the people index may not know.
func newNamePair(s string, known map[string]bool) bool {
	ws := strings.Fields(s)
	for i := 2; i < len(ws); i++ {
		if newCapital(ws[i-1], known) && newCapital(ws[i], known) {
			return true
		}
	}
	return false
}

// stemInSet reports whether a word of set has the stem of w.
func stemInSet(w string, set map[string]bool) bool {
	st := lex.Stem(w)
	for v := range set {
		if lex.Stem(v) == st {
			return true
		}
	}
	return false
}

// replaceRetoldAnnouncements gives the place of each chosen fact that
// tells only that news the sentences chosen before it give was made
// known (announceRetold) to a stand-in, or leaves it out, as
// replaceRetold does. A reader's summary only, after replaceClassRetold.
func (c *cluster) replaceRetoldAnnouncements(picked []int) []int {
	return c.replaceRetold(picked,
		func(f, i int, picked, _ []int) bool { return i > 0 && c.announceRetold(f, picked[:i]) },
		func(g int, others []int) bool { return c.announceRetold(g, others) })
}
