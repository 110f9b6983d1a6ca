package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// fusedLabels open a sentence in which a page's furniture runs into the
// story's lede with no mark between: a story's highlight bullets ("Story
// highlights ...") or a video's caption ("Media caption ...").
var fusedLabels = []string{"story highlights ", "media caption "}

// Bounds of cutFusedLede: the fewest words of the furniture before the
// lede and of the lede itself.
const (
	minFusedHeadWords = 4
	minFusedLedeWords = 15
	maxFusedLedeWords = 50
)

// ledeOpeners open a lede at the split: an article before its subject.
var ledeOpeners = lex.Set("a", "an", "the")

// bulletEnders end a bullet or a caption though they are stopwords or
// verb forms: "... police say", "... reports".
var bulletEnders = lex.Set("say", "says", "said", "reports", "report", "cnn")

// ledePrepositions are prepositions the stopword list lacks: no bullet ends in
// one ("found inside the cabin").
var ledePrepositions = lex.Set("inside", "near", "along", "across", "toward", "towards", "amid", "despite", "outside", "behind", "beside", "onto", "upon", "within", "without", "sits", "like")

// cutFusedLede returns the lede of s, a sentence that opens with one of
// fusedLabels and runs the furniture into the story's lede ("Story
// highlights the pier burned on monday mayor: no one was hurt a fire
// destroyed the tarnwick pier on monday night, the mayor said."), or s
// when no split is clear. The lede opens with an article and a finite
// verb soon after it, runs at least minFusedLedeWords words, and follows
// a word that can end a bullet (no stopword, comma or participle).
// The split is the last such one.
func cutFusedLede(s string) string {
	lower := lex.LowerASCII(s[:min(len(s), 24)])
	label := ""
	for _, l := range fusedLabels {
		if strings.HasPrefix(lower, l) {
			label = l
		}
	}
	if label == "" {
		return s
	}
	raw := lex.SpaceFieldsShared(s[len(label):])
	words := make([]string, len(raw))
	for i, r := range raw {
		words[i] = lex.LowerASCII(lex.TrimPunct(r, `,;:.!?"“”'‘’()`))
	}
	rawAt := func(i int) string { return raw[i] }
	for k := len(words) - minFusedLedeWords; k >= minFusedHeadWords; k-- {
		if !ledeOpeners[words[k]] || !endsBullet(words, raw, k-1) || !finiteVerbNear(words, rawAt, k+1, true) ||
			ledeMeasures[words[k+1]] {
			continue
		}
		if len(words)-k > maxFusedLedeWords || !oneLede(words[k:], raw[k:]) {
			return s
		}
		return lex.UpperFirst(strings.Join(raw[k:], " "))
	}
	return s
}

// oneLede reports whether words, the text after a split, read as one
// sentence rather than more bullets and a lede: it ends in a full stop,
// names a weekday or closes on its attribution ("..., police said."), and
// holds no colon (a bullet's "Police: ..."), no "says" or "say" but
// among its last words, and no other bullet's end before an article or a
// pronoun ("... got treatment she adds ...").
func oneLede(words, raw []string) bool {
	n := len(words)
	if !strings.HasSuffix(raw[n-1], ".") {
		return false
	}
	dated := bulletEnders[words[n-1]] || n > 1 && bulletEnders[words[n-2]]
	for i, w := range words {
		dated = dated || weekdays[w]
		if strings.Contains(raw[i], ":") && !lex.HasDigit(raw[i]) {
			return false
		}
		if (w == "says" || w == "say") && i < n-4 {
			return false
		}
		if i > 0 && (ledeOpeners[w] || runOnPronouns[w]) && endsBullet(words, raw, i-1) {
			return false
		}
	}
	return dated
}

// ledeMeasures after the article make it a measure of time or amount, no
// lede's subject ("a second day", "a little before", "the first time").
var ledeMeasures = lex.Set("first", "second", "third", "fourth", "fifth", "last", "next", "little", "few", "day",
	"week", "month", "year", "lot", "number", "couple", "half", "bit", "time", "moment", "while")

// runOnPronouns open a clause run into the one before it.
var runOnPronouns = lex.Set("he", "she", "they", "it", "we", "i")

// weekdays date a news lede ("... resigned tuesday ...").
var weekdays = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// endsBullet reports whether word i can end a bullet or caption: a verb
// of bulletEnders, or a word that is no stopword, ends in no comma, colon
// or opening mark, and is no "-ed" or "-ing" form but after "was" or "were".
func endsBullet(words, raw []string, i int) bool {
	w := words[i]
	if bulletEnders[w] {
		return true
	}
	if w == "" || lex.IsStopword(w) || ledePrepositions[w] || lex.ContainsAny(raw[i][len(raw[i])-1:], `,:;"“‘'(-—`) {
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return i > 0 && (words[i-1] == "was" || words[i-1] == "were" || words[i-1] == "been")
	}
	return true
}
