package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A name alone as a sentence. A picture's caption, a profile card's
// heading or a broadcast script's beat ("They call him the Governor.
// Governor Tomas Rell.") and a film's cast line ("With Ilse Varga, Oren
// Tallis.") is a name, its titles and nothing else: the splitter makes it
// a sentence, and chosen, it tells the reader nothing and reads as page
// furniture. A reader's summary leaves it out of its candidates
// (markClausePieces) as it does the clause pieces.
//
// nameOnlyLine reads each word against the truecaser's model: a name is
// a word cased text does not write lower-case (truecase.Model.Common),
// a given name, a title or a name's particle, so a short sentence of
// common words that happens to be capitalised ("Game Over.", "Happy New
// Year.") stays.
//
// Measured against 578636d with the two rules beside it
// (fragment_andverb.go, fragment_accordingquote.go), all summaries
// read with their sources: Multi-News validation 4 changed by this rule,
// 2 better (a ruler's name and titles alone gone with the profile line
// after it, a name said four times over gone), 0 worse, 2 the same (a
// film capsule's cast line gone with the logline before it; a thin
// capsule left with its logline alone); train 1-6,000: 2 changed, both
// better (two names run together in a caption, a species' caption
// "<common name>, <Latin name>." — an unknown word counts as a name).
// Known misses: a profile card's verbless description after the name
// ("The heir to the ... and one of the most ...") has no verb a word
// list can find, and is left; a name with an accent or an apostrophe,
// and a title the truecaser calls Common ("Rear Admiral"), keep the
// line.

// Bounds of nameOnlyLine.
const (
	nameOnlyMinWords = 2 // the fewest words of the name(s); "Tarnwick." alone may be a dateline's rest
	nameOnlyMaxWords = 8 // the most words
)

// nameOnlyTitles are the words of a title or a name's suffix a name-only
// line may hold, besides titlesBefore, rankTitles and nameParticles.
var nameOnlyTitles = lex.Set("crown", "duke", "duchess", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.",
	"jr.", "sr.", "jr", "sr", "ii", "iii", "sheikh", "emir", "sultan", "archbishop", "cardinal", "bishop", "rev.")

// nameOnlyOpeners open a film's or a show's cast line ("With Ilse Varga,
// Oren Tallis.").
var nameOnlyOpeners = lex.Set("with", "starring")

// nameOnlyLine reports whether s is a name, or a cast line of names,
// and nothing else: it ends in a full stop, holds no figure, quotation
// mark, apostrophe, colon, semicolon, bracket or question or
// exclamation mark, and is nameOnlyMinWords to nameOnlyMaxWords words
// after an optional opener of nameOnlyOpeners (which then asks for two
// names or more, parted by a comma or "and"), every word all letters
// (a hyphen, a closing comma or full stop allowed) and a title
// (titlesBefore, rankTitles, nameOnlyTitles), a name's particle
// (nameParticles), a given name or a word the truecaser's model does not
// call Common, with at least one word that is no title nor particle and
// "and" only between words.
func nameOnlyLine(s string) bool {
	if len(s) < 6 || len(s) > 90 || s[len(s)-1] != '.' || strings.Count(s, " ") > nameOnlyMaxWords ||
		lex.ContainsAny(s, "\"“”'’:;?!()[]0123456789") {
		return false
	}
	var buf [nameOnlyMaxWords + 2]string
	f := lex.AppendFirstFields(buf[:0], s, nameOnlyMaxWords+2)
	opened := nameOnlyOpeners[lex.Lower(f[0])]
	if opened {
		f = f[1:]
	}
	if len(f) < nameOnlyMinWords || len(f) > nameOnlyMaxWords {
		return false
	}
	model := truecase.Default()
	named, parts := false, 1
	for i, raw := range f {
		w := lex.Lower(raw)
		if strings.HasSuffix(w, ",") {
			if i == len(f)-1 {
				return false
			}
			parts++
		}
		w = strings.TrimRight(w, ",")
		bare := strings.TrimSuffix(w, ".")
		if !nameOnlyLetters(bare) {
			return false
		}
		switch {
		case w == "and":
			if i == 0 || i == len(f)-1 {
				return false
			}
			parts++
		case titlesBefore[w] || rankTitles[w] || nameOnlyTitles[w] || nameParticles[w]:
		case bare != w && len(bare) > 1 && i < len(f)-1:
			return false // "Inc." or a word cut at a stop mid-line
		case lex.IsGivenName(bare) || !model.Common(bare):
			named = true
		default:
			return false
		}
	}
	return named && (!opened || parts >= 2)
}

// nameOnlyLetters reports whether w is ASCII letters, with a hyphen or
// a full stop inside ("al-", "j.k").
func nameOnlyLetters(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || (c == '-' || c == '.') && i > 0) {
			return false
		}
	}
	return true
}
