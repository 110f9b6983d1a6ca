package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, after the full-name rules
// (fullname.go, barename.go). A reader's summary may name a person by
// surname alone ("Marlow never finished the speech.") and only a later
// sentence in full ("Petra Marlow, the firm's former director, ...").
// The full name moves to the first mention and the later one keeps the
// surname ("Petra Marlow never finished ... Marlow, the firm's former
// director, ..."), so no word is added. The later full name must be one
// the cluster writes at least twice, and no other given name may stand
// before the surname anywhere in the cluster (a relative: "<surname>,
// 52, ... her husband, <given> <surname>").
//
// An unlisted given name must be written nowhere but before the surname;
// a use before another spelling of the surname, one letter apart
// ("<given> velmorra" beside "<given> velmora": a transliterated name,
// laterNameRespelt), counts as one before it. Measured against 578636d
// (h57name): Multi-News validation 1 of 5,598 summaries changed, read:
// 1 better (a model named in full at her first, bare mention, the later
// full name shortened), 0 worse; train 1-6,000: 0 changed;
// train 1-38,000 clusters whose sources write a word only before two
// spellings of one surname (3,516): 0 changed.
// Known misses: a surname spelt two ways in the summary itself is left
// as it is.

// laterNameStops are words before a bare surname that show it is no
// person's surname there ("the <surname> family") or that a name is
// already open.
var laterNameStops = lex.Set("the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
	"miss", "sen.", "rep.", "gov.", "st.", "st", "of",
	"former", "new", "old", "easter", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"northwestern", "northeastern", "southwestern", "southeastern", "central", "upper", "lower", "greater")

// laterNameAfter are words after a bare surname that show it names a
// family, a place or a thing, not the person.
var laterNameAfter = lex.Set("family", "families", "county", "street", "administration", "campaign",
	"foundation", "house", "center", "centre", "school", "university", "brothers", "sisters", "household",
	"case", "trial", "estate")

// laterNameOrg are words of an organisation's or a place's name, never a
// person's surname here ("<City> Police"), and words after a name that make
// it an organisation's ("<Given> <Surname> Co.").
var laterNameOrg = lex.Set("police", "department", "university", "college", "county", "city", "state", "news",
	"times", "post", "house", "co", "corp", "inc", "company", "studios", "group", "foundation", "institute",
	"center", "centre", "school", "hospital", "airport", "park", "street", "avenue", "road", "river", "lake",
	"mountain", "island", "bay", "beach", "valley", "jersey", "york", "hampshire", "mexico", "zealand",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
	"april", "june", "july", "august", "september", "october", "november", "december")

// laterNameVerbs are verbs a person's bare surname opens a clause with.
var laterNameVerbs = lex.Set("is", "was", "has", "had", "will", "would", "says", "said", "told", "who",
	"alleges", "sent", "wrote", "writes", "met", "won", "lost", "denied", "denies", "tweeted")

// laterNameSpeaks reports whether corpus writes s right before a verb
// ("<surname> said", "<surname> was"; laterNameVerbs, any "-ed"): a person, where an unlisted word before s
// might be a place's or a title's.
func laterNameSpeaks(corpus, s string) bool {
	idx := 0
	for {
		p := strings.Index(corpus[idx:], " "+s+" ")
		if p < 0 {
			return false
		}
		p += idx
		idx = p + 1
		rest := corpus[p+len(s)+2:]
		if e := lex.IndexAny(rest, " ,.;:!?\n"); e > 0 {
			v := rest[:e]
			if lex.IsAttributionVerb(v) || laterNameVerbs[v] || len(v) > 4 && strings.HasSuffix(v, "ed") {
				return true
			}
		}
	}
}

// laterNameWord is one word of a sentence: its bytes [start, end) without
// punctuation or a possessive, and its lower-cased form.
type laterNameWord struct {
	start, end int
	low        string
}

// laterNameWords splits s into words (laterNameWord).
func laterNameWords(s string) []laterNameWord {
	// Room for a word per space and one more: the slice grew by
	// doubling from nothing, five allocations for a sentence of thirty
	// words.
	out := make([]laterNameWord, 0, strings.Count(s, " ")+1)
	i := 0
	for i < len(s) {
		for i < len(s) && !laterNameLetter(s[i]) {
			i++
		}
		j := i
		for j < len(s) && (laterNameLetter(s[j]) || s[j] == '-' || s[j] == '.' ||
			s[j] == '\'' && j+1 < len(s) && s[j+1] == 's' && (j+2 == len(s) || !laterNameLetter(s[j+2]))) {
			j++
		}
		if j > i {
			e := j
			w := s[i:e]
			w = strings.TrimRight(w, ".'")
			if strings.HasSuffix(w, "'s") {
				w = w[:len(w)-2]
			}
			e = i + len(w)
			if e > i {
				out = append(out, laterNameWord{start: i, end: e, low: lex.Lower(w)})
			}
		}
		i = j
	}
	return out
}

func laterNameLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// laterNameFamily are words that show a relative of the person in the
// sentences between the two mentions: there a surname may be two people's
// ("<surname>, 52, ... her husband, <given> <surname>").
var laterNameFamily = lex.Set("husband", "wife", "son", "daughter", "father", "mother", "brother", "sister",
	"sisters", "brothers", "dad", "mom", "mum", "parents", "couple", "family", "widow", "spouse", "children",
	"uncle", "aunt", "cousin", "grandson", "granddaughter", "boyfriend", "girlfriend", "fiance", "fiancee")

// nameFromLater moves a later sentence's full name to the summary's
// first, bare mention of that surname (see the file comment). It runs on
// the cased summary (after truecasing), where a name shows its capitals.
// It returns the words (laterNameWords) of sum's sentences as they stand
// after it, for nameBareGivens, or nil when it read none.
func (c *cluster) nameFromLater(sum *chorus.Summary) [][]laterNameWord {
	if len(sum.Sentences) < 2 {
		return nil
	}
	words := make([][]laterNameWord, len(sum.Sentences))
	for i := range sum.Sentences {
		words[i] = laterNameWords(sum.Sentences[i].Text)
	}
	var corpus string
	done := make(map[string]bool)
	for i := 0; i+1 < len(words); i++ {
		for k, w := range words[i] {
			s := w.low
			text := sum.Sentences[i].Text
			if done[s] || len(s) < 3 || !laterNameUpper(text[w.start:w.end]) || lex.IsStopword(s) || lex.IsGivenName(s) {
				continue
			}
			done[s] = true
			if k > 0 && laterNameBlocks(text, words[i][k-1]) {
				continue
			}
			if k+1 < len(words[i]) && (laterNameAfter[words[i][k+1].low] || laterNameUpper(text[words[i][k+1].start:words[i][k+1].end])) {
				continue
			}
			if laterNameEarlier(words[:i], s) || laterNameEarlier([][]laterNameWord{words[i][k+1:]}, s) || laterNameQuoted(text, w.start) {
				continue
			}
			j, m := laterNameFull(sum, words, i, s)
			if j < 0 || laterNameKin(words[i:j+1]) {
				continue
			}
			g := words[j][m-1].low
			if k > 0 && words[i][k-1].low == g {
				continue
			}
			if corpus == "" {
				corpus = c.lowerCorpus()
			}
			prev := ""
			if k > 0 {
				prev = words[i][k-1].low
			}
			if !laterNameSolePerson(corpus, g, s, prev) {
				continue
			}
			laterNameRewrite(sum, words, i, k, j, m)
			words[i] = laterNameWords(sum.Sentences[i].Text)
			words[j] = laterNameWords(sum.Sentences[j].Text)
			break
		}
	}
	return words
}

// laterNameBlocks reports whether the word p before a bare surname in
// text opens or ends a name or title: a capital, an initial, a listed
// given name, an article or honorific.
func laterNameBlocks(text string, p laterNameWord) bool {
	return laterNameUpper(text[p.start:p.end]) || len(p.low) <= 2 && p.end < len(text) && text[p.end] == '.' ||
		laterNameStops[p.low] || lex.IsGivenName(p.low)
}

// laterNameQuoted reports whether byte at of text stands inside a
// quotation: a quotation's words are kept as written.
func laterNameQuoted(text string, at int) bool {
	n := strings.Count(text[:at], "\"") + strings.Count(text[:at], "“") - strings.Count(text[:at], "”")
	return n%2 != 0
}

// laterNameKin reports whether any of ws names a relative (laterNameFamily).
func laterNameKin(ws [][]laterNameWord) bool {
	for _, sw := range ws {
		for _, w := range sw {
			if laterNameFamily[w.low] {
				return true
			}
		}
	}
	return false
}

// laterNameEarlier reports whether s is a word of any sentence in ws.
func laterNameEarlier(ws [][]laterNameWord, s string) bool {
	for _, sw := range ws {
		for _, w := range sw {
			if w.low == s {
				return true
			}
		}
	}
	return false
}

// laterNameFull finds the first sentence after i writing "<Given> <S>",
// both capitalised, no capital, initial or article before the given name,
// and returns that sentence and the word index of s in it, or -1.
func laterNameFull(sum *chorus.Summary, words [][]laterNameWord, i int, s string) (int, int) {
	for j := i + 1; j < len(words); j++ {
		t := sum.Sentences[j].Text
		for m, w := range words[j] {
			if w.low != s {
				continue
			}
			if m == 0 || !laterNameUpper(t[w.start:w.end]) {
				return -1, -1 // a bare mention again first: left as it is
			}
			gw := words[j][m-1]
			if !laterNameUpper(t[gw.start:gw.end]) || lex.IsStopword(gw.low) || laterNameStops[gw.low] ||
				len(gw.low) < 3 || strings.TrimSpace(t[gw.end:w.start]) != "" {
				return -1, -1
			}
			if laterNameQuoted(t, gw.start) {
				return -1, -1
			}
			if m+1 < len(words[j]) && (laterNameOrg[words[j][m+1].low] || laterNameAfter[words[j][m+1].low] || len(words[j][m+1].low) == 1) {
				return -1, -1 // "<Given> <S> Co.", "the <Given> <S> Foundation"
			}
			if m >= 2 && laterNameBlocks(t, words[j][m-2]) {
				return -1, -1 // "<Given> <Given> S", "J. <Given> S", "the <Given> S"
			}
			return j, m
		}
	}
	return -1, -1
}

