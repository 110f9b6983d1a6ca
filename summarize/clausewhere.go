package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A place named with its relative clause and nothing more: "The shed
// where the missing hiker was found on Sunday morning.", "A barn where
// police say the pair hid for a week near Velmora." A photo's caption
// reads so (the page names what the picture shows), and so does a line
// cut before its main verb; alone it tells no news, and as a summary's
// opening it reads as a broken sentence. wherePiece finds it, and a
// reader's summary leaves it out of its candidates as it does the other
// clause pieces (markClausePieces, clausepiece.go), so the selector
// fills its place. A phrase whose clause is followed by a verb of its
// own ("The shed where the hiker was found has been torn down.") is a
// whole sentence and stays.
//
// Measured against 720b3ea, every change read: validation 1 changed, 1
// better / 0 worse / 0 the same (a caption lede gives way to the story's
// own); train 1-38,000 (the 4,563 clusters holding "the|a|an <words>
// where|in which", the only ones it can change) 3 changed, 3 / 0 / 0 (one
// new lede, a caller's tip, is weaker than a finding would be).

// Bounds of wherePiece.
const (
	wherePieceMaxWords = 30 // the most words of the sentence
	wherePieceMaxHead  = 3  // the most words between the article and "where"
)

// whereGroupWords may stand inside a clause's verb group ("was never
// found", "were later found").
var whereGroupWords = lex.Set("not", "never", "also", "already", "still", "just", "later", "first", "reportedly",
	"allegedly", "being", "been", "be")

// whereBase are verbs in their plain form that may stand in a clause
// before a verb the lexicons know ("where people live is ...").
var whereBase = lex.Set("live", "work", "need", "want", "stay", "play", "lie", "sit", "stand", "meet", "gather",
	"grow", "shop", "eat", "sleep", "pray", "worship", "study", "train", "hide", "go", "come", "get", "make",
	"take", "keep", "run", "use", "see", "know", "think", "feel", "look", "find", "try", "wait", "die", "fight",
	"rest", "learn", "teach", "serve", "own", "hope", "love", "like", "call", "keep", "park", "walk", "swim")

// whereSingular are the singular auxiliaries that a verb in "-s" may
// stand before ("where she lives was sold"), unlike a plural noun
// ("where the bodies were found").
var whereSingular = lex.Set("is", "was", "has", "does")

// whereSaying are verbs of saying that set off the clause's own verb
// ("where police say the pair hid").
var whereSaying = lex.Set("say", "says", "said", "believe", "believed", "think", "thought")

