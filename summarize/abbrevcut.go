package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/sentence"
)

// abbrevCutOff reports whether s reads as a sentence cut off right after
// an abbreviation whose period passed for a sentence end: the truncated
// Multi-News release often stops an article on a token like "u.s." or
// "sen." ("... on monday said that the u.s."), and the splitter can end a
// sentence there too. dropChosen with abbrevCutOff leaves such a sentence
// out of a reader's summary after selection (nothing else moves). The
// shapes are ones that cannot end a finished sentence:
//
//   - a title that needs a name after it ("... democratic sen.", "said mr.");
//   - a month abbreviation with no day ("wednesday, feb.", "election oct.");
//   - "the u.s." (any dotted initials) as the subject of a clause whose verb
//     is lost, after a subordinator or a reporting verb ("said that the
//     u.s.", "comes as the u.s.");
//   - a short subject with only a relative clause after it, ending on an
//     abbreviation ("the tenant, who has since moved to <town>, colo.").
//
// A place or firm closing a whole sentence ("... moved to the u.s.", "...
// in pierce county, wis.", "... charities inc.", "through his rep.",
// "from 18 dec.") is kept. Validation 0 changed (its abbreviation
// fragments have other shapes); dev 19 changed: 19 better / 0 worse / 0
// same, each the fragment left out. Tried first as a fragment mark on an
// article's last sentence (markCutOff): the same fragments went, but the
// shifted fact groups changed 4 validation and 20 more dev summaries,
// some for the worse (a lead sentence lost).
func abbrevCutOff(s string) bool {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ".") {
		return false
	}
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return false
	}
	last := strings.ToLower(t[i+1:])
	if strings.Contains(last, "..") {
		return false // an ellipsis or a doubled stop (trailcut.go)
	}
	words := strings.Fields(strings.ToLower(t[:i]))
	prev := ""
	if len(words) > 0 {
		prev = words[len(words)-1]
	}
	if cutTitles[last] && !cutOwners[prev] || cutMonths[last] && !isDayNumber(prev) {
		return true // not "through his rep.", "from 18 dec."
	}
	dotted := strings.IndexByte(last[:len(last)-1], '.') >= 0
	if !dotted && !sentence.ClosesName(last[:len(last)-1]) {
		return false // a plain word: the period ends the sentence
	}
	if n := len(words); dotted && n >= 2 && words[n-1] == "the" && cutClauseOpeners[words[n-2]] {
		return true
	}
	return abbrevRelativeOnly(strings.ToLower(t))
}

// abbrevRelativeOnly reports whether t is a subject of at most three words
// followed by a relative clause and nothing else ("the dogs, which ...").
func abbrevRelativeOnly(t string) bool {
	c := strings.IndexByte(t, ',')
	if c < 0 || !(strings.HasPrefix(t, "the ") || strings.HasPrefix(t, "a ")) || !fieldsAtMost(t[:c], 3) {
		return false
	}
	rest := t[c+1:]
	if !strings.HasPrefix(rest, " who ") && !strings.HasPrefix(rest, " which ") || strings.ContainsAny(rest, "\"?!") {
		return false
	}
	// At most one more comma, the one before the closing abbreviation
	// ("harlow, colo.").
	switch strings.Count(rest, ",") {
	case 0:
		return true
	case 1:
		j := strings.LastIndexByte(rest, ' ')
		return j > 0 && rest[j-1] == ','
	}
	return false
}

// cutTitles are titles that always stand before a name (surname.go's
// abbrevTitles also holds "st.", "jr." and "dr.", which can end a street or
// a name).
var cutTitles = lex.Set("sen.", "sens.", "rep.", "reps.", "gov.", "mr.", "mrs.", "gen.", "lt.",
	"col.", "sgt.", "capt.", "prof.", "rev.", "atty.", "supt.", "cmdr.", "adm.", "maj.")

// cutOwners before a title's abbreviation make it a noun: "his rep.".
var cutOwners = lex.Set("his", "her", "their", "its", "my", "our", "your", "a", "the")

// cutMonths are month abbreviations, which AP style writes only before a
// day.
var cutMonths = lex.Set("jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.")

// cutClauseOpeners open a clause whose subject "the u.s." would be.
var cutClauseOpeners = lex.Set("that", "as", "because", "when", "while", "if", "whether", "said",
	"says", "since", "until", "unless", "though", "although", "where", "warned", "argued", "believes")
