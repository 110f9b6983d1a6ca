package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// An outlet tells of its own desk: of the people who reached it ("Anna
// Varga reached out to us first.", "A reader was kind enough to send us
// this photo of the pier.", "The harbour master spoke with us shortly
// after the crash.", "The mayor is now joining us from Tarnwick.") and of
// the piece itself ("Here's what we know about the ferry: ...", "Before we
// get to the ferry, ...", "..., and we explain below how you can ...",
// "In May we brought you her account ...", "7.10pm we're going to
// wrap up our updates here, ..."). A reader of a summary of many sources
// cannot tell who "us" or "we" are, and the sentence is about the page,
// not the news. outletDesk finds either, outside quotation marks, and
// markNarrators leaves the sentence out of a reader's summary
// (flagNarrator; the cluster keeps its length, countsForLength).
//
// Left alone: "us" the country or a magazine ("sent us troops", "spoke to
// us weekly", "joined us officials"), everyone's "us" after a thing or
// before what was shown ("the study showed us that ...", "our skin
// provides us with ..."), a sentence that names a speaker with a verb of
// speech (speaksNamed: "Sheen called us and said, ...", "Peta sent us a
// statement saying ...", whose "us" may be the speaker's), the "we" of
// everyone ("the world as we know it", "what we know of tides", "knowing
// what we know now"), and any of these inside quotation marks.
//
// Counted in the base summaries (63318d8) before writing it: a contact
// verb before "us" 2 validation, 20 train 1-38,000; the piece's own
// phrases 6, 7.
//
// Measured against 63318d8: validation 7 of 5,599 default summaries
// changed, read all: 5 better ("is now joining us from", "we explain
// below", "Before we get to", "Here's what we know as of", "we're going to
// wrap up this coverage" gave way to sourced news or left a shorter
// summary), 1 the same (a puzzle column's "To kick the series off, we
// have ..." gave way to another line of the column), 1 worse (a tipster
// who kindly sent the outlet a photo, the one line about the news,
// gave way to a web archive's notice about its crawl). Train 1-38,000: 17
// of 37,862 changed, read all: 12 better (a source who "reached out to us",
// "spoke with us", "e-mailed us this photo", "joins us", "showed us his
// reply", "here we look at", "here's what we know so far", "Before we get
// to that, let's look at"; a credit "sent us a note below" gave way to
// what the editor said), 4 the same (a tabloid's "who didn't respond to us
// for comment" took a fact about a photo with it; a show's "joined us" and
// "will be joining us on the program" gave way to its teaser and its
// transcript; a cluster whose only news-less text was "has sent us
// precisely 1,600 users" now has no summary), 1 worse (an advocacy
// group's line that a tax agency had sent "us" hundreds of pages,
// whose "us" the sentence before names, gave way to background law).
// Fill, and so ROUGE, is unchanged (validation 45.93 / 16.24 / 19.83):
// narrators are marked for a reader's summary only.
//
// Not done: a sentence whose spaced apostrophe ("O ' Rourke") reads as a
// single quotation mark is left (singleQuoted), so "last week, we brought
// you the story of ..." in one validation summary stays; "we know" alone
// (firstvoice_outletwork.go counted 4 validation, 25 train summaries;
// most are "as we know it" or everyone's),
// "for us" (most everyone's: "easier for us to ..."), "we should", and
// "did tell us" (cutToldUs leaves "did tell" as it leaves "can tell").

// deskWe finds the phrases by which an outlet speaks of its piece: what
// it knows so far, what it explains, brings or wraps up.
var deskWe = regexp.MustCompile(`(?i)\b(?:(?:here's|here is|this is) what we know|what we know so far|` +
	`we(?:'ll| will)? explain (?:below|how|why|what)|before we get to|` +
	`we(?:'ve| have| will|'ll)? (?:brought|bring) you|` +
	`we(?:'re| are) (?:going to wrap|wrapping) up|we(?:'ll| will) wrap up|` +
	`here we (?:look|take a look) at|we(?:'ll| will)? take a (?:closer )?look at|we took a (?:closer )?look at|` +
	`to kick (?:\w+ ){1,3}off, we)\b`)

