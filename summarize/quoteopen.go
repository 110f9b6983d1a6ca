package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A summary sentence that opens in the middle of a quotation: the splitter
// cut a speaker's words at a full stop inside the quotation, and the
// sentence holds the quotation's last part and its closing mark with no
// opening one (`Nothing will change, " the mayor said.`). When the words
// after the closing mark name the speaker (a verb of saying), the
// sentence is the quotation's tail with its attribution and takes the
// opening mark it lost: `"Nothing will change, " the mayor said.`. When
// they do not, the splitter also joined the quotation to the sentence
// after it (`Stay away! " the video then shows the pier.`), and the
// sentence loses the quotation's part up to the closing mark, when what
// is left is a sentence of minWords words or more. No word is added:
// only the mark, or the cut.
//
// The same cut leaves, when the page's closing mark is lost with the
// sentence after it, a sentence whose only marks enclose the attribution
// instead of the quotation (`Nothing will change, " the mayor said."`):
// the mark at the end moves to the front. The speaker may be set off by
// an apposition (`..., " Hana Osei, the harbour master, said."`) or
// written after a title's stop (`" Sgt. Ilse Varga said."`): Multi-News
// validation 3 summaries change, all better; train 1-38,000 26, all
// better (the marks enclose the quotation; one quotation still opens
// mid-sentence).

// openCutQuotes repairs each sentence of a reader's summary that opens in
// the middle of a quotation (cutQuoteHead), unless the sentence before it
// leaves a quotation open, and takes the words it cuts off sum.Words.
func openCutQuotes(sum *chorus.Summary) {
	for i := range sum.Sentences {
		if i > 0 && quoteMarkCount(sum.Sentences[i-1].Text)%2 == 1 {
			continue // the quotation may go on from the sentence before
		}
		s := sum.Sentences[i].Text
		t := cutQuoteHead(s)
		sum.Words += countWords(t) - countWords(s)
		sum.Sentences[i].Text = t
	}
}

// quoteMarkCount returns the number of double quotation marks in s,
// straight or curly.
func quoteMarkCount(s string) int {
	return strings.Count(s, "\"") + strings.Count(s, "“") + strings.Count(s, "”")
}

// quoteHeadWords is the most words after a closing mark that its
// attribution's verb of saying may stand at ("..., " the republican
// senator from the coast told reporters").
const quoteHeadWords = 8

// tailSpeakerWords is the most words after the closing mark of a
// quotation's tail that its attribution's verb may stand at, before a
// full stop ("..., " the former speaker of the house, who has become
// the mayor's adviser, told the radio").
const tailSpeakerWords = 16

// cutQuoteHead returns s repaired when it opens in the middle of a
// quotation: an odd number of double marks, the first a straight one
// that closes (after a comma, full stop, question or exclamation mark,
// with a space or nothing after it) and stands after a word. With a
// verb of saying among the tailSpeakerWords words after the mark, before
// a full stop that ends a sentence (sentenceStop), s takes an opening mark; otherwise s loses
// everything up to the mark when the rest is a sentence of minWords
// words or more with its marks paired. Any other s is returned as it is.
func cutQuoteHead(s string) string {
	n := quoteMarkCount(s)
	if n == 2 {
		if t := frontQuoteMark(s); t != s {
			return t
		}
		return wrappedAttribution(s) // `<words> "<words>, said <speaker>."` (quotewrapped.go)
	}
	if n%2 == 0 {
		return s
	}
	p := lex.IndexAny(s, "\"“”")
	if p <= 0 || s[p] != '"' || (p+1 < len(s) && s[p+1] != ' ') {
		return s
	}
	head := strings.TrimRight(s[:p], " ")
	if head == "" || !lex.ContainsAny(head[len(head)-1:], ",.?!") {
		return s
	}
	after := strings.TrimLeft(s[p+1:], " ")
	w := lex.LetterWords(after[:sentenceStop(after)], tailSpeakerWords)
	if tailSpeaker(w) {
		return "\"" + withoutStray(s)
	}
	if countWords(after) < minWords || quoteMarkCount(after)%2 == 1 || !startsWithLetter(after) {
		return s
	}
	return capitalizeFirst(after)
}

