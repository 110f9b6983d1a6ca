package summarize

import (
	"strings"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline, label or caption run into a quotation that is a whole
// sentence of its own, credited after it: "Ferry fares rise again at
// tarnwick "we had no choice this winter," the harbour master said.",
// "Ilse varga "i never expected to win," varga said.". No clause goes on
// from a bare noun phrase or a headline's verb into a quoted sentence
// that opens on its own subject; the words before the quotation are the
// page's, and the quotation with its credit is the sentence. The cut is
// made on a reader's summary after selection (cutQuoteRunIns), so only
// the chosen sentence changes. When the run-in words are the speaker's
// full name and the credit gives the surname alone, the credit takes the
// full name ("..." ilse varga said).

// Bounds of cutQuoteRunIn.
const (
	// quoteRunInHeadMax is the most words run in before the quotation.
	quoteRunInHeadMax = 25
	// quoteRunInMinWords is the fewest words of the quotation.
	quoteRunInMinWords = 5
	// quoteRunInSpeakerMax is the most words of the credit before its
	// verb of saying.
	quoteRunInSpeakerMax = 8
	// quoteRunInNameMax is the most words of a run-in full name the
	// credit takes.
	quoteRunInNameMax = 4
)

// quoteRunInOpeners open a quoted sentence on its own subject or on a
// clause: a partial quotation ("the plan is "a disaster," ...") opens on
// other words.
var quoteRunInOpeners = lex.Set("i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll",
	"you", "you're", "you've", "you'd", "you'll", "it's", "it", "that's", "this", "there's", "there", "he",
	"she", "they", "he's", "she's", "they're", "what", "our", "my", "if", "when")

// quoteRunInLeads are words that take a quotation as their own object or
// complement at the end of the run-in words: "The sign reads "...",
// "the nature of the threat was "..."".
var quoteRunInLeads = lex.Set("reads", "read", "reading", "says", "said", "say", "saying", "wrote", "writes",
	"write", "tweeted", "tweets", "posted", "posts", "captioned", "titled", "entitled", "called", "calls", "dubbed",
	"declared", "declares", "stated", "states", "added", "adds", "told", "tells", "asked", "asks", "replied",
	"answered", "shouted", "yelled", "chanted", "screamed", "announced", "proclaimed", "quipped", "joked",
	"explained", "noted", "insisted", "warned", "is", "was", "are", "were", "be", "been", "being", "became",
	"become", "becomes", "seemed", "seems", "prove", "proving", "proved", "means", "meant", "message", "motto",
	"slogan", "words", "sign", "note", "letter", "headline", "admitted", "claimed", "responded", "remarked",
	"recalled", "agreed", "argued", "complained", "confessed", "boasted", "promised", "texted", "emailed",
	"commented", "concluded", "pleaded", "begged", "cried", "exclaimed", "vowed", "acknowledged", "conceded",
	"reported", "quoted", "labeled", "labelled", "named", "described", "nicknamed", "marked", "signed",
	"stamped", "printed", "painted", "scrawled", "emblazoned", "inscribed", "typed", "spelled", "ended",
	"began", "opened", "closed", "concluding", "repeated", "whispered", "sang", "sings", "chants", "yells")

// cutQuoteRunIn returns s, a sentence of a reader's summary of lower-cased
// text, from its quotation on, first letter in upper case, and true when
// words run into a quoted sentence credited after it: one to
// quoteRunInHeadMax words before the first quotation mark, ending in no
// punctuation, no stopword, no word of quoteRunInLeads, no "-ing" word
// and no infinitive ("to prove"), no verb of saying among its two words
// before the last ("told the man"), holding no sentence end, dash or
// other quotation mark; the quotation holds quoteRunInMinWords
// words or more, opens on one of quoteRunInOpeners (or on any word after
// its speaker's name tag, quoteRunInTag) and closes with a
// comma, "?" or "!" inside its marks; then one to quoteRunInSpeakerMax
// words and a verb of saying. s and false otherwise.
func cutQuoteRunIn(s string) (string, bool) {
	open := strings.IndexAny(s, `"“`)
	if open < 1 || !quotesPaired(s) {
		return s, false
	}
	head := lex.SpaceFieldsShared(s[:open])
	if len(head) == 0 || len(head) > quoteRunInHeadMax || !quoteRunInHead(head) {
		return s, false
	}
	rest := s[open:]
	_, markSize := utf8.DecodeRuneInString(rest)
	shut := strings.IndexAny(rest[markSize:], `"”`)
	if shut < 0 {
		return s, false
	}
	quote := rest[markSize : markSize+shut]
	qf := lex.SpaceFieldsShared(quote)
	if len(qf) < quoteRunInMinWords || !strings.HasSuffix(quote, ",") && !strings.HasSuffix(quote, "?") && !strings.HasSuffix(quote, "!") {
		return s, false
	}
	_, shutSize := utf8.DecodeRuneInString(rest[markSize+shut:])
	after := rest[markSize+shut+shutSize:]
	speaker, ok := quoteRunInCredit(after)
	if !ok || !quoteRunInOpeners[strings.TrimLeft(lex.Lower(qf[0]), `'‘…. `)] && !quoteRunInTag(head, speaker) {
		return s, false
	}
	out := rest[:markSize] + capitalizeFirst(rest[markSize:])
	if name := quoteRunInName(head, speaker); name != "" {
		if at := strings.Index(after, speaker); at >= 0 {
			at += len(out) - len(after)
			out = out[:at] + name + out[at+len(speaker):]
		}
	}
	return out, true
}

// quoteRunInHead reports whether head, the words before the quotation,
// read as words run in rather than as a clause the quotation completes
// (cutQuoteRunIn).
func quoteRunInHead(head []string) bool {
	last := head[len(head)-1]
	if lex.ContainsAny(last[len(last)-1:], ".,;:!?-–—(") {
		return false
	}
	for _, w := range head {
		if lex.ContainsAny(w, `'‘’`) && (strings.HasPrefix(w, "'") || strings.HasSuffix(w, "'")) {
			return false // a title in single marks
		}
		if w == "--" || lex.ContainsAny(w, "—–") {
			return false
		}
		if lex.ContainsAny(w, ".!?") && !abbrevLike(w) && !strings.Contains(strings.Trim(w, ".!?"), ".") {
			return false
		}
	}
	l := lex.Lower(strings.TrimRight(last, "'’"))
	if lex.IsStopword(l) || quoteRunInLeads[l] || len(l) > 4 && strings.HasSuffix(l, "ing") {
		return false
	}
	for _, w := range head[max(0, len(head)-3) : len(head)-1] {
		if w = lex.Lower(w); lex.IsAttributionVerb(w) || lex.IsQuoteVerb(w) {
			return false // "<name> told the man "...": the quotation is what he told
		}
	}
	return len(head) < 2 || lex.Lower(head[len(head)-2]) != "to"
}

// Bounds of quoteRunInTag: the most words of a tag's name and of what
// follows its comma.
const (
	quoteTagNameMax  = 3
	quoteTagAfterMax = 4
)

// quoteRunInTag reports whether head, the words before a quotation, is
// a picture's or video's name tag, "<given> <surname>, <business or
// role>" ("ilse varga, varga ferries "up until may it was ...," varga
// said"), of the speaker the credit names: two to quoteTagNameMax words of
// letters, a comma, one to quoteTagAfterMax words with no stopword and no
// punctuation, and a credit that holds the name's last word. A partial
// quotation follows a clause's verb, not a tag, so any word may open the
// quotation. Measured against 2093563 on Multi-News default summaries:
// validation 1 of 5,598 changes (better), train 1-38,000 none.
func quoteRunInTag(head []string, speaker string) bool {
	k := -1
	for i, w := range head {
		if strings.HasSuffix(w, ",") {
			k = i
			break
		}
	}
	if k < 1 || k >= quoteTagNameMax || len(head)-k-1 < 1 || len(head)-k-1 > quoteTagAfterMax {
		return false
	}
	for i, w := range head {
		w = lex.Lower(strings.TrimSuffix(w, ","))
		if !lettersOnly(w) || lex.IsStopword(w) || i > k && (lex.IsAttributionVerb(w) || lex.IsQuoteVerb(w)) {
			return false
		}
	}
	surname := lex.Lower(strings.TrimSuffix(head[k], ","))
	for _, w := range lex.SpaceFieldsShared(lex.Lower(speaker)) {
		if w == surname {
			return true
		}
	}
	return false
}

// quoteRunInCredit returns the speaker of after, the text following a
// quotation's closing mark, and true when it reads as a credit: one to
// quoteRunInSpeakerMax words, then a verb of saying (lex.IsQuoteVerb or
// lex.IsAttributionVerb).
func quoteRunInCredit(after string) (string, bool) {
	f := lex.FirstFields(after, quoteRunInSpeakerMax+1)
	for i, w := range f {
		v := lex.Lower(strings.TrimRight(w, ".,;:"))
		if i > 0 && (lex.IsQuoteVerb(v) || lex.IsAttributionVerb(v)) {
			return strings.Join(f[:i], " "), true
		}
		if lex.ContainsAny(w, `"“”.;:?!`) && !abbrevLike(w) {
			return "", false
		}
	}
	return "", false
}

// quoteRunInName returns the run-in words head as the speaker's name
// when the credit is the surname alone and head is a name of two to
// quoteRunInNameMax words ending in it, no stopword, digit or
// punctuation among them; "" otherwise.
func quoteRunInName(head []string, speaker string) string {
	if len(head) < 2 || len(head) > quoteRunInNameMax || strings.Contains(speaker, " ") {
		return ""
	}
	if lex.Lower(head[len(head)-1]) != lex.Lower(speaker) {
		return ""
	}
	for _, w := range head {
		if lex.IsStopword(lex.Lower(w)) || lex.HasDigit(w) || lex.ContainsAny(w, `,;:!?()"“”`) {
			return ""
		}
	}
	if first := lex.Lower(head[0]); !lex.IsGivenName(first) {
		// "Pilot bertrand piccard" reads "pilot bertrand piccard" after "said".
		return strings.Join(append([]string{first}, head[1:]...), " ")
	}
	return strings.Join(head, " ")
}

// cutQuoteRunIns cuts, in each sentence of a reader's summary of
// lower-cased text, words run into a quoted sentence credited after it
// (cutQuoteRunIn).
func cutQuoteRunIns(sum *chorus.Summary, lower bool) {
	if lower {
		cutEach(sum, cutQuoteRunIn)
	}
}
