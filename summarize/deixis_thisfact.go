package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file extends the demonstrative rule (demonstrative.go) from
// "these X" and "those X" to a singular "this X" or "that X" whose X is a
// thing told, not a time or a place: "alerted to this fact", "rejected
// that argument", "quashed that theory", "science never supported this
// notion". In its article the sentence before says which fact, argument
// or theory; read after another source's sentence, it points at nothing
// the reader was given. Selection takes such a sentence only once a
// chosen sentence names X, or right after the sentence before it in its
// source (demonstrativeStands).
//
// X is one of a closed set of nouns (thisFactNouns) standing right after
// the demonstrative. A bare singular count noun cannot follow a
// conjunction "that", so "that argument" is the demonstrative; nouns that
// also read as verbs after a relative "that" ("bacteria that process",
// "groups that issue", "ones that number") are read only after "this"
// (thisOnlyNouns). "In this case" and the like are idioms and are not in
// the set. A noun with a phrase after it that may say which one ("this
// debate about ...", and so any preposition: "rejected that argument in
// a ruling" is left to stand) or a colon ("with this question: ...")
// points ahead, not back. A chosen sentence of its article up to thisFactNear
// sentences before it, or a chosen word sharing X's stem ("discovered"),
// lets it stand: there the reader was most often told X in other words.
//
// Measured against 3a4f68d (default summaries): validation 3 of 5,598
// changed, all read: 2 better ("this policy" gone for the retweets that
// the next quote is about; "this experience" gone for the sentence on
// easy returns it meant), 1 the same ("that strategy" gone for another
// loose sentence). Train 1-22,000: 1 of 21,907 changed, read: the same.
// Tried and dropped: "problem", "tragedy", "incident", "crisis",
// "number", "process", "idea", "discovery", "debate", "measure"
// (validation 3 worse of 14; train 1-22,000 21 changed, 17 read: 6
// worse, 4 better; most often a summary sentence before told X in other
// words: "miss the warm glow ... solve this problem");
// without the near-sentence guard "this fact", "this question" and "this
// notion" changed 3 on validation, 1 worse (an anecdote after a lede
// that told the fact).

// thisFactNouns are the things told that "this" or "that" points back at.
var thisFactNouns = lex.Set("fact", "argument", "theory", "notion", "strategy", "decision", "policy",
	"allegation", "accusation", "assertion", "finding", "revelation",
	// read only after "this" (thisOnlyNouns)
	"question", "issue", "approach", "practice", "experience")

// thisOnlyNouns also read as verbs after a relative "that".
var thisOnlyNouns = lex.Set("question", "issue", "approach", "practice", "experience")

// thisFactMaxAt is the most words before the demonstrative: further on,
// the sentence most often tells its referent itself ("... suggested a
// gas leak, but tests quashed that theory").
const thisFactMaxAt = 12

// thisFactStem is how many leading letters of X a chosen word shares to
// name it in another form ("discovered" for "this discovery").
const thisFactStem = 5

// thisFactHeads returns the noun (defect.NameKey folds), then "this", of the first
// "this X" or "that X" in s that points back at a thing told
// (thisFactNouns), where s does not name X before it. nil when there is
// none.
func thisFactHeads(s string) []string {
	if !thisFactKeys.In(s) {
		return nil
	}
	f := lex.SpaceFieldsShared(s)
	for i := 0; i+1 < len(f) && i <= thisFactMaxAt; i++ {
		d := lex.Lower(lex.TrimPunct(f[i], demTrim))
		if d != "this" && d != "that" || strings.ContainsAny(f[i], ",;:.!?") {
			continue
		}
		noun := lex.Lower(lex.TrimPunct(f[i+1], demTrim))
		if !thisFactNouns[noun] || d == "that" && thisOnlyNouns[noun] {
			continue
		}
		if i+2 < len(f) && !strings.ContainsAny(f[i+1], ",;:.!?") && (defect.IsPostModifier(lex.Lower(f[i+2])) || demFollowers[lex.Lower(f[i+2])]) {
			continue // "this debate about ...", "that idea which ..."
		}
		if strings.Contains(f[i+1], "-") || strings.HasSuffix(f[i+1], ":") {
			continue // "this fact-free ...", "with this question: ..." points ahead
		}
		key := defect.NameKey(noun)
		named := false
		for _, x := range f[:i] {
			if defect.NameKey(lex.Lower(lex.TrimPunct(x, demTrim))) == key {
				named = true
				break
			}
		}
		if named {
			continue
		}
		return []string{key, "this"}
	}
	return nil
}

// thisFactKeys find "this" and "that" in any ASCII case: a cheap test
// before thisFactHeads splits the sentence.
var thisFactKeys = lex.NewFoldSubstrings("this ", "that ")

// thisFactNamed reports whether key is one of thisFactNouns and a chosen
// word (words) shares its first thisFactStem letters: "discovered" names
// the discovery that "this discovery" points at.
func thisFactNamed(key string, words map[string]bool) bool {
	if !thisFactNouns[key] {
		return false
	}
	stem := key[:min(len(key), thisFactStem)]
	for w := range words {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// thisFactNear is how many sentences before a "this X" a chosen sentence
// of its article may stand and still tell X: "To test this idea" after
// the chosen sentence that states the idea in other words.
const thisFactNear = 3

// chosenJustBefore reports whether a chosen fact's sentence stands in
// cd's article at most thisFactNear sentences before it.
func (c *cluster) chosenJustBefore(cd *candidate, chosen []bool) bool {
	for f, ok := range chosen {
		if !ok {
			continue
		}
		r := &c.cands[c.facts[f].rep]
		if r.doc == cd.doc && r.pos < cd.pos && cd.pos-r.pos <= thisFactNear {
			return true
		}
	}
	return false
}