// frontQuoteMark returns s, whose two marks enclose its attribution
// (`Nothing will change, " the mayor said."`), with the quotation
// enclosed instead (`"Nothing will change, " the mayor said.`): the first
// mark closes after a comma, full stop, question or exclamation mark with
// no verb of saying before it, a verb of saying stands among the
// quoteHeadWords words after it before a comma or full stop, and the
// second mark ends s after a full stop, question or exclamation mark.
// Any other s is returned as it is.
func frontQuoteMark(s string) string {
	p := strings.IndexByte(s, '"')
	if p <= 0 || !strings.HasSuffix(s, "\"") || strings.Count(s, "\"") != 2 {
		return s
	}
	head := strings.TrimRight(s[:p], " ")
	body := strings.TrimRight(s[:len(s)-1], " ")
	if head == "" || !lex.ContainsAny(head[len(head)-1:], ",.?!") || !lex.ContainsAny(body[len(body)-1:], ".?!") ||
		introducesQuote(lex.LetterWords(head, -1)) {
		return s
	}
	w := lex.LetterWords(speakerClause(s[p+1:]), quoteHeadWords)
	if len(w) > 0 && clauseOpeners[w[0]] || !frontSpeaker(w) && !appositiveSpeaker(body[p+1:]) {
		return s // `..., "when she says ..."`: a subordinate clause, no attribution
	}
	return "\"" + withoutStray(body)
}

// speakerClause returns s up to its first comma or full stop, reading on
// past the stop of a title ("Sgt.", "Rep.") or an initial ("Patrick J.
// Leahy"), which does not end a speaker's name.
func speakerClause(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			return s[:i]
		case '.':
			j := i
			for j > 0 && isASCIILetter(s[j-1]) {
				j--
			}
			w := lex.LowerASCII(s[j:i])
			if len(w) == 1 || abbrevTitles[w] {
				continue
			}
			return s[:i]
		}
	}
	return s
}

// appositiveMaxWords bounds each of the speaker and the apposition of an
// attribution appositiveSpeaker reads ("Hana Osei, the harbour's acting
// director for the last two years, said.").
const appositiveMaxWords = 12

// appositiveSpeaker reports whether s, the words after a mark to the end
// of a sentence, is an attribution set off by an apposition: a speaker, a
// comma, an apposition, a comma and a verb of saying as the next word
// ("the harbour master, Hana Osei, said.", "Hana Osei, 61, told the
// radio."), neither part holding a quotation mark or a verb of saying.
func appositiveSpeaker(s string) bool {
	parts := strings.SplitN(s, ", ", 3)
	if len(parts) != 3 {
		return false
	}
	for _, x := range parts[:2] {
		w := lex.LetterWords(x, -1)
		if len(w) > appositiveMaxWords || lex.ContainsAny(x, "\"“”") || frontSpeaker(w) {
			return false
		}
	}
	if w := lex.LetterWords(parts[1], 1); len(lex.LetterWords(parts[0], -1)) == 0 || len(w) == 1 && appositionAsides[w[0]] {
		return false
	}
	rest := lex.LetterWords(parts[2], -1)
	return len(rest) > 0 && len(rest) <= appositiveTailWords && frontSpeaker(rest[:1])
}

// appositiveTailWords is the most words an attribution appositiveSpeaker
// reads holds from its verb ("said in a statement posted on Thursday"):
// more, and the verb reports what the quotation says.
const appositiveTailWords = 8

// appositionAsides open an aside between commas that is no apposition ("the
// council, in its own words, said ..."): the words before it are no
// speaker's name.
var appositionAsides = lex.Set("in", "on", "at", "for", "with", "by", "from", "after", "before", "as", "according",
	"however", "though", "meanwhile", "too", "also", "then", "instead", "of")

// sentenceStop returns the index in s of the first full stop that ends a
// sentence (at the end of s, or before a space and a character that is
// no lower-case letter), or len(s): the stop of an abbreviation ("r-ky.,",
// "u.s. officials") does not end the clause a speaker stands in.
func sentenceStop(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		if i+1 == len(s) || s[i+1] == ' ' && (i+2 == len(s) || !('a' <= s[i+2] && s[i+2] <= 'z')) {
			return i
		}
	}
	return len(s)
}

