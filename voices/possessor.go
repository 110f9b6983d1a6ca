package voices

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file completes a role that opens with a possessive pronoun ("his
// attorney") or "the X's" ("the hospital's chief surgeon"): the voice list
// shows the speaker alone, so "his" or "the hospital" would point to no
// one and nothing a reader sees.

// possessorRole returns role with an opening "his" or "her" replaced by
// the possessive of the one person the article names in full in the
// statement's first sentence, or else in the sentence before it, other
// than the speaker (speakerKey) and of no other gender ("Ana Lind's attorney"
// for "her attorney" beside "Ana Lind"); "" when no one person is found
// or the role opens with "their". Other roles are returned as they are.
func possessorRole(role string, sentences []string, at []int, speakerKey string, named map[string][]token, cased bool) string {
	f := lex.SpaceFieldsShared(role)
	if len(f) == 0 {
		return role
	}
	p := lex.Lower(f[0])
	if p != "his" && p != "her" && p != "their" {
		return role
	}
	if p == "their" || len(f) < 2 || len(at) == 0 {
		return ""
	}
	for _, i := range []int{at[0], at[0] - 1} {
		if i < 0 || i >= len(sentences) {
			continue
		}
		var found []token
		toks := tokenize(sentences[i])
		for k, full := range named {
			if mentions(full, []token{{kind: word, low: speakerKey}}) || clauseName(display(full, cased)) {
				continue // the speaker's own name, or a clause ("<Name> Announced")
			}
			if k == speakerKey || len(full) < 2 || !cased && !lex.IsGivenName(full[0].low) || !mentions(toks, full) || !genderFits(full[0].low, p) {
				continue
			}
			if found != nil && key(found) != k {
				return "" // two people: "his" is not told
			}
			found = full
		}
		if found != nil {
			return possessiveOf(found, cased) + " " + strings.Join(f[1:], " ")
		}
	}
	return ""
}

// mentions reports whether toks hold the words of name.
func mentions(toks []token, name []token) bool {
	for i := 0; i+len(name) <= len(toks); i++ {
		ok := true
		for j, w := range name {
			if toks[i+j].kind != word || toks[i+j].low != w.low {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// genderFits reports whether a person with the given name may be "his"
// (p) or "her": a listed given name of the other sex may not.
func genderFits(given, p string) bool {
	if p == "his" {
		return !lex.IsFemaleGivenName(given)
	}
	return !lex.IsMaleGivenName(given)
}

// possessiveOf returns the full name as Voices shows it, in the
// possessive: "Ana Lind's".
func possessiveOf(name []token, cased bool) string {
	return display(name, cased) + "'s"
}

// namedOwnerRole returns role with an opening "the X's" ("the hospital's
// chief surgeon") written as "… at <Name>" ("chief surgeon at St. Anne's
// Hospital") when a cased article names X in the sentence that gives the
// role or in the five before it: capitalised words ending in X
// capitalised, one name only. A voice is read apart from the summary,
// which may never name the hospital; "the hospital's" would point to
// nothing there. Any other role is returned as it is.
func namedOwnerRole(role string, sentences []string, at []int, cased bool) string {
	f := lex.SpaceFieldsShared(role)
	if !cased || len(f) < 3 || f[0] != "the" || len(at) == 0 {
		return role
	}
	owner, ok := strings.CutSuffix(f[1], "'s")
	if !ok {
		owner, ok = strings.CutSuffix(f[1], "’s")
	}
	if !ok || len(owner) < 3 || lex.Lower(owner) != owner || !lettersOnly(owner) {
		return role
	}
	name := regexp.MustCompile(`(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}` + regexp.QuoteMeta(lex.UpperFirst(owner)) + `\b`)
	for i := at[0]; i >= 0 && i >= at[0]-5 && i < len(sentences); i-- {
		found := ""
		for _, m := range name.FindAllString(sentences[i], -1) {
			ws := lex.SpaceFields(m)
			for len(ws) > 1 && lex.IsStopword(lex.Lower(ws[0])) {
				ws = ws[1:] // "At Velmora General Hospital"
			}
			if len(ws) < 2 {
				continue
			}
			if m = strings.Join(ws, " "); found != "" && found != m {
				return role // two hospitals: the role does not tell which
			}
			found = m
		}
		if found != "" {
			return strings.Join(f[2:], " ") + " at " + found
		}
	}
	return role
}

// lettersOnly reports whether s holds only ASCII letters.
func lettersOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			return false
		}
	}
	return true
}
