package dispute

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// denyVerbs deny a claim. Only finite forms: "deny" and "denying" more
// often refuse ("wrong to deny an inmate surgery", "denying her a visa").
// The verbs in objectVerbs deny only when their object names a claim
// ("rejected the allegations"): they reject reforms and dismiss lawsuits
// far more often.
var denyVerbs = map[string]bool{"denied": true, "denies": true, "disputed": true, "disputes": true,
	"refuted": true, "refutes": true, "contradicted": true, "contradicts": true,
	"rejected": true, "rejects": true, "dismissed": true, "dismisses": true}

// objectVerbs deny only a claim named as such.
var objectVerbs = map[string]bool{"disputes": true, "rejected": true, "rejects": true, "dismissed": true,
	"dismisses": true, "contradicts": true}

// notDenial are words before a verb of denial that make it something else:
// an adjective ("a disputed meeting"), a refusal ("would not deny",
// "declined to confirm or deny").
var notDenial = map[string]bool{"a": true, "an": true, "the": true, "not": true, "to": true, "or": true,
	"directly": true, "never": true, "was": true, "were": true, "been": true, "be": true, "is": true}

// negators in the clause before a verb of denial turn it around ("Neither
// side denied that ...", "no one disputes").
var negators = map[string]bool{"neither": true, "nor": true, "nobody": true, "none": true, "no": true,
	"not": true, "never": true}

// negated reports a negator among the six words before ws[i] in its
// clause.
func negated(ws []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6 && ws[j] != ","; j-- {
		if negators[ws[j]] {
			return true
		}
	}
	return false
}

// objects open the object of "disputed" used as a verb.
var objects = map[string]bool{"the": true, "that": true, "this": true, "those": true, "these": true, "a": true,
	"an": true, "his": true, "her": true, "its": true, "their": true, "it": true, "any": true, "such": true}

// claimVerbs mark the sentence that makes a claim a denial answers.
var claimVerbs = map[string]bool{"accused": true, "accuses": true, "alleged": true, "alleges": true,
	"claimed": true, "claims": true, "said": true, "says": true, "reported": true, "reports": true, "blamed": true,
	"blames": true, "charged": true, "suggested": true, "rumored": true, "rumoured": true, "according": true,
	"indicted": true, "told": true}

// claimWords are the nouns a denial's object names a claim by, each with
// the words of the sentence that makes such a claim: "denied the charges"
// answers a sentence of charges or an indictment, not any sentence.
var claimWords = map[string][]string{
	"account": {"said", "says", "told", "according", "account", "reported"}, "accounts": {"said", "says", "told", "according", "reported"},
	"claim": {"claimed", "claims", "claim", "said", "says", "suggested", "according", "alleged"}, "claims": {"claimed", "claims", "claim", "said", "says", "suggested", "according", "alleged"},
	"report": {"reported", "reportedly", "report", "reports", "according", "said", "says", "told", "story"}, "reports": {"reported", "reportedly", "report", "reports", "according", "said", "says", "told", "story"},
	"allegation":  {"alleged", "allegedly", "allegation", "allegations", "accused", "accuses", "accusation", "accusations", "lawsuit", "lawsuits", "claims", "claimed"},
	"allegations": {"alleged", "allegedly", "allegation", "allegations", "accused", "accuses", "accusation", "accusations", "lawsuit", "lawsuits", "claims", "claimed"},
	"accusation":  {"accused", "accuses", "accusation", "accusations", "alleged"}, "accusations": {"accused", "accuses", "accusation", "accusations", "alleged"},
	"charge": {"charged", "charge", "charges", "indicted", "indictment", "accused", "prosecutors"}, "charges": {"charged", "charge", "charges", "indicted", "indictment", "accused", "prosecutors"},
	"assertion": {"asserted", "said", "says", "claimed"}, "suggestion": {"suggested", "said", "says"},
	"version": {"said", "says", "told", "according", "account"}, "story": {"said", "says", "told", "reported", "story", "according"},
}

// strongClaims mark a sentence that reports a claim as a claim.
var strongClaims = map[string]bool{"accused": true, "accuses": true, "alleged": true, "alleges": true,
	"allegedly": true, "claimed": true, "claims": true, "reported": true, "reportedly": true, "according": true,
	"rumored": true, "rumoured": true, "charged": true, "allegations": true, "accusations": true}

// negates reports whether ws says "no" or "not" right before one of
// mods: "there was no shooting" answers "the shooting report", it does not
// make it.
func negates(ws, mods []string) bool {
	for i := 1; i < len(ws); i++ {
		if (ws[i-1] == "no" || ws[i-1] == "not") && slices.Contains(mods, ws[i]) {
			return true
		}
	}
	return false
}

