package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts page furniture a page ran into an article's sentences in
// front of the story: a headline, photo caption or credit before a
// dateline ("Ana reyes wins 50th title dover, del. -- ana reyes won
// ..."), and a subheading in single quotes before a sentence ("' not
// alone ' ms varek said ..."). cutDateline and cutPlaceDateline
// (compress.go) cut a dateline that opens a sentence; these rules find
// one behind the furniture.

// headedDatelineBytes bounds how far into an article's first sentence
// cutHeadedDateline looks for a dateline's dash.
const headedDatelineBytes = 240

// headedDatelineSentences is how many of an article's first sentences
// cutHeadedDateline reads: captions and credits before the story may come
// first.
const headedDatelineSentences = 3

// headedDatelineRest is the fewest words of the story after the dash.
const headedDatelineRest = 8

// cutHeadedDateline returns s, an article's opening sentence, from the
// story after a dateline that follows other words: "Militants seize
// border town in kestria vell, kestria — the militants took
// ..." reads "The militants took ...". The first dash of s must follow
// a place and its region (isPlaceDateline: "herat, afghanistan", "tampa,
// fla.") that no preposition or comma comes before ("... in the town of
// jackson hole, wyoming – and nobody knows why" is the story's own
// sentence, and so is "... galaga, gauntlet, tron — the names ..."), and
// a lower-case sentence of headedDatelineRest words or more with no second
// such dash (no aside between dashes) must follow, and the words before the
// dash must hold no finite "be" or "have" after the subject (finiteAux:
// "the boy was happy, healthy – until ..." is a sentence) unless the place
// is a known one (clean.IsDatelinePlace), its region a US state
// (datelineRegions), abbreviated ("md.") or a postal code ("mi").
func cutHeadedDateline(s string, cased bool) string {
	if cased {
		return s // a cased story opens with a capital: a lower-case word after a dash there goes on an aside
	}
	head := s[:min(len(s), headedDatelineBytes)]
	at, dash := -1, ""
	for _, d := range placeDashes {
		if i := strings.Index(head, d); i > 0 && (at < 0 || i < at) {
			at, dash = i, d
		}
	}
	if at < 0 {
		return s
	}
	rest := s[at+len(dash):]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) || countWords(rest) < headedDatelineRest || asideDash(rest, dash) {
		return s
	}
	words := lex.SpaceFieldsShared(s[:at])
	found, known := false, false
	for k := 2; k <= maxPlaceDatelineWords && k < len(words); k++ {
		place := strings.Join(words[len(words)-k:], " ")
		name, region, ok := strings.Cut(place, ", ")
		if !ok || countWords(name) > 3 || countWords(region) > 2 || !isPlaceDateline(place) || notPlaceWords(place) {
			continue // "... in the fall, likely early september — and ...", "... independent, yet needy -- working ..." are no datelines
		}
		if before := words[len(words)-k-1]; k <= 3 && datelinePrepositions[lex.Lower(before)] || strings.HasSuffix(before, ",") {
			return s // "... the jury in st. petersburg, florida -- ...", "... in frankfort, indiana, last month — ..."
		}
		found = true
		known = known || clean.IsDatelinePlace(place) || strings.HasSuffix(region, ".") || datelineRegions[lex.Lower(region)] || len(region) == 2 // "college park, md.", "hot springs, wyoming", "flint, mi"
	}
	if !found {
		return s
	}
	for i, w := range words {
		if i < finiteAuxWords && finiteAux[lex.Lower(w)] && !known {
			return s // "dell roe was a quiet, gentle boy – until ...": a sentence's dash, not a headline's
		}
	}
	return lex.UpperFirst(strings.TrimSpace(rest))
}

// finiteAux are the finite forms of "be" and "have": a headline, written
// in the present without auxiliaries ("Ferry sinks off the cape"), seldom
// holds one after its subject (within finiteAuxWords words); a story's
// sentence before its dash often does.
var finiteAux = lex.Set("was", "were", "is", "are", "had", "has", "have")

