package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file finds what makes a sentence unfit to stand alone beyond the
// openings flags.go records for the model: a reference to something the
// sentence does not name ("Others were ...", "The latter ...", "..., he
// said." without a quote, "The council also ..."), judged by package
// defect where it has the rule, and fragments (a colon-ended lead-in, a
// piece of a parenthesis). A referring sentence is selected only right
// after the sentence before it in its source (selection brings that one in
// when both fit and are worth it); a fragment never is.

// refers reports whether s leans on the sentence before it beyond the
// pronoun and connective openings sentenceFlags records: an opening that
// defect.Dangles judges dangling ("Meanwhile, ...", "The latter ...",
// "Police also found ..."), except a bare definite noun phrase ("The
// findings ...", which in a multi-source summary most often names the
// event the lead told: taking it as dangling cost 0.07 R-1 and 0.08 R-2 on
// the first 1,000 Multi-News validation clusters), or a statement attributed only to a
// pronoun at its end ("No one was hurt, he said."). words are the
// sentence's first 40 letter words (lex.LetterWords(s, 40)).
func refers(s string, words []string, f flags) bool {
	if len(words) == 0 {
		return false
	}
	if words[0] == "the" {
		if len(words) > 2 && eventNouns[words[1]] && !defect.IsPostModifier(words[2]) {
			return true // "The move will ...", "The decision came ..."
		}
		// Judge the rest of the opening as if a name stood for "The X".
		if rest, ok := strings.CutPrefix(s, "The "); ok && defect.Dangles("Name "+rest) {
			return true // "The council also approved ..."
		}
	} else if defect.Dangles(s) {
		return true
	}
	if pointsBack(words) {
		return true // "The survey disputed that account, ..."
	}
	if personSaysIt(words) {
		return true // "A police official said it appears to be ..."
	}
	if f&flagQuote != 0 && surnameOnly(s) {
		return true // `"We need donors today," Varga said.`
	}
	if f&flagQuote == 0 && firstPerson(words) && !hasSpeechVerb(words) {
		return true // "I couldn't believe it.": whose words the sentence before says
	}
	if f&flagQuote != 0 && (len(words) == 40 || firstPerson(words)) { // fewer than 40 words are all of s's
		if out, ok := unquoted(s); ok && firstPerson(out) && !hasSpeechVerb(out) {
			return true // `Browsing blogs, i came across a note from a "single mom."`: the writer speaks
		}
	}
	return f&flagQuote == 0 && len(words) >= 2 && bareAttribution(words[max(len(words)-3, 0):])
}

// firstPerson reports whether words (lower-case letter words) speak in the
// first person singular ("I", "me", "my"): outside quotation marks and
// with no verb of saying, the sentence is someone's words whose speaker
// another sentence names (a quote running over several sentences), or a
// blogger's aside; either way it cannot stand alone in a summary.
func firstPerson(words []string) bool {
	for _, w := range words {
		switch w {
		case "i", "me", "my", "myself", "mine":
			return true
		}
	}
	return false
}

// unquoted returns the lower-case letter words of s outside its double
// quotation marks (straight, curly or doubled backticks and apostrophes),
// and whether those marks pair up; an odd count (a quote begun or ended
// in another sentence) gives no words.
func unquoted(s string) ([]string, bool) {
	s = quoteMarks.Replace(s) // paraphrase.go
	parts := strings.Split(s, "\"")
	if len(parts)%2 == 0 {
		return nil, false
	}
	var out []string
	for i := 0; i < len(parts); i += 2 {
		out = append(out, lex.LetterWords(parts[i], 40)...)
	}
	return out, true
}

// personSaysIt reports whether a person, named by a noun among the first
// words, says "it" is or does something: "A fire official said it
// started ...". A person is never "it", so "it" stands for something
// named before; an organisation's own "it" ("The council said it would
// appeal") is not matched.
func personSaysIt(words []string) bool {
	for i := 1; i+1 < len(words) && i < 5; i++ {
		if !lex.IsAttributionVerb(words[i]) && words[i] != "say" {
			continue
		}
		next := words[i+1]
		if next == "that" && i+2 < len(words) {
			next = words[i+2]
		}
		return next == "it" && personNoun(words[i-1])
	}
	return false
}

// personNoun reports whether w (lower case) names one person by role:
// "official", "spokesman", "spokeswoman", "spokesperson", "officer".
func personNoun(w string) bool {
	switch w {
	case "official", "officer", "spokesperson", "spokesman", "spokeswoman", "sheriff", "witness", "doctor", "director", "prosecutor", "lawyer", "attorney":
		return true
	}
	return false
}

