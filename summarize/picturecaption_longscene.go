package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's scene whose subject subjectScene does not read: longer than
// subjectCaptionMaxSubject words or set off with commas ("Ilse Varga,
// left, and Tomas Rell greet the crew at the pier.", "A harbour worker
// in a bright orange coat and a helmet with a lamp inspects the hull of
// the ferry."). Beside a photo's credit on its page (creditNear) it is a
// caption as surely as a short one, so markTeasers flags it
// (creditedLongScene) with flagNarrator before selection.

// longSceneMaxSubject is the most words before the scene verb.
const longSceneMaxSubject = 18

// longSceneNotSubject are words that make the words before the verb a
// clause rather than a subject: auxiliaries, relatives, pronouns and
// subordinators (subjectCaptionStory holds the verbs of a story).
var longSceneNotSubject = lex.Set("is", "are", "when", "while", "if", "but", "so", "because", "it", "he", "she",
	"they", "we", "i", "you", "there", "what", "here", "now", "also", "just", "still", "then", "as", "after")

// longScene reports whether s reads as a picture's scene with a subject
// subjectScene does not read (see above): a scene verb (subjectCaptionVerbs,
// or a plural form after a subject with "and" or a word in "s") after more than
// subjectCaptionMaxSubject words or after a comma, within
// longSceneMaxSubject words; no parenthesis (a credit: "<film> (<studio>)
// arrives ..." is a review's), word of subjectCaptionStory or
// longSceneNotSubject and no "-ed" form before it; and the sentence with
// its subject put as one word read by subjectScene.
func longScene(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 20 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	var buf [longSceneMaxSubject + 1]string
	f := lex.AppendFirstFields(buf[:0], t, len(buf)) // the words the loop reads; the rest only when a verb is found
	comma, and := false, false
	for i := 1; i < len(f) && i <= longSceneMaxSubject; i++ {
		prev := lex.TrimPunct(lex.LowerASCII(f[i-1]), ",.()")
		comma = comma || strings.HasSuffix(f[i-1], ",")
		and = and || prev == "and"
		if lex.ContainsAny(f[i-1], "()") || subjectCaptionStory[prev] || longSceneNotSubject[prev] || len(prev) >= 5 && strings.HasSuffix(prev, "ed") && !verblessEd[prev] {
			return false
		}
		x := lex.TrimPunct(lex.LowerASCII(f[i]), ",.")
		plural := subjectCaptionPlural(x) && (and || strings.HasSuffix(prev, "s"))
		if !subjectCaptionVerbs[x] && !plural {
			continue
		}
		if i <= subjectCaptionMaxSubject && !comma {
			return false // subjectScene reads it
		}
		subject := "Someone"
		if plural {
			subject = "People"
		}
		scene, _ := subjectScene(subject + " " + strings.Join(lex.SpaceFieldsShared(t)[i:], " "))
		return scene
	}
	return false
}

// creditedLongScene reports whether candidate i reads as a long scene
// (longScene) that names no video and whose page set a photo's credit
// beside it (creditNear).
func (c *cluster) creditedLongScene(i int) bool {
	cd := &c.cands[i]
	return longScene(cd.text) && !videoScene(cd.text) && c.creditNear(cd)
}