// datelineRegions are the regions a dateline names after its town that
// finiteAux does not make a sentence of: the states of the US (the places
// of Multi-News's datelines; abbreviated ones end in a full stop).
var datelineRegions = lex.Set("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
	"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
	"oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
	"vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming")

// finiteAuxWords bounds where finiteAux is looked for.
const finiteAuxWords = 4

// asideWords is how far after a dash a second one closes an aside.
const asideWords = 15

// asideDash reports whether rest, the text after a dash, holds the same
// dash within its first asideWords words: the two enclose an aside ("kim
// — along with her sisters — waited").
func asideDash(rest, dash string) bool {
	i := strings.Index(rest, dash)
	return i >= 0 && countWords(rest[:i]) <= asideWords
}

// datelinePrepositions before a place make it the sentence's own.
var datelinePrepositions = lex.Set("in", "of", "at", "from", "near", "to", "outside", "across", "around", "for",
	"by", "into", "through", "and", "or", "between", "within", "inside")

// quotedHeadingWords bounds the words of a subheading in single quotes.
const quotedHeadingWords = 8

// cutQuotedHeading returns s without a subheading in single quotes that a
// page (most often a tabloid's) ran into the sentence after it: "' not
// alone ' ms varek said ..." reads "Ms varek said ...", "' lost
// touch'the children were rescued ..." reads "The children were rescued
// ...". The quoted words (quotedHeadingWords at most) end without
// punctuation, which a quotation before its speaker has ("' we won, '
// she said"), and the words after open a sentence (headingFollower: "the",
// "mr", "police", a possessive, a quotation): a title before its verb or
// role ("'titanic' returns", "' green mile ' actor ...") stays. What
// remains must have minWords words.
func cutQuotedHeading(s string) string {
	if !strings.HasPrefix(s, "'") && !strings.HasPrefix(s, "‘") {
		return s
	}
	_, n := utf8.DecodeRuneInString(s)
	end := closingSingle(s, n)
	if end < 0 {
		return s
	}
	inner := strings.TrimSpace(s[n:end])
	_, m := utf8.DecodeRuneInString(s[end:])
	rest := strings.TrimLeft(s[end+m:], " ")
	if inner == "" || lex.ContainsAny(inner, `.,!?:;"“”`) || countWords(inner) > quotedHeadingWords ||
		countWords(rest) < minWords {
		return s
	}
	first := lex.SpaceFieldsShared(rest)[0]
	if !headingFollower(first) {
		return s
	}
	return lex.UpperFirst(rest)
}

// closingSingle returns the index of the single quotation mark after from
// that closes the one opening s, skipping the apostrophes of contractions
// written apart ("' i ' m in shock '"), or -1.
func closingSingle(s string, from int) int {
	for i := from; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\'' || r == '’' {
			after := s[i+size:]
			if i > 0 && isASCIILetter(s[i-1]) && len(after) > 0 && isASCIILetter(after[0]) &&
				contraction(after) {
				i += size
				continue // "don't", "it's"
			}
			if strings.HasPrefix(after, " ") || i > 0 && s[i-1] == ' ' {
				if t := strings.TrimLeft(after, " "); contraction(t) && (i > 0 && s[i-1] == ' ') {
					i += size
					continue // "i ' m", "it ' s"
				}
			}
			return i
		}
		i += size
	}
	return -1
}

// contraction reports whether s opens with the end of a contraction after
// its apostrophe: "m", "s", "t", "d", "ll", "re", "ve" and then no letter.
func contraction(s string) bool {
	for _, c := range []string{"ll", "re", "ve", "m", "s", "t", "d"} {
		if strings.HasPrefix(s, c) && (len(s) == len(c) || !isASCIILetter(s[len(c)])) {
			return true
		}
	}
	return false
}

// headingFollower reports whether w, the first word after a quoted
// subheading, opens a sentence: a determiner, title, pronoun, preposition
// or common subject (headingOpeners), a possessive ("monette's"), or a
// quotation mark.
func headingFollower(w string) bool {
	if strings.HasPrefix(w, `"`) || strings.HasPrefix(w, "“") {
		return true
	}
	lw := lex.Lower(strings.Trim(w, ",;:"))
	return headingOpeners[lw] || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")
}

