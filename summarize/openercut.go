package summarize

import (
	"strings"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the writing stage. A sentence that opens with a
// word or phrase of contrast, addition or stance set off by a comma
// ("Still, the council voted ...", "Unfortunately, the ferry ...", "Even
// worse, the pier ...") answers the sentence before it in its article. Read
// as a summary's lead, or after another article's sentence, it answers
// nothing the reader was told: "still" despite what? The phrase carries
// the link, not the news, so the sentence stands without it: "The council
// voted ...". A sentence read right after its article's previous one keeps
// its phrase, and so does one opening with a quotation (the speaker's own
// words) or one whose focus word bears on its subject ("Even the mayor
// admitted ..." is not this rule's: cutting "even" would leave "admitted"
// pointing back as well).

// leanOpeners are the phrases (lower case, as written before their comma)
// that link a sentence to the one before it and that a sentence reads
// whole without.
var leanOpeners = lex.Set("still", "yet", "however", "instead", "indeed", "meanwhile", "additionally",
	"also", "moreover", "furthermore", "besides", "likewise", "similarly", "nonetheless", "nevertheless",
	"regardless", "thus", "hence", "consequently", "therefore", "unfortunately", "fortunately", "luckily",
	"sadly", "clearly", "obviously", "naturally", "surely", "ironically", "interestingly",
	"surprisingly", "unsurprisingly", "curiously", "oddly", "worse", "again", "otherwise", "anyway",
	"ultimately", "notably", "conversely", "alas", "plus", "even so", "even then",
	"of course", "in addition", "in fact", "after all", "by contrast", "in contrast", "on the other hand",
	"that said", "having said that", "better yet", "better still", "worse still", "worse yet",
	"more importantly", "most importantly", "perhaps most importantly", "stranger still",
	"not surprisingly", "as a result", "for example", "for instance", "in other words", "in any case",
	"at any rate", "all the same", "despite this", "despite that", "because of this", "in turn",
	"what's more", "on top of that", "in the meantime", "then again", "more than that")

// writerAsides are a writer's asides to the reader (lower case, as
// written before their comma): "Frankly, if the mayor ...", "Needless to
// say, the pier ...", "Believe it or not, the ferry ...", "Remarkably,
// the wreck ...". A news summary never speaks so, and the news after the
// comma stands without them, so they are cut even from a sentence read
// right after its article's previous one (so are the interjections of
// openerchat.go: "Yup,", "Well,"). Answers and concessions ("Yes,",
// "No,", "Sure,", "Granted,") are not: what follows them is an argument,
// not news, with or without them.
//
// Multi-News validation default summaries, with the interjections
// (before openerchat.go took them): 22 change, read all: 18 better, 4 the
// same (a fragment either way: "Well, a brisk walk for ..."). Train
// clusters 1-38,000: 103 change, 40 read: 24 better, 16 the same, none
// worse.
var writerAsides = lex.Set("frankly", "honestly", "admittedly", "mind you", "to be fair", "let's face it",
	"needless to say", "simply put", "believe it or not", "predictably", "remarkably", "incredibly", "amazingly",
	"thankfully", "tragically", "mercifully", "happily")

// leanOpenerMaxWords is the most words a phrase of leanOpeners holds.
const leanOpenerMaxWords = 4

// leanRestMinWords is the fewest words a sentence keeps after its phrase
// is cut.
const leanRestMinWords = 5

// leanRestJoins are words that cannot open the rest: a conjunction or a
// word that goes on with the phrase ("In fact, and ...").
var leanRestJoins = lex.Set("and", "but", "or", "nor", "so", "then", "though", "too")

// cutLeaningOpeners cuts the opening phrase (leanOpening) or
// interjection (chatOpening) from each
// sentence of sum, a reader's summary in the order of picked, that is the
// lead or does not read right after its article's previous sentence, and
// adds the words it cuts to sum.Words. A summary whose sentences no longer
// match picked one to one is left alone.
func (c *cluster) cutLeaningOpeners(picked []int, sum *chorus.Summary) {
	rewritePicked(picked, sum, func(i int, s string) (string, bool) {
		if i > 0 && c.follows(picked[i], picked[i-1]) {
			// It answers the sentence above it; a writer's aside or
			// interjection never does.
			if t, ok := cutAside(s); ok {
				return t, true
			}
			return chatOpening(s)
		}
		if t, ok := leanOpening(s); ok {
			return t, true
		}
		if t, ok := timeAnchorRunIn(s); ok {
			return t, true // "Now Varga is suing ..." (openertime.go)
		}
		return chatOpening(s) // "Yup, the council ..." (openerchat.go)
	})
}

// rewritePicked writes each sentence of sum, a reader's summary in the
// order of picked, as rewrite gives it (i: its place in both) when rewrite
// reports a change, and adds the words it adds or cuts to sum.Words. A
// summary whose sentences no longer match picked one to one is left alone.
func rewritePicked(picked []int, sum *chorus.Summary, rewrite func(i int, s string) (string, bool)) {
	if len(sum.Sentences) != len(picked) {
		return
	}
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if t, ok := rewrite(i, s); ok {
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
		}
	}
}

// leanOpening returns s without its opening phrase of leanOpeners and the
// comma after it, the next word capitalised, and reports whether it cut:
// s opens with the phrase (no quotation mark before it) and at least
// leanRestMinWords words follow, the first not one of leanRestJoins nor a
// quotation's mark.
func leanOpening(s string) (string, bool) {
	return cutOpener(s, func(phrase string) bool {
		return leanOpeners[phrase] || writerAsides[phrase] || evenComparative(phrase) || timeAnchorOpening(phrase)
	})
}

// cutAside is leanOpening for the phrases of writerAsides alone.
func cutAside(s string) (string, bool) {
	return cutOpener(s, func(phrase string) bool { return writerAsides[phrase] })
}

// cutOpener is leanOpening with cuts telling the phrases it cuts (lower
// case, a typographic apostrophe written straight).
func cutOpener(s string, cuts func(phrase string) bool) (string, bool) {
	f := lex.SpaceFieldsShared(s)
	for k := 0; k < len(f) && k < leanOpenerMaxWords; k++ {
		if !strings.HasSuffix(f[k], ",") {
			continue
		}
		var b strings.Builder
		for j := 0; j <= k; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strings.TrimSuffix(f[j], ","))
		}
		phrase := strings.ReplaceAll(lex.Lower(b.String()), "’", "'")
		if !cuts(phrase) || len(f)-k-1 < leanRestMinWords {
			return "", false
		}
		next := f[k+1]
		if opensQuoteOrBracket(next) || leanRestJoins[lex.Lower(strings.TrimRight(next, ",;:"))] {
			return "", false
		}
		return capitalizeFirst(strings.Join(f[k+1:], " ")), true
	}
	return "", false
}

// opensQuoteOrBracket reports whether w opens on a quotation mark or a
// bracket (its first rune, so a curly mark counts).
func opensQuoteOrBracket(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("\"“'‘(", r)
}

// evenComparative reports whether phrase is "even" and a comparative
// ("even worse", "even crazier", "even more"): a degree beyond something
// told before.
func evenComparative(phrase string) bool {
	w, ok := strings.CutPrefix(phrase, "even ")
	return ok && (w == "more" || w == "worse" || w == "less" || len(w) > 4 && strings.HasSuffix(w, "er") && !strings.Contains(w, " ") && !notComparative[w])
}

// notComparative are words in -er that are no comparative.
var notComparative = lex.Set("after", "under", "over", "never", "ever", "together", "whether", "rather", "either", "neither", "however", "whatever", "wherever", "whenever")
