package dispute

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// denyVerbs deny a claim.
// ("rejected", "dismissed" and "disputes" are left out: they reject
// reforms, dismiss lawsuits and name quarrels far more often.)
// Only finite forms: "deny" and "denying" more often refuse ("wrong to
// deny an inmate surgery", "denying her a visa").
var denyVerbs = map[string]bool{"denied": true, "denies": true, "disputed": true,
	"refuted": true, "refutes": true, "contradicted": true}

// notDenial are words before a verb of denial that make it something else:
// an adjective ("a disputed meeting"), a refusal ("would not deny",
// "declined to confirm or deny").
var notDenial = map[string]bool{"a": true, "an": true, "the": true, "not": true, "to": true, "or": true,
	"directly": true, "never": true, "was": true, "were": true, "been": true, "be": true, "is": true}

// objects open the object of "disputed" used as a verb.
var objects = map[string]bool{"the": true, "that": true, "this": true, "those": true, "these": true, "a": true,
	"an": true, "his": true, "her": true, "its": true, "their": true, "it": true, "any": true, "such": true}

// claimVerbs mark the sentence that makes a claim a later denial answers.
var claimVerbs = map[string]bool{"accused": true, "accuses": true, "alleged": true, "alleges": true,
	"claimed": true, "claims": true, "said": true, "says": true, "reported": true, "reports": true, "blamed": true,
	"blames": true, "charged": true, "suggested": true, "rumored": true, "rumoured": true, "according": true}

// anaphors are objects of a denial that point to the sentence before.
var anaphors = map[string]bool{"that": true, "this": true, "it": true, "the": true, "those": true, "these": true, "such": true}

// claimWords are the nouns a denial's object names a claim by.
var claimWords = map[string]bool{"account": true, "accounts": true, "claim": true, "claims": true, "report": true,
	"reports": true, "allegation": true, "allegations": true, "charge": true, "charges": true, "assertion": true,
	"suggestion": true, "version": true, "story": true, "accusation": true, "accusations": true}

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
		if hasAny(s.words[:v], claimVerbs) || strings.Count(s.text, "\"")+strings.Count(s.text, "“") > 0 || s.isJunk() {
			// The claim and its denial in one sentence ("Rumors were
			// rampant that ..., though the couple denied those reports"),
			// or a denial inside a quote: nothing to set side by side.
			continue
		}
		claim := -1
		obj := s.words[v+1:]
		if len(obj) >= 2 && anaphors[obj[0]] && claimWords[obj[1]] || len(obj) >= 1 && (obj[0] == "it" || claimWords[obj[0]]) {
			// "disputed that account": the nearest sentence before, in
			// the same source, that makes a claim.
			// It must share a word of substance with the denial.
			for j := k - 1; j >= 0 && j >= k-3 && all[j].doc == s.doc; j-- {
				if c := all[j]; denyAt(c.words) < 0 && !quoteOnly(c.text) &&
					(hasAny(c.words, claimVerbs) || hasAny(c.words, claimWords)) && !c.isJunk() && lex.Intersect(c.termsOf(), s.termsOf()) >= 1 {
					claim = j
					break
				}
			}
		} else {
			// The object clause, up to its first comma.
			clause := strings.Join(obj, " ")
			if c := strings.Index(clause, " ,"); c > 0 {
				clause = clause[:c]
			}
			objTerms := lex.ContentTerms(nil, &lw, clause)
			if len(objTerms) < minShared {
				continue
			}
			best := 0
			for j, c := range all {
				if j == k || denyAt(c.words) >= 0 || quoteOnly(c.text) ||
					!hasAny(c.words, claimVerbs) && !hasAny(c.words, claimWords) || c.isJunk() {
					continue
				}
				if n := lex.Intersect(objTerms, c.termsOf()); n >= minShared && n > best && 2*n >= len(objTerms) {
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
		out = append(out, chorus.Dispute{
			Topic:  topicOf(c),
			Claims: []chorus.Claim{claimOf(c, docs, sourcesOf(all, c)), claimOf(s, docs, sourcesOf(all, s))},
		})
	}
	return out
}

// denyAt returns the index of the verb of denial in ws, or -1. "Denied"
// as an adjective of permission ("was denied bail", "denied entry") does
// not count: the verb must not follow a form of "be".
func denyAt(ws []string) int {
	for i, w := range ws {
		if !denyVerbs[w] || i+1 >= len(ws) {
			continue
		}
		if i > 0 && notDenial[ws[i-1]] {
			continue
		}
		switch ws[i+1] {
		case "her", "him", "them", "me", "us", "access", "entry", "coverage", "bail", "by", "recognition":
			continue // "denied her coverage": a refusal
		}
		if (w == "disputed" || w == "contradicted") && !objects[ws[i+1]] && !claimWords[ws[i+1]] {
			continue // "over disputed profits": an adjective
		}
		return i
	}
	return -1
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

// topicOf names a denied claim by its first words.
func topicOf(c sentence) string {
	f := strings.Fields(tidy(c.text))
	if len(f) > 10 {
		return strings.Join(f[:10], " ") + " …"
	}
	return strings.Join(f, " ")
}