// headingOpeners open the sentence after a quoted subheading.
var headingOpeners = lex.Set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
	"mr", "mrs", "ms", "miss", "dr", "sir", "in", "on", "at", "during", "after", "before", "since", "when", "while",
	"as", "it", "he", "she", "they", "we", "police", "officials", "state", "senior", "sheikh", "one", "two", "three",
	"some", "many", "most", "a", "yesterday", "today", "last", "earlier", "now", "but", "and")

// Bounds of cutFusedHeadline.
const (
	// fusedHeadMinWords and fusedHeadMaxWords bound the headline's words.
	fusedHeadMinWords = 5
	fusedHeadMaxWords = 25
	// fusedLedeMinWords is the fewest words of the story after it.
	fusedLedeMinWords = 10
	// fusedRepeatWords is the most words of the story before it repeats
	// the headline's pair.
	fusedRepeatWords = 15
	// fusedRestated is the least share of the headline's content words
	// (stemmed) that the story after it repeats.
	fusedRestated = 0.5
)

// cutFusedHeadline returns s, one of an article's first sentences, from
// its story when a headline runs into it with nothing between: "Boy scouts
// to consider allowing gay scouts and leaders the boy scouts confirmed
// today that ..." reads "The boy scouts confirmed today that ...". The
// story must restate the headline: two content words in a row ("boy
// scouts") stand in both, and the story repeats at least fusedRestated of
// the headline's content words; it repeats the pair within
// fusedRepeatWords words, with no quotation mark, dash or colon between.
// The story opens at the first "the", "a" or "an" after the headline's
// pair, fusedHeadMinWords words in at least, that
// follows a word with no punctuation and no preposition, conjunction or
// verb that would make it part of the headline's own clause ("... lose
// their lives in incidents over two days a deadly weekend ..." opens at "a
// deadly weekend", not at "a paraglider," or "and a wingsuit jumper").
func cutFusedHeadline(s string, cased bool) string { return cutFusedHeadlineIn(nil, s, cased) }

// cutFusedHeadlineIn is cutFusedHeadline reading the words of s from h.
func cutFusedHeadlineIn(h *headFields, s string, cased bool) string {
	starts, words := h.of(s, fusedHeadMaxWords+60)
	if len(words) < fusedHeadMinWords+fusedLedeMinWords {
		return s
	}

	for i := 0; i+1 < len(words) && i < fusedHeadMaxWords; i++ {
		a, b := words[i], words[i+1]
		if !contentPair(a, b) {
			continue
		}
		k := repeatAt(words, a, b, i+2)
		if k < 0 {
			continue
		}
		for at := max(i+2, fusedHeadMinWords); at < k && at <= fusedHeadMaxWords; at++ {
			if !ledeOpener[words[at]] || !headlineEnd(s, starts, at) || at >= 2 && words[at-2] == "to" || at+1 < len(words) && rateWords[words[at+1]] ||
				cased && !isUpperASCII(s[starts[at]]) { // a cased story after a headline opens with a capital
				continue // "... a plan to keep the government ...": an infinitive takes the words after it
			}
			if k-at > fusedRepeatWords || lex.ContainsAny(s[starts[at]:starts[k]], `"“”'‘’—–:;|`) {
				return s // the story restates the headline's words early, in one clause
			}
			if len(words)-at < fusedLedeMinWords || restated(words[:at], words[at:]) < fusedRestated {
				return s
			}
			lede := lex.UpperFirst(s[starts[at]:])
			if defect.Dangles(lede) {
				return s // "The findings ...": alone, the story's opening would point back at the headline
			}
			return lede
		}
		return s
	}
	return s
}

