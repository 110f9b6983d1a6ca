package dispute

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// A denial is often told in the passive, the claim its subject and the
// denier its agent: "A report that the mayor would resign has been
// denied by his office", "This was denied by the ministry" (after the
// sentence telling what a rights group said), "Those claims are disputed by
// the senator". The active rules (denials) read a denier before the
// verb and find none here.

// passiveVerbs deny a claim in the passive. "Rejected" only with a claim
// noun for its subject: "the plan was rejected by the council" refuses
// a proposal.
var passiveVerbs = lex.Set("denied", "disputed", "refuted", "rejected", "contested")

// passiveAux are the forms of "be" before a passive verb.
var passiveAux = lex.Set("was", "were", "is", "are", "been")

// passiveClaims are the nouns a passive denial's subject names a claim
// by; "rumours", "speculation" and "suggestion" as well as the claim
// nouns of active denials.
var passiveClaims = lex.Set("report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
	"accusations", "account", "assertion", "assertions", "story", "rumour", "rumours", "rumor", "rumors",
	"suggestion", "suggestions", "speculation", "charges", "charge", "version")

// passiveKey prefixes, in cache.shown, the denial of a passive pair: the
// confidence model, fitted on active denials, does not score it; the
// vetoes still read it.
const passiveKey = "\x00passive "

// passiveDenial returns the dispute of sentence all[k] when it denies a
// claim in the passive: its subject states the claim ("Reports that X
// ... have been denied by Y": the two parts of the sentence, cut before
// the verb's auxiliary) or points back at the claim the sentence before
// it in the same source tells ("This was denied by Y", "The report was
// denied by Y", "Pell's account was disputed by Y"). The agent must
// be named (not a pronoun) and no court, judge or jury (a ruling, not a
// denial); the claim pointed back at must report a claim (a verb of
// saying or claiming) and not be told by the agent.
func passiveDenial(all []sentence, k int, docs []voices.Doc) (chorus.Dispute, bool) {
	s := all[k]
	ws := s.words
	by := -1
	for i := 2; i+1 < len(ws); i++ {
		if ws[i] == "by" && passiveVerbs[ws[i-1]] {
			by = i
			break
		}
	}
	if by < 0 || s.isJunk() || !complete(s.text) || inQuote(s.text, ws[by-1]) || captionLike(s.text) {
		return chorus.Dispute{}, false
	}
	// The auxiliary: "was", "were", "is", "are", "has/have/had been",
	// with adverbs between ("has been flatly denied by").
	a := by - 2
	for a >= 0 && (adverbs[ws[a]] || lyAdverb(ws[a])) {
		a--
	}
	if a < 1 || !passiveAux[ws[a]] || negated(ws, by-1) {
		return chorus.Dispute{}, false
	}
	if ws[a] == "been" {
		if a < 2 || ws[a-1] != "has" && ws[a-1] != "have" && ws[a-1] != "had" {
			return chorus.Dispute{}, false // "could have been disputed by": no denial made
		}
		a--
	}
	who, ok := passiveAgent(s, by+1)
	if !ok {
		return chorus.Dispute{}, false
	}
	if d, ok := passiveRelative(all, s, a, by, docs, who); ok {
		return d, true
	}
	// The subject opens the sentence, save a connective ("But this was
	// denied by ...").
	from := 0
	for from < a && (butWords[ws[from]] || connectives[ws[from]] || ws[from] == ",") {
		from++
	}
	subj := ws[from:a]
	if len(subj) == 0 || containsWord(subj, ",") {
		return chorus.Dispute{}, false
	}
	if d, ok := passiveInline(all, s, subj, a, by, docs, who); ok {
		return d, true
	}
	return passiveBack(all, k, subj, by, docs, who)
}

