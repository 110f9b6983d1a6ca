package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A clause with no main clause. A page that links a name drops the link's
// text, and the splitter ends a sentence at an abbreviation: what is left
// of a sentence is then its relative clause ("Who played bass for the
// band for ten years -- retired on Monday.", "Which means the ferry will
// not run.") or its opening subordinate clause, the main clause gone to
// the next "sentence" ("When the mayor left the hall at 9 p.m.", "While
// the crew was repairing the pier."). A reader's summary leaves such a
// piece out of its candidates (markClausePieces), so the selector fills
// its words with a sentence.
//
// Multi-News validation, 5,610 default summaries: 13 change, read all: 8
// better (a lone "Which ..." or "When ... ." gone, a clean lede or a fact
// in its place), 3 worse (a thin cluster's only lines were such pieces
// and page junk came in; a headless lead was the story), 2 the same.
// Train 1-38,000: 71 change, of 38 read 31 better, 1 worse (a cut-off
// opening's story told less well), 6 the same; a long verbless clause
// (verblessClauseWords) had hidden a present-tense verb in one more.
// Fill, and so ROUGE, is unchanged.

// relOpeners are the relative pronouns that open no whole statement: a
// question asks with them ("Who knows?").
var relOpeners = lex.Set("which", "who", "whom", "whose")

// rhetoricalWho are the words after an opening "Who" that ask a question
// whose mark may be missing ("Who knows, maybe ...").
var rhetoricalWho = lex.Set("knows", "cares", "can", "could", "would", "will", "else", "is", "are", "was", "were",
	"does", "did", "do", "wants", "needs", "d", "s", "ll")

// clausePiece reports whether s, a sentence that opens with a letter and
// asks nothing, is a clause without a main clause: it opens with a
// relative pronoun (relOpeners; "Who" not before one of rhetoricalWho),
// or with "Where" or one of clauseCutOpeners and holds no comma, dash,
// colon or quotation mark, and then either ends at an abbreviation
// (cutAtAbbrev) or holds a single clause (oneClause).
func clausePiece(s string) bool {
	if s == "" || !isASCIILetter(s[0]) || strings.ContainsRune(s, '?') {
		return false
	}
	w := lex.LetterWords(s, 4) // only the first four words are read
	if len(w) < 3 {
		return false
	}
	first := w[0]
	switch {
	case relOpeners[first]:
		return first != "who" || !rhetoricalWho[w[1]]
	case first != "where" && !clauseCutOpeners[first]:
		return false
	case first == "as" && (w[1] == "many" || w[1] == "much" || w[1] == "well" || w[1] == "of" || w[1] == "a" || w[1] == "an" || w[2] == "know" || len(w) > 3 && w[3] == "know"):
		return false // "As many as 40 ...", "As a boy he ...", "As we know ..."
	case w[1] == "then" || w[1] == "now" || w[1] == "that" && first != "because":
		return false // "Since then the pier ...", "Before that happens they ..."
	}
	if lex.ContainsAny(s, ",;:\"“”—–") || strings.Contains(s, " -") {
		return false
	}
	if f := lex.SpaceFieldsShared(s); len(f) > 1 && f[1][0] >= '0' && f[1][0] <= '9' {
		return false // a time: "Since 2031 the pier has ...", "Before 3 years old a foal ..."
	}
	return first == "where" || cutAtAbbrev(s) || oneClause(lex.SpaceFieldsShared(s))
}

// cutAtAbbrev reports whether s ends with an abbreviation the splitter
// ends no sentence at: a time ("a.m.", "p.m."), a dotted acronym
// ("U.S.") or a short abbreviation ("intl.", "supt.").
func cutAtAbbrev(s string) bool {
	f := lex.SpaceFieldsShared(s)
	last := lex.Lower(f[len(f)-1])
	if !strings.HasSuffix(last, ".") {
		return false
	}
	body := strings.TrimSuffix(last, ".")
	return strings.Contains(body, ".") || abbrevEnds[body]
}

// abbrevEnds are the abbreviations, without their full stop, that end a
// clause cut short.
var abbrevEnds = lex.Set("intl", "supt", "st", "jr", "sr", "dr", "mr", "mrs", "ms", "gov", "sen", "rep", "gen",
	"co", "corp", "inc", "ltd", "no", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "ave", "blvd", "mt", "ft")