// splitFieldStarts is fieldStarts computed afresh (fieldtable.go keeps
// what it returned lately).
func splitFieldStarts(s string, n int) ([]int, []string) {
	size := min(strings.Count(s[:min(len(s), 16*n)], " ")+1, n)
	starts := make([]int, 0, size)
	words := make([]string, 0, size)
	for i := 0; i < len(s) && len(words) < n; {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		plain := true // plainLower(s[i:j]), read in the same pass
		for j < len(s) && s[j] != ' ' {
			if s[j]-'a' > 'z'-'a' {
				plain = false
			}
			j++
		}
		starts = append(starts, i)
		w := s[i:j]
		if !plain { // most words: nothing to trim or lower
			w = lex.Lower(lex.TrimPunct(w, `,.;:!?"“”'‘’()[]`))
		}
		words = append(words, w)
		i = j
	}
	return starts, words
}

// headFields keeps fieldStarts of the sentence the headline cuts read
// last (read hands each cut the sentence the one before returned, mostly
// uncut): the words are read once. nil reads them each time.
type headFields struct {
	s      string
	starts []int
	words  []string
	// chosen marks a sentence of a reader's summary read after selection
	// (cutChosenHeadlines): its story may open on "The <word of the
	// headline> ..." (chosenStoryOpening).
	chosen bool
}

// headFieldsMax is the most words a headline cut reads.
const headFieldsMax = fusedHeadMaxWords + 60

// of returns fieldStarts(s, n). The slices are shared: callers must not
// change them.
func (h *headFields) of(s string, n int) ([]int, []string) {
	if h == nil || n > headFieldsMax {
		return fieldStarts(s, n)
	}
	if h.words == nil || h.s != s {
		h.s = s
		h.starts, h.words = fieldStarts(s, headFieldsMax)
	}
	k := min(n, len(h.words))
	return h.starts[:k:k], h.words[:k:k]
}

// afterFields returns s after its first n space-separated fields, from
// the next field on: the story after a label or byline run into it.
func afterFields(s string, n int) string {
	for range n {
		_, s, _ = strings.Cut(strings.TrimLeft(s, " "), " ")
	}
	return strings.TrimLeft(s, " ")
}

// contentPair reports whether a and b are two content words: letters or
// digits, no stopwords.
func contentPair(a, b string) bool {
	return len(a) > 1 && len(b) > 1 && !lex.IsStopword(a) && !lex.IsStopword(b) && hasLetterOrDigit(a) && hasLetterOrDigit(b)
}

func hasLetterOrDigit(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// repeatAt returns the index at or after from where words holds a, b in a
// row, or -1.
func repeatAt(words []string, a, b string, from int) int {
	for k := from; k+1 < len(words); k++ {
		if words[k] == a && words[k+1] == b {
			return k
		}
	}
	return -1
}

// headlineEnd reports whether the word before word at of s ends a
// headline: no punctuation after it and no word that ties it to the next
// (headlineTies).
func headlineEnd(s string, starts []int, at int) bool {
	prev := strings.TrimRight(s[starts[at-1]:starts[at]], " ")
	if prev == "" {
		return false
	}
	if prev == "—" || prev == "–" || prev == "--" {
		return true // the dash after a dateline: "... appeal indianapolis — a federal appeals court ..."
	}
	if r, _ := utf8.DecodeLastRuneInString(prev); strings.ContainsRune(`,;:—–-"“”'’()`, r) {
		return false
	}
	w := lex.Lower(prev)
	if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return false // a verb that takes the words after it: "has rejected an attempt", "including the ..."
	}
	return !headlineTies[w] && !headlineVerbs[w]
}

