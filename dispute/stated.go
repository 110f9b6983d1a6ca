package dispute

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file holds the vetoes of the ninth session's strict reading (a
// skeptical editor's, on development clusters not read before): a claim
// set beside a denial must state an accusation someone else makes, and
// the figures of a count must count one event.

// negatedClaim reports a claim that says the accusation was not made
// ("Marlo hasn't been accused of wrongdoing", "she hasn't said what
// her terms would be"): a negator among the three words before a verb
// of accusing or saying. Beside a denial it is no claim denied.
func negatedClaim(cw []string) bool {
	for i, w := range cw {
		if !unsaidVerbs[w] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if negators[cw[j]] || strings.HasSuffix(cw[j], "n't") {
				return true
			}
		}
	}
	return false
}

// unsaidVerbs are verbs of accusing or saying a negator can deny.
var unsaidVerbs = lex.Set("accused", "charged", "indicted", "alleged", "claimed", "said", "accuse", "charge",
	"allege", "claim", "say", "suggested", "implicated")

// toldBySpokes reports a claim told by the denier's spokesman when a
// spokesperson denies: "A Nordair spokesman says it has reached
// a resolution" beside "A Nordair spokesperson called the claim false"
// is one side twice (toldBy matches the same noun only).
func toldBySpokes(cw []string, who string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(who))
	if len(f) == 0 || !spokesWords[strings.Trim(f[len(f)-1], ".,'’")] {
		return false
	}
	for i := 0; i+1 < len(cw) && i < 8; i++ {
		if spokesWords[cw[i]] && (cw[i+1] == "said" || cw[i+1] == "says" || cw[i+1] == "stated") {
			return true
		}
	}
	return false
}

// ownTestimony reports a claim whose subject is the denier, testifying
// or insisting ("Varek, who's charged in the case, testified that she
// had discussed a traffic study" beside "Varek refuted the charges"):
// the denier's own account, not the accusation denied.
func ownTestimony(cw []string, who string) bool {
	k := nameKey(who)
	if len(k) <= 3 || len(cw) < 2 || cw[0] != k && cw[1] != k {
		return false
	}
	for i := 1; i < len(cw) && i < 20; i++ {
		if testifyWords[cw[i]] {
			return true
		}
	}
	return false
}

// testifyWords tell someone's own account of what they did.
var testifyWords = lex.Set("testified", "testifies", "insisted", "insists", "maintains", "maintained")

