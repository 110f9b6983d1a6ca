package voices

import (
	"strings"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file tells the statements a reader cannot take in alone, under a
// speaker's name and away from their article: fragments, and statements
// that lean on a sentence before them ("disputed that account").

// anaphoric are the nouns that, after "that", "this" or "the", point back
// to a statement the reader has not seen: "disputed that account".
var anaphoric = lex.Set("account", "accounts", "claim", "claims", "report", "reports", "allegation", "allegations",
	"statement", "statements", "version", "story", "accusation", "accusations", "charge", "charges",
	"suggestion", "assertion", "remark", "remarks", "comment", "comments", "idea", "notion", "assessment",
	"figure", "figures", "characterization", "description", "theory", "rumor", "rumors", "rumour", "rumours")

// pointers are the words that point back at something said before when
// they open a quote: "He's up", "That was the plan".
var pointers = lex.Set("he", "she", "it", "they", "him", "her", "them", "this", "that", "these", "those",
	"he's", "she's", "it's", "they're", "that's")

// addressed are the verbs whose object is the one spoken to: "told him
// not to" leans on who "him" is.
var addressed = lex.Set("told", "tells", "warned", "assured", "asked", "urged", "informed")

// plain are the verbs that report what follows them without answering
// anything said before.
var plain = lex.Set("said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "explained",
	"explains", "wrote", "writes", "according", "reported", "stated", "announced", "estimated", "believes", "predicted")

// demonstratives open a noun phrase that may point back: "that account".
var demonstratives = lex.Set("that", "this", "these", "those", "the", "such")

// loose are the words a sentence does not end on: an article, a
// preposition or a conjunction before the final stop is a cut sentence
// ("walked into the building on Main Street at.").
// "Fell in", "turned on" end sentences: particles are not here.
var loose = lex.Set("the", "a", "an", "of", "at", "to", "for", "with", "from", "and", "or",
	"but", "than", "his", "their", "its", "our", "my", "your", "into", "onto")

// fragment reports whether text is not a whole statement: it does not end
// in a stop (the sentence was cut) or ends on a word no sentence ends on.
func fragment(text string) bool {
	t := strings.TrimRight(text, ` "'”’)]»`)
	r, _ := utf8.DecodeLastRuneInString(t)
	if r != '.' && r != '!' && r != '?' && r != '…' {
		return true
	}
	toks := tokenize(t)
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].kind == word {
			return loose[toks[i].low]
		}
	}
	return true
}

// dependent reports whether a's statement leans on what came before it:
// a quote that opens with a pronoun or a demonstrative standing alone
// ("He's up and watching cartoons", "That was a mistake"), or reported
// speech whose verb points back ("disputed that account", "denied it",
// "told him not to", "says he's found it"). "It is hard to …" and "This
// study shows …" stand alone.
func dependent(a Attribution, toks []token) bool {
	ws := wordsOf(toks)
	if len(ws) == 0 {
		return true
	}
	if a.Quote {
		// "All things considered, he's in good spirits": the subject
		// after a short opening phrase.
		open := 0
		for i, t := range toks {
			if t.kind == comma {
				if n := wordsBefore(toks, i); n <= 4 && n < len(ws) {
					open = n
				}
				break
			}
		}
		first := 0
		if len(ws) > 1 && (ws[0].low == "and" || ws[0].low == "but" || ws[0].low == "so") {
			first = 1 // "And she sounded …"
		}
		return pointsBack(ws, first) || open > 0 && pointsBack(ws, open)
	}
	// Reported speech: what follows the first verb of speech.
	for i, t := range ws {
		if !reportingVerbs[t.low] {
			continue
		}
		if i+1 < len(ws) {
			next := ws[i+1].low
			if next == "so" || addressed[t.low] && (next == "him" || next == "her" || next == "them") {
				return true // "said so", "told him not to"
			}
			// "disputed that account", "denied the claims"; after a
			// plain "said", only a demonstrative points back: "said
			// the claims would be filed" tells what it says.
			if i+2 < len(ws) && anaphoric[ws[i+2].low] && (next != "the" && demonstratives[next] || next == "the" && !plain[t.low]) {
				return true
			}
		}
		break
	}
	// "…, saying he's found it." ends on a pointer.
	last := ws[len(ws)-1].low
	return last == "it" || last == "this" || last == "that" || last == "so" || last == "them"
}