// oneClause reports whether f, the fields of a sentence opening with a
// subordinating conjunction, hold one clause: at most oneClauseWords
// fields, no subject pronoun after the conjunction's next field, and at
// most one finite verb that lower-cased text shows (finiteWords,
// pastForms, morePast, a word in -ed).
func oneClause(f []string) bool {
	if len(f) > oneClauseWords {
		return false
	}
	verbs := 0
	for i, x := range f[1:] {
		x = lex.Lower(strings.Trim(x, ".!'’()"))
		if base, tail, ok := cutApostrophe(x); ok {
			switch {
			case tail == "t":
				verbs++ // "couldn't"
			case clauseSubjects[base] && i > 0:
				return false // "... they'll meet ..."
			case clauseSubjects[base]:
				verbs++ // "If they're ..."
			}
			continue
		}
		switch {
		case i > 0 && clauseSubjects[x]:
			return false // "When the ferry stopped they walked home."
		case finiteWords[x] || pastForms[x] || morePast[x] || len(x) >= 5 && strings.HasSuffix(x, "ed") && !notVerbs[x]:
			verbs++
		}
	}
	return verbs == 1 || verbs == 0 && len(f) <= verblessClauseWords
}

// verblessClauseWords is the most fields a clause with no verb that
// lower-cased text shows may hold for oneClause: a longer one hides a
// verb in -s ("After a long pause the band returns to the stage at
// ...").
const verblessClauseWords = 12

// oneClauseWords is the most words a subordinate clause left alone
// holds for oneClause.
const oneClauseWords = 16

// clauseSubjects are the subject pronouns that open a main clause.
var clauseSubjects = lex.Set("i", "he", "she", "it", "we", "they", "you", "there")

// cutApostrophe splits a contraction at its apostrophe ("they'll" gives
// "they", "ll"; "couldn't" gives "couldn", "t").
func cutApostrophe(x string) (string, string, bool) {
	if base, tail, ok := strings.Cut(x, "'"); ok {
		return base, tail, true
	}
	return strings.Cut(x, "’")
}

// markClausePieces flags, in a reader's summary, each candidate that is a
// clause without a main clause (clausePiece, timeClausePiece,
// relativePiece, wherePiece), a "Not that" aside (notThatAside), a name
// alone (nameOnlyLine), a verb split from its subject after "And"
// (andVerbPiece), an "according to" whose source was lost before a
// quotation (accordingQuotePiece), a sentence that
// lost a title after a preposition (fusedPreposition) or a quotation's
// tail run into the next (strayMarkOpening) with flagNarrator, which
// selection and the lead refuse (selectable, canLeadShape) while the
// summary keeps its length (countsForLength): flagged as a fragment, the
// piece's words left the length budget too, and Multi-News validation
// summaries lost a sentence that had nothing to do with it.
func (c *cluster) markClausePieces() {
	for i := range c.cands {
		if cd := &c.cands[i]; clausePiece(cd.text) || strayMarkOpening(cd.text) || timeClausePiece(cd.text) ||
			relativePiece(cd.text) || notThatAside(cd.text) || fusedPreposition(cd.text) || wherePiece(cd.text) ||
			nameOnlyLine(cd.text) || andVerbPiece(cd.text) || accordingQuotePiece(cd.text) {
			cd.flags |= flagNarrator
		}
	}
}

// strayMarkOpening reports whether s opens with a straight quotation mark
// set apart from a letter and, after a full stop inside it, opens a
// quotation again ("\" the mayor said so at the hall. \"we will sell
// ..."): the first mark closes a quotation of the sentence before, and s
// runs its tail into the next sentence. Multi-News sets an opening mark
// apart too ("\" we will sell ..."), so the mark alone tells nothing.
func strayMarkOpening(s string) bool {
	rest, ok := strings.CutPrefix(s, "\" ")
	if !ok || rest == "" || !isASCIILetter(rest[0]) {
		return false
	}
	i := strings.Index(rest, ". \"")
	return i > 0 && i+3 < len(rest) && isASCIILetter(rest[i+3])
}
