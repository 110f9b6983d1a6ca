package summarize

import (
	"slices"

	"github.com/chorusnews/chorus/internal/lex"
)

// Another source's lede telling the opening's act again in the passive
// (passiveRetold, a part of secondLede). One wire opens on who did it, the
// other on whom it was done to, and the second lede test, which asks that
// the two subjects share their head, let the second telling in as a
// later sentence (invented: "Tarnwick's mayor Anna Varga fired harbour
// master Piet Lund on Monday, saying the port needed a fresh start." and,
// from another source's lede, "Tarnwick harbour master Piet Lund has
// been replaced amid anger over the ferry delays."). Here the subject of
// the passive one (a form of "be" before its verb: "has been replaced",
// "was ousted") has its head among the active one's words after its verb
// (its object, up to the first comma), and putting a person out of a
// post is one act whichever verb tells it (firingVerbs: "fired",
// "ousted", "sacked", "dismissed", "replaced" ...). The rest is
// secondLede's: the shared words, the guards for a charge, a number, a
// person, a clause of why or who, a second predicate, a negation.
// "Lund was fired for <cause>" keeps its place (chargeVerbs), and so
// does a passive whose subject is the active one's subject ("Varga was
// elected ..." after "Varga fired ...": not the one the act was done
// to).
//
// Measured against e95519a (h43redund), Multi-News default summaries:
// validation 1 of 5,599 changed, read: 1 better (blind138's firing told
// again as "<commissioner> has been removed as head of the force ...",
// its place given to why he was criticised); train 1-38,000 0 of 37,862
// changed. The firing class alone, on secondLede's own subject test,
// changed nothing of either set. Fill is unchanged: the rule runs on a
// reader's summary only.

// firingVerbs put a person out of a post: one act for secondLede
// whichever of them each lede uses.
var firingVerbs = lex.Set("fired", "ousted", "sacked", "dismissed", "replaced", "removed", "axed", "terminated")

// beForms before a main verb make it a passive.
var beForms = lex.Set("is", "was", "are", "were", "been", "being", "be")

// sameActOrFiring reports whether verbs a and b name one act (sameAct)
// or both put a person out of a post (firingVerbs).
func sameActOrFiring(a, b string) bool {
	return sameAct(a, b) || firingVerbs[a] && firingVerbs[b]
}

// actParts reads s as mainAct does and returns, with its verb and
// subject, whether the verb is a passive (a beForms word among the
// helping verbs before it) and the words after the verb up to the first
// comma: its object.
func actParts(s string) (verb string, subject []string, passive bool, object []string, ok bool) {
	verb, subject, ok = mainAct(s)
	if !ok {
		return "", nil, false, nil, false
	}
	body := lex.Lower(retoldBody(s))
	if i := indexComma(body); i >= 0 {
		body = body[:i]
	}
	ws := lex.LetterWords(body, -1)
	if len(ws) < len(subject) {
		return verb, subject, false, nil, true
	}
	j := slices.Index(ws[len(subject):], verb)
	if j < 0 {
		return verb, subject, false, nil, true
	}
	j += len(subject)
	passive = slices.ContainsFunc(ws[len(subject):j], func(w string) bool { return beForms[w] })
	return verb, subject, passive, ws[j+1:], true
}

// indexComma returns the byte index of the first comma of s, or -1.
func indexComma(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			return i
		}
	}
	return -1
}

// passiveRetold reports whether s and t tell one act, one in the active
// and the other in the passive with the active one's object as its
// subject: their verbs are one act (sameActOrFiring), and the head of
// the passive one's subject (subjectHead) has the stem of a word of the
// active one's object (actParts).
func passiveRetold(s, t string) bool {
	vs, ss, ps, os, ok := actParts(s)
	if !ok {
		return false
	}
	vt, st, pt, ot, ok := actParts(t)
	if !ok || ps == pt || !sameActOrFiring(vs, vt) {
		return false
	}
	subj, obj := ss, ot
	if pt {
		subj, obj = st, os
	}
	h := subjectHead(subj)
	return h != "" && slices.ContainsFunc(obj, func(w string) bool { return lex.Stem(w) == lex.Stem(h) })
}
