package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption that names the picture and what it holds, with no
// verb of its own: "An 1890 photo of Ilse Varga by a studio in Velmora.",
// "A screenshot of the mayor's post.", "An artist's impression of the new
// ferry terminal.", "A rendering of the tower taken from the council's
// plans.", or that says what a file or handout picture shows: "This image
// released by the harbour board shows the wreck." News about a picture
// has a verb of its own ("A photo of the mayor asleep has gone viral.",
// "A picture of the ferry drew thousands of replies.") and stays.
// markTeasers flags such a caption (nounCaption) with flagNarrator before
// selection, so that the budget goes to the next sentence.

// nounCaptionOpening matches a caption's opening (lower case): "a", "an",
// "the" or "this", words of a date or a picture's kind, the picture's
// noun (singular: "the pictures from <camp> look like ..." is a
// sentence), then "of", "from", "by", "taken", "released", "provided",
// "showing" or "courtesy". The noun and the word after it are group 1
// and 2.
var nounCaptionOpening = regexp.MustCompile(`^(?:an?|the|this) (?:(?:\d[\d,]*|undated|file|handout|aerial|archive|archival|family|` +
	`(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?,?) ){0,4}` +
	`(photo|photograph|image|picture|illustration|rendering|screenshot|screen grab|snapshot|still|artist's (?:conception|impression|rendering)) ` +
	`(of|from|by|taken|released|provided|showing|courtesy|obtained|posted|shows)\b`)

// nounCaptionFinite are words of a finite verb or a clause that make the
// sentence news about the picture (besides subjectCaptionStory): "is",
// "went viral", "sparked".
var nounCaptionFinite = lex.Set("is", "are", "went", "gone", "goes", "viral", "became", "becomes", "drew", "draws",
	"appears", "appeared", "surfaced", "sparked", "shows", "showed", "shown", "depicts", "reveals", "captures",
	"sits", "stands", "hangs", "features", "look", "looks", "circulates", "circulating", "hit", "hits", "set", "earned", "won")

// nounCaptionPastNext may follow a caption's participle ("taken from",
// "posted by"); an "-ed" word before anything else is a finite verb
// ("garnered praise").
var nounCaptionPastNext = lex.Set("by", "from", "in", "at", "on", "with", "during", "for", "after", "near",
	"outside", "inside", "to")

// nounCaptionNouns finds the picture's nouns nounCaptionOpening reads.
var nounCaptionNouns = lex.NewSubstrings("photo", "image", "picture", "illustration", "rendering", "screen",
	"snapshot", "still", "artist's")

// nounCaptionOpeningBytes bounds where nounCaptionNouns looks for the
// picture's noun.
const nounCaptionOpeningBytes = 80

// nounCaptionMaxWords is the most words of a sentence nounCaption reads.
const nounCaptionMaxWords = 30

// nounCaption reports whether s is a picture's caption that names the
// picture (nounCaptionOpening) and holds no finite verb: at most
// nounCaptionMaxWords words, a full stop, no quotation mark, question or
// exclamation mark, no word of subjectCaptionStory or nounCaptionFinite
// nor "n't", and every "-ed" form a participle before one of
// nounCaptionPastNext. A file, handout or undated picture, or one opened
// with "this", may show what it holds ("This image ... shows ...").
func nounCaption(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 12 || t[len(t)-1] != '.' || lex.ContainsAny(t, "\"“”?!") {
		return false
	}
	if t[0] != 'A' && t[0] != 'a' && t[0] != 'T' && t[0] != 't' {
		return false
	}
	lower := lex.LowerASCII(t[:min(len(t), nounCaptionOpeningBytes)])
	if !nounCaptionNouns.In(lower) {
		return false // most sentences: no picture's noun near the front
	}
	lower = lex.LowerASCII(t)
	m := nounCaptionOpening.FindStringSubmatchIndex(lower)
	if m == nil {
		return false
	}
	opening := lower[:m[1]]
	showing := strings.HasPrefix(opening, "this ") || strings.Contains(opening, "file ") ||
		strings.Contains(opening, "handout ") || strings.Contains(opening, "undated ")
	if lower[m[4]:m[5]] == "shows" && !showing {
		return false
	}
	w := lex.LetterWords(lower[m[1]:], -1)
	if len(w)+4 > nounCaptionMaxWords {
		return false
	}
	for i, x := range w {
		switch {
		case x == "shows" && showing:
		case subjectCaptionStory[x] || nounCaptionFinite[x] || strings.HasSuffix(x, "n't"):
			return false
		case len(x) >= 5 && strings.HasSuffix(x, "ed") && !verblessEd[x]:
			if i+1 >= len(w) || !nounCaptionPastNext[w[i+1]] {
				return false
			}
		}
	}
	return true
}
