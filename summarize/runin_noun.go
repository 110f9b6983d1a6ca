package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline run into a chosen sentence whose story opens on a bare noun
// phrase, with no article, that one word of the headline heads: "Ferry
// crews vote to strike over pay cuts at tarnwick port veteran crews on
// the harbour line have voted ...". cutRepeatedSubject wants two words
// of the headline in a row (or its first word) again; cutChosenHeadlines
// wants the story's "the". The cut rests on the headline's grammar (no
// article, no auxiliary, no pronoun of a writer's voice), a word of the
// headline heading the story's subject before its finite verb, and the
// story restating the headline. The cut is made on a reader's summary
// after selection (cutRestatedNouns): only the sentence changes.

// Bounds of cutRestatedNoun.
const (
	// nounSubjectMax is the most words of the story's subject read up to
	// the headline's word.
	nounSubjectMax = 4
	// nounWordMin is the fewest letters of the repeated word.
	nounWordMin = 4
)

// cutRestatedNoun returns s, a sentence of a reader's summary of
// lower-cased text, from its story and true when a headline runs into it
// and the story opens on a bare noun phrase a word of the headline heads:
// at word p, subjHeadMinWords to subjHeadMaxWords words in, one to
// nounSubjectMax words with no stopword and no punctuation but a
// possessive, the last a content word of nounWordMin letters or more
// whose stem stands in the headline, then a finite verb (repeatVerb);
// the headline holds no sentence end, no bareHeadStop word ("the", "a",
// a subordinator, a writer's pronoun), no auxiliary and no quotation
// mark; its last word ends a headline (headlineEnd, subjCutAt) and is no
// verb of saying or thinking, no verb that takes an object
// (restatedVerbs), no possessive or number, and no word that goes on
// across the cut (a superlative, a given name, a party, title or role
// word); the story repeats restatedMinWords of the
// headline's content words, and restatedShare of them, within
// restatedWindow words, holds fusedLedeMinWords words, points back to
// nothing and is no furniture and no caption. s and false otherwise.
func cutRestatedNoun(s string) (string, bool) {
	starts, words := fieldStarts(s, subjHeadMaxWords+restatedWindow)
	if len(words) < subjHeadMinWords+fusedLedeMinWords {
		return s, false
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	for p := 1; p < len(words)-fusedLedeMinWords && p <= subjHeadMaxWords; p++ {
		w := words[p-1]
		if lex.ContainsAny(raw(p-1), ".!?") && !abbrevLike(raw(p-1)) || bareHeadStop[w] || bareAuxiliaries[w] {
			return s, false // a sentence's grammar before p: no headline
		}
		if quoteField(raw(p - 1)) {
			return s, false // "<name> on <topic>: ' <quotation> ...": the cut would split a quotation
		}
		if !nounCutAt(s, starts, words, raw, p) {
			continue
		}
		m := nounSubjectEnd(words, raw, p)
		if m < 0 || !(nounVerb(words[m]) || subjectTies[words[m]] && repeatVerb(words, raw, m) || saysAfter(words, raw, m)) ||
			storyDash(raw, p, len(words)) {
			continue
		}
		if titleHeads[words[p]] || words[p] != words[m-1] && storyRepeats(words, p, m) {
			return s, false // "<headline> attorney || general <name> ...", "... labor || conditions inmates planned ... conditions": the cut splits a noun phrase
		}
		cut := p
		for q := p + 1; q < m && inHead(words[:q-1], words[q-1]) && nounCutAt(s, starts, words, raw, q) &&
			nounSubjectEnd(words, raw, q) == m; q++ {
			cut = q // "... protest labor conditions || inmates planned ...": a headline word before the noun is the headline's
		}
		n, hit := restatedCount(words[:cut], words[cut:min(len(words), cut+restatedWindow)])
		if hit < restatedMinWords || float64(hit) < restatedShare*float64(n) {
			continue
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[cut]:]))
		if !storyOpening(lede) || seenCaption(words[cut:]) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// nounCutAt reports whether the headline may end before word p: its
// last word is no word that goes on across the cut (a superlative, a
// given name, a party, title or role word, a verb of saying or thinking
// or one that takes an object, a stopword), it ends a headline
// (headlineEnd, subjCutAt), and it and word p do not stand in a row in
// the headline before (a phrase of the headline repeated across the cut:
// "<place> troops hurt two <place> || troops were ...").
func nounCutAt(s string, starts []int, words []string, raw func(int) string, p int) bool {
	w := words[p-1]
	if p < subjHeadMinWords || superlative(w) || lex.IsGivenName(w) || partyWords[w] || titledOpener(w) || roleModifiers[w] || clauseVerbs[w] || restatedVerbs[w] || lex.IsAttributionVerb(w) ||
		lex.IsStopword(w) || !headlineEnd(s, starts, p) || !subjCutAt(words, raw, p, p) {
		return false
	}
	for i := 0; i+1 < p-1; i++ {
		if words[i] == w && words[i+1] == words[p] {
			return false
		}
	}
	return true
}

// nounVerb reports whether w is a finite verb that may follow a story's
// subject: an auxiliary, a verb of saying, an irregular past, an "-ed"
// word of 5 letters or more (repeatVerb's verbs, at the word itself).
func nounVerb(w string) bool {
	return bareAuxiliaries[w] || w == "said" || w == "says" || lex.IsAttributionVerb(w) || pastForms[w] ||
		commonVerbs[w] && !strings.HasSuffix(w, "s") || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// storyDash reports whether a dash stands among the twelve fields from p
// (a tabloid's "<name> -- <headline>" again, no story).
func storyDash(raw func(int) string, p, n int) bool {
	for i := p; i < n && i < p+12; i++ {
		if isDash(raw(i)) || strings.Contains(raw(i), "--") {
			return true
		}
	}
	return false
}

// nounSubjectEnd returns the word after the story's subject that opens
// at p when one of its first nounSubjectMax words repeats a content word
// of the headline (words before p) with nothing but content words, clean
// of punctuation but a possessive, before it, and of those no more than
// one that is no title, party or given name ("nepalese guides",
// "democratic rep. ilse varga"); -1 otherwise.
func nounSubjectEnd(words []string, raw func(int) string, p int) int {
	stems := make(map[string]bool, p)
	for _, w := range words[:p] {
		if len(w) >= nounWordMin && !lex.IsStopword(w) {
			stems[lex.Stem(possessiveBase(w))] = true
		}
	}
	plain := 0 // modifiers that are no title, party or given name
	for j := p; j < len(words) && j < p+nounSubjectMax; j++ {
		w := possessiveBase(words[j])
		if lex.IsStopword(w) || clauseVerbs[w] || bareAuxiliaries[w] || lex.HasDigit(w) || !phraseClean(raw, j, j+1) {
			return -1
		}
		if len(w) >= nounWordMin && stems[lex.Stem(w)] && w == words[j] {
			return j + 1
		}
		if !titledOpener(w) && !partyWords[w] && !lex.IsGivenName(w) {
			if plain++; plain > 1 {
				return -1 // "<place> || port veteran crews ...": the cut splits a name or noun phrase
			}
		}
	}
	return -1
}

// cutRestatedNouns cuts, in each sentence of a reader's summary of
// lower-cased text, a headline run into a story whose bare subject a
// word of the headline heads (cutRestatedNoun).
func cutRestatedNouns(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutRestatedNoun)
}

// quoteField reports whether field r holds a quotation mark other than an
// apostrophe inside a word ("ana's", "don't").
func quoteField(r string) bool {
	if lex.ContainsAny(r, `"“”‘`) {
		return true
	}
	t := strings.Trim(r, "'’")
	return t != r || t == ""
}

// superlative reports whether w is an adjective's "-est" form, which
// modifies the noun after it ("with highest || cholesterol ..."); nouns
// and verbs in "-est" (notEst) are not.
func superlative(w string) bool {
	return w == "most" || w == "least" || len(w) > 4 && strings.HasSuffix(w, "est") && !notEst[w]
}

// notEst are nouns and verbs that end in "-est".
var notEst = lex.Set("arrest", "protest", "request", "contest", "interest", "forest", "guest", "quest", "chest",
	"priest", "harvest", "conquest", "inquest", "manifest", "suggest", "invest", "digest", "unrest", "midwest",
	"southwest", "northwest", "bequest", "pretest")

// saysAfter reports whether a verb of saying follows the one word at m
// ("<place> police say ...": the headline's place before the story's
// noun).
func saysAfter(words []string, raw func(int) string, m int) bool {
	if m+1 >= len(words) || lex.IsStopword(words[m]) || !phraseClean(raw, m, m+1) {
		return false
	}
	w := words[m+1]
	return w == "say" || w == "says" || w == "said"
}

// inHead reports whether w, a content word, stands (stemmed) in head.
func inHead(head []string, w string) bool {
	if len(w) < 3 || lex.IsStopword(w) {
		return false
	}
	st := lex.Stem(w)
	for _, h := range head {
		if lex.Stem(h) == st {
			return true
		}
	}
	return false
}

// titleHeads end a title of two words ("attorney general", "foreign
// minister"): a cut before one splits the title.
var titleHeads = lex.Set("general", "secretary", "minister", "director", "officer", "commissioner", "counsel",
	"attorney", "justice")

// storyRepeats reports whether the story's first word, a modifier before
// the headline's noun at m-1, stands again in the story's next
// restatedWindow words: the headline's own noun ("... protest labor ||
// conditions inmates planned ... to protest conditions").
func storyRepeats(words []string, p, m int) bool {
	for _, w := range words[m:min(len(words), p+restatedWindow)] {
		if w == words[p] {
			return true
		}
	}
	return false
}
