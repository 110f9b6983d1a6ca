package dispute

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// A denial often tells the claim it denies and who makes it, when no
// other sentence does: "Mexico rejected Ann Pell's assertion that it
// would pay for the wall", "The scouts denied a claim by Ann Pell that
// their leader had called her". Such a denial is shown beside the
// claim as its own object states it, cut from the sentence with an
// ellipsis (as splitDenial shows a claim and its denial told in one
// sentence), when no other sentence of the cluster states the claim.

// inlineKey prefixes, in cache.shown, the claim of a denial that states
// it (inlineClaim): like a split denial, the confidence model, fitted on
// disputes of two sentences, does not score it.
const inlineKey = "\x00inline "

// inlineNouns name a claim whose claimant the denial names.
var inlineNouns = lex.Set("claim", "claims", "assertion", "assertions", "accusation", "accusations",
	"allegation", "allegations", "suggestion", "suggestions", "report", "reports", "charge", "charges")

// inlineClaim returns the dispute of a denial by who whose object names
// the claimant and states the claim: "<claimant>'s claim that ..." or
// "a claim by <claimant> that ...". The denial must open with its
// subject, named (no pronoun, no comma or clause before its verb), the claimant must be
// someone other than the denier and no pronoun, and the claim's clause
// must run at least four words; the claim is shown from the claimant's
// first word to the clause's end (its first comma after four words),
// the denial as the whole sentence. FindDated shows it only when no
// other sentence's claim is shown beside the same denial.
func inlineClaim(all []sentence, s sentence, v int, who string, docs []voices.Doc) (chorus.Dispute, bool) {
	if who == "" || s.isJunk() || !complete(s.text) || lex.ContainsAny(s.text, "\"“”") {
		return chorus.Dispute{}, false
	}
	if pronouns[s.words[0]] {
		return chorus.Dispute{}, false // "He denied ...": the denier named elsewhere may be someone else
	}
	for _, w := range lex.SpaceFieldsShared(lex.Lower(who)) {
		if juries[w] || courts[w] || strings.HasPrefix(w, "court") {
			return chorus.Dispute{}, false // "Jurors in a federal courtroom rejected ...": a ruling
		}
	}
	switch lex.Lower(lex.SpaceFieldsShared(who)[0]) {
	case "these", "this", "those", "that", "such", "it":
		return chorus.Dispute{}, false // "These results refuted ...": no one's denial
	}
	lead := 0
	if prepositions[s.words[0]] && s.words[0] != "after" && s.words[0] != "following" {
		// "In a news conference, the ministry denied ...": an opening
		// phrase of place or time, then the subject.
		if c := slices.Index(s.words[:v], ","); c > 0 && c < 8 {
			lead = c + 1
		}
	}
	if pronouns[s.words[lead]] {
		return chorus.Dispute{}, false // "In a statement, he denied ..."
	}
	for _, w := range s.words[lead:v] {
		if w == "," || w == "who" || w == "which" || w == "that" || w == "after" || w == "before" || w == "when" {
			return chorus.Dispute{}, false // "..., hours after rejecting": not the sentence's own denial
		}
	}
	at := v + 1
	at += len(s.words[at:]) - len(pastDay(s.words[at:]))
	if at < len(s.words) && (s.words[at] == "a" || s.words[at] == "an" || s.words[at] == "the") {
		at++
	}
	from, to, that := -1, -1, -1 // the claimant's words and the "that" opening the claim
	for i := at; i < len(s.words) && i <= at+6; i++ {
		w := s.words[i]
		if w == "," || pronouns[w] {
			break
		}
		if owner, ok := possessive(w); ok && owner != "" && i+2 < len(s.words) {
			// "<claimant>'s [adjective] claim that"
			n := i + 1
			if !inlineNouns[s.words[n]] && n+1 < len(s.words) && inlineNouns[s.words[n+1]] {
				n++
			}
			if inlineNouns[s.words[n]] && n+1 < len(s.words) && s.words[n+1] == "that" {
				from, to, that = at, i+1, n+1
			}
			break
		}
		if inlineNouns[w] && i+1 < len(s.words) && (s.words[i+1] == "by" || s.words[i+1] == "from") {
			// "a claim by <claimant> that", "assertions from <claimant>
			// that" (not a time: "reports from last week that")
			for j := i + 2; j < len(s.words) && j <= i+9; j++ {
				x := s.words[j]
				if x == "that" {
					if j > i+2 && (s.words[i+1] == "by" || fromClaimant(s.words[i+2:j])) {
						from, to, that = i+2, j, j
					}
					break
				}
				if x == "," || finite[x] || claimVerbs[x] || relatives[x] {
					break
				}
			}
			break
		}
	}
	if that < 0 && !inlineNouns[s.words[v-1]] {
		// "a Velmora Post report that", "Kestria claims that": one to
		// three words naming the claimant before the claim noun, denied
		// by someone, not by another report ("The autopsy report
		// contradicts a TV report that ...").
		for n := at + 1; n < len(s.words)-1 && n <= at+3; n++ {
			if inlineNouns[s.words[n]] && s.words[n+1] == "that" {
				if claimantWords(s.words[at:n]) {
					from, to, that = at, n, n+1
				}
				break
			}
		}
	}
	if that < 0 || len(s.words)-that-1 < 4 {
		return chorus.Dispute{}, false
	}
	claimant := s.orig[from:to]
	if len(claimant) == 1 && (pronouns[lex.Lower(claimant[0])] || determiners[lex.Lower(claimant[0])]) {
		return chorus.Dispute{}, false
	}
	raw := strings.Join(claimant, " ")
	raw = strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s")
	if sameSpeaker(raw, who) {
		return chorus.Dispute{}, false // the denier's own claim
	}
	// The claim's text: the sentence from the claimant's first word (or
	// the claim noun's, for "a claim by ..."), to the end of the clause.
	low := lex.Lower(s.text)
	if len(low) != len(s.text) {
		return chorus.Dispute{}, false // a letter lower-cased to another length ("\u212a" to "k"): low's offsets are not s.text's
	}
	verbAt := indexWord(low, s.words[v], 0)
	if verbAt < 0 {
		return chorus.Dispute{}, false
	}
	first := s.words[from]
	if s.words[from-1] == "by" || s.words[from-1] == "from" {
		first = s.words[from-2] // "claim by ...", "assertions from ..."
	}
	start := indexWord(low, first, verbAt)
	if start < 0 {
		return chorus.Dispute{}, false
	}
	end := len(s.text)
	clauseAt := indexWord(low, "that", start)
	if clauseAt < 0 {
		return chorus.Dispute{}, false
	}
	if c := strings.Index(s.text[clauseAt:], ", "); c >= 0 && lex.CountFields(s.text[clauseAt:clauseAt+c]) >= 5 {
		end = clauseAt + c
	}
	// The denier's next clause ("... and warned that ...", "... but
	// suggested ...") is no part of
	// the claim.
	f := lex.SpaceFieldsShared(low[clauseAt:end])
	for i := 5; i+1 < len(f); i++ {
		if (f[i] == "and" || f[i] == "but") && (strings.HasSuffix(f[i+1], "ed") || claimVerbs[f[i+1]]) {
			if j := strings.Index(low[clauseAt:end], " "+f[i]+" "+f[i+1]+" "); j >= 0 {
				end = clauseAt + j
			}
			break
		}
	}
	claimText := "… " + strings.TrimSpace(s.text[start:end])
	if end < len(s.text) {
		claimText += " …"
	}
	ids := make([]int, 0, 2)
	for _, d := range sourcesOf(all, s) {
		ids = append(ids, docs[d].Source)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	claim := chorus.Claim{Text: tidy(claimText), Sources: ids, Speaker: speakerName(s, raw)}
	denial := chorus.Claim{Text: lex.UpperFirst(tidy(s.text)), Sources: slices.Clone(ids), Speaker: who}
	s.c.shown[claim.Text] = claim.Speaker
	s.c.shown[denialKey+denial.Text] = who
	s.c.shown[inlineKey+claim.Text] = who
	return chorus.Dispute{Topic: deniedBy(who), Claims: []chorus.Claim{claim, denial}}, true
}

// unnamed are words before a claim noun that tell which claim or what
// kind, not who makes it ("earlier reports", "media reports", "false
// claims").
var unnamed = lex.Set("earlier", "early", "recent", "latest", "new", "initial", "previous", "prior", "first",
	"unconfirmed", "widespread", "persistent", "repeated", "numerous", "multiple", "several", "many", "some",
	"all", "other", "such", "those", "these", "this", "that", "any", "false", "baseless", "unfounded",
	"published", "online", "further", "fresh", "media", "news", "press", "newspaper", "tabloid", "internet",
	"social", "local", "foreign", "outlandish", "today", "yesterday", "tonight", "recently", "again", "wild", "similar", "conflicting",
	"widely", "circulated", "circulating", "story", "stories", "rumor", "rumors", "rumour", "rumours",
	"court", "police", "government", "official", "officials", "speculative", "one", "two")

// claimantWords reports modifier words ws before a claim noun that name
// who makes the claim: no word of unnamed, no pronoun, stopword, number
// or word that ends in "ly", and a last word that is no adjective of
// time or kind ("a Velmora Post report", "Kestria claims").
func claimantWords(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if unnamed[w] || pronouns[w] || possessives[w] || lex.IsStopword(w) || isNumber(w) || lyAdverb(w) ||
			finite[w] || claimVerbs[w] || denyVerbs[w] || w == "," || strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// fromClaimant reports whether the words after "from" in "assertions
// from <claimant> that" name who makes the claim: a proper noun or a
// body ("Damascus", "the ministry"), not a time ("last week",
// "earlier this year") or a pronoun.
func fromClaimant(ws []string) bool {
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "a") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if timeWords[w] || weekdays[w] || months[w] {
			return false
		}
	}
	return claimantWords(ws)
}

// timeWords tell when, not who: "reports from last week that".
var timeWords = lex.Set("last", "past", "week", "weeks", "month", "months", "year", "years", "day", "days",
	"morning", "evening", "night", "weekend", "ago")

// possessive returns the owner of a possessive word ("pell's" → "pell").
func possessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf), true
		}
	}
	return "", false
}

// indexWord returns where word w starts in low at or after from, as a
// whole word, or -1.
func indexWord(low, w string, from int) int {
	for from <= len(low) {
		i := strings.Index(low[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		before := i == 0 || !isWordByte(low[i-1])
		after := i+len(w) >= len(low) || !isWordByte(low[i+len(w)])
		if before && after {
			return i
		}
		from = i + 1
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '\'' || b >= 0x80
}