// pointsBack reports whether the words from ws[i] open with a pronoun or a
// demonstrative pronoun that needs an earlier sentence: "He said …",
// "They will …", "That's why …", "It's a court …"; not "It is hard to
// …" (no referent), "That plan will …" (a noun follows) nor "This is …"
// (news quotes point with "this" at the story itself).
func pointsBack(ws []token, i int) bool {
	w := ws[i].low
	if !pointers[w] {
		return false
	}
	switch w {
	case "this", "these":
		// "This is the largest investment in a generation": the story
		// the summary is about.
		return false
	case "that", "those":
		// A determiner ("That plan") or a pronoun ("That was")?
		return i+1 < len(ws) && beVerbs[ws[i+1].low] || i+1 == len(ws)
	case "it", "it's":
		// "It is hard to …", "It's time to …": an empty subject.
		j := i + 1
		if j < len(ws) && seems[ws[j].low] {
			return false // "It looks like …"
		}
		if w == "it" && j < len(ws) && beVerbs[ws[j].low] {
			j++
		}
		if j+1 < len(ws) && !determiners[ws[j].low] && (ws[j+1].low == "to" || ws[j+1].low == "that" || ws[j+1].low == "whether") {
			return false
		}
	}
	return true
}

// seems follow an empty "it".
var seems = lex.Set("looks", "looked", "seems", "seemed", "appears", "appeared", "feels", "felt", "sounds", "remains", "takes", "took")

// beVerbs follow a demonstrative pronoun.
var beVerbs = lex.Set("is", "was", "are", "were", "will", "would", "has", "had", "have", "can", "could", "may", "might", "should", "must", "means", "meant", "shows", "showed")

// wordsBefore counts the words of toks before index i.
func wordsBefore(toks []token, i int) int {
	n := 0
	for _, t := range toks[:i] {
		if t.kind == word {
			n++
		}
	}
	return n
}

// quotesSpeaker reports whether a quote's own words attribute speech to a
// speaker the cluster names ("Trump said in his Tuesday tweet"): the
// quotation marks were paired the wrong way round, and the "quote" is
// the reporter's frame.
func quotesSpeaker(text string, known map[string]bool) bool {
	var prev string
	for _, t := range tokenize(text) {
		if t.kind != word {
			prev = ""
			continue
		}
		if prev != "" && known[prev] && lex.IsAttributionVerb(t.low) {
			return true
		}
		prev = strings.TrimSuffix(t.low, "'s")
	}
	return false
}

// possessives open a statement about someone the reader has not met:
// "His truck was stolen", "Their son was at work".
var possessives = lex.Set("his", "her", "their", "its")

// connectives open a statement before its subject: "But she said …".
var connectives = lex.Set("and", "but", "so", "yet", "still", "however", "also", "instead", "meanwhile", "then")

// styles follow a possessive in a form of address that points at no one
// before it: "Their Royal Highnesses thank …", "His Holiness said".
var styles = lex.Set("royal", "majesty", "majesty's", "holiness", "excellency", "highness", "highnesses", "grace", "honour", "honor")

// suffixes follow a surname and are no surname: "Thomas Jr.".
var suffixes = lex.Set("jr", "sr", "ii", "iii", "iv", "qc", "md", "phd")