// passiveAgent returns the denier named after "by" at ws[i:]: up to a
// comma, a relative pronoun or a verb, at most eight words, a name or a
// noun phrase (speakerName), never a pronoun, a court or a jury, nor a
// record ("by records", "by the data").
func passiveAgent(s sentence, i int) (string, bool) {
	ws := s.words
	j := i
	for j < len(ws) && j < i+8 && ws[j] != "," && !agentEnds[ws[j]] && !finite[ws[j]] &&
		(j == i || !strings.HasSuffix(ws[j], "ed") && !strings.HasSuffix(ws[j], "ing") && !weekdays[ws[j]]) {
		j++ // "an aide quoted by the paper": an aide
	}
	if j == i || j == len(ws) && len(ws)-i >= 8 {
		return "", false
	}
	agent := ws[i:j]
	if pronouns[agent[0]] {
		return "", false
	}
	for _, w := range agent {
		if courts[w] || juries[w] || notAgents[w] {
			return "", false
		}
	}
	if records[agent[len(agent)-1]] || len(agent) == 1 && (adverbs[agent[0]] || determiners[agent[0]]) {
		return "", false
	}
	// speakerName takes no name after a preposition: the agent's words
	// as the text spells them, a name's first letter raised, an article
	// or a possessive left as it is ("the river authority"): the
	// summary's truecasing reads a speaker as a name, and a raised "The"
	// before a name would raise the summary's own "the" before it.
	who := strings.Join(s.orig[i:j], " ")
	if !determiners[agent[0]] && !possessives[agent[0]] && agent[0] != "a" && agent[0] != "an" {
		who = lex.UpperFirst(who)
	}
	return who, true
}

// agentEnds end the agent of a passive denial: a clause or a phrase
// that follows it ("denied by the ministry in a statement").
var agentEnds = lex.Set("who", "which", "that", "as", "after", "in", "on", "at", "and", "but", "because", "when",
	"while", "to", "for", "with", "over", "during", "since", "before", "earlier", "later", "last", "this")

// notAgents make the agent of a passive no denier: a record, a ruling
// body or a vote ("disputed by records", "rejected by parliament").
var notAgents = lex.Set("records", "record", "data", "evidence", "documents", "parliament", "senate", "congress",
	"voters", "lawmakers", "legislature", "committee", "council", "board", "prosecutors", "prosecutor",
	"scientists", "researchers", "experts", "studies", "study", "tests", "science", "islam")

// passiveInline returns the two parts of a sentence whose subject states
// the claim it denies: a claim noun followed within three words by
// "that" ("Reports that the dam had cracked before the floods have been
// denied by the builder"), the claim clause six words or more. Cut
// before the auxiliary, each part marked with an ellipsis.
func passiveInline(all []sentence, s sentence, subj []string, a, by int, docs []voices.Doc, who string) (chorus.Dispute, bool) {
	that := -1
	for i, w := range subj {
		if !passiveClaims[w] {
			continue
		}
		for j := i + 1; j < len(subj) && j <= i+3; j++ {
			if subj[j] == "that" {
				that = j
				break
			}
		}
		break
	}
	if that < 0 || len(subj)-that-1 < 5 {
		return chorus.Dispute{}, false
	}
	// The cut: where the auxiliary stands in the text.
	aux := " " + strings.Join(s.orig[a:by+1], " ") + " "
	at := strings.Index(s.text, aux)
	if at < 0 || strings.Count(s.text, aux) != 1 {
		return chorus.Dispute{}, false
	}
	claimText := strings.TrimSpace(s.text[:at]) + " …"
	denialText := "… " + strings.TrimSpace(s.text[at+1:])
	d := splitPair(all, s, docs, claimText, denialText, who)
	s.c.shown[passiveKey+d.Claims[1].Text] = who
	return d, true
}