// deskUs finds a verb by which someone reached the outlet and its object
// "us" (not "US", the country): group 1 is the verb, group 2 the word
// after "us", if any.
var deskUs = regexp.MustCompile(`(?i:\b(sent|send|sends|sending|e-?mailed|tipped|reached out to|reaches out to|` +
	`spoke to|spoke with|speaking to|speaking with|talking to|talking with|talked to|talked with|wrote to|` +
	`joining|joined|joins|responded to|respond to|showed|contacted|phoned|texted|messaged|alerted|forwarded)) ` +
	`(?:us|Us)\b(?:,? ([a-zA-Z]+))?`)

// deskUsStops are the words after "us" that make it the country or a
// magazine (toldUsStops and more: "spoke to us radio"), or the object
// everyone's ("showed us that ...", "sent us packing").
var deskUsStops = lex.Set("radio", "station", "network", "television", "tv", "company", "companies", "firm",
	"firms", "market", "markets", "economy", "dollar", "stocks", "treasury", "airways", "airlines", "open",
	"that", "packing", "home", "back", "into", "out", "all")

// outletDesk reports whether s, outside its double quotation marks (which
// must pair up, with no single quotation opened), speaks of the outlet's
// own desk: a piece's phrase of deskWe, or someone who reached "us"
// (deskUs) where "us" is neither the country, a magazine nor everyone,
// and no other word of s is a verb of speech.
func outletDesk(s string) bool {
	we := hasWord(s, "we") || hasWord(s, "We") || hasWord(s, "WE") // deskWe ignores case
	us := hasWord(s, "us") || hasWord(s, "Us")
	if !we && !us {
		return false // the cheap test: most sentences hold "we" or "us" only inside longer words
	}
	out, ok := voiceOutside(joinPossessives(strings.ReplaceAll(s, "’", "'")))
	if !ok || singleQuoted(out) {
		return false
	}
	if we && deskWe.MatchString(out) {
		return true
	}
	if !us {
		return false
	}
	for _, m := range deskUs.FindAllStringSubmatchIndex(out, -1) {
		if m[4] >= 0 {
			if next := lex.LowerASCII(out[m[4]:m[5]]); toldUsStops[next] || deskUsStops[next] {
				continue
			}
		}
		if deskThing(out[:m[0]]) {
			continue // "the study showed us"
		}
		rest := out[:m[2]] + " " + out[m[3]:] // the verb itself is no credit
		return !speaksNamed(lex.LetterWords(rest, -1))
	}
	return false
}

// deskThing reports whether before, the text before a verb of deskUs,
// ends in a subject that is a thing (toldUsThing: "the study showed us"),
// not in an infinitive, a modal or an "and" ("enough to send us", "will be
// joining us", "and send us"), which toldUsThings holds for "tell".
func deskThing(before string) bool {
	w := lex.LetterWords(before, -1)
	return len(w) > 0 && !deskNotThing[w[len(w)-1]] && toldUsThing(before)
}

// deskNotThing are the words of toldUsThings that stand before "tell" but
// name no subject.
var deskNotThing = lex.Set("to", "can", "could", "will", "would", "did", "does", "do", "may", "might", "should",
	"must", "let", "never", "and", "or", "please")

// hasWord reports whether s holds w as a word of its own: no ASCII letter
// right before or after it ("us" in "the US" no, in "told us," yes). It
// is the pretest of deskWe and deskUs, whose \b is ASCII's, so unlike
// containsWord (fullname.go), which counts any non-ASCII byte as a
// letter, it finds the "we" of "—we're going to wrap up".
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || !isASCIILetter(s[j-1])) && (j+len(w) == len(s) || !isASCIILetter(s[j+len(w)])) {
			return true
		}
		i = j + 1
	}
}
