package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the reading stage's last step, after
// raiseNamedUnseen. A company's or a person's name the truecase model
// never saw stays low where a lower-cased cluster never opens a sentence
// with it: "blood-testing company theranos", "married to theranos".
// raiseSlotNames writes such a word with a capital wherever the summary
// writes it, when the cluster's candidates put it in a name's slot
// (slotAt: "<word> inc." and "<word> founder" where a name may open,
// "company <word>", "ceo of <word>", "<word> said" after a comma or a
// quotation mark; twice for a word ending like a plural) and the word is
// one unseenIntroducedWord takes for a name: no part the model knows, no
// stopword, no plural of a known word, never after an article or a
// possessive in the cluster ("the startup said" is a common noun's); no
// role ("company cashier") nor verb's past ("the company shuttered").
// An unseen word beside it that the cluster writes only there is the
// name's other word and is raised with it ("Dicky Sondani").
//
// Measured against 2e04780 (lower-cased clusters; letter case alone):
// validation 44 of 5,598 summaries changed, all read: 41 better
// ("company Theranos", "Yemenia spokesman", "Hottovy said", "Sherry
// Portanova"), 0 worse, 3 the same (a mixed-case name given a first
// capital alone: "Siriusxm", "Finma"). Train 1-15,016: 96 changed, all
// read: 90 better ("Palantir", "Mindy Kaling", "Luossavaara-Kiirunavaara
// Aktiebolag"), 0 worse, 6 the same ("Eharmony", "Hbgary"). Not kept
// (validation 2 worse, train 5 of 121): a sentence-opening "<word> said"
// ("Wardens said"), one after a possessive ("the ad's narrator says"),
// "<word> ltd" after another word ("huayou cobalt ltd" raised the
// metal), a role or a verb's past after "company" ("company cashier",
// "the company shuttered"), a plural-shaped word on one slot
// ("authorites said").
// Left: "halle berry", "cc sabathia", "target stores" (words the model
// knows lower-case), brands in mixed case ("SiriusXM").

// Closed lists of slotName.
var (
	// slotOrgAfter follow a company's name: "<word> inc.".
	slotOrgAfter = lex.Set("inc", "corp", "llc", "ltd", "plc")
	// slotRoleAfter follow an organisation's name as a role of its own:
	// "<word> founder", "<word> spokeswoman".
	slotRoleAfter = lex.Set("founder", "co-founder", "ceo", "spokesman", "spokeswoman", "spokesperson", "headquarters")
	// slotOrgBefore come right before a company's name: "company <word>".
	slotOrgBefore = lex.Set("company", "firm", "startup", "start-up")
	// slotOfBefore come before "of" and a company's name: "ceo of
	// <word>".
	slotOfBefore = lex.Set("ceo", "founder", "co-founder", "spokesman", "spokeswoman")
	// slotSaid follow a name that opens a clause: "<word> said".
	slotSaid = lex.Set("said", "says")
)

// raiseSlotNames raises, in the sentences, voice statements and claims
// of sum, the unseen words the cluster writes in a name's slot.
func (c *cluster) raiseSlotNames(sum *chorus.Summary) {
	tc := truecase.Default()
	verdict := map[string]bool{} // a word's answer, once per cluster
	rewriteTexts(sum, func(s string) string { return c.slotNamesIn(s, tc, verdict) })
}

