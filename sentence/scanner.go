package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// scanner finds sentence boundaries in one left-to-right pass.
type scanner struct {
	text      string
	start     int  // start of the current sentence
	quotes    int  // straight double quotes seen in the current paragraph
	hasLetter bool // the current sentence holds a letter
}

// run calls emit with the byte range of every sentence, in order.
func (s *scanner) run(emit func(start, end int)) {
	text := s.text
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == '.' || c == '?' || c == '!':
			i = s.terminator(i, emit)
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == '…' {
				i = s.terminator(i, emit)
				continue
			}
			if unicode.IsLetter(r) {
				s.hasLetter = true
			}
			i += size
		case c == '"':
			s.quotes++
			i++
		case c == '\n':
			i = s.newline(i, emit)
		default:
			if isLetter(c) {
				s.hasLetter = true
			}
			i++
		}
	}
	if s.start < n {
		emit(s.start, n)
	}
}

// newline handles the line break at i: a blank line ends the sentence and
// the paragraph. It returns where to continue.
func (s *scanner) newline(i int, emit func(start, end int)) int {
	j := skipSpaceNoNewline(s.text, i+1)
	if j < len(s.text) && s.text[j] == '\n' {
		emit(s.start, i)
		s.start, s.quotes, s.hasLetter = j+1, 0, false
		return j + 1
	}
	return i + 1
}

// terminator examines the sentence-ending punctuation that starts at i,
// emits a sentence if it ends one, and returns where to continue scanning.
func (s *scanner) terminator(i int, emit func(start, end int)) int {
	text := s.text
	n := len(text)
	// The run of terminal marks: "." "?!" "..." "…" ". . .".
	j, dots, strong := i, 0, false
	for j < n {
		switch c := text[j]; {
		case c == '.':
			dots++
			j++
		case c == '?' || c == '!':
			strong = true
			j++
		case c == 0xE2 && j+2 < n && text[j+1] == 0x80 && text[j+2] == 0xA6: // …
			dots += 3
			j += 3
		case c == ' ' && dots > 0 && j+1 < n && text[j+1] == '.' &&
			(j+2 == n || text[j+2] == ' ' || text[j+2] == '.'):
			j++ // spaced ellipsis ". . ."
		default:
			goto closers
		}
	}
closers:
	termEnd := j
	quotes := s.quotes
	j = s.closers(j, &quotes)
	quoted := quotes != s.quotes
	closed := j > termEnd
	if j == i+1 && s.hasLetter && fused(text, i) {
		// "was preserved.then the archive": two sentences run together.
		emit(s.start, j)
		s.start, s.hasLetter = j, false
		return j
	}
	if j < n && !isSpace(text[j]) && !(text[j] == 0xC2 && j+1 < n && text[j+1] == 0xA0) {
		return termEnd // "U.S.-led", "3.5", "Yahoo!Inc": no boundary
	}
	if !s.hasLetter {
		return termEnd // "1." or "***." alone is not a sentence
	}
	k, blank := skipSpace(text, j)
	if k == n || blank || s.ends(i, k, dots, strong, quoted, closed) || closed && s.aside(j) {
		emit(s.start, j)
		s.start, s.hasLetter = k, false
		s.quotes = quotes
		if blank {
			s.quotes = 0
		}
		return k
	}
	return termEnd
}

// aside reports whether the sentence before j is a whole parenthetical
// aside: it opens with "(" and the bracket closing at j, after its
// terminal marks, is the one that matches it ("(The mayor declined to
// comment.) The council ..."). What follows starts a sentence of its own,
// whatever its case: Multi-News lowers it ("( i called the mayor. ) the
// council ..."). A sentence whose opening brackets close earlier ("( the
// post ) atlanta — ... sen. jo roe ( d-mass. ) as ...") is no aside: the
// last bracket closes a tag inside it. Measured against 50ae74f on
// Multi-News default summaries: validation 2 of 5,599 change, both
// better (a fragment "As <nickname> during an address ..." and an
// author's bio line gone); train 1-38,000 11 of 37,863, all read: 7
// better (a party tag's sentence whole again: "House Speaker <name>
// (R-Wis.) ended a month-long holdout ..."), 2 worse (a headline run-in
// and a "her" with nothing before it let in by the new selection), 2 the
// same.
func (s *scanner) aside(j int) bool {
	if s.start >= len(s.text) || s.text[s.start] != '(' || s.text[j-1] != ')' {
		return false
	}
	depth := 0
	for k := s.start; k < j; k++ {
		switch s.text[k] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 && k < j-1 {
				return false
			}
		}
	}
	return depth == 0
}

