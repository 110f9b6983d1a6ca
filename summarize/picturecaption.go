package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption chosen as a summary sentence: the sentence tells what
// a photo shows, not what happened ("Dockworkers unload a ferry at the
// pier in Tarnwick in this March 8, 2013 file photo.", "The old lighthouse
// is pictured in Velmora.", "Ilse Varga, second from left, and Tomas Rell
// greet the crew."). The detectors catch a caption by its opening
// (defect.PhotoCaption) or its closing date (defect.DatedScene); these
// carry the picture's words elsewhere in the sentence. dropPictureCaptions
// leaves such a sentence out of a reader's summary after selection.

// captionWording matches a caption's wording anywhere in a sentence (lower
// case): "in this <date or kind> (file) photo" (the words between are
// pictureKinds), "is seen in this" or "is shown in this", "pictured
// here", "pictured above", "pictured at left", a place in the picture set
// off by commas (", second from left,", ", from right,") or "(left to
// right)", an agency's "file photo" that dates, shows or is "of"
// something or closes the sentence after a year, the agencies' "file
// - " before a caption, and "At left is ..." opening a sentence.
var captionWording = regexp.MustCompile(`\bin this (?:` + pictureKinds + ` ){0,5}(?:photo|image|picture|photograph)s?\b|` +
	`\b(?:is|are) (?:seen|shown) in this\b|\bpictured (?:here|above|below|at (?:left|right))\b|` +
	`, (?:(?:second|third|fourth|far) )?from (?:left|right),|\( ?(?:left to right|l-r) ?\)|` +
	`\bfile photo (?:of|dated|shows)\b|\b(?:19|20)\d\d,? file photo\.?$|^file - |\.\.\. file -|^at (?:left|right),? (?:is|are)\b`)

// captionWords finds the words every captionWording alternative holds
// but its opening "at left is" ("in this", "pictured", "from left,",
// "left to right", "file photo", "file -"): a sentence without one (nor
// that opening) is no match, and the expression is not run over it.
var captionWords = lex.NewSubstrings("in this", "pictured", "from left,", "from right,", "left to right", "l-r",
	"file photo", "file -")

// pictureKinds are the words between "in this" and a caption's "photo":
// a date ("march 3, 2014", "sept.") or the picture's kind or source.
const pictureKinds = `(?:\d[\d,.]*|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?,?|` +
	`file|handout|undated|family|arranged|aerial|archive|booking|police|video|book|cover|ap|afp|reuters|kyodo|nasa|year|old|new|recent|undated,)`

// captionArticleWording matches "in a/an <date or kind> photo" (lower
// case), the words between a date or captionArticleKinds only: "in an
// undated picture released by ...", "in a march 3, 2014 file photo",
// "in a police booking photo". "in a photo", "in a viral photo" and "in
// a new photo" tell news about a picture and stay.
var captionArticleWording = regexp.MustCompile(`\bin an? (?:` + captionArticleKinds + ` ){1,5}(?:photo|image|picture|photograph)s?\b`)

// captionArticleKinds are the words captionArticleWording reads between
// "a"/"an" and the picture's noun: a date or the picture's kind.
const captionArticleKinds = `(?:\d[\d,.]*|(?:jan\.?|january|feb\.?|february|march|april|may|june|july|aug\.?|august|` +
	`sept?\.?|september|oct\.?|october|nov\.?|november|dec\.?|december),?|` +
	`file|undated|undated,|handout|booking|police|mug)`

// pictured matches a subject that "is pictured" or "are photographed",
// with the two words before the verb in groups 1 and 2: pictureCaption
// reads none after a relative ("the issue in which she is photographed").
var pictured = regexp.MustCompile(`(?:(\S+) )?(\S+) (?:is|are) (?:pictured|photographed)\b`)

