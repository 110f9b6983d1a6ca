package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline run into a chosen sentence whose story opens on a phrase of
// the headline: "Ilse varga quits tarnwick council over audit ilse varga
// said on monday she would leave the council ...", "Tarnwick ferry line
// to close after storm the tarnwick ferry line will stop ...". The
// sentence restates its opening (restatedRunIn); the story starts where
// the headline's phrase (two words or more, one a content word) stands
// again before a finite verb. The cut is made on a reader's summary
// after selection (cutRepeatedSubjects), so no other sentence moves: the
// same cut made on an article's first sentence before selection
// (session 16's cutSubjectRunIn) re-scored the cluster and lost one
// summary its lead event.

// Bounds of cutRepeatedSubject.
const (
	// subjHeadMinWords and subjHeadMaxWords bound the headline's
	// words before the cut.
	subjHeadMinWords = 4
	subjHeadMaxWords = 28
	// subjPhraseMax is the most words of the repeated phrase read.
	subjPhraseMax = 5
	// subjVerbWords is the most words between the repeated phrase and
	// its verb ("of <place>", a name, "on <day>").
	subjVerbWords = 4
	// subjRestated is the fewest distinct content words of the
	// headline that the story's first restatedWindow words repeat.
	subjRestated = 3
)

// cutRepeatedSubject returns s, a sentence of a reader's summary of
// lower-cased text, from its story and true when a headline runs into it
// and the story opens on the headline's own subject: at word p,
// subjHeadMinWords to subjHeadMaxWords words in (one fewer when the
// story's "the" opens the whole headline again: "Tarnwick ferry strike
// the tarnwick ferry strike ended ..."), "the" or nothing, then two to
// subjPhraseMax words that stand in a row in the headline (one of 3
// letters or more and no stopword, subjCutAt), or the headline's first
// word alone (4 letters or more, no given name before the cut, a verb
// within subjVerbWords words); a finite verb follows
// them within subjVerbWords words with no punctuation between
// (repeatVerb) or after an appositive set off by commas
// (appositiveVerb); the word before p
// is no stopword and ends in no comma, and no headline word closes a
// sentence; s restates its opening (restatedRunIn) and the story repeats
// subjRestated of the headline's content words within restatedWindow
// words; the story holds fusedLedeMinWords words, is no furniture, no
// caption, and points back to nothing but, through "the", to the
// headline's subject it repeats. It returns s and false otherwise.
func cutRepeatedSubject(s string) (string, bool) {
	if !restatedRunIn(s) {
		return s, false
	}
	starts, words := fieldStarts(s, subjHeadMaxWords+restatedWindow)
	if len(words) < subjHeadMinWords+fusedLedeMinWords {
		return s, false
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	for p := 1; p < len(words)-fusedLedeMinWords && p <= subjHeadMaxWords; p++ {
		if lex.ContainsAny(raw(p-1), ".!?") && !abbrevLike(raw(p-1)) {
			return s, false // the words before p end a sentence: no headline
		}
		if p < subjHeadMinWords-1 || lex.IsStopword(words[p-1]) || strings.HasSuffix(raw(p-1), ",") ||
			lex.ContainsAny(raw(p-1), `;:`) {
			continue
		}
		q := p
		if words[p] == "the" {
			q = p + 1
		}
		if !subjCutAt(words, raw, p, q) || doubledHead(words, p) {
			continue
		}
		m := repeatedPhrase(words[:p], words[q:min(len(words), q+subjPhraseMax)])
		if p < subjHeadMinWords && (q == p || m < p) {
			continue // a three-word headline only when the story's "the" opens it again whole
		}
		if m == 1 {
			// The headline's first word, its one-word subject, opens
			// the story again ("Tarnwick votes to ... tarnwick
			// voted ..."): no given name before the cut (a name goes on
			// across it: "<given> || <surname>"), no copy of the
			// headline's first two words ("<name>'s <headline>
			// again"), a verb within
			// subjVerbWords words with no tie between, no gossip
			// site's "exclusive" near the story's front.
			if len(words[0]) < 4 || lex.IsStopword(words[0]) || lex.IsGivenName(afterQuote(words[p-1])) ||
				p >= 2 && (titlesBefore[words[p-2]] || rankTitles[words[p-2]+"."]) ||
				q+1 < len(words) && len(words) > 1 && strings.TrimSuffix(strings.TrimSuffix(words[q+1], "'s"), "’s") == words[1] ||
				!phraseClean(raw, q, q+1) || !finiteVerbNear(words, raw, q+1, false) || hasWordNear(words, q, "exclusive") {
				continue
			}
		} else if m < 2 || m+1 <= p && repeatedPhrase(words[:p-1], words[p-1:q+m]) >= q+m-p+1 {
			continue // "indian removal act the indian removal act was ...": the repeat goes on before p
		}
		if m >= 2 && (!phraseClean(raw, q, q+m-1) || !(phraseClean(raw, q+m-1, q+m) && repeatVerb(words, raw, q+m) || appositiveVerb(words, raw, q+m))) {
			continue
		}
		_, hit := restatedCount(words[:p], words[p:min(len(words), p+restatedWindow)])
		if hit < subjRestated {
			continue
		}
		at := p
		if q == p && m >= 2 {
			at = titleBeforeCut(words, raw, p) // "... tarnwick harbour master ilse varga resigned" keeps the title (runin_repeattitle.go)
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[at]:]))
		if defect.Furniture(lede) != defect.OK || seenCaption(words[p:]) || q == p && defect.Dangles(lede) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// hasWordNear reports whether a word opening with w stands among the
// fifteen words from i.
func hasWordNear(words []string, i int, w string) bool {
	for _, x := range words[i:min(len(words), i+15)] {
		if strings.HasPrefix(x, w) {
			return true
		}
	}
	return false
}

// afterQuote returns w after its last inner quotation mark ("<quote's
// last word>'<given name>", a closing mark glued to the next word).
func afterQuote(w string) string {
	if i := strings.LastIndexAny(w, "'’\""); i >= 0 {
		return w[i+1:]
	}
	return w
}

// subjCutAt reports whether a headline may end before word p and the
// story open at p (q: after its "the"): the headline's last word is no
// verb of saying before the story's "the" and no irregular verb before
// a story with none (the story would be its clause or object), no number, no possessive and no dash "--" (a gossip site's "<name> --
// <headline>" stands near its last words), its last two words hold no
// determiner and no "and"/"or" (a noun phrase goes on across p: "the two
// ferry crews"), and the story's phrase opens on no stopword and no verb
// of saying.
func subjCutAt(words []string, raw func(int) string, p, q int) bool {
	last := words[p-1]
	if q > p && (last == "said" || last == "says" || lex.IsAttributionVerb(last)) || q == p && (last == "put" || commonVerbs[last] && !strings.HasSuffix(last, "s") || pastForms[last]) {
		return false // "... a spokesman said || the ...", "... put || global warming on ...": the story is the verb's clause or object
	}
	if numberWords[last] || last == "one" || lex.HasDigit(last) || strings.HasSuffix(raw(p-1), "'s") || strings.HasSuffix(raw(p-1), "’s") {
		return false
	}
	for k := max(0, p-3); k < p; k++ {
		if strings.Contains(raw(k), "--") {
			return false
		}
	}
	for k := max(0, p-3); k < p; k++ {
		if k >= p-2 && subjDeterminers[words[k]] || q == p && subjJoins[words[k]] {
			return false
		}
	}
	if q == p && p >= 3 && words[p-2] == "of" && !lex.ContainsAny(raw(p-1), `,;:.!?"“”'‘’()—–-`) {
		// "... the first four days of legal recreational sales ...": a
		// determined noun's "of" phrase goes on across p.
		for k := p - 3; k >= max(0, p-7); k-- {
			if lex.ContainsAny(raw(k), `,;:.!?"“”'‘’()—–-`) {
				break
			}
			if subjDeterminers[words[k]] {
				return false
			}
		}
	}
	w := words[q]
	return !lex.IsStopword(w) && w != "say" && !lex.IsAttributionVerb(w) && !numberWords[w] && !lex.HasDigit(w)
}

// doubledHead reports whether the words from p repeat the p words before
// it: a headline given twice, whose second copy a cut at p would keep.
func doubledHead(words []string, p int) bool {
	if 2*p > len(words) {
		return false
	}
	for i := range p {
		if words[i] != words[p+i] {
			return false
		}
	}
	return true
}

// subjDeterminers open or join a noun phrase that a cut right after them
// would split.
var subjDeterminers = lex.Set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
	"our", "my", "your")