// pointsBack reports whether words (lower-case) point back with a
// demonstrative and a noun for something said or done before: "disputed
// that account", "denied these claims".
func pointsBack(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		switch words[i] {
		case "that", "this", "these", "those":
			if toldNouns[words[i+1]] {
				return true
			}
		}
	}
	return false
}

// toldNouns name something said, reported or done: after a demonstrative
// they point back to it.
var toldNouns = lex.Set("account", "accounts", "claim", "claims", "report", "reports",
	"allegation", "allegations", "assessment", "version", "figure", "figures",
	"estimate", "statement", "remark", "remarks", "comment", "comments",
	"decision", "move", "view", "request", "offer", "demand", "demands", "warning")

// surnameOnly reports whether a quote's speaker is named by one word only
// ("..., Varga said."): who that is was told in another sentence, which
// must come with it. A speaker named in full ("said Marta Lind", "Mr Obama
// said") or by a title ("the mayor said") stands alone.
func surnameOnly(s string) bool {
	w := lex.SpaceFieldsShared(s)
	for i, x := range w {
		if !lex.IsAttributionVerb(lex.Lower(lex.TrimPunct(x, ",.;:\"“”'"))) {
			continue
		}
		// The capitalised run right before the verb, or right after it.
		run := 0
		for j := i - 1; j >= 0 && isNameWord(w[j], j == i-1); j-- {
			run++
			if lex.ContainsAny(w[j], "\"“”,") {
				break
			}
		}
		if run == 0 {
			for j := i + 1; j < len(w) && isNameWord(w[j], j == i+1); j++ {
				run++
				if lex.ContainsAny(w[j], ",.") {
					break
				}
			}
		}
		return run == 1
	}
	return false
}

// isNameWord reports whether w, stripped of quotes and punctuation, is a
// capitalised word that can be part of a name.
func isNameWord(w string, first bool) bool {
	t := lex.TrimPunct(w, ",.;:\"“”'’")
	r, _ := utf8.DecodeRuneInString(t)
	return len(t) > 1 && unicode.IsUpper(r) && !defect.IsSubjectPronoun(lex.Lower(t)) &&
		!(first && strings.HasSuffix(w, "\"")) && !strings.HasSuffix(w, ",\"") && !strings.HasSuffix(w, ",”")
}

// eventNouns, after "The", name an event or act told before: "The move
// ...", the openings issue 10 lists.
var eventNouns = lex.Set("move", "decision", "announcement", "remarks", "comments",
	"statement", "incident", "step", "measure", "plan", "proposal", "ruling", "verdict")

// fragment reports whether s is a piece of a sentence: a lead-in ending
// with a colon, a bullet list run into text (" * "), a note wholly in
// parentheses, a run with unbalanced
// brackets (the tail of a parenthesis), the tail of a quote split from its
// sentence and speaker (`5 to operate casinos."`), or a sentence cut off
// mid-clause (cutOff). A quote tail is only recognised with its closing
// mark attached: Multi-News spaces its quotes (`. "`), and counting those
// cost 0.1 R-1 and 0.19 R-2 on the first 1,000 validation clusters.
func fragment(s string) bool {
	t := strings.TrimRight(s, " \t\"'”’")
	switch {
	case strings.HasSuffix(t, ":"):
		return true
	case strings.HasPrefix(s, "(") && strings.HasSuffix(strings.TrimSpace(s), ")") && strings.Count(s, "(") == 1:
		return true
	case strings.Count(s, "(") != strings.Count(s, ")") || strings.Count(s, "[") != strings.Count(s, "]"):
		return true
	case strings.HasPrefix(s, "[") && strings.HasSuffix(strings.TrimRight(s, ". "), "]"):
		return true // "[Read: Tunisia sends most foreign fighters to Syria]"
	case closesFirst(s):
		return true // `People just want to come,” says Parata.`
	case strings.Contains(s, " * "):
		return true // a bullet list run into text: "Winners * Jane Roe: her speech ..."
	}
	// The tail of a quote whose start and speaker are in another sentence.
	odd := strings.Count(s, "\"")%2 == 1 || strings.Count(s, "“") != strings.Count(s, "”")
	end := strings.TrimRight(s, " ")
	attached := strings.HasSuffix(end, ".\"") || strings.HasSuffix(end, ".”") || strings.HasSuffix(end, "!\"") || strings.HasSuffix(end, "!”")
	if cutOff(s) {
		return true
	}
	return odd && attached && !strings.HasPrefix(s, "\"") && !strings.HasPrefix(s, "“") && !hasSpeechVerb(lex.LetterWords(s, 60))
}