// pictureCaption reports whether s reads as a picture's caption by the
// words captionWording or pictured match.
func pictureCaption(s string) bool {
	lower := lex.Lower(s)
	if (captionWords.In(lower) || strings.HasPrefix(lower, "at ")) && captionWording.MatchString(lower) {
		return true
	}
	if (strings.Contains(lower, "in a ") || strings.Contains(lower, "in an ")) && captionNoun.In(lower) && captionArticleWording.MatchString(lower) {
		return true
	}
	if !strings.Contains(lower, "pictured") && !strings.Contains(lower, "photographed") {
		return false // pictured's verb is missing
	}
	m := pictured.FindStringSubmatch(lower)
	return m != nil && !captionRelatives[m[1]] && !captionRelatives[m[2]]
}

// captionNoun finds the picture's nouns captionArticleWording ends on, a
// cheap test before the expression.
var captionNoun = lex.NewSubstrings("photo", "image", "picture")

// captionRelatives open a clause whose picture is not the sentence's own.
var captionRelatives = lex.Set("which", "who", "that", "where", "whom")

// dropPictureCaptions leaves out of picked, a reader's summary in reading
// order, each sentence that reads as a picture's caption (pictureCaption,
// a scene closing with its full date and place, defect.PlacedScene, or
// with a date cut after its month, defect.CutDateScene, or with no date
// and a person another sentence names, undatedCaption, not the first; or
// a video's blurb naming who talks in it, talkBlurb; or a scene in the
// present that places its picture, presentScene; or a scene glued to a
// quote with no speaker, gluedQuoteCaption) and whose next
// sentence does not point back at it (readsCaption).
// The opening sentence goes only when it is the caption alone (no news
// run into it: runInCaption; no event told in the past or perfect:
// toldEvent) and the sentence after it may lead (canLead), and an opening
// blurb only when the sentence after it does not tell the interview in
// the first person (toldAsWe: "<name> talks to <paper> about ... The
// pope receives us in ..."). A blurb or a present scene before a quote
// with no speaker of its own (speakerlessQuote) stays: it names who
// speaks. Nothing is brought in instead.
func (c *cluster) dropPictureCaptions(picked []int) []int {
	return c.dropCaptionsBy(picked, func(k int) string { return c.cands[c.facts[picked[k]].rep].text })
}

// dropWrittenCaptions is dropPictureCaptions on the text sum gives the
// reader (sum.Sentences one for each of picked): a caption behind a
// credit or a run-in that a text rule cut ("<credit> <name> speaks at
// <venue> on <date> in <city>.") reads as one only there.
func (c *cluster) dropWrittenCaptions(picked []int, sum *chorus.Summary) []int {
	if len(sum.Sentences) != len(picked) {
		return picked
	}
	return c.dropCaptionsBy(picked, func(k int) string { return sum.Sentences[k].Text })
}

// dropCaptionsBy is dropPictureCaptions reading the k-th sentence of
// picked as text(k).
func (c *cluster) dropCaptionsBy(picked []int, text func(k int) string) []int {
	if len(picked) < 2 {
		return picked
	}
	out := make([]int, 0, len(picked))
	for k := 0; k < len(picked); k++ {
		f := picked[k]
		s := text(k)
		blurb := talkBlurb(s)
		scene := blurb || presentScene(s)
		if !pictureCaption(s) && !positionCaption(s) && !defect.PlacedScene(s) && !defect.CutDateScene(s) && !c.undatedCaption(k, len(picked), text) && !verblessCaptionNamed(k, len(picked), text) && !scene && !datedCaption(s) && !gluedQuoteCaption(s) {
			out = append(out, f)
			continue
		}
		if k+1 < len(picked) && readsCaption(text(k+1)) {
			if k > 0 && countsCaption(text(k+1)) {
				k++ // "At left is her sister. Both got away.": the count goes with the caption (picturecaption_count.go)
				continue
			}
			out = append(out, f) // "At left is her sister. She got away.": the next sentence reads the caption
			continue
		}
		if k+1 < len(picked) && scene && speakerlessQuote(lex.Collapse(c.cands[c.facts[picked[k+1]].rep].text)) {
			// "<president> speaks to reporters on <date>." before a quote
			// with no speaker of its own (as chosen: the summary may have
			// written the speaker the blurb names after it): the blurb
			// names who says it.
			out = append(out, f)
			continue
		}
		if k == 0 && (runInCaption(s) || toldEvent(s) || !c.canLead(&c.cands[c.facts[picked[1]].rep]) || blurb && toldAsWe(text(1))) {
			out = append(out, f)
		}
	}
	return out
}

