package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A picture's caption run into a story's lede, as one broadcaster's
// pages come in Multi-News: "Image copyright afp image caption harbour
// workers gathered at the pier on monday anna varga has closed the
// tarnwick ferry line after a century of crossings." All of it is lower
// case and no mark parts the two, so the whole sentence read as a
// caption and the story's lede, often the best sentence of the cluster,
// was lost. cutImageCaption finds where the lede opens: a word that ends
// a caption (no stopword, preposition, title, given name or people's
// adjective; no clause left open before it) and then a subject of a few
// words that a finite verb follows. Splits are grouped by that verb; the
// last group decides. Within it an article or a count opens the lede
// ("... in 2010 a former ferry worker has ..."); else the cluster's text
// is read: the pair of the caption's last word and the lede's first
// stands nowhere else, every pair of the lede's subject does, and a
// subject of one word reads as a name ("Uber") or a newsroom's body
// ("police"). A verb of speech ends the reading ("the army says two
// boats ..."), and an attribution after a lede an article opened is
// that lede's credit. When nothing is clear the sentence is left as it
// was (and dropped as a caption). The cut is made as the article is
// read, so a freed lede may lead; a lede pointing back, describing a
// picture or running a second sentence in is left whole.
//
// Measured against 0dda51f (default summaries): Multi-News validation 62
// of 5,599 changed, all read: 39 better (the story's lede, freed, leads
// or joins the summary: "Pope Francis has recorded an address ...", "At
// least 21 people have been killed ..."), 3 worse (a selection that
// moved brought in a sentence opening "This prompted ...", a page's
// statement heading, and a caption cut at a false seam), 20 the same;
// train 1-38,000 396 changed before the last guards, 40 drawn and read:
// 19 better, 7 worse, 14 the same; the last guards (a possessive's noun,
// "syrian" unknown to the model as a people's adjective, a credit after
// an article-opened lede) changed 9 more, all read: 4 worse cuts undone,
// 4 good ledes lost, 1 the same; 387 changed in all. Fill's ROUGE on
// validation: 45.93 / 16.24 / 19.83 (R-2 +0.01: Fill reads the freed
// ledes too). Tried and not kept: the first split or the first of a run
// of splits (a name's words split: "vatican ‖ pope ‖ francis"); any
// earlier group when the last does not resolve (a caption's second
// clause taken for the lede); pairs counted per article (single-article
// clusters, most of these, then hold no evidence); a capital written in
// the cluster as a name's evidence (a title's "Whistle").

// imageCaptionLabel is the label one broadcaster's pages set before a
// picture's caption; "Image copyright <agency>" may stand before it.
const imageCaptionLabel = "image caption "

// Bounds of cutImageCaption.
const (
	// imageCreditMaxBytes bounds the agency's credit between "Image
	// copyright" and "image caption".
	imageCreditMaxBytes = 80
	// imageCaptionMinWords and imageCaptionMaxWords bound the caption's
	// words.
	imageCaptionMinWords = 3
	imageCaptionMaxWords = 45
	// imageLedeMinWords is the fewest words of the lede kept.
	imageLedeMinWords = 10
	// imageSubjectMaxWords bounds the lede's subject before its verb.
	imageSubjectMaxWords = 10
	// imageAsideMaxWords bounds an appositive inside the subject ("the
	// ferry line, the oldest in the county, has ...").
	imageAsideMaxWords = 9
)

// captionAfterLabel returns where the caption starts when s opens with
// "Image caption" or "Image copyright <agency> image caption", and -1
// when it does not.
func captionAfterLabel(s string) int {
	head := lex.LowerASCII(s[:min(len(s), len("image copyright ")+imageCreditMaxBytes+len(imageCaptionLabel))])
	if strings.HasPrefix(head, imageCaptionLabel) {
		return len(imageCaptionLabel)
	}
	if !strings.HasPrefix(head, "image copyright ") {
		return -1
	}
	i := strings.Index(head, " "+imageCaptionLabel)
	if i < 0 {
		return -1
	}
	return i + 1 + len(imageCaptionLabel)
}

