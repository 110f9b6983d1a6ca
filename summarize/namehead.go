package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, beside nameBare: a full name
// is never written into a lower-cased sentence right after a word that is
// already part of the person's name there. Multi-News writes "don
// velmor" and "will velmor", words lex's given-name list leaves out (a
// short form, a common word), so nameBare read the surname as bare and
// wrote "don Donald Velmor", or another person's full name ("will Ryan
// Velmor" where a second Velmor is named elsewhere); and after "he will"
// a verb the cluster writes after a listed given name ("<given> split
// the prize") was taken for a surname ("he will <Given> Split").

// nameHeadAt reports whether the word p before the bare surname sur
// keeps nameBare from writing the full name full there: p is a subject
// pronoun or "will" ("he <verb>", "will <surname>" names the person
// already, "he will <verb>" holds no surname); p is another auxiliary and
// sur reads as a verb, adverb or clause word ("has <given> accepted",
// "was <given> inside"; "was <surname>'s" is a name); p is a short form or
// another spelling of full's given name ("don" of "Donald", sameGiven); or
// p is a word of heads, those the cluster writes right before the surname
// as a given name (nameHeadWords).
func nameHeadAt(p, sur, full string, heads map[string]bool) bool {
	p = lex.Lower(strings.TrimLeft(p, "\"“‘'`(["))
	if p == "" || strings.TrimRight(p, ",.;:!?\"”’'`)]—-") != p {
		return false // punctuation: a name may open after it
	}
	if headPronouns[p] {
		return true
	}
	if rawNamePronouns[p] && (participleLike(sur) || verbForm(sur) || nameHeadVerbs[sur] || notGiven[sur] || lex.IsStopword(sur)) {
		return true
	}
	first := lex.Lower(lex.SpaceFieldsShared(full)[0])
	if p == first {
		return false
	}
	if slices.Contains(nameShortForms[p], first) {
		return true // "don" of "Donald", "bob" of "Robert"
	}
	return !lex.IsStopword(p) && !notGiven[p] && sameGiven(p, first) || heads[p] // not "and" of "Andrew"
}

// nameShortForms maps the common short forms of given names, some of
// them common words or stopwords ("don", "will", "bill"), to the names
// they shorten: written before a surname, they are the given name.
var nameShortForms = map[string][]string{
	"al": {"albert", "alan", "alfred"}, "alex": {"alexander", "alexandra"}, "andy": {"andrew"},
	"ben": {"benjamin"}, "beth": {"elizabeth"}, "bill": {"william"}, "billy": {"william"},
	"bob": {"robert"}, "bobby": {"robert"}, "chris": {"christopher", "christine", "christina"},
	"dan": {"daniel"}, "dave": {"david"}, "dick": {"richard"}, "don": {"donald"},
	"ed": {"edward", "edwin"}, "fred": {"frederick"}, "greg": {"gregory"}, "harry": {"henry"},
	"jack": {"john"}, "jeff": {"jeffrey"}, "jim": {"james"}, "jimmy": {"james"}, "joe": {"joseph"},
	"kate": {"katherine", "catherine", "kathleen"}, "ken": {"kenneth"}, "larry": {"lawrence"},
	"liz": {"elizabeth"}, "matt": {"matthew"}, "mike": {"michael"}, "nick": {"nicholas"},
	"pat": {"patrick", "patricia"}, "pete": {"peter"}, "rick": {"richard"}, "rob": {"robert"},
	"ron": {"ronald"}, "sam": {"samuel", "samantha"}, "steve": {"steven", "stephen"},
	"sue": {"susan"}, "ted": {"edward", "theodore"}, "tim": {"timothy"}, "tom": {"thomas"},
	"tony": {"anthony"}, "will": {"william"},
}

// headPronouns before a word show it a verb, or a name already begun
// ("will <surname>"); "who" is left out ("who <surname> calls ...").
var headPronouns = lex.Set("i", "you", "he", "she", "it", "we", "they", "will")

// nameHeadVerbs are past participles that pastForms lacks: after an
// auxiliary they are the verb, no surname ("was known").
var nameHeadVerbs = lex.Set("known", "shown", "seen", "been", "done", "gone", "become", "come", "run", "set", "put")

// nameHeadWords returns, for each surname of bare, the words the
// cluster's candidates write right before it that read as a given name
// the list lacks ("wilfred" of "wilfred velmor" where the sources name
// him "William Velmor" too): letters only, three or more, no stopword,
// verb of saying, role, title, determiner or clause word, and not shaped
// like a verb, participle, adverb, adjective or plural noun.
func (c *cluster) nameHeadWords(bare map[string]string) map[string]map[string]bool {
	if len(bare) == 0 {
		return nil
	}
	var out map[string]map[string]bool
	_, cores := c.candCores()
	for _, cs := range cores {
		for j := 1; j < len(cs); j++ {
			sur := cs[j].w
			if _, ok := bare[sur]; !ok || cs[j-1].punct {
				continue
			}
			p := cs[j-1].w
			if len(p) < 3 || !lettersOnly(p) || strings.Contains(p, "-") || lex.IsStopword(p) || lex.IsAttributionVerb(p) ||
				notSurnameWords[p] || titlesBefore[p] || notGiven[p] || rawNamePronouns[p] || subjectPronouns[p] ||
				verbLike(p) || adverbLike(p) || adjectiveLike(p) || pluralNoun(p) || verbForm(p) || lex.IsGivenName(p) {
				continue
			}
			if out == nil {
				out = make(map[string]map[string]bool)
			}
			if out[sur] == nil {
				out[sur] = make(map[string]bool)
			}
			out[sur][p] = true
		}
	}
	return out
}