// cutOff reports whether s stops mid-clause: no closing punctuation, or
// only an ellipsis, and a last word that cannot end a sentence ("... for
// more than", "... was aware that she", "... were first arrested in..."),
// as truncated sources and teasers leave a sentence.
func cutOff(s string) bool {
	t := strings.TrimRight(s, " \t\"'”’)")
	if e := strings.TrimRight(t, ".…"); e != t && (strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")) {
		t = strings.TrimRight(e, " ") // "... were first arrested in...": a teaser cut short
		if t == "" || lex.ContainsAny(t[len(t)-1:], ".!?") {
			return false
		}
	} else if t == "" || lex.ContainsAny(t[len(t)-1:], ".!?…") {
		return false
	}
	w := lex.LetterWords(t[max(len(t)-40, 0):], 40)
	return len(w) > 0 && (lex.IsStopword(w[len(w)-1]))
}

// markCaseFragments marks, in each document that keeps its original
// casing, the sentences that only casing shows to be pieces: one opening
// in lower case ("rekt, contains 300 lists.") and a line without closing
// punctuation (a heading or list item). Lower-cased text (Multi-News)
// cannot show either, so its documents are left alone.
func (c *cluster) markCaseFragments() {
	for i := range c.docs {
		d := &c.docs[i]
		n := 0
		for _, ci := range d.cands {
			if c.casedAt(ci) {
				n++
			}
		}
		if n*casedShare < len(d.cands) || n == 0 {
			continue
		}
		for _, ci := range d.cands {
			cd := &c.cands[ci]
			if startsLower(cd.text) || cd.flags&flagUnfinished != 0 {
				cd.flags |= flagFragment
			}
		}
	}
}

// casedAt reports lex.Cased of candidate i's text, read once
// (candidate.cased).
func (c *cluster) casedAt(i int) bool {
	cd := &c.cands[i]
	if cd.cased == 0 {
		cd.cased = 1
		if lex.Cased(cd.text) {
			cd.cased = 2
		}
	}
	return cd.cased == 2
}

// casedShare: a document keeps its casing when at least one sentence in
// casedShare shows a capital inside it.
const casedShare = 10

// startsLower reports whether s opens with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// closesFirst reports whether the first quotation mark in s closes a
// quote: the speaker's words began in another sentence. A straight mark
// closes when a letter or punctuation touches it before and a space or the
// end follows.
func closesFirst(s string) bool {
	for i, r := range s {
		switch r {
		case '“':
			return false
		case '”':
			return i > 0
		case '"':
			if i == 0 {
				return false
			}
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			return !unicode.IsSpace(prev) && (i+1 == len(s) || unicode.IsSpace(next))
		}
	}
	return false
}

// quoteTail reports whether s is the last part of a quote whose opening
// and speaker stand in an earlier sentence: it does not open with a
// quotation mark, its marks do not pair, it ends with a closing mark after
// the sentence's full stop ("The party left me. \"", tokenized text's
// spacing included), and it has no verb of saying. fragment counts only
// the attached form (`me."`); this spaced form, Multi-News's, is kept in
// the benchmarks' summaries (counting it cost ROUGE) and marked for a
// reader's summary only (markQuoteTails).
func quoteTail(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") || strings.HasPrefix(t, "``") || pairedQuotes(t) {
		return false
	}
	body, ok := strings.CutSuffix(t, "\"")
	if !ok {
		if body, ok = strings.CutSuffix(t, "”"); !ok {
			return false
		}
	}
	body = strings.TrimRight(body, " ")
	if body == "" || !lex.ContainsAny(body[len(body)-1:], ".!?") {
		return false
	}
	return !hasSpeechVerb(lex.LetterWords(s, 60))
}

// markQuoteTails marks, for a reader's summary, each quote tail
// (quoteTail) as leaning on the sentence before it (flagRefers): selected
// only right after it, which opens the quote and most often names its
// speaker. Alone, a tail is a quote no one says ("I just hope this helps.
// \"").
func (c *cluster) markQuoteTails() {
	for i := range c.cands {
		cd := &c.cands[i]
		if cd.flags&flagQuote != 0 && cd.flags&flagDependent == 0 && quoteTail(cd.text) {
			cd.flags |= flagRefers
		}
	}
}