// imageSplit is a place where a lede may open after a caption: the word
// k that opens its subject and the word v of its verb.
type imageSplit struct{ k, v int }

// subjectEnd returns the end of the subject of sp before an appositive.
func (sp imageSplit) subjectEnd(raw func(int) string) int {
	for i := sp.k; i < sp.v; i++ {
		if strings.HasSuffix(raw(i), ",") {
			return i + 1
		}
	}
	return sp.v
}

// imageLedeSplits returns the places in words (a caption and what
// follows it) at which a lede may open: see cutImageCaption.
func imageLedeSplits(words []string, raw func(int) string) []imageSplit {
	var out []imageSplit
	for k := imageCaptionMinWords; k <= imageCaptionMaxWords && k+imageLedeMinWords <= len(words); k++ {
		if !captionEnds(words, raw, k-1) {
			continue
		}
		if v := ledeSubjectAt(words, raw, k); v > 0 {
			out = append(out, imageSplit{k, v})
		}
	}
	return out
}

// captionEnds reports whether word i can end a caption: no stopword but
// a few that close a clause, no preposition, title or possessive, no
// mark that leaves a phrase open, and no "to" among the two words before
// it (an infinitive goes on: "... to collect the ...").
func captionEnds(words []string, raw func(int) string, i int) bool {
	w, r := words[i], raw(i)
	if w == "" || !hasLetterOrDigit(w) || lex.ContainsAny(r[len(r)-1:], `,:;"“‘'(-—`) || seamContinues(words, i) {
		return false
	}
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || ledePrepositions[w] || captionTitles[w] || demonym(w) {
		return false
	}
	passive := i > 0 && (words[i-1] == "was" || words[i-1] == "were" || words[i-1] == "been" || words[i-1] == "being")
	if (lex.IsStopword(w) || ledeNoOpen[w] || clauseVerbs[w] && !passive) && !captionEndStops[w] || lex.IsGivenName(w) || strings.HasSuffix(w, "ern") {
		return false // "... a photo of leon panetta ...", "... in north-eastern syria ..."
	}
	if i > 0 && captionVerbAux[words[i-1]] {
		return false // a verb phrase goes on: "... has upheld a law ..."
	}
	for j := max(0, i-2); j <= i; j++ {
		if words[j] == "to" && !(j == i-1 && toPlaces[w]) || j < i && captionOpenWords[words[j]] {
			return false // "... to collect the ...", "... who helped develop the ..."
		}
	}
	if (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && len(w) > 4 {
		return passive
	}
	return true
}

// demonym reports whether w reads as a people's adjective ("ukrainian",
// "chinese", "british"), which a noun follows: cased text writes it with
// a capital and it ends as one does.
func demonym(w string) bool {
	for _, end := range []string{"ian", "ese", "ish", "ean"} {
		if strings.HasSuffix(w, end) {
			known, capital := truecase.Default().Known(w)
			return capital || !known // "syrian": the model may not know it
		}
	}
	return false
}

// captionEndStops are stopwords a caption may end on.
var captionEndStops = lex.Set("them", "together", "again", "here", "there", "ago", "left", "right", "above", "below",
	"pictured", "seen", "shown")

// captionOpenWords among a caption's last words leave a clause open.
var captionOpenWords = lex.Set("who", "whom", "whose", "which", "that")

// captionVerbAux before a caption's last word make it a verb whose
// object follows: "... has upheld a law ...".
var captionVerbAux = lex.Set("has", "have", "had", "will", "would", "can", "could", "must", "should", "might",
	"do", "does", "did")

// captionTitles stand before a name and end no caption.
var captionTitles = lex.Set("mr", "mrs", "ms", "miss", "dr", "st", "sir", "prof", "gen", "president", "minister",
	"pope", "king", "queen", "prince", "princess", "chancellor", "superstar", "senator", "governor", "mayor", "leader", "chief",
	"secretary", "judge", "star", "singer", "actor", "actress", "player", "coach", "manager", "captain", "former", "late",
	"new", "north", "south", "east", "west", "us", "uk", "top", "senior", "old", "young", "big", "local", "national",
	"federal", "supreme", "high", "great", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
	"partner", "boyfriend", "girlfriend", "fiancee", "widow", "colleague")

// imageLedeVerbs are the finite verbs that follow a lede's subject;
// imageSpeechVerbs among them open a clause that may hold another subject.
var (
	imageLedeVerbs = lex.Set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
		"must", "should", "may", "might", "says", "said", "say")
	imageSpeechVerbs = lex.Set("says", "said", "say")
)