// rebuttals mark a sentence that already answers a claim: it cannot be
// the claim a denial answers.
var rebuttals = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true, "denial": true,
	"contradicting": true, "disputing": true, "rejecting": true, "dismissing": true, "refuting": true, "disputes": true,
	"contradicts": true, "refutes": true, "rejects": true, "dismisses": true,
	"challenged": true, "rejected": true, "dismissed": true, "rebutted": true, "countered": true, "refuted": true,
	"disputed": true, "contradicted": true, "insisted": true, "false": true, "untrue": true, "unfounded": true,
	"baseless": true, "fabricated": true, "inaccurate": true, "mistaken": true}

// rumours before a verb of denial put the claim in the denial's own
// sentence ("Rumors were rampant that ..., though the couple denied
// those reports"): there is nothing to set beside it.
var rumours = map[string]bool{"rumors": true, "rumours": true, "speculation": true, "allegations": true,
	"accusations": true, "reports": true, "claims": true, "charges": true}

// denials pairs each denial with the claim it denies.
func denials(all []sentence, docs []voices.Doc) []chorus.Dispute {
	var out []chorus.Dispute
	seen := map[string]bool{}
	var lw lex.Words
	for k, s := range all {
		v := denyAt(s.words)
		if v < 0 {
			continue
		}
		if hasAny(s.words[:v], claimVerbs) || hasAny(s.words[:v], rumours) || inQuote(s.text, s.words[v]) ||
			s.isJunk() || !complete(s.text) {
			// The claim and its denial in one sentence, a denial inside
			// a quote, or a cut-off sentence: nothing to set side by side.
			continue
		}
		who := denier(s, v)
		if who == "" {
			continue // "He denied it": the denial needs its speaker
		}
		// One speaker's own account is no claim beside their denial.
		claimable := func(c sentence) bool { return claimable(c) && !sameSpeaker(c.speakerOf(), who) }
		claim := -1
		obj := s.words[v+1:]
		if noun, mods, ok := anaphoric(obj); ok && len(mods) == 0 {
			// "disputed that account": the nearest sentence before, in
			// the same source, that makes such a claim and shares a word
			// of substance with the denial.
			for j := k - 1; j >= 0 && j >= k-3 && all[j].doc == s.doc; j-- {
				if c := all[j]; claimable(c) && makes(c, noun) && lex.Intersect(c.termsOf(), s.termsOf()) >= 1 {
					claim = j
					break
				}
			}
		} else if ok {
			// "dismissed the shooting report", "contradicted the White
			// House's account": the sentence of any source that makes
			// such a claim and names what the object names.
			modTerms := lex.ContentTerms(nil, &lw, strings.Join(mods, " "))
			best := 0
			for j, c := range all {
				if j == k || !claimable(c) || !makes(c, noun) || lex.Intersect(modTerms, c.termsOf()) < len(modTerms) || negates(c.words, mods) {
					continue
				}
				if n := lex.Intersect(c.termsOf(), s.termsOf()); n > best {
					best, claim = n, j
				}
			}
		} else {
			// The object clause, up to its first comma; "denied reports
			// that X" denies X.
			if len(obj) >= 2 && claimWords[obj[0]] != nil && obj[1] == "that" {
				obj = obj[2:]
			}
			clause := strings.Join(obj, " ")
			if c := strings.Index(clause, " ,"); c > 0 {
				clause = clause[:c]
			}
			objTerms := lex.ContentTerms(nil, &lw, clause)
			need := min(minShared, len(objTerms))
			if need < 2 {
				continue
			}
			best := 0
			for j, c := range all {
				if j == k || !claimable(c) || !hasAny(c.words, claimVerbs) && !hasClaimWord(c.words) {
					continue
				}
				if n := lex.Intersect(objTerms, c.termsOf()); n >= need && n > best && 2*n >= len(objTerms) {
					best, claim = n, j
				}
			}
		}
		if claim < 0 {
			continue
		}
		key := strings.ToLower(tidy(all[claim].text))
		if seen[key] {
			continue
		}
		seen[key] = true
		c := all[claim]
		dc := claimOf(s, docs, sourcesOf(all, s))
		if dc.Speaker == "" {
			dc.Speaker = who
		}
		out = append(out, chorus.Dispute{
			Topic:  "Denied by " + lowerArticle(dc.Speaker),
			Claims: []chorus.Claim{claimOf(c, docs, sourcesOf(all, c)), dc},
		})
	}
	return out
}