// closers consumes the closing quotes and brackets after a terminal mark
// at j and returns the index after them. A straight double quote after a
// space closes only when a quotation is open (tokenized text: `win . "`).
func (s *scanner) closers(j int, quotes *int) int {
	text := s.text
	n := len(text)
	for j < n {
		c := text[j]
		switch {
		case c == '"':
			*quotes++
			j++
		case c == '\'' || c == ')' || c == ']':
			j++
		case c == ' ' && j+1 < n && (text[j+1] == ')' || text[j+1] == ']'):
			j += 2 // tokenized text: `( d-calif. ) said`
		case c == ' ' && j+1 < n && text[j+1] == '"' && *quotes%2 == 1:
			*quotes++
			j += 2
		case c == ' ' && j+3 < n && text[j+1] == '\'' && text[j+2] == ' ' && text[j+3] == '"' && *quotes%2 == 1:
			// tokenized text: a quotation inside a quotation closes with
			// it, `'what is the catch? ' " said jane roe`.
			*quotes++
			j += 4
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(text[j:])
			if r != '”' && r != '’' && r != '»' {
				return j
			}
			j += size
		default:
			return j
		}
	}
	return j
}

// ends decides whether the terminal marks starting at i end the sentence,
// given that the next sentence would start at k. Quoted says a closing
// straight double quote follows the marks, closed that any closing quote or
// bracket does.
func (s *scanner) ends(i, k, dots int, strong, quoted, closed bool) bool {
	text := s.text
	r, _ := utf8.DecodeRuneInString(text[k:])
	lower := unicode.IsLower(r)
	standalone := i > 0 && isSpace(text[i-1])
	switch {
	case dots > 1: // ellipsis: ends a sentence only before a capital
		return unicode.IsUpper(r) || (standalone && !lower && r != '.')
	case standalone: // tokenized text: "he said . the company"
		return true
	case r == ',' || r == ';' || r == ':':
		return false
	case strong && lower && closed:
		return quoted && s.quoteRunOn(i, k)
	case strong && lower:
		return s.runOn(i, k)
	case strong && !closed && text[i] == '!' && isDashAt(text, k) && bangNames[lex.Lower(wordBefore(text, i))]:
		return false // "news: jeopardy! — the quiz show — has barred ...": the name goes on
	case strong && !closed && text[i] == '!' && bangNames[lex.Lower(wordBefore(text, i))] && lowerAfterMark(text, k) &&
		!isStarter(wordAt(text, k+2), true):
		// "that ' jeopardy! ' is the place ...": the name in spaced
		// quotes goes on, unless a sentence opener follows (a headline's
		// "... barred from ' jeopardy! ' a decision to ...")
		return false
	case strong:
		// "Says who?" he asked. “Says who?” Cohen asked.
		return !(closed && speechFollows(text, k))
	}
	word := wordBefore(text, i)
	class := classifyWord(word)
	if possessiveS(text, i, word) || contractionEnd(text, i, word) {
		class = plainWord // "... the entrance to a mcdonald's. a detroit ...", "... the ferry isn't. And yet ...": no initial
	}
	if class == plainWord && closed && isPartyTag(word) {
		class = titleAbbr // "Sen. Jane Roe (D-Calif.) said"
	}
	if class == plainWord && !closed && partyState(word) {
		class = ambigAbbr // "Sen. Jane Roe, D-Calif. Speaks with ..."
	}
	if lower {
		// A period, closing quote and lower-case word happen in the
		// tokenized Multi-News text: `" we won. " she said`. So does a
		// caption or headline run into the lede ("Investigators work
		// near the wreckage. the train that derailed ...").
		return class == plainWord && (quoted || !closed && s.runOnPeriod(i))
	}
	switch class {
	case titleAbbr:
		return unicode.IsUpper(r) && isStarter(wordAt(text, k), false)
	case numberAbbr:
		return !unicode.IsDigit(r) && r != '#'
	case ambigAbbr:
		if isOpenQuote(r) {
			return !(r == '(' && (parenAbbr(word) || isClock(word) && !s.opensWithClock(i)) && parenGoesOn(text, k, isClock(word)))
		}
		next := wordAt(text, k)
		return unicode.IsUpper(r) && isStarter(next, len(word) > 1) && !s.acronymGoesOn(i, k, word, next) &&
			!s.nameEndGoesOn(i, k, word, next)
	}
	return true
}