// ledeNoOpen are words no lede's subject opens with, nor holds.
var ledeNoOpen = lex.Set("he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
	"your", "this", "that", "these", "those", "there", "here", "who", "which", "what", "where", "when", "while",
	"and", "or", "but", "as", "so", "if", "because", "after", "before", "since", "then", "also", "not", "now",
	"to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "about", "than", "is", "are", "was", "were",
	"has", "have", "had", "be", "been", "being", "will", "would", "can", "could", "may", "might", "must", "should",
	"said", "says", "say", "him", "them", "me", "us", "left", "right", "pictured", "seen", "shown", "above", "below",
	"during", "against", "over", "under", "through", "within", "without", "between", "among", "amid", "despite",
	"including", "near", "like", "across", "toward", "towards", "around", "per", "via", "following", "according",
	"until", "unless", "whether", "though", "although", "yet", "both", "either", "neither", "do", "does", "did",
	"himself", "herself", "itself", "themselves")

// imageSubjectTies may stand inside a lede's subject besides
// subjectTies: "a bbc investigation into a ferry line has ...".
var imageSubjectTies = lex.Set("and", "into", "with", "near")

// countLeads may stand before a count inside a subject: "at least four".
var countLeads = lex.Set("and", "least", "than", "about", "some", "nearly", "almost")

// subjectCounts open a noun phrase of their own.
var subjectCounts = lex.Set("several", "many", "some", "most", "few", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "dozens", "hundreds", "thousands")

// imageRelativeMaxWords bounds a relative clause in an indefinite
// subject ("a ferry captain who rescued ... has").
const imageRelativeMaxWords = 16

// ledeSubjectAt returns the index of the verb when word k opens a lede:
// a subject of at most imageSubjectMaxWords words (articles, names,
// nouns, "of", "in", "and", a possessive, one appositive between commas,
// or after "a" or "an" a relative clause) that one of imageLedeVerbs
// follows; 0 when it does not.
func ledeSubjectAt(words []string, raw func(int) string, k int) int {
	w := words[k]
	if w == "" || !hasLetterOrDigit(w) {
		return 0
	}
	switch {
	case w == "at" && k+1 < len(words) && words[k+1] == "least":
		k++ // "at least 21 people have ..."
	case w == "us" && k+1 < len(words) && !lex.IsStopword(words[k+1]):
		// "us marshals have ...": the country
	case ledeNoOpen[w]:
		return 0
	}
	if r := raw(k); lex.ContainsAny(r[:1], `("“'‘(-—[`) {
		return 0
	}
	n := 0
	for j := k; j < len(words) && n <= imageSubjectMaxWords; j++ {
		w := words[j]
		if j > k && imageLedeVerbs[w] {
			if subjectTies[words[j-1]] || imageSubjectTies[words[j-1]] {
				return 0 // "... was hit ‖ at least five times and is ...": a predicate goes on (runin_imagecaption_seams.go)
			}
			return j
		}
		if j > k && w == "who" && (words[k] == "a" || words[k] == "an") {
			return relativeThenVerb(words, raw, j+1)
		}
		if j > k && (ledeNoOpen[w] && !subjectTies[w] && !imageSubjectTies[w] || clauseVerbs[w] || lex.IsAttributionVerb(w)) {
			return 0
		}
		r := strings.TrimSuffix(strings.TrimSuffix(raw(j), "'s"), "’s")
		if strings.HasSuffix(r, ",") {
			// one appositive: "<subject>, the <noun> ..., <verb>"
			for a := j + 1; a < len(words) && a <= j+imageAsideMaxWords; a++ {
				if strings.HasSuffix(raw(a), ",") {
					if ledeOpener[words[j+1]] && a+1 < len(words) && imageLedeVerbs[words[a+1]] {
						return a + 1
					}
					return 0
				}
			}
			return 0
		}
		if j > k && (w == "least" || subjectCounts[w] && !subjectTies[words[j-1]] && !ledeOpener[words[j-1]] && !countLeads[words[j-1]]) {
			return 0 // a second noun phrase: "... aceh provinces several tigers have ..."
		}
		if j > k && ledeOpener[w] && !subjectTies[words[j-1]] && !imageSubjectTies[words[j-1]] {
			return 0 // a second noun phrase: "... warrant ( stock image ) a desperate search is ..."
		}
		if w == "" && r == "(" && j+3 < len(words) && (words[j+2] == "" || words[j+3] == "") || w == "" && r == ")" || lex.HasDigit(r) && strings.Count(r, ".") == 1 && !strings.HasSuffix(r, ".") {
			n++ // "the court of human rights ( echr ) has", "a magnitude 5.7 earthquake has"
			continue
		}
		if lex.ContainsAny(r, `.;:!?"“”()[]|/—–`) {
			return 0
		}
		n++
	}
	return 0
}