// tailSpeaker reports whether words, after a quotation's closing mark,
// hold a verb of saying (lex.IsAttributionVerb) or one the splitter reads
// after a quotation ("tweeted", "declared": lex.IsQuoteVerb).
func tailSpeaker(words []string) bool {
	for _, w := range words {
		if lex.IsAttributionVerb(w) || lex.IsQuoteVerb(w) {
			return true
		}
	}
	return readsStatement(words)
}

// readsStatement reports whether words open on "read" and a written
// statement within the next three words (`..., " read the statement
// issued ...`, `" read a police notice`): a written text's verb of
// saying, which "read" alone is not. Measured against 18c2d0d, with
// hasVerbalSpeechVerb: validation 1 changed, better (the mark moved to
// open the quotation); train 1-38,000 none (its one such line holds a
// real verb of saying before the mark: "the plane continued its flight").
func readsStatement(words []string) bool {
	if len(words) < 2 || words[0] != "read" {
		return false
	}
	return slices.ContainsFunc(words[1:min(len(words), 4)], func(w string) bool { return writtenStatements[w] })
}

// writtenStatements are texts that "read" like a speaker says.
var writtenStatements = lex.Set("statement", "note", "letter", "message", "post", "tweet", "notice", "release", "sign", "caption")

// frontSpeaker reports whether words, inside the two marks of a sentence
// frontQuoteMark reads, hold a verb of saying that is no noun as often
// ("notes", "writes": "one of his best-known bits, "thank-you notes."").
func frontSpeaker(words []string) bool {
	for _, w := range words {
		if lex.IsAttributionVerb(w) && w != "notes" && w != "writes" {
			return true
		}
	}
	return readsStatement(words)
}

// introducesQuote reports whether words, before a quotation mark, hold a
// verb of saying, its "-ing" form ("..., saying, ") or, among the last
// quotingReach, a word that quotes a source (quotingWords): the mark
// opens the quotation they introduce.
func introducesQuote(words []string) bool {
	if hasVerbalSpeechVerb(words) || slices.ContainsFunc(words, func(w string) bool { return sayingForms[w] }) {
		return true
	}
	return slices.ContainsFunc(words[max(0, len(words)-quotingReach):], func(w string) bool { return quotingWords[w] })
}

// hasVerbalSpeechVerb is hasSpeechVerb but for a verb of saying after a
// determiner, which is an adjective there: "your continued support",
// "the added cost" introduce no quotation.
func hasVerbalSpeechVerb(words []string) bool {
	for i, w := range words {
		if lex.IsAttributionVerb(w) && (i == 0 || !adjectiveDeterminers[words[i-1]]) {
			return true
		}
	}
	return false
}

// adjectiveDeterminers, before a verb of saying, make it an adjective.
var adjectiveDeterminers = lex.Set("the", "a", "an", "your", "his", "her", "their", "our", "its", "my")

// quotingReach is how many of the last words before a quotation mark
// introducesQuote reads for quotingWords: a quotation's own "reported"
// further back introduces nothing.
const quotingReach = 4

// quotingWords introduce a quotation a source gives as it stands and are
// no verb of saying: `As <paper> reported in <year>, "a report said ..."`.
var quotingWords = lex.Set("reported", "reports", "wrote", "according")

// sayingForms are the "-ing" forms of verbs of saying.
var sayingForms = lex.Set("saying", "adding", "telling", "writing", "asking", "noting", "explaining", "tweeting",
	"stating", "declaring", "insisting", "arguing", "replying")

// withoutStray returns s without the single quotation mark that opens it
// and that nothing closes (strayQuote), as dropStrayQuotes would, which
// reads no sentence that opens with a double mark.
func withoutStray(s string) string {
	if strayQuote(s) {
		return strings.TrimLeft(s[1:], " ")
	}
	return s
}

// startsWithLetter reports whether s opens with an ASCII letter.
func startsWithLetter(s string) bool {
	return s != "" && isASCIILetter(s[0])
}
