package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file widens untitledGiven (truecase_untitledgiven.go) to a name
// whose second word the truecaser left low as well. untitledGiven raises
// a word the model never saw before a capitalised surname; when the
// surname is a word the model knows as a common one too ("roof", "riot")
// or another word it never saw, both stay low: "shooter dylann roof",
// "the punk band pussy riot", "actor chiwetel ejiofor".
// raiseUnseenPairNames writes both with a capital when the first word is
// shaped as untitledGiven asks (the model never saw it, no common
// ending, no two words run together, not after "to"), the cluster writes
// it twice at least and always right before the second, and the second
// is a word of letters that is no stopword, no plural's shape and no
// word cased text writes lower-case ten times as often as capitalised
// (Model.Common: "zika virus", "covid vaccine" keep their noun low). No
// article, possessive or number stands before the pair.
//
// The pair is left when a third capitalised word follows it or an
// unseen lower-case word stands before it ("recep tayyip Erdogan": the
// title rules raise the whole name).
//
// Measured against 18c2d0d with raiseGeoNames (letter case alone):
// validation 2 of 5,598 summaries changed, both better ("church shooter
// Dylann Roof"). Train 1-38,000: 24 changed, all read: 24 better
// ("Meechaiel Criner", "Ruslan Boshirov", "Darya Klishina", "Alaina
// Petty", "Alanis Morissette"), 0 worse once the guards above were added
// (before them 2 worse: "prime minister recep Tayyip", the title rule's
// whole name lost). Left: "phoebe prince", "pussy riot", "cate
// blanchett" (no speaker's surname alone, or one use).

// unseenPairBodies are nouns of a body's or a place's name that a verb of
// saying follows as a person's name does: "the borno state said".
var unseenPairBodies = lex.Set("state", "province", "region", "government", "ministry", "party", "army", "police")

// raiseUnseenPairNames raises, in the sentences, voice statements and
// claims of sum, the two-word names the truecaser left low.
func (c *cluster) raiseUnseenPairNames(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return c.unseenPairsIn(s, tc) })
}

// unseenPairsIn is raiseUnseenPairNames for one text.
func (c *cluster) unseenPairsIn(s string, tc *truecase.Model) string {
	if !hasSpacedLower(s) {
		return s
	}
	var fields []string
	shared := lex.SpaceFields(s) // not SpaceFieldsShared: internal/lex TestSpaceFieldsSharedReadOnly cannot follow it into unseenPairName
	for j := 0; j+1 < len(shared); j++ {
		g := shared[j]
		if len(g) < 3 || g[0] < 'a' || g[0] > 'z' || !lettersOnly(g) {
			continue
		}
		f := shared[j+1]
		if len(f) < 3 || f[0] < 'a' || f[0] > 'z' {
			continue
		}
		core, _ := lowerCore(f)
		if len(core) < 3 || !strings.HasPrefix(f, core) || !lettersOnly(core) {
			continue
		}
		if j+2 < len(shared) && upperFirst(shared[j+2]) && f == core {
			continue // a third word capitalised: "recep tayyip Erdogan", the title rules' name
		}
		if !c.unseenPairName(g, core, shared, j, tc) {
			continue
		}
		if fields == nil {
			fields = slices.Clone(shared)
		}
		fields[j] = lex.UpperFirst(g)
		fields[j+1] = lex.UpperFirst(f)
		j++
	}
	if fields == nil {
		return s
	}
	return strings.Join(fields, " ")
}

// unseenPairName reports whether the lower-case words g and w, at
// fields[j] and after it, are a name's two words as the file's comment
// says.
func (c *cluster) unseenPairName(g, w string, fields []string, j int, tc *truecase.Model) bool {
	if known, _ := tc.Known(g); known {
		return false // most words: the model's
	}
	if lex.IsStopword(w) || lex.IsAttributionVerb(w) || pluralShaped(w) || tc.Common(w) || truecase.PeopleWord(w) {
		return false
	}
	prev := ""
	if j > 0 {
		prev = lex.Lower(fields[j-1])
		if thingBefore(fields[j-1]) {
			return false
		}
		if known, _ := tc.Known(prev); !known && prev == fields[j-1] && lettersOnly(prev) {
			return false // a longer name's later words: "recep tayyip erdogan"
		}
	}
	if lex.IsStopword(g) || !givenShaped(tc, g) || kinWords[g] || roleWords[g] || untitledNouns[g] || prev == "to" {
		return false
	}
	if strings.HasSuffix(g, "est") || strings.HasSuffix(g, "ee") || runTogether(tc, g) {
		return false
	}
	if pluralShaped(g) || orgHeads[lex.UpperFirst(w)] || placeNouns[w] || unseenPairBodies[w] {
		return false // "antiquities authority said", "borno state said": a body's name
	}
	pairs, uses := c.pairUses(g, w)
	return pairs >= listedPairMin && pairs == uses && c.surnameSpeaks(g, w) && !c.writesAfterDeterminer(w)
}
