package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption in the present passive with no date at its end:
// "Hosts Ilse Varga and Tomas Rell are seen on the set at Pier Studios in
// Tarnwick.", "Ana Roe, 35, is shown in a police photo.", "A ferry is
// seen at the Velmora pier on Monday, May 4, 2015.", "Page 1 of 1 Jon
// Brask is shown with his books." subjectCaption asks for a plain
// subject and a date after the verb; passiveCaption takes a subject with
// commas and lists and asks instead for a sign that a picture is
// described: a date after the verb, a capitalised place right after
// "in", "at" or "on", or a subject of two or more names. A sentence that
// describes a video ("In the clip, the officer is seen kicking ..."), one
// with a story's verb or clause (passiveStory: "... is shown last
// year, when the art was found"), one saying what a thing is held as ("...
// is seen in Tarnwick as a turning point") and one telling where a thing occurs
// ("Plaques are seen in people with the disease.") stay candidates.
// markNarrators flags it, so that selection takes the next sentence.

// passiveMaxWords and passiveMaxSubject bound passiveCaption: the most words of
// the sentence and of the subject before "is seen".
const passiveMaxWords, passiveMaxSubject = 40, 14

// passiveVideoWords tell that the scene is a video's, whose description
// reads as news of what the video shows.
var passiveVideoWords = lex.Set("video", "videos", "clip", "clips", "footage", "film", "trailer", "episode",
	"broadcast", "livestream", "stream", "documentary", "movie", "surveillance", "webcam", "bodycam", "dashcam")

// passiveStory are the words of a story's verb or clause that make the
// sentence news rather than a caption: auxiliaries and modals (lower-case
// "may" only: "May 4" dates a picture), verbs of saying, relatives and
// subordinators.
var passiveStory = lex.Set("was", "were", "has", "have", "had", "will", "would", "could", "can", "might", "must",
	"should", "did", "does", "been", "said", "says", "told", "tells", "according", "who", "which", "that", "whose",
	"where", "because", "since", "until", "when", "if", "than", "not", "ago")

// passiveOpenings may open a caption before its subject: a gallery's page
// counter and "Here,".
var passiveOpenings = []string{"page 1 of 1 ", "here, "}

// passiveVerbText holds the participles passiveCaption looks for, in any
// ASCII case: a sentence without one is passed by before it is split.
var passiveVerbText = lex.NewFoldSubstrings("seen", "shown", "pictured")

// passiveCaption reports whether s reads as a picture's caption in the
// present passive (see above): passiveShape with its sign.
func passiveCaption(s string) bool {
	shape, signed := passiveShape(s)
	return shape && signed
}

// passiveShape reports whether s has a caption's shape in the present
// passive (a subject, "is" or "are" and "seen", "shown" or "pictured",
// no word of a story or a video), and whether it shows a sign of a
// picture (a date after the verb, a capitalised place after a
// preposition, or two names in the subject).
func passiveShape(s string) (shape, signed bool) {
	t := strings.TrimSpace(s)
	if len(t) < 20 || t[len(t)-1] != '.' || !passiveVerbText.In(t) || lex.ContainsAny(t, "\"“”:;?!") {
		return false, false
	}
	lower := lex.LowerASCII(t)
	for _, o := range passiveOpenings {
		if strings.HasPrefix(lower, o) {
			t, lower = t[len(o):], lower[len(o):]
		}
	}
	f := lex.SpaceFieldsShared(strings.TrimSuffix(t, "."))
	if len(f) < 5 || len(f) > passiveMaxWords || f[0][0] < 'A' || f[0][0] > 'Z' {
		return false, false
	}
	w := make([]string, len(f))
	for i, x := range f {
		w[i] = strings.Trim(lex.LowerASCII(x), ",.()")
	}
	v := -1 // the participle
	for i := 1; i+1 < len(w) && i <= passiveMaxSubject; i++ {
		if (w[i] == "is" || w[i] == "are") && (w[i+1] == "seen" || w[i+1] == "shown" || w[i+1] == "pictured") {
			v = i + 1
			break
		}
	}
	if v < 0 || v+1 >= len(w) || subjectCaptionClause[w[0]] || w[0] == "the" && v == 2 {
		return false, false // no subject, or an abstract one: "It is seen ...", "The change is seen ..."
	}
	switch w[v+1] {
	case "to", "as", "that", "by", "if", "when", "but", "and":
		return false, false // "is seen as a rival", "is shown to work"
	}
	for i, x := range w {
		if passiveVideoWords[x] || passiveStory[x] || x == "may" && f[i][0] == 'm' || i > v && x == "as" {
			return false, false
		}
	}
	// A sign of a picture: a date after the verb, a capitalised place
	// after a preposition, or two names in the subject.
	for i := v + 1; i < len(w); i++ {
		x := w[i]
		if subjectCaptionWeekdays[x] || months[x] && i+1 < len(w) || isYear(x) {
			return true, true
		}
		if (x == "in" || x == "at" || x == "on") && i+1 < len(f) {
			next := f[i+1]
			if strings.EqualFold(next, "the") && i+2 < len(f) {
				next = f[i+2]
			}
			if next[0] >= 'A' && next[0] <= 'Z' {
				return true, true
			}
		}
	}
	names := 0
	for i := 1; i < v-1; i++ {
		if c := f[i][0]; c >= 'A' && c <= 'Z' {
			names++
		}
	}
	if w[0] != "the" && w[0] != "a" && w[0] != "an" {
		names++ // "Jon Brask is shown ...": the name opens the sentence
	}
	return true, names >= 2
}
