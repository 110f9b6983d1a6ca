package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last steps. Each article names
// a person in full on first mention, so a summary built from several
// articles says "Dana Whitlock" in every sentence that opens one of them:
// "Dana Whitlock won ... Dana Whitlock said ... Dana Whitlock's rival".
// An editor names the person in full once and by surname after that;
// shortenRepeatedNames does the same.

// repeatNameTitles may stand before a surname without being a given name
// of another person ("President Whitlock", "Sen. Whitlock").
var repeatNameTitles = lex.Set("president", "sen", "sen.", "senator", "rep", "rep.", "gov", "gov.",
	"governor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "mayor", "judge", "coach",
	"prime", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess", "pope",
	"officer", "detective", "sheriff", "chief", "captain", "gen", "gen.", "general", "lt", "lt.",
	"sgt", "sgt.", "rev", "rev.", "father", "sister", "brother", "professor", "prof", "prof.",
	"justice", "speaker", "leader", "commissioner", "director", "attorney", "candidate", "nominee")

// repeatNameSuffixes after a surname make a different person of the
// same name ("<Given> <Surname> Jr.").
var repeatNameSuffixes = lex.Set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")

// repeatNameWord is one word of a sentence with its byte span.
type repeatNameWord struct {
	text       string // the word without a trailing possessive or punctuation
	start, end int    // span of text in the sentence
	quoted     bool   // inside a quotation (an odd number of marks before it)
}

// repeatNameWords splits s into words of letters, apostrophes, hyphens and full
// stops (for "Jr."), each trimmed of a possessive "'s" and of final stops.
func repeatNameWords(s string) []repeatNameWord {
	var out []repeatNameWord
	quotes := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '"' || r == '“' || r == '”' {
			quotes++
		}
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' && r2 != '-' && r2 != '.' {
				break
			}
			j += n2
		}
		w := strings.TrimRight(s[i:j], ".'’-")
		for _, p := range []string{"'s", "’s"} {
			w = strings.TrimSuffix(w, p)
		}
		if w != "" {
			out = append(out, repeatNameWord{text: w, start: i, end: i + len(w), quoted: quotes%2 == 1})
		}
		i = j
	}
	return out
}

// repeatCapitalised reports whether w opens with a capital and has more
// than one letter.
func repeatCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && utf8.RuneCountInString(w) > 1
}

