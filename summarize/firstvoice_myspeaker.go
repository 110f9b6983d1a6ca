package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A columnist credits a quotation to someone the columnist knows, or to
// the columnist: `"Is it loaded?" my neighbour asked, staring at me.`,
// `As my colleague Anna Varga put it, "the pier is ..."`, `"Why?" I asked
// the skipper.`. The speaker may be named, so unnamedVoice (firstvoice.go)
// keeps the sentence, and cutToldMe (firstvoice_toldme.go) has no "told
// me" to drop; but a summary's reader does not know who "my" or "I" is,
// and the blind readings mark it an unidentified narrator. A reader's
// summary leaves such a sentence out (unnamedVoice, flagNarrator).
//
// Measured against 8bad6d4: validation 1 of 5,599 default summaries
// changed (the blind reading's "my partner asked, staring out at me"):
// better. Train 1-38,000: 16 changed, read all: 9 better ("as my
// colleague <name> said", "my friend says", "my dad explained", "I asked
// my mother", "one of my inspirations, wrote" gave way to news), 6 the
// same (the sentences that came in had faults of their own: a headline,
// a transcript line), 1 worse ("my friend says" gave way to "That was
// seven years ago."). Fill, and so ROUGE, is unchanged: narrators are
// marked for a reader's summary only. Tried first and not kept: any
// first person within four words of a verb of speech, either side: it
// took "told me" from cutToldMe (which writes it without the hearer),
// the quoted person's "My father" before the marks, "p.e.i." and "toy
// like me" (validation 7 changed, 3 worse).

// narratorFrame reports whether s, a sentence whose double quotation
// marks pair up, ties the writer to a verb of speech in one stretch of
// text outside its quotations: "my" up to frameReach words before one
// ("my neighbour asked", "as my colleague Anna Varga said"), "i" just
// before one, past an adverb at most ("I asked", "I once told"), or "me"
// up to frameReach words after one ("asked me", "said, staring at me";
// "told me" and "said to me" are cutToldMe's, firstvoice_toldme.go).
// A "my" that a quotation follows before any verb is the quoted person's
// (`My father "is kind," Anna Varga wrote`), and "p.e.i." holds no "i".
func narratorFrame(s string) bool {
	parts := strings.Split(quoteMarks.Replace(s), `"`)
	for p := 0; p < len(parts); p += 2 {
		words := strings.Fields(lex.LowerASCII(parts[p]))
		for k := range words {
			words[k] = strings.Trim(words[k], ",;:()!?—–-")
			words[k] = strings.TrimSuffix(words[k], ".") // "p.e.i." keeps its inner stops
		}
		for k, w := range words {
			if !speechVerb(w) {
				continue
			}
			for j := max(0, k-frameReach); j < k; j++ {
				if words[j] == "my" {
					return true
				}
			}
			if k >= 1 && words[k-1] == "i" || k >= 2 && words[k-2] == "i" && strings.HasSuffix(words[k-1], "ly") || k >= 2 && words[k-2] == "i" && weAdverbs[words[k-1]] {
				return true
			}
			for j := k + 1; j <= min(len(words)-1, k+frameReach); j++ {
				if words[j] == "me" && !(j == k+1 && toldMePlain[w] != "" || j == k+2 && words[k+1] == "to") {
					return true // "told me", "said to me": cutToldMe writes them without the hearer
				}
			}
		}
	}
	return false
}

// frameReach is how many words from a verb of speech narratorFrame looks
// for the writer: "as my colleague anna varga said" has four.
const frameReach = 4