// laterNameSolePerson reports whether the cluster's lower-cased text
// (corpus) writes "g s" at least twice, and g is a listed given name or a
// word written nowhere but right before s; and no other word stands before
// s twice or more where a given name would (a relative's given name),
// prev (the word before the bare mention) included.
func laterNameSolePerson(corpus, g, s, prev string) bool {
	full := strings.Count(corpus, " "+g+" "+s)
	if full < 2 {
		return false
	}
	if !lex.IsGivenName(g) && (strings.Count(corpus, " "+g+" ") != full+laterNameRespelt(corpus, g, s) || laterNameOrg[s] || !laterNameSpeaks(corpus, s)) {
		return false
	}
	before := make(map[string]int)
	idx := 0
	for {
		p := strings.Index(corpus[idx:], " "+s)
		if p < 0 {
			break
		}
		p += idx
		idx = p + 1
		end := p + 1 + len(s)
		if end < len(corpus) && laterNameLetter(corpus[end]) {
			continue // a longer word
		}
		q := p
		for q > 0 && laterNameLetter(corpus[q-1]) {
			q--
		}
		before[corpus[q:p]]++
	}
	for w, n := range before {
		if w == g || w == "" || lex.IsStopword(w) || laterNameStops[w] {
			continue
		}
		if lex.IsGivenName(w) || w == prev && strings.Count(corpus, " "+w+" ") == n {
			return false
		}
		if n >= 2 && strings.Count(corpus, " "+w+" ") == n {
			return false // an unlisted given name, written only before s
		}
	}
	return true
}

// laterNameRespelt counts the cluster's (corpus) uses of an unlisted
// given name g before another spelling of surname s, one letter added,
// dropped or changed ("<given> velmora" beside "<given> velmorra"): a
// transliterated surname the sources spell two ways is still the one
// person's, and g still a word written only before the surname. Surnames
// under five letters have no second spelling here ("<given> lee", "<given>
// lew" are two people).
func laterNameRespelt(corpus, g, s string) int {
	if len(s) < 5 {
		return 0
	}
	n, idx := 0, 0
	for {
		p := strings.Index(corpus[idx:], " "+g+" ")
		if p < 0 {
			return n
		}
		p += idx + len(g) + 2
		idx = p - 1
		e := p
		for e < len(corpus) && laterNameLetter(corpus[e]) {
			e++
		}
		if w := corpus[p:e]; w != s && (e == len(corpus) || corpus[e] != '-') {
			a, b := w, s
			if len(a) > len(b) {
				a, b = b, a
			}
			if len(a) >= 5 && oneEdit(a, b) {
				n++
			}
		}
	}
}

// laterNameRewrite writes the given name of sentence j's word m-1 before
// sentence i's word k and drops it from sentence j, keeping each word's
// capital.
func laterNameRewrite(sum *chorus.Summary, words [][]laterNameWord, i, k, j, m int) {
	gw := words[j][m-1]
	sj := sum.Sentences[j].Text
	given := sj[gw.start:gw.end]
	// Sentence j first (its bytes move): "<Given> <s>" -> "<s>", with the
	// given name's capital passed on.
	sw := words[j][m]
	sur := sj[sw.start:sw.end]
	if laterNameUpper(given) {
		sur = strings.ToUpper(sur[:1]) + sur[1:]
	}
	newJ := sj[:gw.start] + sur + sj[sw.end:]
	si := sum.Sentences[i].Text
	bw := words[i][k]
	g := given
	bare := si[bw.start:bw.end]
	if laterNameUpper(bare) {
		g = strings.ToUpper(g[:1]) + g[1:]
	} else {
		g = lex.Lower(g)
	}
	newI := si[:bw.start] + g + " " + bare + si[bw.end:]
	sum.Sentences[j].Text = newJ
	sum.Sentences[i].Text = newI
}

func laterNameUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// lowerCorpus returns the cluster's candidate sentences in lower case,
// each as " <sentence> \n", built once: the last name rules search it for
// the sources' uses of a name.
func (c *cluster) lowerCorpus() string {
	if c.corpus == "" {
		var b strings.Builder
		for i := range c.cands {
			b.WriteString(" ")
			b.WriteString(lex.Lower(c.cands[i].text))
			b.WriteString(" \n")
		}
		c.corpus = b.String()
	}
	return c.corpus
}
