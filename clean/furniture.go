package clean

import "strings"

// Rule names the rule by which the cleaner treats a paragraph or sentence
// as page furniture. Furniture reports it, so that other stages (the defect
// detectors) reuse the cleaner's rules instead of copying them.
type Rule uint8

// The cleaner's furniture rules.
const (
	NotFurniture   Rule = iota // no rule applies
	NoLetters                  // no letter at all ("***")
	ExactPhrase                // exactly a one- or two-word [exact] phrase ("Advertisement")
	PrefixPhrase               // a short text opening with a [prefix] phrase ("Photo: ...", "Related: ...")
	Prompt                     // a short text opening with a [prompt] phrase ("Click here ...")
	Timestamp                  // a publication stamp ("Updated 3:45 PM ET")
	Copyright                  // a copyright line
	ContainsPhrase             // a short text holding a [contains] phrase ("all rights reserved")
	Bullet                     // a lone bulleted name
	Byline                     // an author line ("By Jane Doe")
	Caption                    // a text ending with a photo credit ("... (AP Photo/Jane Doe)")
	Dateline                   // opens with a dateline or agency tag ("LONDON (AP) —")
	InlineCredit               // holds a parenthesised photo credit or agency tag
	WireCode                   // ends with a wire routing code ("(tc-pfg-dkt)")
	Heading                    // short and without sentence punctuation at its end
	LeadFurniture              // opens with a stamp, byline, photo credit or highlights block run into its sentence
)

var ruleNames = [...]string{"none", "no-letters", "exact-phrase", "prefix-phrase", "prompt",
	"timestamp", "copyright", "contains-phrase", "bullet", "byline", "caption", "dateline",
	"inline-credit", "wire-code", "heading", "lead-furniture"}

// String returns the rule's name.
func (r Rule) String() string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return "unknown"
}

// Match is the furniture rule that applies to a text and the phrase of
// boilerplate.txt that matched, for the phrase rules.
type Match struct {
	Rule   Rule
	Phrase string
}

// Furniture returns the first furniture rule that applies to s, a
// paragraph or a sentence, in the order the cleaner applies them: the rules
// that drop a whole paragraph first (as Paragraphs does), then those that
// cut a dateline, credit or wire code out of it, then the heading rule. It
// returns a zero Match when none applies. s need not be collapsed.
func Furniture(s string) Match {
	s, m, done := dropRule(s)
	if done {
		return m
	}
	if m := cutRule(s); m.Rule != NotFurniture {
		return m
	}
	return laterRule(s)
}

// FurnitureBesidesCuts returns Furniture(s), except that where Furniture
// returns Dateline or LeadFurniture and no later rule applies to s, it may
// return the zero Match: for a caller that treats those two rules as no
// furniture (a story's own sentence behind a credit), the same answer for
// less work, since the dateline and lead rules, the costliest, are tried
// only when a later rule applies.
func FurnitureBesidesCuts(s string) Match {
	s, m, done := dropRule(s)
	if done {
		return m
	}
	later := laterRule(s)
	if later.Rule == NotFurniture {
		return Match{}
	}
	if m := cutRule(s); m.Rule != NotFurniture {
		return m // Furniture tries these first
	}
	return later
}

// dropRule collapses s and returns it with the rule that drops it whole
// (an empty text, noise), and whether one applies.
func dropRule(s string) (string, Match, bool) {
	s = collapseSpace(strings.TrimSpace(s))
	if s == "" {
		return s, Match{Rule: NoLetters}, true
	}
	m := noise(s)
	return s, m, m.Rule != NotFurniture
}

// cutRule returns the dateline or lead-furniture rule that applies to the
// collapsed s, the costliest rules.
func cutRule(s string) Match {
	if stripDateline(s) != s {
		return Match{Rule: Dateline}
	}
	if stripLead(s) != s {
		return Match{Rule: LeadFurniture}
	}
	return Match{}
}

// laterRule returns the credit, wire-code or heading rule that applies to
// the collapsed s.
func laterRule(s string) Match {
	if strings.IndexByte(s, '(') >= 0 {
		if stripCredits(s) != s {
			return Match{Rule: InlineCredit}
		}
		if stripWireCode(s) != s {
			return Match{Rule: WireCode}
		}
	}
	if isHeading(s) {
		return Match{Rule: Heading}
	}
	return Match{}
}