// opensWithClock reports whether the sentence read so far, after any
// dateline's dash, is only the clock time whose period is at i ("12:20
// p.m.", "12: 20 p.m."): a live blog's stamp, which parts from what
// follows it even when a time zone in parentheses comes next ("12:20 p.m.
// (1120 GMT) the minister ...").
func (s *scanner) opensWithClock(i int) bool {
	fields := lex.SpaceFields(s.text[s.start:i])
	for j := len(fields) - 1; j >= 0; j-- {
		if f := fields[j]; f == "—" || f == "–" || f == "-" || f == "--" {
			fields = fields[j+1:] // "Westvale (AP) — 12:20 p.m.": the dateline's dash
			break
		}
	}
	if len(fields) < 2 || len(fields) > 3 {
		return false
	}
	for _, f := range fields[:len(fields)-1] {
		if strings.Trim(f, "0123456789:") != "" {
			return false // "at 9 p.m.": a sentence's time
		}
	}
	return true // "12:20 p.m.", tokenized "12: 20 p.m."
}

// acronymGoesOn reports whether the capitalised word next at k, after an
// ambiguous abbreviation (word) whose period is at i, goes on with the
// sentence although it may open one. After a dotted acronym ("u.s",
// "p.m", "d.c") that is a conjunction or preposition that joins what
// follows to the acronym's noun or time ("... between the u.s. And china ...", "... at 6 p.m. On sunday.", "... into
// the u.s. From china."), as Multi-News writes its text, re-capitalised
// after every period. After a preposition that may open a sentence
// (acronymFronted), a comma within the next acronymCommaWords words
// leaves the boundary, an adverbial opening the next sentence ("... in
// the u.s. In 2016, the number ..."), unless the text before the acronym
// is too short to be a sentence (fewer than acronymMinWords words: "Just
// before 12:30 a.m. On saturday, the robot ...").
//
// After any ambiguous abbreviation ("Inc.", "Jr.", "Calif.", an initial)
// a word of abbrContinuers goes on ("... Westvale Ferry Co. And sold ...",
// "... the Jane Q. And John R. Roe Foundation"); after a clock time ("a.m.",
// "p.m.") so do clockContinuers ("... about 9 p.m. When the storm ...",
// "... at 4 p.m. That the ferry ..."), subject to the comma test of the
// fronted prepositions, and "That" unless a verb of
// thatOpensBefore follows it ("That was ...": a sentence of its own).
func (s *scanner) acronymGoesOn(i, k int, word, next string) bool {
	lw := lex.Lower(next)
	if abbrContinuers[lw] {
		return true
	}
	clock := isClock(word)
	if clock && lw == "that" {
		return !thatOpensBefore[lex.Lower(wordAt(s.text, skipWord(s.text, k)))]
	}
	if !strings.Contains(word, ".") || !acronymContinuers[lw] && !(clock && clockContinuers[lw]) {
		return false
	}
	text := s.text
	if !acronymFronted[lw] && !clockContinuers[lw] || lex.CountFields(text[s.start:i]) < acronymMinWords {
		return true
	}
	rest := text[k:]
	for w := 0; w < acronymCommaWords && rest != ""; w++ {
		f, after, _ := strings.Cut(rest, " ")
		if strings.HasSuffix(f, ",") {
			return false
		}
		if strings.HasSuffix(f, ".") || strings.HasSuffix(f, "!") || strings.HasSuffix(f, "?") {
			break
		}
		rest = strings.TrimLeft(after, " ")
	}
	return true
}