// headlineVerbs take an object after them: "a" or "the" after one goes
// on its clause ("the time she wore a visible ...", "has come a long way").
var headlineVerbs = lex.Set("found", "find", "finds", "keep", "keeps", "kept", "come", "comes", "came", "wore", "wear",
	"wears", "won", "win", "wins", "show", "shows", "see", "sees", "saw", "hit", "hits", "need", "needs", "want",
	"wants", "put", "puts", "set", "sets", "let", "lets", "offer", "offers", "hold", "holds", "held", "leave", "leaves",
	"left", "bring", "brings", "brought", "face", "faces", "reach", "reaches", "read", "reads", "outside", "above",
	"below", "beneath", "almost", "nearly", "commemorate", "mark", "marks", "celebrate", "demand", "demands",
	"address", "addresses", "adress", "tell", "tells", "told", "ask", "asks", "urge", "urges", "call", "calls", "like",
	"likes", "love", "loves", "meet", "meets", "met", "join", "joins", "pay", "pays", "paid", "buy", "buys", "bought",
	"sell", "sells", "sold", "launch", "launches", "sign", "signs", "visit", "visits", "hire", "hires", "kill", "kills",
	"killed", "hurt", "hurts", "cut", "cuts", "run", "runs", "ran", "lose", "loses", "lost", "begin", "begins",
	"began", "seek", "seeks", "sought", "spend", "spends", "spent", "build", "builds", "built", "send", "sends", "sent")

