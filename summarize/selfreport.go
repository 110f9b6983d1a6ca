package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A publication speaking of itself in its own story ("..., the Ledger can
// exclusively reveal.", "Harbor News is learning that ...", "...,
// tarnwickdaily.com has exclusively learned.", "the mayor tells the
// Ledger exclusively"): the outlet's boast, which a summary of many
// sources does not repeat. An editor credits the outlet as one credits
// any source — "..., the Ledger reported." — and drops "exclusive(ly)".
// Words inside quotation marks are someone's own ("We can confirm that
// ...") and stay as they are.

// outletPhrase is a short noun phrase that may name an outlet: one to
// five words with no comma, quotation mark or clause punctuation.
const outletPhrase = `((?:[^\s,;:"“”()]+ ){0,4}[^\s,;:"“”()]+)`

var (
	// "..., <outlet> can (exclusively) reveal." at the end of a sentence.
	selfReportTrail = regexp.MustCompile(`(?i), ` + outletPhrase +
		` ((?:can|could) (?:now )?(?:exclusively )?(?:reveal|confirm|report)|(?:has|have) (?:exclusively )?(?:learned|learnt|confirmed)|is (?:exclusively )?reporting)(?: exclusively)?([.!])$`)
	// "<outlet> can (exclusively) reveal that ...", "<outlet> has
	// exclusively learned (that) ...", at the start of a sentence or of
	// a clause joined by "and" or "but".
	selfReportLead = regexp.MustCompile(`(?i)(^|, and |, but | and |^now |^but |^and )` + outletPhrase +
		` (?:(?:can|could) (?:now )?(?:(?:reveal|confirm|report) that|exclusively (?:reveal|confirm|report)(?: that)?)|(?:has|have) exclusively (?:learned|learnt|confirmed)(?: that)?)( )`)
	// "<outlet> is learning that ...": only an outlet-like subject.
	selfLearning = regexp.MustCompile(`(?i)(^|, and |, but | and )` + outletPhrase + ` is learning that( )`)
	// "exclusively" beside a verb of telling or finding out.
	exclusivelyVerb = regexp.MustCompile(`(?i)\b(?:exclusively (told|tells|revealed|confirmed|obtained|learned)|(told|tells|tell) ((?:[^\s,;:"“”()]+ ){0,3}[^\s,;:"“”()]+) exclusively)\b`)
	// "in an exclusive interview with ...": the interview stays.
	exclusiveNoun = regexp.MustCompile(`(?i)\b(an?) exclusive (interview|statement|conversation)\b`)
)

// Pieces of text, in any ASCII case, that a match of the expressions
// above needs: a sentence without them is not searched. The letters have
// no other case under Unicode folding ((?i) folds "k" and "s" with
// "\u212a" and "\u017f", and neither is among them).
var (
	// selfReportVerbs: a verb of selfReportTrail or selfReportLead.
	selfReportVerbs = lex.NewFoldSubstrings("reveal", "confirm", "report", "learn")
	// selfReportLeadVerbs: selfReportLead's "can", "could" or
	// "exclusively".
	selfReportLeadVerbs = lex.NewFoldSubstrings("can ", "could ", "xclu")
	// learningText: selfLearning's verb.
	learningText = lex.NewFoldSubstrings("learning that")
	// exclusiveText: exclusivelyVerb's and exclusiveNoun's adverb or adjective.
	exclusiveText = lex.NewFoldSubstrings("xclu")
)

// selfReportTrailMay reports whether s may end as selfReportTrail
// matches: with "." or "!" and, in its last selfReportTrailReach bytes, a
// selfReportVerbs verb (the most an optional " exclusively" may stand
// between them is 13 bytes, its "s" written "\u017f").
func selfReportTrailMay(s string) bool {
	if s == "" || s[len(s)-1] != '.' && s[len(s)-1] != '!' {
		return false
	}
	return selfReportVerbs.In(s[max(0, len(s)-selfReportTrailReach):])
}

// selfReportTrailReach bounds the bytes selfReportTrailMay reads: a
// verb of nine bytes, " exclusively" and the final mark, with room.
const selfReportTrailReach = 32

// notOutlets are the first words of a phrase that is a speaker, not a
// publication: a pronoun or a determiner of people ("we can confirm").
var notOutlets = lex.Set("i", "we", "you", "he", "she", "they", "it", "this", "that", "who", "which", "police",
	"officials", "investigators", "authorities", "sources", "source", "doctors", "researchers", "scientists")

// outletWords end the subject of "is learning that" when it is an outlet.
var outletWords = lex.Set("news", "online", "magazine", "weekly", "times", "post", "tribune", "herald", "journal", "daily")

// outletLike reports whether phrase may name an outlet speaking of itself:
// not a pronoun or a body of people (notOutlets).
func outletLike(phrase string) bool {
	f := lex.SpaceFieldsShared(phrase)
	return len(f) > 0 && !notOutlets[lex.LowerASCII(f[0])]
}

// learningOutlet reports whether phrase, the subject of "is learning
// that", names an outlet: a web address or a last word of outletWords.
func learningOutlet(phrase string) bool {
	f := lex.SpaceFieldsShared(phrase)
	if len(f) == 0 || notOutlets[lex.LowerASCII(f[0])] {
		return false
	}
	last := lex.LowerASCII(f[len(f)-1])
	return outletWords[last] || strings.HasSuffix(last, ".com")
}

// outsideQuotesAt reports whether byte i of s stands outside quotation
// marks: an even number of straight marks and as many closing curly marks
// as opening ones before it.
func outsideQuotesAt(s string, i int) bool {
	before := s[:i]
	return strings.Count(before, `"`)%2 == 0 && strings.Count(before, "“") == strings.Count(before, "”")
}

// creditOutletReport rewrites a publication's self-reference in s (see
// above) as a credit: "..., <outlet> reported.", "<outlet> reported that
// ...", and drops "exclusive(ly)" beside a verb of telling or an
// interview.
func creditOutletReport(s string) string {
	if !strings.Contains(s, "xclusive") && !strings.Contains(s, "reveal") && !strings.Contains(s, "confirm") &&
		!strings.Contains(s, "learn") && !strings.Contains(s, "report") {
		return s
	}
	if selfReportTrailMay(s) {
		if m := selfReportTrail.FindStringSubmatchIndex(s); m != nil && outsideQuotesAt(s, m[0]) {
			outlet, verb := s[m[2]:m[3]], lex.LowerASCII(s[m[4]:m[5]])
			// "Has confirmed" ends a family's or a ministry's word as often
			// as an outlet's: only an outlet-like name counts there.
			plain := strings.HasSuffix(verb, " confirmed") && !strings.Contains(verb, "exclusively")
			if plain && learningOutlet(outlet) || !plain && outletLike(outlet) {
				s = s[:m[0]] + ", " + outlet + " " + reportVerb(outlet) + s[m[6]:m[7]]
			}
		}
	}
	if selfReportVerbs.In(s) && selfReportLeadVerbs.In(s) {
		s = replaceOutside(s, selfReportLead, func(s string, m []int) (string, bool) {
			if !outletLike(s[m[4]:m[5]]) {
				return "", false
			}
			verb := " " + reportVerb(s[m[4]:m[5]]) + " "
			if strings.HasSuffix(lex.LowerASCII(s[m[0]:m[1]]), "that ") {
				verb += "that "
			}
			return s[m[2]:m[3]] + s[m[4]:m[5]] + verb, true
		})
	}
	if learningText.In(s) {
		s = replaceOutside(s, selfLearning, func(s string, m []int) (string, bool) {
			if !learningOutlet(s[m[4]:m[5]]) {
				return "", false
			}
			return s[m[2]:m[3]] + s[m[4]:m[5]] + " " + reportVerb(s[m[4]:m[5]]) + " that ", true
		})
	}
	if exclusiveText.In(s) {
		s = replaceOutside(s, exclusivelyVerb, func(s string, m []int) (string, bool) {
			if m[2] >= 0 {
				return s[m[2]:m[3]], true
			}
			return s[m[4]:m[5]] + " " + s[m[6]:m[7]], true
		})
		s = replaceOutside(s, exclusiveNoun, func(s string, m []int) (string, bool) {
			art := s[m[2]:m[3]]
			noun := s[m[4]:m[5]]
			switch {
			case strings.EqualFold(art, "an") && !strings.EqualFold(noun, "interview"):
				art = art[:1] // "an exclusive statement" reads "a statement"
			case strings.EqualFold(art, "a") && strings.EqualFold(noun, "interview"):
				art += "n"
			}
			return art + " " + noun, true
		})
	}
	return lex.UpperFirst(s)
}

// reportVerb is the verb that credits outlet: "reported", or "said" for
// an outlet named "... Reporter" ("the Harbor Reporter reported").
func reportVerb(outlet string) string {
	if strings.HasSuffix(lex.LowerASCII(outlet), "reporter") {
		return "said"
	}
	return "reported"
}

// replaceOutside replaces each match of re in s that starts outside
// quotation marks with what f returns for it, when f accepts it.
func replaceOutside(s string, re *regexp.Regexp, f func(s string, m []int) (string, bool)) string {
	ms := re.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		if !outsideQuotesAt(s, m[0]) {
			continue
		}
		r, ok := f(s, m)
		if !ok {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(r)
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// creditOutletReports rewrites every text of sum with creditOutletReport.
func creditOutletReports(sum *chorus.Summary) { rewriteTexts(sum, creditOutletReport) }