// anaphoric returns the claim noun of a denial's object that points back
// ("the charges", "those reports", "the accusations of the women"), with
// the words that name whose or which claim it is ("the shooting report",
// "the White House's account"); noun is "" for "it" or "this". ok is
// false for an object that states what is denied ("reports that ...").
func anaphoric(obj []string) (noun string, mods []string, ok bool) {
	if len(obj) >= 1 && (obj[0] == "it" || obj[0] == "this" || obj[0] == "that") && (len(obj) == 1 || obj[1] == "," || obj[1] == "at" || obj[1] == "in") {
		return "", nil, true
	}
	for i := 0; i < len(obj) && i < 4; i++ {
		if claimWords[obj[i]] == nil {
			continue
		}
		if i > 0 && !determiners[obj[0]] {
			return "", nil, false
		}
		if i+1 < len(obj) && obj[i+1] == "that" {
			return "", nil, false
		}
		if i == 0 {
			return obj[0], nil, true // "denied allegations of fraud"
		}
		for _, m := range obj[1:i] {
			if m == "," || m == "and" || m == "or" || claimVerbs[m] {
				return "", nil, false
			}
			if !modifiers[m] {
				mods = append(mods, m)
			}
		}
		return obj[i], mods, true
	}
	return "", nil, false
}

// determiners open an object that names a claim by a noun further on
// ("the most serious allegation").
var determiners = map[string]bool{"the": true, "that": true, "this": true, "those": true, "these": true,
	"such": true, "his": true, "her": true, "its": true, "their": true, "all": true, "any": true}

// modifiers before a claim noun say nothing of whose claim it is.
var modifiers = map[string]bool{"most": true, "serious": true, "latest": true, "new": true, "respective": true,
	"recent": true, "earlier": true, "initial": true, "original": true, "such": true, "these": true, "those": true,
	"all": true, "any": true, "media": true, "news": true, "press": true}

// inQuote reports whether the first use of verb in text falls inside
// quotation marks.
func inQuote(text, verb string) bool {
	at := strings.Index(strings.ToLower(text), verb)
	if at < 0 || at > len(text) {
		return false // (lower-casing can change the length of text)
	}
	before := text[:at]
	return (strings.Count(before, "\"")+strings.Count(before, "“")+strings.Count(before, "”"))%2 == 1
}

// claimable reports whether c can be the claim a denial answers: a whole
// sentence of a source, not a quote alone, not page furniture, and not
// itself an answer to a claim.
func claimable(c sentence) bool {
	return !quoteOnly(c.text) && !hasAny(c.words, rebuttals) && complete(c.text) && !c.isJunk() && !pronounLed(c)
}

// makes reports whether c makes the kind of claim noun names; for "it",
// a claim reported as one ("accused", "alleged", "according to"), not
// anyone's words.
func makes(c sentence, noun string) bool {
	if noun == "" {
		return hasAny(c.words, strongClaims)
	}
	for _, w := range claimWords[noun] {
		if containsWord(c.words, w) {
			return true
		}
	}
	return false
}

// denyAt returns the index of the verb of denial in ws, or -1. "Denied"
// as an adjective of permission ("was denied bail", "denied entry") does
// not count: the verb must not follow a form of "be".
func denyAt(ws []string) int {
	for i, w := range ws {
		if !denyVerbs[w] || i+1 >= len(ws) {
			continue
		}
		if i > 0 && notDenial[ws[i-1]] || negated(ws, i) {
			continue
		}
		switch ws[i+1] {
		case "her", "him", "them", "me", "us", "access", "entry", "coverage", "bail", "by", "recognition", "bond", "parole":
			continue // "denied her coverage": a refusal
		}
		if (w == "disputed" || w == "contradicted") && !objects[ws[i+1]] && claimWords[ws[i+1]] == nil {
			continue // "over disputed profits": an adjective
		}
		if objectVerbs[w] && !claimObject(ws[i+1:]) {
			continue // "rejected the reform"
		}
		return i
	}
	return -1
}

// claimObject reports whether the first words of an object name a claim
// ("the allegations", "reports that").
func claimObject(obj []string) bool {
	for i := 0; i < len(obj) && i < 3; i++ {
		if claimWords[obj[i]] != nil {
			return true
		}
	}
	return false
}

// quoteOnly reports whether s opens with a quotation mark: someone's
// words, not a report of a claim.
func quoteOnly(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "``")
}

func hasAny(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

func hasClaimWord(ws []string) bool {
	for _, w := range ws {
		if claimWords[w] != nil {
			return true
		}
	}
	return false
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// sourcesOf returns the documents that carry sentence s word for word.
func sourcesOf(all []sentence, s sentence) []int {
	var out []int
	key := strings.Join(s.words, " ")
	for _, c := range all {
		if strings.Join(c.words, " ") == key {
			out = append(out, c.doc)
		}
	}
	return out
}
