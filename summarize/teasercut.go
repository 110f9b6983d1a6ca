package summarize

import (
	"strings"

	chorus "github.com/chorusnews/chorus"

	"github.com/chorusnews/chorus/internal/lex"
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
	if body == "" || lex.ContainsAny(body[len(body)-1:], ".!?\"”'") || strings.Count(body, "\"")%2 == 1 {
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
	if cutModifier(words) || cutLastClause(body) || cutName(words) {
		return true // "... shared for the first time her unambiguous...", "..., the board..."
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

// cutLastClause reports whether the last comma-separated part of body,
// a sentence's text before its trailing ellipsis, opens a clause the cut
// left without a verb or without its main clause: a bare "the X" or "the
// X Y" ("In both cases, the board..."), or a conjunction and a
// subordinator ("..., but when she posted the pictures...").
func cutLastClause(body string) bool {
	i := strings.LastIndex(body, ", ")
	if i < 0 {
		return false
	}
	w := lex.LetterWords(body[i+2:], 8)
	switch {
	case len(w) >= 2 && len(w) <= 3 && (w[0] == "the" || w[0] == "a" || w[0] == "an") && strings.IndexByte(body[i+2:], '\'') < 0:
		return true
	case len(w) >= 3 && clauseConjunctions[w[0]] && clauseSubordinators[w[1]]:
		return true
	}
	return false
}

// clauseConjunctions and clauseSubordinators are the words of cutLastClause.
var (
	clauseConjunctions  = lex.Set("but", "and", "yet", "so")
	clauseSubordinators = lex.Set("when", "if", "after", "before", "while", "because", "although", "though", "once", "since", "unless")
)

// cutName reports whether words (lower case) end with a listed given name
// after a word that is no stopword and no given name: a name the cut left
// without its surname ("... supporters of the ousted president <given>").
func cutName(words []string) bool {
	n := len(words)
	return n >= 2 && lex.IsGivenName(words[n-1]) && !lex.IsStopword(words[n-2]) && !lex.IsGivenName(words[n-2])
}

// tellVerbs are the verbs of telling whose listener closes a teaser.
var tellVerbs = lex.Set("tell", "tells", "told", "telling")

// cutOpenings open a clause that is no sentence without a main clause
// after a comma, or a sentence whose subject the page lost.
var cutOpenings = lex.Set("saying", "claiming", "including", "adding", "noting", "after", "before", "while",
	"because", "although", "though", "when", "whether", "that", "if", "since", "until", "unless",
	"was", "were", "has", "had", "is", "are")

// closeEllipses ends with a full stop each sentence of a reader's summary
// that a site ended with an ellipsis as a style ("Ilse Varga was found dead
// on her tour bus in Tarnwick..."): in a summary the trailing "..." reads
// as a sentence cut short. A full stop before the ellipsis ("she
// said....") keeps only the stop, a "?" or "!" stays as it is; an ellipsis
// inside an open quotation, or after a word no sentence ends on (cutOff),
// is left: there the text was cut.
func closeEllipses(sum *chorus.Summary) {
	for i := range sum.Sentences {
		sum.Sentences[i].Text = closeEllipsis(sum.Sentences[i].Text)
	}
}

// closeEllipsis returns s with its trailing ellipsis written as a full
// stop (closeEllipses), or s.
func closeEllipsis(s string) string {
	t := strings.TrimRight(s, " ")
	var body string
	switch {
	case strings.HasSuffix(t, "..."):
		body = strings.TrimRight(t, ".")
	case strings.HasSuffix(t, "…"):
		body = strings.TrimRight(strings.TrimSuffix(t, "…"), ".")
	default:
		return s
	}
	if b := strings.TrimRight(body, " "); b != "" && lex.ContainsAny(b[len(b)-1:], ":;") {
		return s // "... for this one:...": what it announced is cut
	}
	body = strings.TrimRight(body, " ,")
	if body == "" || strings.Count(body, "\"")%2 == 1 || strings.Count(body, "“") > strings.Count(body, "”") ||
		lex.ContainsAny(body[len(body)-1:], "\"”'’") || cutOff(body+"...") || keepsEllipsis(body) {
		return s
	}
	if lex.ContainsAny(body[len(body)-1:], "!?") {
		return body
	}
	return body + "."
}

// keepsEllipsis reports whether body, a sentence's text before its
// trailing ellipsis, was cut there: after a determiner and a modifier
// (cutModifier), after "to", "and", "or" or a relative pronoun and one
// word ("... how to get", "... who will oversee it and provide"), at an
// adverb in "-ly" ("... which was immediately"), or inside a word of one
// or two letters ("... on friday, de").
func keepsEllipsis(body string) bool {
	words := lex.LetterWords(body[max(len(body)-60, 0):], 20)
	n := len(words)
	if n == 0 {
		return false
	}
	last := words[n-1]
	return cutModifier(words) || n >= 2 && openEnds[words[n-2]] || len(last) > 5 && strings.HasSuffix(last, "ly") ||
		len(last) <= 2 && !lex.IsStopword(last) && strings.HasSuffix(strings.TrimRight(body, " "), last)
}

// openEnds are the words after which a sentence's last word leaves its
// clause open (keepsEllipsis).
var openEnds = lex.Set("to", "and", "or", "but", "which", "who", "that", "when")

// dropStrayQuotes takes off the single quotation mark that opens a
// sentence of a reader's summary and that nothing in the sentence closes
// (strayQuote): "' the ferry left at noon." is the tail of a quotation
// mark the page set before the sentence, and reads as a sentence opening
// mid-quote.
func dropStrayQuotes(sum *chorus.Summary) {
	for i := range sum.Sentences {
		if t := sum.Sentences[i].Text; strayQuote(t) {
			rest := strings.TrimLeft(t[1:], " ")
			sum.Sentences[i].Text = capitalizeFirst(rest)
		}
	}
}

// strayQuote reports whether s opens with a single quotation mark ("'")
// and a space, and no other single mark stands in s outside a word (an
// apostrophe between letters, "didn't", "varga's", does not count).
func strayQuote(s string) bool {
	if len(s) < 3 || s[0] != '\'' || s[1] != ' ' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] != '\'' {
			continue
		}
		if !(isASCIILetter(s[i-1]) && i+1 < len(s) && isASCIILetter(s[i+1])) {
			return false
		}
	}
	return lex.ContainsAny(s[2:3], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\"“") && !strings.HasPrefix(s[2:], `" "`)
}

// capitalizeFirst returns s with its first letter, if ASCII lower case,
// in upper case.
func capitalizeFirst(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			return s[:i] + string(c-'a'+'A') + s[i+1:]
		case isASCIILetter(c) || c >= '0' && c <= '9':
			return s
		}
	}
	return s
}
