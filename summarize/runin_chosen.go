package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline run into a chosen sentence whose story opens on "The" and a
// word of the headline: "Tarnwick ferry strike ends after two weeks the
// ferry crews returned to work on monday ...". Before selection the
// article-first-sentence headline cuts (cutUnrepeatedHeadline,
// cutRestartedHeadline, cutRestatedHeadline) leave such a sentence whole:
// to defect.Dangles a story that opens on "the <common noun>" points
// back. Cut from the headline, "the ferry crews" points at nothing
// before it but the headline's own subject. The cut is made on a
// reader's summary after selection (cutChosenHeadlines), so only the
// chosen sentence changes: a cut before selection re-scores the cluster
// and can reshuffle the whole summary.

// chosenStoryCuts are the article-first-sentence headline cuts re-run on
// a chosen sentence, in the order document.go runs them.
var chosenStoryCuts = []func(h *headFields, s string, cased bool) string{
	cutUnrepeatedHeadlineIn,
	cutRestartedHeadlineIn,
	cutRestatedHeadlineIn,
}

// storyOpening is the package's storyOpening for the sentence h reads:
// on a chosen sentence (h.chosen) a story may also open on "The <word of
// head> ..." (chosenStoryOpening).
func (h *headFields) storyOpening(lede string, head []string) bool {
	if storyOpening(lede) {
		return true
	}
	return h != nil && h.chosen && chosenStoryOpening(lede, head)
}

// chosenStoryOpening reports whether lede opens on "The" and a noun
// phrase that repeats the headline head: one of its first
// chosenTheWords words after "the", before any punctuation or auxiliary,
// is a content word of 3 letters or more whose stem is a word of head
// (after another word, not the headline's last word again); no number
// opens it; the story
// after "the" points back at nothing (defect.Dangles), and lede is no
// furniture.
func chosenStoryOpening(lede string, head []string) bool {
	rest, ok := strings.CutPrefix(lede, "The ")
	if !ok || defect.Furniture(lede) != defect.OK || defect.Dangles(lex.UpperFirst(rest)) {
		return false
	}
	stems := make(map[string]bool, len(head))
	for _, w := range head {
		if len(w) >= 3 && !lex.IsStopword(w) {
			stems[lex.Stem(w)] = true
		}
	}
	starts, words := fieldStarts(rest, chosenTheWords)
	if len(words) == 0 || numberWords[words[0]] || lex.HasDigit(words[0]) {
		return false // "the two ...", "the 2012 ...": a count or a year the headline gave
	}
	for i, w := range words {
		if bareAuxiliaries[w] {
			return false // "the show will look back ...": the noun phrase ended before a word of the headline
		}
		if len(w) >= 3 && !lex.IsStopword(w) && stems[lex.Stem(w)] {
			// "<name> the <epithet> <name> ...": the headline's "<name>
			// the <epithet>" goes on across the cut.
			return i == 0 || len(head) == 0 || head[len(head)-1] != w
		}
		if lex.ContainsAny(fieldText(rest, starts, i), `,;:.!?"“”()—–`) {
			return false
		}
	}
	return false
}

// chosenTheWords is the most words after a story's "the" read for a word
// of the headline ("the two ferry crews").
const chosenTheWords = 3

// cutChosenHeadlines cuts, in each sentence of a reader's summary of
// lower-cased text, a headline run into a story that opens on "The <word
// of the headline> ...": the first of chosenStoryCuts that cuts the
// sentence to such a story (chosenStoryOpening) gives its story (after
// no possessive and no particle of a phrasal verb, chosenParticles),
// unless "the" and one noun alone are the story's subject
// (bareTheSubject) and no earlier sentence of the summary names the noun
// (namedBefore). A cut to any other story is not taken (the cuts made it
// before selection, or refused it). Nothing but the sentence's text
// changes.
func cutChosenHeadlines(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		h := headFields{chosen: true} // the sentence's fields, split once for every cut
		for _, cut := range chosenStoryCuts {
			out := cut(&h, s, false)
			if out == s || !strings.HasPrefix(out, "The ") || storyOpening(out) || len(out) >= len(s) {
				continue
			}
			before := strings.TrimRight(s[:len(s)-len(out)], " ")
			if strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") {
				continue // "<org>'s || the <show> ...": a possessive's noun phrase goes on across the cut
			}
			if chosenParticles[lex.Lower(before[strings.LastIndexByte(before, ' ')+1:])] {
				continue // "<names> bring back || the <noun> <names> have ...": the noun is the headline's object
			}
			if bareTheSubject(out) && !namedBefore(sum.Sentences[:i], out) {
				continue // "The <noun> is ..." opening the summary: its headline was the only antecedent
			}
			sum.Sentences[i].Text = out
			break
		}
	}
}

// bareTheSubject reports whether lede opens on "The", one word and a
// finite verb (an auxiliary, a verb of saying, an "-ed" word): "The
// ferry is ...", "The council said ...".
func bareTheSubject(lede string) bool {
	_, words := fieldStarts(lede, 3)
	if len(words) < 3 || words[0] != "the" {
		return false
	}
	w := words[2]
	return bareAuxiliaries[w] || lex.IsAttributionVerb(w) || w == "said" || w == "says" || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// namedBefore reports whether one of the sentences names the noun that
// follows lede's "The".
func namedBefore(sents []chorus.Sentence, lede string) bool {
	_, words := fieldStarts(lede, 2)
	if len(words) < 2 {
		return false
	}
	for _, s := range sents {
		_, ws := fieldStarts(s.Text, 1<<20)
		for _, w := range ws {
			if w == words[1] || strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") == words[1] {
				return true
			}
		}
	}
	return false
}

// chosenParticles end a headline's phrasal verb whose object the story's
// "the" would open.
var chosenParticles = lex.Set("back", "up", "out", "off", "down", "over", "away", "on", "in")