// spokesWords name one role: a spokesman's statement is told by the
// same side as a spokesperson's denial.
var spokesWords = lex.Set("spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "rep")

// severalEvents reports a count that sums several events ("two bombings
// that left 34 people dead", "both attacks killed 20") beside a claim
// that counts one.
func severalEvents(d chorus.Dispute) bool {
	n := 0
	for _, c := range d.Claims {
		cw := words(c.Text)
		for i := 0; i+1 < len(cw); i++ {
			if eventNouns[cw[i+1]] && (cw[i] == "both" || isNumber(cw[i]) && cw[i] != "one") {
				n++
				break
			}
		}
	}
	return n > 0 && n < len(d.Claims)
}

// eventNouns are plural events a count may sum.
var eventNouns = lex.Set("bombings", "attacks", "blasts", "explosions", "shootings", "crashes", "earthquakes",
	"storms", "quakes", "raids", "strikes", "airstrikes", "incidents", "accidents", "fires", "tornadoes")

// quotedStatement reports a claim that is someone's quoted statement,
// credited with a plain verb of saying ("Her father took her to Orla,
// he said, \"to keep her safe\""), beside a denial
// that points back to allegations or claims ("denied the allegations"):
// the words of a statement are not the allegation denied unless the
// claim says so (a verb or noun of alleging, accusing, charging or
// reporting, or someone telling a reporter). Written after reading the
// development errors of session 10 (three denials beside a quoted
// statement: the denier's own words, a garbled post, a prosecutor's
// description of a suspect's aim).
func quotedStatement(text string, cw, obj []string) bool {
	noun, _, ok := anaphoric(obj)
	if !ok || noun == "" || !accusationNouns[noun] {
		return false
	}
	q := strings.Count(text, "\"") + strings.Count(text, "“") + strings.Count(text, "”")
	return q >= 2 && !hasAny(cw, strongClaims) && !hasAny(cw, accusationVerbs) && !hasAny(cw, allegingWords)
}

// ownSaid reports a claim whose only claim is one the denier, named by
// k, makes ("the judge postponed the trial after Brackair said its
// lawyers were busy" beside "Brackair dismissed those claims"): the
// denier's own words, with no accusation or report of one in the
// sentence. toldBy reads a denier named by a common noun.
func ownSaid(cw []string, k string) bool {
	if len(k) <= 3 || hasAny(cw, strongClaims) || hasAny(cw, accusationVerbs) || hasAny(cw, allegingWords) {
		return false
	}
	for i := 0; i+1 < len(cw); i++ {
		if cw[i] != k {
			continue
		}
		j := i + 1
		if j+1 < len(cw) && (cw[j] == "has" || cw[j] == "had" || cw[j] == "also") {
			j++ // "Orla has said it would not ..."
		}
		if cw[j] == "said" || cw[j] == "says" || cw[j] == "stated" || cw[j] == "claimed" {
			return true
		}
	}
	return false
}

// allegingWords make a sentence the report of an allegation, beside
// strongClaims and accusationVerbs.
var allegingWords = lex.Set("allege", "alleging", "allegation", "allegations", "accusation", "accusations",
	"accusing", "claiming", "claim", "blamed", "blaming", "charges", "lawsuit", "suit", "story", "report", "told")

// statesDenied reports a denial of two claims whose denial states what
// it denies in a clause ("denied reports that it is considering a free
// streaming service") and whose claim states that act by the clause's
// verb, by its stem or a word for the same act ("Orla Books is
// considering a streaming service, according to people close to the
// company"): the claim states the thing denied. A denial that points
// back ("denied the charges"), calls a claim false, or denies an act or
// wrongdoing of its own is read by the other rules.
func statesDenied(d chorus.Dispute) bool {
	if len(d.Claims) != 2 {
		return false
	}
	dw := words(d.Claims[1].Text)
	p, _ := deniedPredicate(dw, denyAt(dw))
	return p != "" && statesAct(words(d.Claims[0].Text), []string{p})
}

// deniedPredicate returns the predicate of the clause a denial states
// it denies ("denied that the site is nuclear" → "nuclear"; "denied
// reports that it ordered a no-fly zone" → "ordered"), or "" for a
// denial that points back ("denied the charges"), calls a claim false,
// insists on a negative, denies an act or wrongdoing of its own, or
// names a thing without a clause ("denied an affair"). The claim set
// beside it must state that predicate: a claim that shares the clause's
// other words ("a site was found") does not state what is denied. Blind
// readers (session 10, test) rejected North Korea's denial that a site
// is nuclear beside a sentence saying only that a site was found.
func deniedPredicate(dw []string, v int) (pred string, rest []string) {
	if v < 0 || sayVerbs[dw[v]] || insistVerbs[dw[v]] {
		return "", nil
	}
	obj := dw[v+1:]
	if _, _, ok := anaphoric(obj); ok || wrongdoing(obj) || deniedAct(obj) {
		return "", nil
	}
	clause := clauseOf(obj)
	pred = predicate(clause)
	if pred == "" {
		return "", nil
	}
	at := slices.Index(clause[1:], pred) + 1
	return pred, clause[at+1:]
}

// statesDeniedClause reports whether a claim's words cw state the clause
// a denial denies, read by deniedPredicate: its predicate, by its stem
// or a word for the same act (statesAct), or else what the predicate is
// said of, at least two of its first four content words before a comma
// or a relative clause, all of them in the claim ("was testing a new type of torpedo" beside "was carrying a
// new type of torpedo"): the same proposition told with another verb.
func statesDeniedClause(cw []string, pred string, rest []string) bool {
	if statesAct(cw, []string{pred}) {
		return true
	}
	var content []string
	for _, w := range rest {
		if w == "," || w == "that" || relatives[w] {
			break // "a new type of torpedo that used ...": up to its own clause
		}
		if len(w) >= 4 && !lex.IsStopword(w) {
			content = append(content, w)
		}
		if len(content) == 4 {
			break
		}
	}
	if len(content) < 2 {
		return false
	}
	for _, w := range content {
		if !containsWord(cw, w) {
			return false
		}
	}
	return true
}

// predicate returns the verb of a denied clause ("that they ordered a
// no-fly zone" → "ordered"; "it is considering a service" →
// "considering"; "he was a member of the gang" → "member"): the word
// after its auxiliaries, or its first past form after a subject; ""
// when none is found in the clause's first eight words or the word is
// an adverb ("increasingly").
func predicate(x []string) string {
	if len(x) > 0 && x[0] == "that" {
		x = x[1:]
	}
	for i := 1; i < len(x) && i < 8; i++ {
		w := x[i]
		if w == "," {
			return ""
		}
		if finite[w] || auxiliaries[w] {
			j := i + 1
			for j < len(x) && (finite[x[j]] || auxiliaries[x[j]] || adverbs[x[j]] || negators[x[j]] || strings.HasSuffix(x[j], "n't")) {
				j++
			}
			for j < len(x) && (determiners[x[j]] || x[j] == "a" || x[j] == "an") {
				j++
			}
			if j < len(x) && len(x[j]) >= 4 && !strings.HasSuffix(x[j], "ly") {
				return x[j]
			}
			return ""
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			return w
		}
	}
	return ""
}

// auxiliaries come before the verb of a clause, with finite's forms.
var auxiliaries = lex.Set("been", "be", "being", "may", "might", "must", "shall", "do", "am")

// namedOnly reports a claim beside a denial that points back to
// allegations ("denied the allegation") whose only accusation is the
// noun itself, neither said of what ("allegations of ...", "claims
// that ...") nor told by a verb of accusing ("An 11th woman has come
// forward with allegations against X, and there's a lawsuit
// attached"): it names the allegations without stating them.
func namedOnly(cw, obj []string) bool {
	noun, _, ok := anaphoric(obj)
	if !ok || noun == "" || !accusationNouns[noun] || hasAny(cw, accusationVerbs) || hasAny(cw, strongVerbs) {
		return false
	}
	named := false
	for i, w := range cw {
		if w != "allegations" && w != "allegation" && w != "accusations" && w != "accusation" && w != "claims" {
			continue
		}
		if i+1 < len(cw) && (cw[i+1] == "that" || cw[i+1] == "of" || clauseOpeners[cw[i+1]]) {
			return false
		}
		named = true
	}
	return named
}

// strongVerbs tell an accusation or report by a verb, beside
// accusationVerbs.
var strongVerbs = lex.Set("alleged", "allegedly", "accuse", "allege", "sued", "suing", "reported", "reportedly", "says", "said", "told")