// passiveBack returns a passive denial beside the claim it points back
// at: its subject "this", "that", or a claim noun after a determiner or
// a possessive ("the report", "those claims", "Pell's account"), at
// most four words; the claim the sentence just before in the same
// source, which reports a claim and is not the denier's own.
func passiveBack(all []sentence, k int, subj []string, by int, docs []voices.Doc, who string) (chorus.Dispute, bool) {
	s := all[k]
	verb := s.words[by-1]
	switch {
	case len(subj) == 1 && (subj[0] == "this" || subj[0] == "that"):
		if verb == "rejected" || verb == "contested" {
			return chorus.Dispute{}, false // "This was rejected by the council": a proposal
		}
	case len(subj) >= 2 && len(subj) <= 4 && passiveClaims[subj[len(subj)-1]]:
		first := subj[0]
		if !determiners[first] && !strings.HasSuffix(first, "'s") && !strings.HasSuffix(first, "’s") {
			return chorus.Dispute{}, false
		}
		for _, m := range subj[1 : len(subj)-1] {
			if firsts[m] || seconds[m] {
				return chorus.Dispute{}, false // "the second allegation": which one is unclear
			}
		}
	default:
		return chorus.Dispute{}, false
	}
	if k == 0 || all[k-1].doc != s.doc {
		return chorus.Dispute{}, false
	}
	c := all[k-1]
	if !claimable(c) || !hasAny(c.words, claimVerbs) && !hasAny(c.words, strongClaims) && !rumoured(c.words) ||
		sameSpeaker(c.rawSpeaker(), who) || sameSide(c, who) || pointer(c.words) || denyAt(c.words) >= 0 {
		return chorus.Dispute{}, false
	}
	dc := claimOf(s, docs, sourcesOf(all, s))
	dc.Speaker = who
	s.c.shown[denialKey+dc.Text] = who
	s.c.shown[passiveKey+dc.Text] = who
	return chorus.Dispute{Topic: deniedBy(who), Claims: []chorus.Claim{claimOf(c, docs, sourcesOf(all, c)), dc}}, true
}

// passiveAt returns the index of the verb of a passive denial in ws
// ("denied" of "was denied by"), or -1.
func passiveAt(ws []string) int {
	for i := 2; i+1 < len(ws); i++ {
		if ws[i] == "by" && passiveVerbs[ws[i-1]] {
			return i - 1
		}
	}
	return -1
}

// passiveVetoed reports a passive denial (passiveDenial) that the rules
// of any dispute or of a denial reject, read from the dispute as shown
// with the passive verb as the verb of denial.
func passiveVetoed(d chorus.Dispute) bool {
	if len(d.Claims) != 2 {
		return true
	}
	for _, c := range d.Claims {
		if captionLike(c.Text) || labelled(c.Text) || twoSentences(c.Text) || cut(c.Text) {
			return true
		}
	}
	dw := words(d.Claims[1].Text)
	v := passiveAt(dw)
	return v < 0 || denialVetoedAt(d, dw, v)
}

// passiveRelative returns the two parts of a sentence whose closing
// clause denies, in the passive, the claim told before it: "The defence
// said she had acted in fear, which was disputed by the coroner." The
// clause opens with ", which" right before the auxiliary, its agent ends
// the sentence, and the part before states a claim with a verb in six to
// forty words and holds no denial.
func passiveRelative(all []sentence, s sentence, a, by int, docs []voices.Doc, who string) (chorus.Dispute, bool) {
	ws := s.words
	if a < 8 || ws[a-1] != "which" || ws[a-2] != "," || lex.ContainsAny(s.text, "\"“”") {
		return chorus.Dispute{}, false
	}
	rest := ws[by+1:]
	if containsWord(rest, ",") || len(rest) > 8 {
		return chorus.Dispute{}, false // the clause goes on: what it says next may be another matter
	}
	before := ws[:a-2]
	if len(before) < 6 || len(before) > 40 || !hasAny(before, claimVerbs) && !hasAny(before, accuseWords) ||
		mentionOnly(before) || hasAny(before, rebuttals) || denyAt(before) >= 0 {
		return chorus.Dispute{}, false
	}
	claimText, denialText, ok := cutAtComma(s.text, "which", true)
	if !ok {
		return chorus.Dispute{}, false
	}
	d := splitPair(all, s, docs, claimText, denialText, who)
	s.c.shown[passiveKey+d.Claims[1].Text] = who
	return d, true
}