// Bounds of acronymGoesOn.
const (
	// acronymCommaWords is how many words after a dotted acronym a comma
	// keeps the sentence boundary before it.
	acronymCommaWords = 4
	// acronymMinWords is the fewest words of a sentence before the
	// acronym for the comma to count.
	acronymMinWords = 5
)

// acronymFronted are the prepositions of acronymContinuers that often
// open a sentence's adverbial: "In 2016, ...", "On monday, ...".
var acronymFronted = map[string]bool{"in": true, "on": true, "after": true, "before": true, "during": true,
	"since": true, "until": true, "under": true, "within": true, "without": true, "among": true, "against": true,
	"for": true, "by": true}

// acronymContinuers are the sentence starters that, after a dotted
// acronym, mostly go on with its sentence: on the Multi-News validation
// sources "u.s. And", "p.m. On", "u.s. From", "p.m. At" go on in nearly
// every case; "In" and "After" in most (a comma after the opening phrase
// tells the others). "But", "That", "When", "As" and "While" are left
// out: they open a sentence there as often as not.
var acronymContinuers = map[string]bool{"and": true, "or": true, "nor": true, "on": true, "at": true,
	"from": true, "for": true, "with": true, "by": true, "over": true, "into": true, "during": true,
	"since": true, "under": true, "until": true, "in": true, "after": true, "before": true, "of": true,
	"within": true, "without": true, "against": true, "among": true}

// runOn reports whether the question or exclamation mark at i ends a
// sentence although a lower-case word follows at k: Multi-News lowers the
// first letter of a sentence run into a question or exclamation ("Can
// property have bad karma? in 2007, when ...", "Prince louis is already a
// natural! to mark the birth ..."). It does not outside a quotation or parentheses, after a name
// with a mark of its own ("Yahoo! news") or before a verb of speech ("why?
// asked the mayor").
func (s *scanner) runOn(i, k int) bool {
	text := s.text
	if s.inOpenQuoteOrParens(i) {
		return false
	}
	before := wordBefore(text, i)
	if bangNames[lex.Lower(before)] {
		return false
	}
	// A word exclaimed over and over is one title or cry: "Tora! tora!
	// tora! was ...".
	if w := wordAt(text, k); text[i] == '!' && k+len(w) < len(text) && text[k+len(w)] == '!' && strings.EqualFold(w, before) {
		return false
	}
	words := lex.SpaceFieldsShared(text[s.start:i])
	if n := len(words); text[i] == '!' && n >= 2 && strings.EqualFold(words[n-2], before+"!") {
		return false
	}
	if len(words) < runOnMinWords && !(len(words) == runOnMinWords-1 && questionWords[lex.Lower(words[0])]) {
		return false // "Her crime? possessing cocaine.": the answer is no sentence alone
	}
	return !speechFollows(text, k)
}

// quoteRunOn reports whether the question or exclamation mark at i,
// closing a quotation with a straight double quote, ends a sentence
// although a lower-case word follows at k: Multi-News lowers the first
// letter of the sentence after a quotation (`" we are so proud! " the
// new ferry carries 300 cars.`). It does not before a verb of speech
// (`" why? " asked the mayor`, `... the catch? " said jane roe`), nor
// after a short quotation opened in the same sentence, a title or a cry
// (`the musical " oh, westvale! " opens friday`): one opened in an
// earlier sentence parts, and one of runOnMinWords words or more that
// opens the sentence or follows a colon or comma.
func (s *scanner) quoteRunOn(i, k int) bool {
	if speakerFollows(s.text, k) {
		return false
	}
	t := s.text[s.start:i]
	o := strings.LastIndexByte(t, '"')
	if o < 0 {
		return true // the quotation opened in an earlier sentence
	}
	if lex.CountFields(t[o+1:]) < runOnMinWords {
		return false
	}
	// The quotation must open the sentence or follow a colon or comma
	// (`a sign reading, " ... ! "`): one inside a clause is a name or
	// the clause's subject (`the words " ... ! " appear on the photo`).
	before := strings.TrimRight(t[:o], " ")
	return before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",")
}

