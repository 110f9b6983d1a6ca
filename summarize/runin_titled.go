package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline that opens on a person's surname run into a story that
// names the person in full after a title: "Varga quits tarnwick council
// over audit mayor ilse varga said on monday she would ..." reads "Mayor
// ilse varga said on monday ...". cutRepeatedSubject refuses a cut
// before a title or given name (a name goes on across the cut), so the
// headline stays. The story names the person the headline names, so the
// cut loses no one. The cut is made on a reader's summary after
// selection (cutTitledRunIns): only the sentence changes.

// Bounds of cutTitledRunIn.
const (
	titledHeadMinWords = 3  // the headline's fewest words, its name included
	titledHeadMaxWords = 14 // the headline's most words
	titledNameGap      = 5  // the most words of title and given names before the surname
)

// titledOpeners are the words a title that opens the story may start
// with: titlesBefore, rankTitles, "former", "vice".
func titledOpener(w string) bool {
	return titlesBefore[w] || rankTitles[w] || rankTitles[w+"."] || w == "former" || w == "vice"
}

// cutTitledRunIn returns s, a sentence of a reader's summary of
// lower-cased text, from its story and true when a headline that opens
// on a surname (or a given name and surname) runs into a story whose
// subject is the same person with a title: the headline's first word
// (or second, after a given name, which the story repeats before the
// surname) is no stopword, title or role modifier and ends in no comma
// unless it opens the sentence and the story names the person "<title>
// <given> <surname>"; the story opens at word p, titledHeadMinWords to
// titledHeadMaxWords words in, on a title (titledOpener; partyWords
// before a title or "presidential"; or a title of several words before a
// given name, longTitle, which the surname follows), and the surname
// stands again
// within titledNameGap words with nothing between but words with no
// punctuation or hyphen (an abbreviation's dot aside) and no stopword
// but "of";
// a finite verb follows the surname (finiteVerbNear). The headline holds
// no auxiliary, no dash, no sentence end and no "the", "a" or "an" unless
// a present verb follows its name ("<surname> orders a ..."); the word
// before p is no stopword but "again", no verb of saying or thinking
// (clauseVerbs), no role word and no titleBodies word, and ends in no
// comma. The story holds
// fusedLedeMinWords words or more and is no furniture and no caption. It
// returns s and false otherwise.
func cutTitledRunIn(s string) (string, bool) {
	starts, words := fieldStarts(s, titledHeadMaxWords+titledNameGap+fusedLedeMinWords+2)
	if len(words) < titledHeadMinWords+fusedLedeMinWords {
		return s, false
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	if lede, ok := titledStory(s, starts, words, raw, 0); ok {
		return lede, true
	}
	if lex.IsGivenName(words[0]) && !lex.ContainsAny(raw(0), `,;:.!?"'“”()—–-`) {
		return titledStory(s, starts, words, raw, 1) // "<given> <surname> <headline> ..."
	}
	return s, false
}

// titledStory is cutTitledRunIn with the surname at word n.
func titledStory(s string, starts []int, words []string, raw func(int) string, n int) (string, bool) {
	name := possessiveBase(words[n])
	// A headline may set its surname off with a comma ("<surname>,
	// bandaged, ..."); the story must then name the person in full.
	comma := n == 0 && strings.HasSuffix(raw(n), ",")
	if comma {
		name = strings.TrimSuffix(name, ",")
	}
	if len(name) < 3 || lex.IsStopword(name) || titledOpener(name) || roleModifiers[name] ||
		strings.HasSuffix(raw(n), ",") && !comma || lex.ContainsAny(name, ".-,") {
		return s, false
	}
	// A headline's present verb after the name ("<surname> orders a ...")
	// may take an article in its object.
	v := words[min(n+1, len(words)-1)]
	headlineVerb := len(v) > 3 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !lex.IsStopword(v) &&
		!lex.ContainsAny(raw(n), `,;:'’"`)
	for p := n + 1; p < len(words)-fusedLedeMinWords && p <= titledHeadMaxWords; p++ {
		w := words[p-1]
		r := raw(p - 1)
		if p-1 > n && (bareAuxiliaries[w] || (w == "the" || w == "a" || w == "an") && !headlineVerb) ||
			lex.ContainsAny(r, "—–") || strings.Contains(r, "--") || r == "-" ||
			lex.ContainsAny(r, ".!?") && !abbrevLike(r) {
			return s, false
		}
		long := longTitle(words, p)
		if p < titledHeadMinWords || long == 0 && !titledOpener(words[p]) && !(partyWords[words[p]] && p+1 < len(words) &&
			(titledOpener(words[p+1]) || words[p+1] == "presidential")) {
			continue
		}
		if lex.IsStopword(w) && w != "again" || lex.IsAttributionVerb(w) || clauseVerbs[w] || w == "says" || w == "said" || titledOpener(w) ||
			roleModifiers[w] || titleBodies[w] || strings.HasSuffix(r, ",") || strings.HasSuffix(r, ";") {
			continue
		}
		m := -1
		for j := p + 1; j < len(words) && j <= p+titledNameGap; j++ {
			if possessiveBase(words[j]) == name {
				m = j
				break
			}
		}
		if m < 0 || n > 0 && words[m-1] != words[0] {
			continue // "<given> <surname>" again, not another of the family
		}
		if long > 0 && m != p+long+1 || (comma || long > 0) && (m-1 <= p || !lex.IsGivenName(words[m-1])) {
			continue // a long title, or a headline's comma, wants "<title> <given> <surname>"
		}
		clean := true
		for j := p; j < m; j++ {
			rj := raw(j)
			if lex.ContainsAny(rj, `,;:!?"“”()—–-`) || strings.HasSuffix(rj, ".") && !abbrevLike(rj) ||
				lex.IsStopword(words[j]) && words[j] != "of" {
				clean = false
				break
			}
		}
		if !clean || !finiteVerbNear(words, raw, m+1, false) {
			continue
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[p]:]))
		if defect.Furniture(lede) != defect.OK || seenCaption(words[p:]) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// Bounds of longTitle.
const titleBodyMax = 3 // the most words before a long title's role word

// longTitle returns the number of words of a title of several words at
// p that ends in a role word (titleRoles) before a given name: up to
// titleBodyMax words of institution, party or office (titleBodies) and
// the role ("senate democratic leader", "state department spokesman").
// It returns 0 otherwise.
func longTitle(words []string, p int) int {
	for k := p; k < len(words)-1 && k <= p+titleBodyMax; k++ {
		if titleRoles[words[k]] && k > p {
			if lex.IsGivenName(words[k+1]) {
				return k - p + 1
			}
			return 0
		}
		if !titleBodies[words[k]] {
			return 0
		}
	}
	return 0
}

// titleBodies are the words of institution, party or office that stand
// before a role word in a title of several words ("senate majority
// leader").
var titleBodies = lex.Set("senate", "house", "state", "democratic", "republican", "gop", "majority", "minority",
	"foreign", "defense", "defence", "treasury", "department", "party", "press", "prime", "deputy", "assistant",
	"interior", "finance", "health", "homeland", "security", "justice", "federal", "national", "council",
	"committee", "city", "county", "labor", "labour", "conservative", "liberal", "opposition", "campaign")

// titleRoles are the role words that end a title of several words.
var titleRoles = lex.Set("leader", "secretary", "minister", "chairman", "chairwoman", "chair", "spokesman",
	"spokeswoman", "spokesperson", "speaker", "whip", "director", "commissioner", "chief", "president",
	"senator", "governor", "attorney", "treasurer", "counsel", "adviser", "advisor")

// partyWords may open a title ("republican presidential candidate",
// "democratic sen.").
var partyWords = lex.Set("republican", "democratic", "gop")

// possessiveBase returns w without a possessive "'s" and a trailing
// colon.
func possessiveBase(w string) string {
	w = strings.TrimSuffix(w, ":")
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// cutTitledRunIns cuts, in each sentence of a reader's summary of
// lower-cased text, a headline run into a story that names its person
// with a title (cutTitledRunIn). Nothing but the sentence's text changes.
func cutTitledRunIns(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutTitledRunIn)
}
