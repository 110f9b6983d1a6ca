package summarize

import (
	"github.com/chorusnews/chorus/internal/lex"
	"strings"
)

// teaserCut reports whether s, a sentence ending in an ellipsis, is a
// page's teaser cut short rather than a whole sentence some sites end with
// "..." as a style. The ellipsis alone does not tell them apart (dropping
// every such sentence read mixed); these forms do, none of which is a
// sentence without what the ellipsis holds back:
//   - a verb of telling and its listener or outlet in the last words, the
//     words told left for the next line ("Sources close to the couple tell
//     the tattler...", "The driver tells the tattler...");
//   - an opening "According to ..." with no comma, the claim it attributes
//     missing ("According to the papers obtained by the tattler...");
//   - an opening subordinator or participle with no comma, a clause with
//     no main clause ("Saying she last saw him on May 9...", "After she
//     stopped breathing...", "Claiming he paid him...", "That the actor
//     also ...", "As for whether ...");
//   - an opening auxiliary verb whose subject, a linked name, the page lost
//     ("Was rushed to a hospital moments ago...").
//
// An ellipsis after a full stop ("... she said....") or inside a quotation
// does not count. A reader's summary only (markTeasers).
func teaserCut(s string) bool {
	t := strings.TrimRight(s, " )")
	var body string
	switch {
	case strings.HasSuffix(t, "...."):
		return false // a full stop, then an ellipsis
	case strings.HasSuffix(t, "..."):
		body = strings.TrimRight(t[:len(t)-3], " ,")
	case strings.HasSuffix(t, "…"):
		body = strings.TrimRight(t[:len(t)-len("…")], " ,")
	default:
		return false
	}
	if body == "" || strings.ContainsAny(body[len(body)-1:], ".!?\"”'") || strings.Count(body, "\"")%2 == 1 {
		return false
	}
	words := lex.LetterWords(body, 80)
	n := len(words)
	if n < 2 {
		return false
	}
	for i := max(n-4, 1); i < n; i++ {
		if tellVerbs[words[i]] {
			return true // "... tell the tattler..."
		}
	}
	if cutModifier(words) {
		return true // "... shared for the first time her unambiguous..."
	}
	if strings.Contains(body, ",") || strings.Contains(body, " -- ") || strings.Contains(body, " — ") {
		return false // a clause may follow the opening one
	}
	switch {
	case words[0] == "according" && words[1] == "to":
		return true
	case cutOpenings[words[0]]:
		return true
	case words[0] == "as" && (words[1] == "for" || words[1] == "to"):
		return true
	}
	return false
}

// cutModifier reports whether words (lower case) end with a determiner or
// possessive and a modifier the noun it modifies does not follow: "... in
// the early", "... her unambiguous", "... of their traditional".
func cutModifier(words []string) bool {
	n := len(words)
	if n < 2 || !modDeterminers[words[n-2]] {
		return false
	}
	w := words[n-1]
	if modWords[w] {
		return true
	}
	for _, suf := range modSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// modDeterminers, modWords and modSuffixes are the words of cutModifier.
var (
	modDeterminers = lex.Set("the", "a", "an", "her", "his", "their", "its", "our", "my", "your", "this", "these", "those")
	modWords       = lex.Set("early", "late", "first", "last", "new", "former", "latest", "next", "most", "very")
	modSuffixes    = []string{"ous", "ive", "ical", "ional", "ful", "less", "able", "ible"}
)

// tellVerbs are the verbs of telling whose listener closes a teaser.
var tellVerbs = lex.Set("tell", "tells", "told", "telling")

// cutOpenings open a clause that is no sentence without a main clause
// after a comma, or a sentence whose subject the page lost.
var cutOpenings = lex.Set("saying", "claiming", "including", "adding", "noting", "after", "before", "while",
	"because", "although", "though", "when", "whether", "that", "if", "since", "until", "unless",
	"was", "were", "has", "had", "is", "are")