// shortenRepeatedNames writes a person named in full ("<Given>
// <Surname>", the given name on lex's list) by surname alone in every
// sentence after the first that names them in full, outside quotations.
// A surname is left as it is wherever the summary gives it another
// given name or another capitalised word before it that is no title
// ("Melania Whitlock" beside "Dana Whitlock"), or a suffix after it
// ("Jr."): two people may share it. So is one the sources do not use
// alone at least repeatNameMinAlone times: "Charlie Hebdo" and "Marie
// Claire" are no person's given name and surname. A role word that
// stood before the first full name goes with the given name, and a name
// after a contrast ("the real ...") stays whole (namerepeatrole.go); a
// role phrase told again before a later full name goes too
// (namerepeatphrase.go).
func (c *cluster) shortenRepeatedNames(sum *chorus.Summary) {
	if len(sum.Sentences) < 2 {
		return
	}
	words := make([][]repeatNameWord, len(sum.Sentences))
	for si := range sum.Sentences {
		words[si] = repeatNameWords(sum.Sentences[si].Text)
	}
	named := repeatSurnames(sum, words) // last words of full names, no partner before "and"
	given := map[string]string{}        // surname → the one given name it has
	shared := map[string]bool{}         // surnames two people may share
	first := map[string]int{}           // surname → first sentence naming it in full
	roles := map[string]string{}        // surname → the role word before its first full name (namerepeatrole.go)
	introduced := map[string]bool{}     // surname → its first full name says who the person is (namerepeatphrase.go)
	for si, ws := range words {
		for k, w := range ws {
			if !repeatCapitalised(w.text) {
				continue
			}
			if k+1 < len(ws) && repeatNameSuffixes[strings.ToLower(ws[k+1].text)] {
				shared[w.text] = true
			}
			if k == 0 {
				continue
			}
			prev := ws[k-1]
			if !repeatCapitalised(prev.text) || prev.end+1 != w.start || sum.Sentences[si].Text[prev.end] != ' ' {
				continue
			}
			lp := strings.ToLower(prev.text)
			switch {
			case lex.IsGivenName(lp) && repeatNameLonger(sum.Sentences[si].Text, ws, k) && repeatNamePart(ws[k-2].text, w.text):
				shared[w.text] = true // "Michael Scott Moore": "Scott Moore" is no name
			case lex.IsGivenName(lp):
				if g, ok := given[w.text]; ok && g != prev.text {
					shared[w.text] = true
				}
				and := k >= 3 && ws[k-2].text == "and" && repeatCapitalised(ws[k-3].text) && (!named[ws[k-3].text] || k >= 4 && repeatCapitalised(ws[k-4].text))
				amp := k >= 2 && strings.HasSuffix(sum.Sentences[si].Text[:prev.start], "& ") && repeatCapitalised(ws[k-2].text)
				if and || amp {
					shared[w.text] = true // "Jon and Linda Whitlock": a couple; not "Wahlberg and Peter Berg" beside "Mark Wahlberg" (named)
				}
				given[w.text] = prev.text
				if _, ok := first[w.text]; !ok {
					first[w.text] = si
					roles[w.text] = repeatRoleBefore(sum.Sentences[si].Text, ws, k)
					introduced[w.text] = repeatIntroduced(sum.Sentences[si].Text, ws, k)
				}
			case !repeatNameTitles[lp] && k-1 > 0:
				// "Melania Whitlock": a capitalised word not on the list
				// (a sentence's first word may be any word).
				shared[w.text] = true
			}
		}
	}
	alone := map[string]bool{} // surname → the sources use it alone
	usedAlone := func(surname string) bool {
		ok, seen := alone[surname]
		if !seen {
			ok = c.surnameAlone(strings.ToLower(surname), strings.ToLower(given[surname]))
			alone[surname] = ok
		}
		return ok
	}
	var told strings.Builder // the sentences before, lower case (namerepeatphrase.go)
	for si := range sum.Sentences {
		text := sum.Sentences[si].Text
		ws := words[si]
		if si > 0 {
			told.WriteString(strings.ToLower(sum.Sentences[si-1].Text) + " ")
		}
		var b strings.Builder
		from := 0
		for k := 1; k < len(ws); k++ {
			w, prev := ws[k], ws[k-1]
			f, ok := first[w.text]
			if !ok || f >= si || shared[w.text] || w.quoted || prev.quoted || given[w.text] != prev.text || laterNameOrg[strings.ToLower(w.text)] {
				continue
			}
			if prev.end+1 != w.start || text[prev.end] != ' ' || repeatNameModifier(ws, k) {
				continue
			}
			// A role phrase again before the name of a person introduced
			// with one goes: "Famed British chef Dana Whitlock" after
			// "chef Dana Whitlock" (namerepeatphrase.go).
			phrase := -1
			if introduced[w.text] {
				phrase = repeatPhraseStart(text, ws, k, given, from, told.String())
			}
			if phrase < 0 && k >= 2 && repeatPartyKept(ws[k-2].text) {
				continue // "Republican Dana Whitlock and Democrat ...": a party before the name keeps it whole
			}
			if !usedAlone(w.text) {
				if phrase >= 0 {
					b.WriteString(text[from:phrase]) // the full name stays: "Dana Whitlock clearly ..."
					from = prev.start
				}
				continue
			}
			start := repeatRoleStart(text, ws, k, roles[w.text], from)
			if phrase >= 0 && phrase < start {
				start = phrase
			}
			b.WriteString(text[from:start])
			from = w.start
		}
		if from > 0 {
			b.WriteString(text[from:])
			sum.Sentences[si].Text = b.String()
		}
	}
}

