package dispute

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A denial of responsibility answers a sentence that blames the denier:
// "The Ostrian government denied any involvement in the attack" beside
// "Kestria blamed Ostria for the attack" or "officials believe Ostria
// was behind the attack". Such a claim need not use a word of alleging
// ("accused", "alleged"), which the other denials of wrongdoing ask for;
// and a country is often blamed by its capital or its seat of power
// ("accuses Moscow of", "the Kremlin") and denies under its own name.

// responsibilities are what a denial of responsibility names: "denied
// any involvement", "denies responsibility for", "denied any role in".
var responsibilities = lex.Set("involvement", "responsibility", "role", "blame", "complicity")

// deniesResponsibility reports an object that denies the denier's
// responsibility ("any involvement in the attack", "responsibility for
// the deaths").
func deniesResponsibility(obj []string) bool {
	i := 0
	if i < len(obj) && (obj[i] == "any" || obj[i] == "all" || obj[i] == "his" || obj[i] == "her" || obj[i] == "their" || obj[i] == "its") {
		i++
	}
	return i < len(obj) && responsibilities[obj[i]]
}

// blameWords put the responsibility for something on someone: a verb of
// blaming or accusing, or "responsible", "behind" ("was behind the
// attack"), "orchestrating".
var blameWords = lex.Set("blamed", "blames", "blaming", "blame", "accused", "accuses", "accusing", "responsible",
	"behind", "orchestrated", "orchestrating", "suspected", "culprit", "perpetrators")

// blames reports a claim c that puts the blame on the denier who: a
// blame word within six words of a word naming the denier (nameKey, or a
// word of the same country: blamesName), no negation of the blame
// ("not responsible", "no evidence"), and no denial of its own.
func blames(c sentence, who string) bool { return blamesIn(c.words, who) }

// blamesIn is blames over a claim's words.
func blamesIn(ws []string, who string) bool {
	if hasAny(ws, rebuttals) {
		return false
	}
	for i, w := range ws {
		if !blameWords[w] || i > 0 && (ws[i-1] == "not" || ws[i-1] == "no" || ws[i-1] == "never") {
			continue
		}
		for j := max(0, i-6); j < len(ws) && j <= i+6; j++ {
			if j != i && blamesName(ws[j], who) {
				return true
			}
		}
	}
	return false
}

// blamesName reports whether word w names the denier who: its name key
// (nameKey), or a word of the same country ("moscow", "kremlin",
// "russian" for "Russia"; "saudi" for "The Saudis").
func blamesName(w, who string) bool {
	key := nameKey(who)
	if len(key) <= 3 {
		return false
	}
	if w == key || len(key) >= 5 && (strings.HasPrefix(w, key) || strings.HasPrefix(key, w) && len(w) >= 5) {
		return true // "russian" for "Russia", "saudi" for "Saudis"
	}
	for _, g := range countryWords {
		if g[key] && g[w] {
			return true
		}
	}
	return false
}

// countryWords group the words a country is named by in the news: its
// name, its people's adjective, its capital and seat of power.
var countryWords = []map[string]bool{
	lex.Set("russia", "russian", "russians", "moscow", "kremlin"),
	lex.Set("china", "chinese", "beijing"),
	lex.Set("iran", "iranian", "tehran"),
	lex.Set("korea", "korean", "pyongyang"),
	lex.Set("syria", "syrian", "damascus"),
	lex.Set("arabia", "saudi", "saudis", "riyadh"),
	lex.Set("israel", "israeli", "israelis"),
	lex.Set("pakistan", "pakistani", "islamabad"),
}

// blameKey prefixes, in cache.shown, a denial of responsibility paired
// by blameClaim: shown past the confidence model, whose features were
// read from denials beside accusations (alleged, accused), but not past
// the vetoes.
const blameKey = "\x00blame "

// blameClaim returns the index in all of the claim that blames the
// denier who of the denial all[k] ("denied any involvement"): the
// sentence of any source that blames who (blames), sharing most content
// terms with the denial, else -1.
func blameClaim(all []sentence, k int, who string, claimable func(sentence) bool) int {
	claim, best := -1, -1
	for j, c := range all {
		if j == k || !claimable(c) || !blames(c, who) {
			continue
		}
		if n := lex.Intersect(c.termsOf(), all[k].termsOf()); n > best {
			best, claim = n, j
		}
	}
	return claim
}