// readsCaption reports whether s, the sentence after a caption, opens
// with a pronoun, a connective or a word that counts what came before
// ("both", "all", "each").
func readsCaption(s string) bool {
	w := lex.LetterWords(s, 1)
	return len(w) == 1 && (defect.IsPronoun(w[0]) || defect.IsConnective(w[0]) || backCounts[w[0]])
}

// backCounts open a sentence about the people or things named before it.
var backCounts = lex.Set("both", "all", "each", "neither", "either")

// toldEvent reports whether s tells an event as news does, with "was",
// "were", "has been", "have been" or "had": a lead that holds a caption's
// words ("<name> has been charged with ...: (left to right) <names>") is
// the story's lead still.
func toldEvent(s string) bool {
	w := lex.LetterWords(s, -1)
	for i, x := range w {
		switch {
		case x == "was" || x == "were" || x == "had":
			return true
		case (x == "has" || x == "have") && i+1 < len(w) && w[i+1] == "been":
			return true
		}
	}
	return false
}

// runInCaption reports whether s holds a caption run into other text: a
// full stop before a capital inside it (the page's sentence before the
// caption; not a title's or an initial's stop, abbrevStop: "Sen. Ilse
// Varga at ...") or an ellipsis (a teaser cut before "... file - in this
// ...").
func runInCaption(s string) bool {
	if strings.Contains(s, "...") || strings.Contains(s, "…") {
		return true
	}
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && 'A' <= s[i+2] && s[i+2] <= 'Z' && !abbrevStop(s[:i+1]) {
			return true
		}
	}
	return false
}

// abbrevStop reports whether s ends in a title's abbreviation (rankTitles,
// titlesBefore, "mr.", "mrs.", "ms.", "st.", "jr.") or an initial ("J.").
func abbrevStop(s string) bool {
	w := lex.Lower(s[strings.LastIndexByte(s, ' ')+1:])
	return len(w) == 2 || rankTitles[w] || titlesBefore[w] || courtesyStops[w]
}

// courtesyStops are abbreviations before a name besides the titles.
var courtesyStops = lex.Set("mr.", "mrs.", "ms.", "st.", "jr.", "sr.")

// undatedCaption reports whether the k-th of n sentences (text), not the
// opening one, is a caption with no date (sceneCaption) whose person
// another of the n names (sceneCaptionNamed). An opening caption stays:
// the sentence after it led with a teaser or a fragment as often as not.
func (c *cluster) undatedCaption(k, n int, text func(int) string) bool {
	if k == 0 {
		return false
	}
	name, ok := sceneCaption(text(k))
	return ok && namedElsewhere(name, k, n, text)
}

// namedElsewhere reports whether a sentence of the n (text) other than the
// k-th names the caption's person name (sceneCaptionNamed).
func namedElsewhere(name []string, k, n int, text func(int) string) bool {
	var other strings.Builder
	for j := 0; j < n; j++ {
		if j != k {
			other.WriteString(lex.Lower(text(j)))
			other.WriteByte(' ')
		}
	}
	return sceneCaptionNamed(name, other.String())
}

// lyAdverb reports whether w, a lower-case word, ends in "-ly" and is no
// given name: an adverb ("Reportedly", "Finally") opens a sentence of a
// story, not a caption's subject, but "Kelly", "Ashley", "Emily",
// "Beverly" and "Kimberly" open a caption's name ("Kelly Brask sings on
// the pier in Velmora.", which the caption rules let by
// while they read every "-ly" word as an adverb). Measured against
// ab031d2: validation none changed; train 1–38,000 1, better (a singer's
// caption opening the summary gave way to the story's lede).
func lyAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && !lex.IsGivenName(w)
}