// subjJoins join two nouns of one subject ("the chiefs and safety <name>
// are ..."); before a story's "the" they end a headline ("... gay scouts
// and leaders the boy scouts ...").
var subjJoins = lex.Set("and", "or", "&")

// repeatedPhrase returns the most words at the front of story (up to
// len(story)) that stand in a row in head: 0 when fewer than two do or
// none of them is a content word of 3 letters or more, but 1 when the
// story opens on the headline's first word alone.
func repeatedPhrase(head, story []string) int {
	best := 0
	for i := range head {
		n := 0
		for n < len(story) && i+n < len(head) && head[i+n] == story[n] && story[n] != "" {
			n++
		}
		best = max(best, n)
	}
	if best < 2 {
		if best == 1 && story[0] == head[0] {
			return 1
		}
		return 0
	}
	for _, w := range story[:best] {
		if len(w) >= 3 && !lex.IsStopword(w) {
			return best
		}
	}
	return 0
}

// phraseClean reports whether fields i to j-1 hold no punctuation but an
// "'s" or a hyphen inside a word (an appositive "ilse varga, the mayor" is
// no subject before its verb).
func phraseClean(raw func(int) string, i, j int) bool {
	for k := i; k < j; k++ {
		r := strings.TrimSuffix(strings.TrimSuffix(raw(k), "'s"), "’s")
		if lex.ContainsAny(r, `,;:.!?"“”()—–`) && !abbrevLike(r) || strings.HasPrefix(r, "-") || strings.HasSuffix(r, "-") {
			return false
		}
	}
	return true
}

