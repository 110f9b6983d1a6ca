package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, beside
// raisePlacesAfterOf. A name the truecase model never saw stays low
// after "named": "a robot named ultron", "a killer whale named tilikum".
// raiseNamedUnseen writes it with a capital when the word before "named"
// is no verb "be" or "have" ("was named interim chief": a post), and the
// word is one unseenIntroducedWord takes for a name: no part the model
// knows, no stopword, no plural of a known word, no two common words run
// together, never after an article or a possessive in the cluster. The
// unseen words right after it are raised with it.
//
// Measured against 492942d (lower-cased clusters; letter case alone):
// validation 8 of 5,598 summaries changed, all read: 8 better ("a robot
// named Ultron", "an orca named Tilikum", "a priest named Joaquín
// Mínguez", "now named Nyasasaurus parringtoni" after the genus guard).
// Train 1-38,000: 49 changed, every raised word read in context:
// all better or the same (pets, animals, people, a study's acronym
// "Aspree", a name's known later word left low: "Gunner stone"); the
// genus guard keeps "Clostridium perfringens" and "Deinocheirus
// mirificus" right. Left: "called" and "dubbed", which introduce common
// nouns as often ("a disease called …").

// namedPassive are the words before "named" that make it a post's or an
// honour's verb, not a name's introduction.
var namedPassive = lex.Set("was", "is", "be", "been", "being", "were", "are", "has", "have", "had", "get", "got", "gets")

// raiseNamedUnseen raises, in the sentences, voice statements and claims
// of sum, the unseen name after "named".
func (c *cluster) raiseNamedUnseen(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return c.namedUnseenIn(s, tc) })
}

// namedUnseenIn is raiseNamedUnseen for one text.
func (c *cluster) namedUnseenIn(s string, tc *truecase.Model) string {
	if !strings.Contains(s, " named ") {
		return s
	}
	fields := lex.SpaceFields(s)
	changed := false
	for j := 2; j < len(fields); j++ {
		if fields[j-1] != "named" || namedPassive[lex.Lower(fields[j-2])] {
			continue
		}
		if c.raiseUnseenRun(fields, j, tc, true) {
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}