// relativeThenVerb returns the index of the auxiliary that ends a
// relative clause starting at word j, or 0 when none does within
// imageRelativeMaxWords words free of marks.
func relativeThenVerb(words []string, raw func(int) string, j int) int {
	for i := j + 1; i < len(words) && i <= j+imageRelativeMaxWords; i++ {
		if bareAuxiliaries[words[i]] && !bareAuxiliaries[words[i-1]] && !ledeNoOpen[words[i-1]] {
			return i
		}
		if lex.ContainsAny(raw(i), `.,;:!?()[]|—–`) {
			return 0
		}
	}
	return 0
}

// clusterPairs counts the word pairs of a cluster's text, lower-cased,
// so that a split can be read against the other sources: the caption's
// last word and the lede's first stand together nowhere else, the
// lede's subject does.
type clusterPairs map[string]int

// newClusterPairs counts the pairs and single words of texts, each
// paragraph given twice (a page copied into the cluster) read once.
func newClusterPairs(texts []string) clusterPairs {
	cw := clusterPairs{}
	read := map[string]bool{}
	for _, t := range texts {
		for p := range strings.SplitSeq(t, "\n") {
			if read[p] {
				continue
			}
			read[p] = true
			_, words := fieldStarts(lex.LowerASCII(p), len(p))
			for i, w := range words {
				cw[w]++
				if i > 0 {
					cw[words[i-1]+" "+w]++
				}
			}
		}
	}
	return cw
}

// named reports whether w reads as a name ("Uber"), no common noun:
// cased text (the truecase model) does not write it mostly in lower
// case, or it is one of ledeBodies.
func named(w string) bool {
	return ledeBodies[w] || !truecase.Default().MostlyLower(w)
}

// ledeBodies are common nouns that open news ledes alone: "police have
// arrested ...", "scientists say ...".
var ledeBodies = lex.Set("police", "scientists", "researchers", "officials", "authorities", "paramedics", "doctors",
	"astronomers", "engineers", "experts", "prosecutors", "investigators", "rescuers", "troops", "soldiers",
	"militants", "rebels", "protesters", "campaigners", "activists", "archaeologists", "lawyers", "firefighters")

// seen reports whether a (one word or a pair) stands in the cluster's
// text more than once: beyond the sentence read.
func (cw clusterPairs) seen(a string) bool { return cw[a] > 1 }