// speakerFollows reports whether one of the next speakerWords words after
// k, before the sentence ends, is a verb naming a quotation's speaker:
// those of speechFollows, the summarizer's ("tells", "adds") and a few
// more (quoteVerbs: "mused", "gushed"), as in `" ... ! " the
// 21-year-old actress tells the magazine.`.
func speakerFollows(text string, k int) bool {
	for w := 0; w < speakerWords && k < len(text); w++ {
		j := k
		for j < len(text) && !isSpace(text[j]) {
			j++
		}
		raw := text[k:j]
		word := lex.Lower(strings.TrimRight(raw, ",.;:!?"))
		if lex.IsQuoteVerb(word) || lex.IsAttributionVerb(word) || quoteVerbs[word] {
			return true
		}
		if strings.TrimRight(raw, ".!?") != raw && classify(word) == plainWord {
			return false // the next sentence ends first
		}
		k, _ = skipSpace(text, j)
	}
	return false
}

// speakerWords is how many words speakerFollows reads.
const speakerWords = 8

// quoteVerbs name a quotation's speaker beside those of package lex.
var quoteVerbs = lex.Set("mused", "muses", "laughs", "jokes", "quips", "gushed", "gushes", "teased", "teases",
	"sighed", "sighs", "boasted", "boasts", "exclaims", "shouts", "screams", "cries", "pleaded", "pleads",
	"raved", "raves", "marveled", "marvels", "admitted", "admits", "warned", "warns", "confessed", "confesses",
	"read", "reads")

// runOnPeriod reports whether the period at i, after a plain word and
// before a lower-case one, ends a sentence: Multi-News runs a photo
// caption or a headline into the story's first sentence so ("Prescription
// medicine bottles. a drug treating a common parasite ..."). It does not
// inside a quotation or parentheses, nor after a single letter ("j. doe")
// or a word with an inner period ("u.s").
func (s *scanner) runOnPeriod(i int) bool {
	if s.inOpenQuoteOrParens(i) {
		return false
	}
	w := wordBefore(s.text, i)
	if possessiveS(s.text, i, w) {
		return true
	}
	return len(w) >= 2 && !strings.ContainsRune(w, '.') && (isLetter(w[len(w)-1]) || yearLike(w))
}

// letterApostrophe reports whether before ends with an apostrophe (' or ’)
// after a letter, with one space between them when spaced (tokenized
// text: "isn ' t").
func letterApostrophe(before string, spaced bool) bool {
	switch {
	case strings.HasSuffix(before, "'"):
		before = before[:len(before)-1]
	case strings.HasSuffix(before, "’"):
		before = before[:len(before)-len("’")]
	default:
		return false
	}
	if spaced {
		before = strings.TrimSuffix(before, " ")
	}
	return before != "" && isLetter(before[len(before)-1])
}

// possessiveS reports whether w, the word before the period at i, is the
// "s" of a possessive ("mcdonald's.", "the harbour’s."): wordBefore stops
// at the apostrophe, and the "s" is no initial.
func possessiveS(text string, i int, w string) bool {
	if w != "s" && w != "S" || i < 3 {
		return false
	}
	return letterApostrophe(text[:i-1], false)
}

