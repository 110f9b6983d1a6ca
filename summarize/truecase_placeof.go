package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after
// caseUnseenNameWords. A place the truecase model never saw in cased
// text stays low after the noun that introduces it: "the small town of
// sevnica", "the city of sohag", "the village of turmus ayya".
// raisePlacesAfterOf writes such a place with a capital after "<town,
// city, village, …> of" when the model knows no part of the word (it
// knows the common nouns of news: "the city of light", "the state of
// decomposition" stay), the word is no stopword, no plural of a word
// the model knows, nor two common words run together ("a town of
// mudhouses"), and the cluster never writes it after an article or a
// possessive ("the <word>", a common noun's place). The unseen words
// right after it (the rest of the place's name, "turmus ayya") are
// raised with it, up to a comma or any word the model knows.
//
// Measured against 492942d (lower-cased clusters; letter case alone):
// validation 47 of 5,598 summaries changed, all read: 46 better
// ("the town of Sevnica", "the city of Sohag", "the Iraqi city of Tal
// Afar", "the island of Española"), 1 the same (a name the splitter cut
// at an apostrophe, "Braine-l ' alleud"), 0 worse. Train 1-38,000: 326
// changed; every raised word listed and the doubtful ones read in
// context, 45 drawn read in full: 1 worse before the short-compound
// guard ("capital of Wartorn Yemen", now left), 2 the same ("the city
// of Brotherly love", a word of broken encoding), the rest better
// ("Minas Tirith", "Walnut Grove", "Cabo Frio", "Schloss
// Holte-Stukenbrock"). Left: a place word the model knows ("the state
// of acre", "the city of nice"), a name's later word it knows ("Tinley
// park").

// placeOfNouns are the nouns before "of" that introduce a place's name.
var placeOfNouns = lex.Set("town", "city", "village", "hamlet", "suburb", "province",
	"island", "district", "county", "region", "port", "capital", "towns", "cities", "villages")

// placeOfMaxWords bounds the words of a place's name raised after "of".
const placeOfMaxWords = 3

// raisePlacesAfterOf raises, in the sentences, voice statements and
// claims of sum, the unseen place name after "<town, city, …> of".
func (c *cluster) raisePlacesAfterOf(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return c.placesAfterOfIn(s, tc) })
}

// placesAfterOfIn is raisePlacesAfterOf for one text.
func (c *cluster) placesAfterOfIn(s string, tc *truecase.Model) string {
	if !strings.Contains(s, " of ") {
		return s
	}
	if !lowerAfterOf(s) {
		return s
	}
	fields := lex.SpaceFields(s)
	changed := false
	for j := 2; j < len(fields); j++ {
		if fields[j-1] != "of" || !placeOfNouns[lex.Lower(fields[j-2])] {
			continue
		}
		if c.raiseUnseenRun(fields, j, tc, false) {
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// raiseUnseenRun raises fields[j] and the words after it, up to
// placeOfMaxWords, that may be a name's the model never saw
// (unseenIntroducedWord), up to a comma or a possessive, and reports
// whether it raised any. With genus set, a first word shaped as a Latin
// genus (genusLike) is raised alone; a place's ("Turmus Aya") is not
// read so.
func (c *cluster) raiseUnseenRun(fields []string, j int, tc *truecase.Model, genus bool) bool {
	raised := false
	for n := 0; n < placeOfMaxWords && j+n < len(fields); n++ {
		f := fields[j+n]
		core, punct := lowerCore(f)
		if !strings.HasPrefix(f, core) || !c.unseenIntroducedWord(core, tc, n == 0) {
			break
		}
		fields[j+n] = raisePlaceWord(f, len(core))
		raised = true
		if punct || genus && n == 0 && genusLike(core) {
			break // "sevnica, where": the name ends; "nyasasaurus parringtoni": a species' second word is written low
		}
	}
	return raised
}

// unseenIntroducedWord reports whether the lower-case word w may be a place's
// name the model never saw (the file's comment); first tells the name's
// first word, which the cluster must never write after an article.
func (c *cluster) unseenIntroducedWord(w string, tc *truecase.Model, first bool) bool {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || !lettersOnly(w) || lex.IsStopword(w) {
		return false
	}
	for p := range strings.SplitSeq(w, "-") {
		if known, _ := tc.Known(p); known && len(p) > 2 {
			return false
		}
	}
	if commonPlural(w, tc) || runTogether(tc, w) || shortHeadCompound(tc, w) {
		return false
	}
	return !first || !c.writesAfterDeterminer(w)
}

// writesAfterDeterminer reports whether a candidate of the cluster
// writes the lower-case word w right after an article or a possessive
// (determiners): a common noun's place.
func (c *cluster) writesAfterDeterminer(w string) bool {
	_, cores := c.candCores()
	for _, cs := range cores {
		for k := 1; k < len(cs); k++ {
			if cs[k].w == w && !cs[k-1].punct && determiners[cs[k-1].w] {
				return true
			}
		}
	}
	return false
}

// raisePlaceWord returns the field f, whose first n bytes are a
// lower-case word, with a capital on that word and on each of its
// hyphened parts of three letters or more ("port-au-prince" →
// "Port-au-Prince").
func raisePlaceWord(f string, n int) string {
	b := []byte(f)
	start := 0
	for i := 0; i <= n; i++ {
		if i < n && b[i] != '-' {
			continue
		}
		if i-start > 2 && 'a' <= b[start] && b[start] <= 'z' {
			b[start] -= 'a' - 'A'
		}
		start = i + 1
	}
	return string(b)
}

// lowerAfterOf reports whether s holds " of " before a lower-case letter:
// the cheap test before placesAfterOfIn splits s.
func lowerAfterOf(s string) bool {
	for k := 0; ; {
		i := strings.Index(s[k:], " of ")
		if i < 0 {
			return false
		}
		k += i + 4
		if k < len(s) && 'a' <= s[k] && s[k] <= 'z' {
			return true
		}
	}
}

// genusLike reports whether w, a word the model never saw, ends as a
// Latin genus does and is no listed given name ("nyasasaurus", not
// "marcus"): the word after it names a species and stays low.
func genusLike(w string) bool {
	return (strings.HasSuffix(w, "us") || strings.HasSuffix(w, "um")) && !lex.IsGivenName(w)
}

// shortHeadCompound reports whether w is a common word of three letters
// and another of four or more, both written mostly lower-case, run
// together ("wartorn"): runTogether's test for a short first word.
func shortHeadCompound(tc *truecase.Model, w string) bool {
	return len(w) >= 7 && tc.MostlyLower(w[:3]) && tc.MostlyLower(w[3:])
}