// slotNamesIn is raiseSlotNames for one text; verdict holds the answers
// for the words already read.
func (c *cluster) slotNamesIn(s string, tc *truecase.Model, verdict map[string]bool) string {
	if !hasSpacedLower(s) {
		return s
	}
	fields := lex.SpaceFields(s)
	changed := false
	for j, f := range fields {
		if f == "" || f[0] < 'a' || f[0] > 'z' {
			continue
		}
		w, _ := lowerCore(f)
		if len(w) < slotNameMin || len(w) > len(f) || f[:len(w)] != w {
			continue
		}
		ok, seen := verdict[w]
		if !seen {
			ok = slotWord(w) && c.unseenIntroducedWord(w, tc, true) && c.slotName(w)
			verdict[w] = ok
		}
		if ok {
			fields[j] = raisePlaceWord(f, len(w))
			changed = true
			c.raiseSlotNeighbours(fields, j, w, tc)
		}
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// slotWord reports whether the lower-case word w may be a name by its
// letters and lists: no role ("cashier"), title or stopword, no verb's
// past ("the company shuttered") nor adverb.
func slotWord(w string) bool {
	return len(w) >= slotNameMin && !noSurnameWord(w) && !voices.IsRoleWord(w) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// slotNameMin is the fewest letters of a word raiseSlotNames raises.
const slotNameMin = 4

// hasSpacedLower reports whether s holds a lower-case ASCII letter after
// a space: the cheap test before raiseSlotNames splits s.
func hasSpacedLower(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] == ' ' && 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// slotName reports whether the candidates of the cluster write the
// lower-case word w in a name's slot (the file's comment), twice when w
// ends like a plural ("authorites said").
func (c *cluster) slotName(w string) bool {
	fields, cores := c.candCores()
	hits := 0
	for ci, cs := range cores {
		for k := range cs {
			if cs[k].w != w {
				continue
			}
			if slotAt(fields[ci], cs, k) {
				hits++
			}
		}
	}
	need := 1
	if pluralShaped(w) {
		need = 2
	}
	return hits >= need
}

// pluralShaped reports whether w ends as an English plural does ("s",
// not "ss", "us", "is", "os").
func pluralShaped(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "os")
}

// slotAt reports whether the word cs[k] (of the fields fs) stands in a
// name's slot.
func slotAt(fs []string, cs []core, k int) bool {
	if k+1 < len(cs) && !cs[k].punct {
		next := cs[k+1].w
		if (slotOrgAfter[next] || slotRoleAfter[next]) && slotOpens(cs, k) {
			return true
		}
		if slotSaid[next] && k > 0 && clauseEnd(fs[k-1]) {
			return true // ", theranos said": a clause opens on it (not a sentence, "Wardens said", nor "the ad's narrator says")
		}
	}
	if k >= 1 && !cs[k-1].punct && slotOrgBefore[cs[k-1].w] {
		return true
	}
	return k >= 2 && !cs[k-1].punct && cs[k-1].w == "of" && !cs[k-2].punct && slotOfBefore[cs[k-2].w]
}

// slotOpens reports whether a name may open at cs[k]: the word before it
// is a stopword, a verb of saying or one of slotOrgBefore, or a stop or
// comma ends it. A name's first word stands there, not its second:
// "zhejiang huayou cobalt ltd" names no "Cobalt".
func slotOpens(cs []core, k int) bool {
	if k == 0 || cs[k-1].punct {
		return true
	}
	p := cs[k-1].w
	return p == "" || lex.IsStopword(p) || lex.IsAttributionVerb(p) || slotOrgBefore[p]
}

// clauseEnd reports whether the field f ends on a comma or a quotation
// mark: what stands before a clause's subject.
func clauseEnd(f string) bool {
	return strings.HasSuffix(f, ",") || strings.HasSuffix(f, "\"") || strings.HasSuffix(f, "”")
}

// raiseSlotNeighbours raises the lower-case words beside fields[j], the
// slot name w just raised, that make one name with it: an unseen word
// (unseenIntroducedWord, slotWord) that every candidate of the cluster
// writes on that side of w and nowhere else ("police chief dicky
// sondani": "Dicky Sondani"; "shooter ayisha falaq": "Ayisha Falaq").
func (c *cluster) raiseSlotNeighbours(fields []string, j int, w string, tc *truecase.Model) {
	if _, punct := lowerCore(fields[j]); !punct && j+1 < len(fields) {
		if x, ok := c.slotNeighbour(fields[j+1], tc); ok {
			if pairs, uses := c.pairUsesAfter(w, x); pairs > 0 && pairs == uses {
				fields[j+1] = raisePlaceWord(fields[j+1], len(x))
			}
		}
	}
	if j > 0 {
		if x, ok := c.slotNeighbour(fields[j-1], tc); ok && x == fields[j-1] {
			if pairs, uses := c.pairUses(x, w); pairs > 0 && pairs == uses {
				fields[j-1] = raisePlaceWord(fields[j-1], len(x))
			}
		}
	}
}

// slotNeighbour returns the lower-case core of the field f and whether
// it may be a name's other word beside a slot name: no ending of a
// common noun, verb or adverb ("Equifax negligently failed").
func (c *cluster) slotNeighbour(f string, tc *truecase.Model) (string, bool) {
	if f == "" || f[0] < 'a' || f[0] > 'z' {
		return "", false
	}
	x, _ := lowerCore(f)
	if len(x) > len(f) || f[:len(x)] != x || !slotWord(x) || commonEnding(x) || !c.unseenIntroducedWord(x, tc, true) {
		return "", false
	}
	return x, true
}