// yearLike reports whether w, the word before a period, is a number of
// two to four digits ("2014", "18"): a caption's date run into the story
// ("... in april 2014. jonas pell and ..."). A decimal ("3.5"), an
// amount ("$800", "9m") or a longer figure is not.
func yearLike(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// inOpenQuoteOrParens reports whether the sentence's text before i lies
// inside a quotation (an odd count of straight quotes, more “ than ”) or
// parentheses, where runOn and runOnPeriod part nothing.
func (s *scanner) inOpenQuoteOrParens(i int) bool {
	t := s.text[s.start:i]
	return s.quotes%2 == 1 || strings.Count(t, "“") > strings.Count(t, "”") ||
		strings.Count(t, "(") > strings.Count(t, ")")
}

// runOnMinWords is the fewest words of a question or exclamation that
// runOn parts from the lower-case text after it, one fewer for a question
// opening with a question word ("What is demisexuality?"). A shorter one
// ("Her crime?", "Why now?", "Oh well!") is a lead-in whose answer needs
// it.
const runOnMinWords = 4

// questionWords open a question.
var questionWords = map[string]bool{"what": true, "why": true, "how": true, "who": true, "when": true,
	"where": true, "which": true, "is": true, "are": true, "was": true, "were": true, "can": true,
	"could": true, "do": true, "does": true, "did": true, "will": true, "would": true, "should": true}

// IsQuestionWord reports whether word (any case) opens a question: "why",
// "how", "did", "is" ...
func IsQuestionWord(word string) bool { return questionWords[lex.Lower(word)] }

// bangNames are names written with an exclamation mark, after which the
// text goes on: "Yahoo! news", "Jeopardy! champion".
var bangNames = map[string]bool{"yahoo": true, "jeopardy": true, "wham": true, "hello": true, "ok": true,
	"oklahoma": true, "mia": true, "airplane": true, "oops": true, "bang": true, "e": true,
	"live": true, "woot": true, "pow": true, "viva": true, "ink": true}

// IsBangName reports whether word (any case, without its mark) is a name
// written with an exclamation mark after which the text goes on ("Yahoo!",
// "Jeopardy!", "E!"): a "!" after it ends no sentence.
func IsBangName(word string) bool { return bangNames[lex.Lower(word)] }

// lowerAfterMark reports whether a quote mark opens the text at k and a
// space and a lower-case letter follow it: the spaced closing mark of
// tokenized text (`' jeopardy! ' is ...`).
func lowerAfterMark(text string, k int) bool {
	if k >= len(text) || text[k] != '\'' && text[k] != '"' {
		return false
	}
	k++
	if k >= len(text) || text[k] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k+1:])
	return unicode.IsLower(r)
}

// isDashAt reports whether a dash opens the text at k: "—", "–", "-" or
// "--".
func isDashAt(text string, k int) bool {
	return strings.HasPrefix(text[k:], "—") || strings.HasPrefix(text[k:], "–") ||
		strings.HasPrefix(text[k:], "- ") || strings.HasPrefix(text[k:], "--")
}

// speechFollows reports whether one of the next five words after k is a
// verb of attribution ("Cohen asked", "Sen. Jane Roe said").
func speechFollows(text string, k int) bool {
	for w := 0; w < 5 && k < len(text); w++ {
		j := k
		for j < len(text) && !isSpace(text[j]) {
			j++
		}
		raw := text[k:j]
		word := strings.TrimRight(raw, ",.;:!?")
		if lex.IsQuoteVerb(word) {
			return true
		}
		if strings.TrimRight(raw, ".!?") != raw && classify(word) == plainWord {
			return false // the next sentence ends first
		}
		k, _ = skipSpace(text, j)
	}
	return false
}

// wordBefore returns the word that ends at i, without leading opening
// punctuation. Words longer than maxWordLen+1 come back as "" (plain).
func wordBefore(text string, i int) string {
	j := i
	for j > 0 && i-j <= maxWordLen {
		c := text[j-1]
		if isSpace(c) || c == '(' || c == '[' || c == '"' || c == '\'' || c >= 0x80 {
			break
		}
		j--
	}
	if i-j > maxWordLen {
		return ""
	}
	return text[j:i]
}

// isPartyTag reports whether word is a party and state designation such
// as "D-Calif" or "r-n.y", whose final period abbreviates the state.
func isPartyTag(word string) bool {
	if len(word) < 4 || word[1] != '-' || !isLetter(word[2]) {
		return false
	}
	switch word[0] {
	case 'D', 'R', 'I', 'd', 'r', 'i':
		return true
	}
	return false
}

// wordAt returns the run of ASCII letters that starts at k.
func wordAt(text string, k int) string {
	j := k
	for j < len(text) && j-k <= maxWordLen && isLetter(text[j]) {
		j++
	}
	return text[k:j]
}