// repeatVerb reports whether a finite verb (an auxiliary, a verb of
// saying, an irregular past, an "-ed" word of 5 letters or more; a
// present "-s" form may be a plural noun's) stands at i or within
// subjVerbWords words after it, with no punctuation before it and no
// stopword but subjectTies between.
func repeatVerb(words []string, raw func(int) string, i int) bool {
	return finiteVerbNear(words, raw, i, true)
}

// finiteVerbNear is repeatVerb, with subjectTies ("of", "in", ...)
// allowed between only when ties is true ("on <day>" always).
func finiteVerbNear(words []string, raw func(int) string, i int, ties bool) bool {
	for j := i; j < len(words) && j <= i+subjVerbWords; j++ {
		w := words[j]
		if bareAuxiliaries[w] || w == "said" || w == "says" || lex.IsAttributionVerb(w) || pastForms[w] || commonVerbs[w] && !strings.HasSuffix(w, "s") ||
			len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
		r := strings.TrimSuffix(strings.TrimSuffix(raw(j), "'s"), "’s")
		if lex.ContainsAny(r, `,;:.!?"“”()—–`) {
			return false
		}
		if lex.IsStopword(w) && !(ties && subjectTies[w]) && w != "on" {
			return false
		}
	}
	return false
}

// subjAppositiveMax is the most words of an appositive between the
// repeated subject and its verb.
const subjAppositiveMax = 12

// appositiveVerb reports whether an appositive set off by commas follows
// the repeated subject ending before i ("ilse varga, the mayor of
// tarnwick, said ..."): field i-1 ends in a comma, another comma ends a
// field within subjAppositiveMax words, and a finite verb follows it
// (repeatVerb).
func appositiveVerb(words []string, raw func(int) string, i int) bool {
	if i < 1 || !strings.HasSuffix(raw(i-1), ",") {
		return false
	}
	for j := i; j < len(words) && j < i+subjAppositiveMax; j++ {
		if lex.ContainsAny(raw(j), `;:.!?"“”—–`) && !abbrevLike(raw(j)) {
			return false
		}
		if strings.HasSuffix(raw(j), ",") {
			return j > i && repeatVerb(words, raw, j+1)
		}
	}
	return false
}

// cutRepeatedSubjects cuts, in each sentence of a reader's summary of
// lower-cased text, a headline run into a story that opens on the
// headline's subject (cutRepeatedSubject).
func cutRepeatedSubjects(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutRepeatedSubject)
}