// standAlone returns a's statement as it reads under its speaker's name,
// away from the sentence before it, and whether it does. Reported speech
// that opens with the pronoun crediting it names the speaker instead ("She
// said the dam held" under Ana Lind reads "Lind said the dam held";
// "He found it, he said" reads "Lind found it, he said"); reported speech
// that opens with a pronoun that is not its speaker ("It was washed out to
// sea, she said"; "He is resting at home, said Ana Lind") or a possessive
// ("His truck was stolen, Lind said") leans on a sentence the reader has
// not seen and is left out. A quote opening with a possessive ("His
// wounds were deep") is left out too: a speaker says "my" of themselves.
// "I", "we", "there", "this" and an empty "it" ("It is unclear whether
// …") stand alone. It also returns the pronoun written as the name, for
// fits.
func standAlone(a Attribution, toks []token) (text, pronoun string, ok bool) {
	ws := wordsOf(toks)
	if len(ws) == 0 {
		return a.Text, "", true
	}
	// "But she said …", "And his injuries …": the pronoun after an
	// opening connective counts as the opening one.
	i := 0
	if len(ws) > 1 && connectives[ws[0].low] {
		i = 1
	}
	w := ws[i]
	if possessives[w.low] && !(i+1 < len(ws) && styles[ws[i+1].low]) {
		return "", "", false
	}
	if a.Quote {
		return a.Text, "", true
	}
	if len(ws) <= 3 {
		return "", "", false // "She said yes.": nothing said
	}
	if a.Pronoun && w.low == a.pronoun {
		name := speakerWord(a)
		if name == "" {
			return "", "", false
		}
		return a.Text[:w.start] + name + a.Text[w.end:], a.pronoun, true
	}
	switch w.low {
	case "he", "she", "they", "him", "them", "he's", "she's", "they're":
		return "", "", false
	}
	if pointsBack(ws, i) || pointsAt(ws, i) {
		return "", "", false
	}
	return a.Text, "", true
}

// times follow a demonstrative that points at the day, not at a sentence
// before: "This week …", "That night …".
var times = lex.Set("week", "weekend", "year", "month", "morning", "afternoon", "evening", "night", "day",
	"summer", "spring", "fall", "autumn", "winter", "season", "time", "decade", "century")

// pointsAt reports whether reported speech opens at ws[i] with a
// demonstrative that points at a sentence before it: "This occurred
// several times, she said", "That concept is dangerous, he said", "Those
// demands were unacceptable". In reported speech the reporter's "this"
// is what the article said before, not the story (a quote's "This is the
// largest …" is). "This week …" and "Those driving …" (people who drive)
// point at nothing before.
func pointsAt(ws []token, i int) bool {
	switch ws[i].low {
	case "this", "that", "these", "those":
	default:
		return false
	}
	if i+1 >= len(ws) {
		return true
	}
	next := ws[i+1].low
	if times[next] || ws[i].low == "those" && (next == "who" || strings.HasSuffix(next, "ing")) {
		return false
	}
	return true
}

// speakerWord returns what names a's speaker in place of the pronoun that
// credits a statement: a person's surname ("Lind"), an organisation's
// whole name ("the Vik Water Board" is "it"); "" when a has no name.
func speakerWord(a Attribution) string {
	f := lex.SpaceFieldsShared(a.Name)
	if a.pronoun == "it" {
		return strings.Join(f, " ")
	}
	for i := len(f) - 1; i >= 0; i-- {
		if !suffixes[lex.Lower(strings.Trim(f[i], ".,"))] {
			return f[i]
		}
	}
	return ""
}

// fits reports whether the pronoun ("he", "she") may stand for the
// speaker named name as far as the given name tells: no "she" for a
// Carlos, no "he" for a Lisa.
func fits(name, pronoun string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(name))
	if len(f) == 0 {
		return true
	}
	switch pronoun {
	case "he":
		return !lex.IsFemaleGivenName(f[0])
	case "she":
		return !lex.IsMaleGivenName(f[0])
	}
	return true
}

// wordsOf returns the words of toks (dependent and standAlone read a
// statement's tokens, once tokenized).
func wordsOf(toks []token) []token {
	var ws []token
	for _, t := range toks {
		if t.kind == word {
			ws = append(ws, t)
		}
	}
	return ws
}