// repeatNameMinAlone is how many times the sources must use a surname
// without its given name before the summary does.
const repeatNameMinAlone = 2

// surnameAlone reports whether the cluster's sentences (lowerCorpus) use
// surname (lower case) as a word at least repeatNameMinAlone times without given (lower
// case) just before it, and give no sign of a second person of that
// name: another given name of lex's list before it ("carl bernstein"
// beside "jacob bernstein"), another word twice before it that is no
// stopword, title or verb of speech ("rand paul" beside "ron paul"), or
// both "mr." and "mrs." or "ms." before it.
func (c *cluster) surnameAlone(surname, given string) bool {
	n := 0
	before := map[string]int{}
	text := c.lowerCorpus()
	for at := 0; ; {
		k := strings.Index(text[at:], surname)
		if k < 0 {
			break
		}
		k += at
		at = k + len(surname)
		if k > 0 && repeatNameByte(text[k-1]) || at < len(text) && repeatNameByte(text[at]) {
			continue
		}
		head := strings.TrimRight(text[:k], " ")
		prev := head[strings.LastIndexByte(head, ' ')+1:]
		if prev == given {
			continue
		}
		n++
		if prev != "" {
			before[prev]++
		}
	}
	if n < repeatNameMinAlone {
		return false
	}
	if before["mr."] > 0 && (before["mrs."] > 0 || before["ms."] > 0) {
		return false
	}
	for w, k := range before {
		switch {
		case lex.IsGivenName(w):
			return false
		case k >= 2 && !lex.IsStopword(w) && !repeatNameTitles[w] && !lex.IsAttributionVerb(w) && !lex.IsQuoteVerb(w) && repeatNameLetters(w):
			return false
		}
	}
	return true
}

// repeatNameLetters reports whether w is letters alone (a word, not a
// number or punctuation).
func repeatNameLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

func repeatNameByte(b byte) bool { return 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || b >= 0x80 }

// repeatNameLonger reports whether the given name before ws[k] follows
// another capitalised word that is no title or stopword ("Michael Scott
// Moore", "Golfer Dana Whitlock"): a longer name, or a word the
// summarizer cannot tell from one.
func repeatNameLonger(text string, ws []repeatNameWord, k int) bool {
	if k < 2 {
		return false
	}
	pp, prev := ws[k-2], ws[k-1]
	if pp.end+1 != prev.start || text[pp.end] != ' ' || !repeatCapitalised(pp.text) {
		return false
	}
	lpp := strings.ToLower(pp.text)
	return !repeatNameTitles[lpp] && !lex.IsStopword(lpp)
}

// repeatSurnames returns the capitalised words of sum's sentences (their
// words, repeatNameWords, in words) written
// right after another capitalised word that is no title
// (repeatNameTitles): the last words of full names ("Wahlberg" of "Mark
// Wahlberg"), which name no one's partner when they stand alone before
// "and" ("Wahlberg and Peter Berg" is no couple; "Jon Stewart and Stephen
// Colbert", two full names, are kept whole as before).
func repeatSurnames(sum *chorus.Summary, words [][]repeatNameWord) map[string]bool {
	out := map[string]bool{}
	for si, st := range sum.Sentences {
		ws := words[si]
		for k := 2; k < len(ws); k++ { // not after a sentence's first word: "Then Jon and Linda ..."
			prev, w := ws[k-1], ws[k]
			if !repeatCapitalised(w.text) || !repeatCapitalised(prev.text) || prev.end+1 != w.start || st.Text[prev.end] != ' ' {
				continue
			}
			if repeatNameTitles[strings.ToLower(prev.text)] {
				continue
			}
			out[w.text] = true
		}
	}
	return out
}