func isOpenQuote(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '\'' || r == '`' || r == '(' || r == '['
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// skipSpace returns the index of the first non-space byte at or after j
// (treating a no-break space as space) and whether a blank line was
// crossed.
func skipSpace(text string, j int) (int, bool) {
	newlines := 0
	for j < len(text) {
		switch c := text[j]; {
		case c == '\n':
			newlines++
			j++
		case isSpace(c):
			j++
		case c == 0xC2 && j+1 < len(text) && text[j+1] == 0xA0:
			j += 2
		default:
			return j, newlines > 1
		}
	}
	return j, newlines > 1
}

// skipSpaceNoNewline returns the index of the first byte at or after j that
// is not a space other than a newline.
func skipSpaceNoNewline(text string, j int) int {
	for j < len(text) && text[j] != '\n' && isSpace(text[j]) {
		j++
	}
	return j
}

// Bounds of fused.
const (
	// fusedBefore is the fewest letters of the word before a period that
	// may end a sentence run into the next: "u.s", "St.Louis" do not.
	fusedBefore = 3
	// fusedAfter is the fewest letters of the word after it.
	fusedAfter = 2
)

// fused reports whether the period at i joins two sentences with no space
// between, as paragraphs run together in scraped text ("the page was
// preserved.then the archive", "monday night.Each cast"): a plain word of
// fusedBefore letters or more before it (no abbreviation, no dot or digit
// in it), a word of fusedAfter letters or more after it that is not a
// domain or file ending ("tmz.com", "report.pdf", "node.js") and is not
// followed by another dot, a slash or an at sign (addresses). On the
// Multi-News validation sources about 1,200 periods (the sentences of the
// 5,622 clusters' scraped articles) are such joins.
func fused(text string, i int) bool {
	before := wordBefore(text, i)
	if len(before) < fusedBefore || classify(before) != plainWord {
		return false
	}
	for k := 0; k < len(before); k++ {
		if !isLetter(before[k]) { // wordBefore keeps "/", "@" and "." of an address: not a word
			return false
		}
	}
	after := wordAt(text, i+1)
	if len(after) < fusedAfter || len(after) > maxWordLen {
		return false
	}
	e := i + 1 + len(after)
	if e < len(text) {
		switch c := text[e]; {
		case c == '.' || c == '/' || c == '@' || c == '-' || c == '_' || c >= '0' && c <= '9', c >= 0x80:
			return false
		}
	}
	la := lex.Lower(after)
	return !domainEnding[la] || fusedOpening(la, text[e:])
}

// fusedOpening reports whether after, a domain ending that is an English
// word, opens a sentence run into the one before given the text rest
// that follows it: "it" before an apostrophe ("three years ago.it's going
// ..."), "in" before a year or a determiner ("the council.in her letter
// ...", "anna.in 1996 ..."). A domain's ending is followed by a slash, a
// dot, a space and other words, or nothing ("harbour.in or ...").
func fusedOpening(after, rest string) bool {
	switch after {
	case "it":
		return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
	case "in":
		r, ok := strings.CutPrefix(rest, " ")
		if !ok {
			return false
		}
		if r != "" && r[0] >= '0' && r[0] <= '9' {
			return true
		}
		w, _, _ := strings.Cut(r, " ")
		return inDeterminers[lex.Lower(w)]
	}
	return false
}

// inDeterminers open the noun phrase after a sentence's opening "in".
var inDeterminers = map[string]bool{"the": true, "a": true, "an": true, "her": true, "his": true, "their": true,
	"its": true, "this": true, "that": true, "our": true, "my": true, "addition": true, "fact": true}

// domainEnding holds the top-level domains and file extensions that follow
// a dot inside a word.
var domainEnding = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range lex.SpaceFields(`com org net gov edu mil int info biz io co uk us ca au de fr jp cn ru it nl es ch se
		no eu in tv fm ly me ai ag be ie nz za br mx kr tw hk sg pl at dk fi gr pt il ae
		html htm shtml php asp aspx jsp cgi pdf jpg jpeg png gif svg webp mp mov avi wav txt doc docx xls xlsx ppt pptx
		csv js json xml css exe zip gz tar rss ics py go rb sh md`) {
		m[w] = true
	}
	return m
}()