// wherePiece reports whether s is a noun phrase and its relative clause
// with no main verb: "The", "A" or "An", one to wherePieceMaxHead words
// that are no stopword nor verb (whereVerb), "where" or "in which", a
// clause whose words hold one group of verbs (a verb of saying before it
// aside), before it no word that may be a verb the lexicons miss
// (whereBase; whereMaybeVerb right before whereSingular or a verb in
// "-s": "where the traffic flows gives ...") or a
// contraction, and after it no verb, no word in "-s" that may be one
// (whereMaybeVerb) and no contraction; at most wherePieceMaxWords words,
// a full stop at the end and no comma, colon, semicolon, dash, bracket,
// question mark or quotation mark.
func wherePiece(s string) bool {
	t := strings.TrimRight(s, " ")
	if len(t) < 20 || t[len(t)-1] != '.' || !strings.Contains(t, " wh") && !strings.Contains(t, " in which ") {
		return false
	}
	if lex.ContainsAny(t, ",;:\"“”—–()[]?!") || strings.Contains(t, " -") || strings.Contains(t, "- ") {
		return false
	}
	f := lex.FirstFields(t[:len(t)-1], wherePieceMaxWords+1)
	if len(f) < 5 || len(f) > wherePieceMaxWords {
		return false
	}
	if a := lex.Lower(f[0]); a != "the" && a != "a" && a != "an" {
		return false
	}
	r := -1 // the clause's first word
	for i := 2; i <= wherePieceMaxHead+1 && i+1 < len(f); i++ {
		switch w := lex.Lower(f[i]); {
		case w == "where":
			r = i + 1
		case w == "in" && lex.Lower(f[i+1]) == "which":
			r = i + 2
		}
		if r >= 0 {
			for _, h := range f[1:i] {
				h = lex.Lower(h)
				if lex.IsStopword(h) || whereVerb(h) || !lettersOnly(h) {
					return false // "The decision about where ...", "The town is where ..."
				}
			}
			break
		}
	}
	if r < 0 || r+1 >= len(f) {
		return false
	}
	clause := make([]string, len(f)-r)
	for i, x := range f[r:] {
		clause[i] = lex.Lower(strings.TrimSuffix(x, "."))
	}
	v := -1
	for i, w := range clause {
		if whereVerb(w) {
			v = i
			break
		}
	}
	if v < 0 {
		return false
	}
	for i, w := range clause[:v] {
		if whereBase[w] || strings.Contains(w, "n't") ||
			i == v-1 && i > 0 && whereMaybeVerb(w, clause[i-1]) && (whereSingular[clause[v]] || strings.HasSuffix(clause[v], "s")) {
			return false // "where people live is ...", "where she lives was ...": a verb no lexicon tells
		}
	}
	if whereSaying[clause[v]] {
		for i := v + 1; i < len(clause); i++ {
			if whereVerb(clause[i]) {
				v = i // "where police say the pair hid ...": the clause's verb
				break
			}
		}
	}
	e := v + 1
	for e < len(clause) && whereGroupNext(clause[e-1], clause[e]) {
		e++
	}
	for i := e; i < len(clause); i++ {
		w := clause[i]
		if w == "may" && (clause[i-1] == "in" || i+1 < len(clause) && lex.HasDigit(clause[i+1])) {
			continue // the month
		}
		if whereVerb(w) || whereGroupWords[w] || strings.ContainsAny(w, "'’") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") ||
			whereMaybeVerb(w, clause[i-1]) {
			return false
		}
	}
	return true
}

// whereGroupNext reports whether w, after prev, goes on a clause's verb
// group: one of whereGroupWords, or after an auxiliary (or one of
// whereGroupWords) an auxiliary ("would have been"), a past form or a
// participle ("was found"), or "dead" or "alive" after a past ("found
// dead"); a verb after a past or participle opens the main clause ("was
// found has been", "died won").
func whereGroupNext(prev, w string) bool {
	switch {
	case whereGroupWords[w]:
		return true
	case !finiteWords[prev] && !whereGroupWords[prev]:
		return w == "dead" || w == "alive" // "was found dead"; "died won": two clauses
	case finiteWords[w]:
		return finiteWords[prev] || prev == "not" || prev == "never" // "would have been"; "should be was": two clauses
	}
	return whereVerb(w) || irregularParticiples[w]
}

// whereVerb reports whether w (lower case) is a finite verb or a past
// form the lexicons know (finiteWords, pastForms, morePast, commonVerbs,
// irregularPast) or a word in "-ed" of five letters or more that is no
// verb (notVerbs, notPastEd).
func whereVerb(w string) bool {
	return finiteWords[w] || pastForms[w] || morePast[w] || commonVerbs[w] || irregularPast[w] ||
		len(w) >= 5 && strings.HasSuffix(w, "ed") && !notVerbs[w] && !notPastEd[w]
}

// whereMaybeVerb reports whether w, after prev, may be a verb in the
// present ("includes", "remains"): a word of letters in "-s" (not "-ss",
// "-us", "-is") of four letters or more that is no given name ("thomas")
// and follows no determiner, number (but a year: "until 2030
// includes") or preposition.
func whereMaybeVerb(w, prev string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") ||
		strings.HasSuffix(w, "is") || !lettersOnly(w) || lex.IsGivenName(w) {
		return false
	}
	return !determiners[prev] && !verblessPreps[prev] && !wherePrepositions[prev] && !(prev != "" && prev[0] >= '0' && prev[0] <= '9' && !isYear(prev))
}

// wherePrepositions are prepositions verblessPreps leaves out.
var wherePrepositions = lex.Set("of", "for", "from", "by", "to", "into", "over", "under", "about", "after", "before")