// pickImageSplit returns the word at which the lede opens, or -1. The
// splits are grouped by their verb: within a group, the first opening
// with an article, else the first opening with a number ("seven crew
// members have ..."), else the first whose pair with the word before
// stands nowhere else in the cluster while every pair of its subject
// (or its one word) does. The last group decides, or no split is made;
// but a group whose verb is one of speech ("the army says ...": what
// follows is what it says) ends the groups read when it resolves or
// reads "has said".
func pickImageSplit(words []string, raw func(int) string, splits []imageSplit, cw clusterPairs) int {
	pick, strong := -1, false
	for i := 0; i < len(splits); {
		j := i
		for j < len(splits) && splits[j].v == splits[i].v {
			j++
		}
		group := splits[i:j]
		i = j
		k, byOpener := groupSplit(words, raw, group, cw)
		v := group[0].v
		speech := imageSpeechVerbs[words[v]]
		if speech && strong && !byOpener {
			break // "... the global loss is worse, the london zoological society says": the lede's credit
		}
		pick, strong = k, k >= 0 && byOpener
		if speech && pick >= 0 || v+1 < len(words) && imageSpeechVerbs[words[v+1]] {
			break
		}
	}
	return pick
}

// groupSplit resolves one group of pickImageSplit, or returns -1;
// byOpener tells an article or a count opens the lede.
func groupSplit(words []string, raw func(int) string, group []imageSplit, cw clusterPairs) (k int, byOpener bool) {
	for _, sp := range group {
		if ledeOpener[words[sp.k]] {
			return sp.k, true
		}
	}
	for _, sp := range group {
		if quantityOpens(words, sp.k) {
			return sp.k, true
		}
	}
	if cw == nil {
		return -1, false
	}
	for _, sp := range group {
		if cw.seen(words[sp.k-1]+" "+words[sp.k]) || quantityTail(words, sp.k) {
			continue
		}
		e := sp.subjectEnd(raw)
		if bareNounSeam(words, sp.k, e, cw) {
			continue // "the old ‖ harbour festival was ...": a noun cut from its phrase (runin_imagecaption_bare.go)
		}
		if e-sp.k == 1 && cw.seen(words[sp.k]) && named(words[sp.k]) || e-sp.k > 1 && cw.subjectSeen(words[sp.k:e]) {
			return sp.k, false
		}
	}
	return -1, false
}

// quantityOpens reports whether word k opens a count: "at least", a
// number that no month comes before and no other number after.
func quantityOpens(words []string, k int) bool {
	w := words[k]
	if w == "at" {
		return true
	}
	tens, unit, _ := strings.Cut(w, "-")
	if !numberWords[w] && !numberTens[tens] && !(w[0] >= '0' && w[0] <= '9' && !strings.ContainsAny(w, ".:/")) || ordinalWords[unit] {
		return false // "twenty-first century ferries": an ordinal (runin_imagecaption_seams.go)
	}
	prev := words[k-1]
	if countTimeLeads[prev] {
		return false // "for the past ‖ two weeks ...": a span of time
	}
	if k+1 >= len(words) || lex.IsStopword(words[k+1]) || !hasLetterOrDigit(words[k+1]) {
		return false // "voyager 1, the ...": a name's number
	}
	return !months[prev] && prev != "than" && !numberWords[prev] && !lex.HasDigit(prev) && !numberWords[words[k+1]] && !lex.HasDigit(words[k+1])
}

// quantityTail reports whether word k goes on a number before it: "21
// million", "five hundred".
func quantityTail(words []string, k int) bool {
	prev := words[k-1]
	if subjectCounts[prev] {
		return true // "several tigers have ...": the count is the subject's
	}
	return (numberWords[words[k]] || words[k] == "hundred" || words[k] == "thousand") &&
		(numberWords[prev] || lex.HasDigit(prev) || prev == "than")
}

