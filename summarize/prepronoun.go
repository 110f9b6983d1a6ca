package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A sentence may open on "In it", "On them", "Inside it" or "Within it"
// ("In it, the mayor describes ...", "On them is the face of ..."): the
// pronoun stands for the book, video, letter or posters its article names
// just before. The flags read a pronoun only as a sentence's first word,
// so such a sentence could lead, or follow another source's sentence,
// leaving the reader asking what "it" is. In a reader's summary it never
// leads (flagLeansBack), and it stands only once a chosen sentence names
// a thing that holds words or pictures (containerNouns) that its article
// names up to prepPronounBack sentences before it ("... a video emerged.
// In it, ..."), or right after its article's sentence before it
// (prepPronounStands); a noun of the same kind names it too ("their
// paper" after the article's "a study"). Other prepositions are left
// alone: "Behind it", "Beneath it", "With it" and "Without it" most
// often stand for the thing the summary's sentence before names too
// ("... snagged the cable. Behind it, ...").
//
// Measured against 492942d (reader's summaries): validation 4 of 5,598
// changed, all read: 3 better (a lead "In it, <name> describes ..." and
// two "In it" with no book or article named gone), 1 worse (the
// telegram's "In it" gone, and the lead went to an encyclopedia box
// that other rules miss). Train 1-38,000: 9 of 37,857 changed, all read:
// 8 better ("In it" or "On them" with no video, statement or flyers
// named gone, or put after "In the video ..."), 0 worse, 1 the same (a
// lead "In it" gave way to a lead "The shirts ..."). Before the kinds
// (containerNouns' values) a paper named as "their paper" held back a
// study's "In it" (worse); with "with", "behind", "beneath", "without",
// "to" and other prepositions, train 1-38,000 changed 20: 10 better, 7
// worse, 3 the same (the summary's sentence before named the thing:
// "... snagged the cable. Behind it, ...", "... under the fireplace.
// Beneath it they found ..."). Fill, and so ROUGE, is unchanged
// (multinews-val 45.94 / 16.24 / 19.83).

// prepPronounBack is how many sentences before it in its article are read
// for what "it" or "them" stands for.
const prepPronounBack = 3

// prepPronounPreps are the prepositions (lower case) read before "it" or
// "them".
var prepPronounPreps = lex.Set("in", "on", "inside", "within")

// containerNouns (defect.NameKey folds) hold words or pictures that "in
// it" or "on them" points into, each with its kind: a chosen sentence
// naming a noun of the kind names the thing ("their paper" for "a
// study ... In it, ...").
var containerNouns = map[string]string{
	"paper": "research", "study": "research", "report": "research", "journal": "research", "finding": "research",
	"column": "writing", "essay": "writing", "article": "writing", "story": "writing", "newsletter": "writing",
	"post": "writing", "blog": "writing", "tweet": "writing",
	"book": "book", "memoir": "book", "novel": "book", "biography": "book", "diary": "book",
	"letter": "letter", "note": "letter", "memo": "letter", "email": "letter", "message": "letter",
	"telegram": "letter", "telex": "letter",
	"video": "video", "footage": "video", "clip": "video", "film": "video", "movie": "video",
	"documentary": "video", "episode": "video", "recording": "video", "tape": "video", "interview": "video",
	"speech": "video", "podcast": "video",
	"photo": "picture", "picture": "picture", "image": "picture", "poster": "picture", "flyer": "picture",
	"painting": "picture", "portrait": "picture", "depiction": "picture", "map": "picture", "sign": "picture",
	"shirt": "picture", "card": "picture", "ad": "picture", "advert": "picture", "commercial": "picture",
	"filing": "legal", "complaint": "legal", "lawsuit": "legal", "petition": "legal", "document": "legal",
	"statement": "legal", "excerpt": "legal", "manifesto": "legal",
	"song": "music", "album": "music",
}

// prepPronounOpening reports whether s opens on a preposition
// (prepPronounPreps) and "it" or "them" followed by a space or a comma.
// "In it all" reads as the whole story, and "it's" is a misspelt "its"
// ("In it's place").
func prepPronounOpening(s string) bool {
	if s == "" || s[0] != 'I' && s[0] != 'O' && s[0] != 'W' {
		return false // most sentences
	}
	sp := strings.IndexByte(s[:min(len(s), 7)], ' ')
	if sp < 2 || !prepPronounPreps[lex.LowerASCII(s[:sp])] {
		return false
	}
	rest := s[sp+1:]
	for _, p := range []string{"it", "them"} {
		if t, ok := strings.CutPrefix(rest, p); ok && t != "" && (t[0] == ',' || t[0] == ' ') {
			return !strings.HasPrefix(t, " all")
		}
	}
	return false
}

// markPrepPronouns marks, for a reader's summary, each candidate that
// opens on a preposition and a pronoun (prepPronounOpening) and that the
// flags do not already hold back (flagDependent) as leaning back
// (flagLeansBack): it never leads.
func (c *cluster) markPrepPronouns() {
	for i := range c.cands {
		if cd := &c.cands[i]; cd.flags&flagDependent == 0 && prepPronounOpening(cd.text) {
			cd.flags |= flagLeansBack
		}
	}
}

// prepPronounStands reports whether fact f may stand in a reader's
// summary given the facts chosen so far, as far as an opening "In it"
// goes (prepPronounOpening): it has none, a chosen sentence names a
// container noun of the kind of one its article names up to
// prepPronounBack sentences before it, or the sentence before it in its source is chosen in its own words
// (readsAfter).
func (c *cluster) prepPronounStands(f int, chosen []bool, nm *names) bool {
	if !c.reader || nm.pad || c.seen != nil {
		return true
	}
	rep := &c.cands[c.facts[f].rep]
	if !prepPronounOpening(rep.text) {
		return true
	}
	for p, k := rep.prevInDoc, 0; p >= 0 && k < prepPronounBack; p, k = c.cands[p].prevInDoc, k+1 {
		for _, w := range lex.LetterWords(c.cands[p].text, 60) {
			if kind := containerNouns[defect.NameKey(w)]; kind != "" && c.namesKind(kind, nm) {
				return true
			}
		}
	}
	return c.readsAfter(rep) && chosen[c.cands[rep.prevInDoc].fact]
}

// namesKind reports whether a chosen sentence (nm.words) names a
// container noun of kind.
func (c *cluster) namesKind(kind string, nm *names) bool {
	for n, k := range containerNouns {
		if k == kind && nm.words[n] {
			return true
		}
	}
	return false
}