// restated returns the share of head's content words whose stems story
// holds.
func restated(head, story []string) float64 {
	in := make(map[string]bool, len(story))
	for _, w := range story {
		in[lex.Stem(w)] = true
	}
	n, hit := 0, 0
	for _, w := range head {
		if len(w) < 2 || lex.IsStopword(w) || !hasLetterOrDigit(w) {
			continue
		}
		n++
		if in[lex.Stem(w)] {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// ledeOpener are the words a story's first sentence opens with after a
// headline.
var ledeOpener = lex.Set("the", "a", "an")

// headlineTies are the words after which "the", "a" or "an" goes on the
// same clause: prepositions, conjunctions, verbs of being and having.
var headlineTies = lex.Set("of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "into", "over", "under",
	"after", "before", "during", "than", "as", "like", "and", "or", "but", "nor", "is", "was", "are", "were", "be", "been",
	"being", "has", "have", "had", "that", "which", "who", "whom", "whose", "what", "if", "when", "where", "while",
	"not", "also", "just", "only", "even", "all", "such", "get", "gets", "got", "make", "makes", "made", "take", "takes",
	"took", "give", "gives", "gave", "become", "becomes", "became", "via", "per", "through", "against", "between",
	"among", "without", "within", "across", "behind", "beyond", "toward", "towards", "upon", "amid", "near", "off", "out",
	"up", "down", "around", "along", "since", "until", "said", "says", "called", "named", "do", "does", "did", "can",
	"could", "will", "would", "shall", "should", "may", "might", "must", "once", "twice", "per", "it", "he", "she",
	"they", "we", "you", "i", "there", "here", "how", "why", "whether", "then", "so", "too", "very", "more", "most",
	"less", "least", "much", "many", "what's", "it's", "there's", "that's", "s")

// rateWords after "a" make a rate of what comes before ("nine hours a
// night", "$4 a gallon"), which goes on the clause.
var rateWords = lex.Set("night", "day", "week", "month", "year", "hour", "minute", "second", "gallon", "pound", "mile",
	"piece", "head", "person", "time", "pop", "kilo", "litre", "liter", "share", "barrel", "ton", "tonne")

// liveBlogStamp matches what opens an item of a live blog (the Associated
// Press's "The latest"): the blog's header with its time zone note, an
// item's rule and time, or both: "The latest on the storm (all times
// local): 1:50 p.m. ", "___ 8:45 p.m. ".
var liveBlogStamp = regexp.MustCompile(`(?i)^(?:the latest on [^()]{1,160}\( ?all times local ?\) ?:? *|_{2,} *)` +
	`(?:\d{1,2}: ?\d\d ?[ap]\.m\.,? *)?`)

// cutLiveBlogStamp returns s without the live blog's header or an item's
// time that opens it ("The latest on the storm (all times local): 1:50
// p.m. Westvale's mayor ..." reads "Westvale's mayor ..."), or "" when
// nothing of a sentence is left.
func cutLiveBlogStamp(s string) string {
	const header = "the latest on "
	if !strings.HasPrefix(s, "__") && !(len(s) > len(header) && strings.EqualFold(s[:len(header)], header)) {
		return s // only these two openings are read with the expression
	}
	loc := liveBlogStamp.FindStringIndex(s)
	if loc == nil {
		return s
	}
	rest := strings.TrimSpace(s[loc[1]:])
	if countWords(rest) < minWords {
		return ""
	}
	return lex.UpperFirst(rest)
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// notPlaceWords reports whether place, "name, region", holds a word no
// place name does: a conjunction or adverb ("yet", "very") or a word in
// "-ly" ("fiercely").
func notPlaceWords(place string) bool {
	for _, w := range lex.SpaceFieldsShared(place) {
		w = lex.Lower(strings.Trim(w, ",."))
		if clauseWords[w] || len(w) > 3 && strings.HasSuffix(w, "ly") {
			return true
		}
	}
	return false
}

// clauseWords join or modify a clause; no place name holds one.
var clauseWords = lex.Set("yet", "but", "and", "or", "so", "not", "very", "too", "also", "still", "even", "then",
	"though", "although", "however", "just", "more", "most", "less", "much")

// casedWords is how many capitalised words inside sentences make an
// article's text cased (articleCased).
const casedWords = 2

// articleCased reports whether an article keeps its casing, read from its
// first paragraphs (up to casedScanWords words): at least casedWords words
// start with a capital though no full stop comes before them ("Police in
// Westvale said"). Multi-News lowers all but a sentence's first letter,
// and a page's symbol before it ("× Man who ...") makes one at most.
func articleCased(paras []string) bool {
	n, seen := 0, 0
	for _, p := range paras {
		prev, first := "", true // the fields of strings.Fields, read in place
		for f := range lex.FieldsSeq(p) {
			if first {
				prev, first = f, false
				continue
			}
			if seen >= casedScanWords {
				break
			}
			seen++
			r, _ := utf8.DecodeRuneInString(f)
			if unicode.IsUpper(r) && !strings.HasSuffix(prev, ".") {
				if n++; n >= casedWords {
					return true
				}
			}
			prev = f
		}
		if seen >= casedScanWords {
			break
		}
	}
	return false
}

// casedScanWords bounds the words articleCased reads.
const casedScanWords = 200

// bareDatelineWords is the most words of the place cutBareDateline cuts.
const bareDatelineWords = 4

// cutBareDateline returns s, one of an article's first sentences, without
// a dateline that runs into the story with no dash, colon or agency tag:
// "Washington the harbour board voted ..." reads "The harbour board voted
// ...". The place is a city a dateline names (clean.IsDatelinePlace: "new
// york", "oklahoma city") of bareDatelineWords words at most, "the", "a"
// or "an" follows it directly (a city's name never takes an article after
// it in a sentence of its own), and fusedLedeMinWords words or more of
// story follow.
func cutBareDateline(s string) string {
	return cutBareDatelineBefore(s, ledeOpener)
}

// cutBareDatelineBefore is cutBareDateline with the story opening on one
// of opens.
func cutBareDatelineBefore(s string, opens map[string]bool) string {
	// The first bareDatelineWords+1 of lex.SpaceFields(s[:80]): all the
	// loop reads.
	var buf [bareDatelineWords + 1]string
	fields := buf[:0]
	for f := range lex.FieldsSeq(s[:min(len(s), 80)]) {
		if fields = append(fields, f); len(fields) == len(buf) {
			break
		}
	}
	for k := 1; k <= bareDatelineWords && k < len(fields); k++ {
		if !opens[lex.Lower(fields[k])] {
			continue
		}
		if !clean.IsDatelinePlace(strings.Join(fields[:k], " ")) {
			return s
		}
		rest := afterFields(s, k)
		if countWords(rest) < fusedLedeMinWords {
			return s
		}
		return lex.UpperFirst(rest)
	}
	return s
}

// cutEach rewrites each sentence of a reader's summary that cut cuts
// (cut returns the rest and true) to the rest.
func cutEach(sum *chorus.Summary, cut func(string) (string, bool)) {
	for i := range sum.Sentences {
		if rest, ok := cut(sum.Sentences[i].Text); ok {
			sum.Sentences[i].Text = rest
		}
	}
}