// numberTens open a number written in words: "seventy-six".
var numberTens = lex.Set("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

// subjectSeen reports whether every pair of words up to a mark the
// cluster's text holds elsewhere.
func (cw clusterPairs) subjectSeen(words []string) bool {
	for i := 1; i < len(words); i++ {
		if words[i] == "" || words[i-1] == "" {
			return true // a mark: the pairs before it were seen
		}
		if !cw.seen(words[i-1] + " " + words[i]) {
			return false
		}
	}
	return true
}

// runsOnAt reports whether the words from k run a second sentence into
// the first with no mark: "... after the war they carried gifts ...".
func runsOnAt(words []string, raw func(int) string, k int) bool {
	for i := k + 2; i+1 < len(words); i++ {
		w, prev, next := words[i], words[i-1], words[i+1]
		if w != "he" && w != "she" && w != "they" && w != "we" || !strings.HasSuffix(next, "ed") || len(next) < 5 {
			continue
		}
		if prev == "" || lex.IsStopword(prev) || clauseVerbs[prev] || strings.HasSuffix(prev, "ing") || clauseVerbs[words[i-2]] || lex.ContainsAny(raw(i-1), `,.;:!?"“”'’()-—`) {
			continue
		}
		return true
	}
	return false
}

// headCut reports whether the lede chosen at word k opens on what is
// left of a phrase whose head the caption kept: a title before its verb
// ("prime ‖ minister has said ..."), a common noun and a preposition
// ("workers at a ‖ factory in tarnwick have ..."), an ordinal ("in the ‖
// 13th century ..."). The sentence is then left whole (and dropped as a
// caption), not cut at another seam. Added after the forty-first
// session's blind test reading showed such fragments leading (traced by
// kind, not tuned on those clusters); measured against 1844a99:
// Multi-News validation 0 changed; train 1-38,000 3 changed, all read, 2
// better (a caption's tail "<noun> in <place>" and "sold in markets" no
// longer open a lede), 1 the same. Tried and not kept: the same tests as
// guards on each split, so that another seam could win (validation 4-6
// changed, most worse: a fragment from an earlier seam, a pope's lede
// lost to the title test).
func headCut(words []string, k int) bool {
	w := words[k]
	if ordinal(w) {
		return true
	}
	if k+1 >= len(words) || ledeOpener[w] || numberWords[w] || w == "one" || lex.IsStopword(w) {
		return false
	}
	next := words[k+1]
	return roleWords[w] && headCutVerbs[next] || headCutPrepositions[next] && !named(w)
}

// headCutVerbs follow a title left alone at a seam; headCutPrepositions
// open the phrase after a common noun cut from its head.
var (
	headCutVerbs        = lex.Set("has", "have", "had", "is", "was", "will", "said", "says")
	headCutPrepositions = lex.Set("in", "at", "of", "from", "on", "near", "for")
)

// ordinal reports whether w is an ordinal written in digits ("13th",
// "21st").
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return !strings.ContainsFunc(w[:n-2], func(r rune) bool { return r < '0' || r > '9' })
	}
	return false
}

// cutImageCaption returns the lede of s when s opens with a picture's
// caption label and the caption runs into the lede; cw counts the
// cluster's words (nil: none known).
func cutImageCaption(s string, cw clusterPairs) string {
	off := captionAfterLabel(s)
	if off < 0 {
		return s
	}
	rest := s[off:]
	starts, words := fieldStarts(rest, imageCaptionMaxWords+200)
	raw := func(i int) string { return fieldText(rest, starts, i) }
	k := pickImageSplit(words, raw, imageLedeSplits(words, raw), cw)
	if k >= 0 {
		k = countSeam(words, k) // "at least ‖ 12 people ...": the count's lead opens the lede (runin_imagecaption_seams.go)
	}
	if k < 0 || headCut(words, k) {
		return s
	}
	lede := lex.UpperFirst(rest[starts[k]:])
	if !storyOpening(lede) || seenCaption(words[k:]) || runsOnAt(words, raw, k) {
		return s
	}
	return lede
}

// cutImageCaption is cutImageCaption with the word pairs of articles,
// counted on the first sentence that opens with the label.
func (c *cluster) cutImageCaption(s string, articles []chorus.Article) string {
	if captionAfterLabel(s) < 0 {
		return s
	}
	if c.pairs == nil {
		texts := make([]string, len(articles))
		for i := range articles {
			texts[i] = articles[i].Text
		}
		c.pairs = newClusterPairs(texts)
	}
	return cutImageCaption(s, c.pairs)
}
