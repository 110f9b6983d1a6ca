package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, after writeFullNames and
// nameTitled: a reader's summary whose first mention of a person is the
// bare surname ("Velmora said ...", "... told velmora.") while the
// sources name that one person in full ("ada velmora") gets the given
// name written in. writeFullNames asks much of a surname before it names
// it (how often it stands in a person's place, no relative beside it);
// this rule asks instead that the sources name the person plainly: one
// listed given name (lex.IsGivenName) before the surname, the full name
// written twice or in an article's opening, and the surname never a
// common word, a place or an organisation's name there.

// placeAfter are the words after a surname that make it a place's or an
// organisation's name ("velmora county", "velmora college").
var placeAfter = lex.Set("county", "city", "town", "township", "village", "river", "lake", "mountain",
	"island", "valley", "beach", "bay", "college", "hall", "hospital", "church", "high", "elementary",
	"inc", "corp", "co", "llc", "ltd", "street", "st", "avenue", "ave", "road", "rd", "boulevard",
	"drive", "way", "square", "county's", "state", "province", "district", "station", "hill", "hills",
	"springs", "falls", "creek", "heights", "point", "harbor", "port", "center", "centre", "academy",
	"club", "association", "bank", "media", "news", "press", "house", "network", "records", "studios",
	"airlines", "motors", "act", "bill", "rule", "effect", "syndrome", "disease", "award", "prize",
	"tower", "towers", "foundation", "institute", "university", "museum", "stadium", "airport", "bridge",
	"park", "hotel", "library", "building", "plaza", "company", "group", "trust", "fund", "school")

// placeBefore are the words before a surname that make it a place: "in
// velmora", "near velmora".
var placeBefore = lex.Set("in", "at", "near", "from", "to", "across", "outside", "inside")

// openingEnd returns the offset in text just past its n-th sentence end
// (a stop, an optional closing quotation mark and spaces:
// `[.!?]["”’']?\s+`), or len(text) when it has fewer: where the
// opening (openingSentences) ends. It scans bytes where a regular
// expression took a tenth of the rule's time.
func openingEnd(text string, n int) int {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		switch {
		case j < len(text) && (text[j] == '"' || text[j] == '\''):
			if j+1 < len(text) && regexpSpace(text[j+1]) {
				j++
			}
		case strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’"):
			if j+3 < len(text) && regexpSpace(text[j+3]) {
				j += 3
			}
		}
		if j >= len(text) || !regexpSpace(text[j]) {
			continue
		}
		for j < len(text) && regexpSpace(text[j]) {
			j++
		}
		if n--; n == 0 {
			return j
		}
		i = j - 1
	}
	return len(text)
}

// regexpSpace reports whether c is a space as a regular expression's \s
// reads it: [\t\n\f\r ].
func regexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// openingSentences is how many of an article's first sentences count as
// its opening, where one full name is enough.
const openingSentences = 3

// nameBareSurnames writes, in each sentence of sum in order, the first
// mention of a bare surname that no earlier text of the summary names
// with the given name the sources give it (bareGivens). The mention must
// open a name where it stands: first in the sentence, after punctuation,
// a stopword other than a determiner, or a verb of saying ("said
// velmora"; not after a title or role: "president velmora" reads well);
// not inside a quotation, joined to another word ("velmora-backed"),
// after a family word ("her son, velmora") or before a namesake noun
// ("velmora administration"). Left too: a surname the summary writes in
// full later (a later stage moves that name forward), after another
// word that may be a given name, or with a pronoun of the other gender
// after it, and one the articles write before another surname of the
// summary (givenOf). It adds the words it writes to sum.Words.
func (c *cluster) nameBareSurnames(sum *chorus.Summary) {
	var givens map[string]string
	var pairs map[[2]string]bool
	var named map[string]bool
	all := ""
	for _, t := range sum.Sentences {
		all += " " + lex.Lower(t.Text)
	}
	before := ""
	var lows []string // the sentence's fields lower-cased, made when first read
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		fields := lex.SpaceFields(s)
		lows = lows[:0]
		lowS := ""
		marks, counted := 0, 0 // quotation marks in fields[:counted] (inQuotation), counted when first needed
		for j := range fields {
			word := fields[j]
			sur, _ := lowerCore(word)
			if !surnameWord(sur) || lex.IsGivenName(sur) || pluralNoun(sur) || !bareField(word, sur) {
				continue
			}
			for ; counted < j; counted++ {
				marks += doubleQuotes(fields[counted])
			}
			if marks%2 == 1 || opensDoubleQuote(word) || kinNear(fields[:j], j) {
				continue // "the winners", "her son, <given name>"
			}
			if containsWord(before, sur) {
				continue // named before
			}
			// The fields before j, lower-cased one by one: the words
			// of their join, lower-cased (a space is no letter).
			for k := len(lows); k < j; k++ {
				lows = append(lows, lex.Lower(fields[k]))
			}
			if anyContainsWord(lows[:j], sur) {
				continue // named before in the sentence
			}
			if j > 0 && !opensBareName(fields[j-1]) && !verbBefore(fields, j, sur) {
				continue // "the velmora", "ada velmora", "cmdr velmora", "president velmora"
			}
			if j+1 < len(fields) {
				if next, _ := lowerCore(fields[j+1]); namesakeNouns[next] || placeAfter[next] || generational[next] {
					continue // "velmora administration", "velmora jr."
				}
			}
			if givens == nil {
				givens, pairs, named = c.bareGivens(wordSetOf(all))
			}
			g, ok := givens[sur]
			if !ok || containsWord(before, g) {
				continue
			}
			if j > 0 && nameHeadAt(fields[j-1], sur, g, nil) {
				continue // "don velmora", "will velmora", "he <verb>": namehead.go
			}
			if lowS == "" {
				lowS = lex.Lower(s)
			}
			if containsWord(lowS, g) {
				continue
			}
			if containsWord(all, g+" "+sur) || otherBefore(all, sur, g) || otherGender(fields[j+1:], g) || givenOf(all, sur, pairs, named) {
				continue // named in full later, or another person of the name
			}
			if j+1 < len(fields) {
				next, npunct := lowerCore(fields[j+1])
				if namesakeNouns[next] || placeAfter[next] || generational[next] {
					continue // "velmora administration", "velmora jr."
				}
				if !npunct && pairs[[2]string{sur, next}] && surnameWord(next) && !verbLike(next) && !adverbLike(next) && !verbForm(next) {
					continue // "<nickname> velmora": the word is not the surname
				}
			}
			at := strings.Index(lex.Lower(word), sur)
			if at < 0 {
				continue
			}
			// As in nameTitled: the name's capitals would make a
			// lower-cased sentence read as cased to tidyQuotes.
			fields = lex.SpaceFields(lowerAfterStop(s, nil))
			fields[j] = fields[j][:at] + nameCase(g) + " " + nameCase(sur) + fields[j][at+len(sur):]
			sum.Sentences[i].Text = strings.Join(fields, " ")
			sum.Words++
			break // one a sentence
		}
		before += " " + lex.Lower(sum.Sentences[i].Text)
	}
}

// anyContainsWord reports whether a text of texts holds w as a whole
// word.
func anyContainsWord(texts []string, w string) bool {
	for _, t := range texts {
		if containsWord(t, w) {
			return true
		}
	}
	return false
}

// bareField reports whether field f is the surname sur alone, with at most
// a possessive and closing punctuation: not a part of a compound
// ("velmora-backed", "velmora/ruiz") nor opening a quotation.
func bareField(f, sur string) bool {
	w := lex.Lower(strings.TrimRight(f, ",.;:!?)"))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return w == sur
}

// opensBareName reports whether a bare surname may open a name after the
// field p: p ends a clause (punctuation), or is a stopword other than a
// determiner, or a verb of saying; not a role or title ("president
// velmora" reads well alone).
func opensBareName(p string) bool {
	if strings.TrimRight(p, ",;:)—–") != p {
		return true
	}
	w := lex.Lower(p)
	if determiners[w] || honorifics[strings.TrimSuffix(w, ".")] || abbrevTitles[strings.TrimSuffix(w, ".")] {
		return false
	}
	return !roleWords[w] && !titlesBefore[w] && (lex.IsStopword(w) || lex.IsAttributionVerb(w))
}

// quoteMark reports whether field f is a quotation mark alone.
func quoteMark(f string) bool {
	return f != "" && lex.TrimPunct(f, "\"“”") == ""
}

// otherGender reports whether the first personal pronoun of after, the
// words after a bare surname in its sentence, is of the other gender than
// the given name g ("velmora confessed to hurting his mother" when the
// sources' "ada velmora" is the mother).
func otherGender(after []string, g string) bool {
	for _, f := range after {
		switch w, _ := lowerCore(f); w {
		case "he", "him", "his", "himself":
			return lex.IsFemaleGivenName(g)
		case "she", "her", "hers", "herself":
			return lex.IsMaleGivenName(g)
		}
	}
	return false
}

// givenOf reports whether the articles write sur before a word of text
// (lower case) that they write after a listed given name too (named):
// "clayton velmora" beside the summary's "a friend of clayton and ada
// velmora" makes sur that person's given name.
func givenOf(text, sur string, pairs map[[2]string]bool, named map[string]bool) bool {
	for _, f := range lex.SpaceFieldsShared(text) {
		if w, _ := lowerCore(f); w != sur && named[w] && pairs[[2]string{sur, w}] {
			return true
		}
	}
	return false
}

// otherBefore reports whether text (lower case) writes sur after a word
// that may be a given name or a title other than g: "cooper velmora"
// beside a bare "velmora" may be another person; a verb's past
// ("accused velmora") is neither.
func otherBefore(text, sur, g string) bool {
	f := lex.SpaceFieldsShared(text)
	for k := 1; k < len(f); k++ {
		if w, _ := lowerCore(f[k]); w != sur {
			continue
		}
		p, punct := lowerCore(f[k-1])
		if !punct && p != g && plainLower(p) && !lex.IsStopword(p) && !determiners[p] && !lex.IsAttributionVerb(p) && !pastVerb(p) {
			return true
		}
	}
	return false
}

// bareGivens maps each surname of the cluster's articles to the one
// listed given name they write before it, when the full name is written
// twice or more, or once in an article's first sentences
// (openingSentences). Left out: a surname written after two listed given
// names, or after an unlisted word cased text does not write mostly
// lower-case that the articles write there twice or nowhere else (a
// second person's given name the list lacks: "lyle velmora" beside "ada velmora", not "consult
// velmora"), or after both "mr." and "mrs." (twoPeople); and a surname
// that reads as a common word, a place or an organisation somewhere:
// a US state, after a determiner ("the velmora", not "the velmora
// family": familyUse), before placeAfter ("velmora county"), or after
// placeBefore and no possessive ("in velmora", not "according to
// velmora"); a listed given name that stands after another word the
// articles write before the surname ("tarek ada velmora" beside "tarek
// velmora": a middle name; surnameuse.go); one
// written in full after a middle name ("ada lyn velmora"), or in
// quotation marks (a nickname: `ada "velmo" velmora`). It returns
// too the word pairs of two words of want the articles write and the
// surnames they write after a listed given name.
func (c *cluster) bareGivens(want map[string]bool) (map[string]string, map[[2]string]bool, map[string]bool) {
	lows, split := c.nameWords()
	cores := c.nameWordCores()
	firsts := make(map[string]map[string]bool) // surname -> listed given names before it
	full := make(map[string]int)               // "given surname" -> times, opening mentions counted twice
	other := make(map[string]map[string]int)   // surname -> unlisted words before it -> times
	// before counts every word before a surname, in any case ("Otto
	// velmora" opening a sentence too), so that a given name the list
	// lacks is known as written only before the surname.
	before := make(map[[2]string]int) // {surname, word before it} -> times
	notName := make(map[string]bool)
	var middle map[string]map[string]bool // surname -> words before "<listed given> <surname>"
	// pairs holds the word pairs the articles write ({"velmora", "next"})
	// of two words of want: nameBareSurnames asks only of these (the
	// second word is named, or a surname-shaped word of the summary).
	pairs := make(map[[2]string]bool)
	shape := shapeOf(want) // most words of the articles are no word of want
	for ti, low := range lows {
		opening := -1 // where the article's first sentences end, read when first needed
		// Where the fields stand in low, found when first needed: fields
		// before placed are found, and low[pos:] follows them.
		pos, placed := 0, 0
		f, cs := split[ti], cores[ti]
		prevWanted := false // want[f[j-1]], read when f[j-1] is plain lower case (then its own core)
		for j := range f {
			w, punct := cs[j].w, cs[j].punct
			wanted := shape.may(w) && want[w]
			if j > 0 && wanted {
				// "<given> \"<nickname>\" <surname>" too, not "<word>. <word>"
				if plainLower(f[j-1]) {
					if prevWanted {
						pairs[[2]string{f[j-1], w}] = true
					}
				} else if p := lex.TrimPunct(f[j-1], "\"“”‘’'`"); plainLower(p) && want[p] {
					pairs[[2]string{p, w}] = true
				}
			}
			prevWanted = wanted
			if !wanted || !surnameWord(w) {
				continue
			}
			if datelineRegions[w] {
				notName[w] = true // "florida": a state, whoever else bears the name
			}
			if lex.ContainsAny(f[j], "\"“”") || j > 0 && j+1 < len(f) && quoteMark(f[j-1]) && quoteMark(f[j+1]) {
				notName[w] = true // `james "velmo" velmora`: a nickname
			}
			if !punct && j+1 < len(f) {
				if placeAfter[cs[j+1].w] {
					notName[w] = true
				}
			}
			if j == 0 {
				continue
			}
			p, ppunct := cs[j-1].w, cs[j-1].punct
			if determiners[p] && !ppunct && !familyUse(cs, j, punct) {
				notName[w] = true
			}
			if placeBefore[p] && !ppunct && !punct && !strings.HasSuffix(f[j], "'s") && !accordingTo(cs, j) {
				notName[w] = true
			}
			if !ppunct {
				before[[2]string{w, p}]++
			}
			if ppunct || !plainLower(p) {
				continue
			}
			if lex.IsGivenName(p) && (j < 2 || !placeWords[f[j-2]]) {
				if firsts[w] == nil {
					firsts[w] = make(map[string]bool)
				}
				firsts[w][p] = true
				if j > 1 && lex.IsGivenName(strings.TrimSuffix(f[j-2], ".")) {
					notName[w] = true // "ada lyn velmora": a middle name
				}
				if j > 1 && !cs[j-2].punct {
					middle = addFirstBefore(middle, w, cs[j-2].w)
				}
				n := 1
				if opening < 0 {
					opening = openingEnd(low, openingSentences)
				}
				start := pos
				for ; placed <= j; placed++ {
					start = pos
					if k := strings.Index(low[pos:], f[placed]); k >= 0 {
						start = pos + k
						pos = start + len(f[placed])
					}
				}
				if start < opening {
					n = 2
				}
				full[p+" "+w] += n
			} else if len(p) >= 3 && !lex.IsStopword(p) && !notSurnameWords[p] && !givenTitles[p] &&
				!lex.IsAttributionVerb(p) && !verbLike(p) && !verbForm(p) && !commonBefore(p) {
				if other[w] == nil {
					other[w] = make(map[string]int)
				}
				other[w][p]++
			}
		}
	}
	two := c.twoPeople()
	// uses counts, in the articles, the words written before a surname
	// that may get a given name.
	uses := make(map[string]int)
	for sur, gs := range firsts {
		if len(gs) != 1 || notName[sur] || two[sur] {
			continue
		}
		for p := range other[sur] {
			uses[p] = 0
		}
	}
	if len(uses) > 0 {
		for _, cs := range cores {
			for _, x := range cs {
				if x.w != "" {
					if n, ok := uses[x.w]; ok {
						uses[x.w] = n + 1
					}
				}
			}
		}
	}
	out := make(map[string]string)
	for sur, gs := range firsts {
		if len(gs) != 1 || notName[sur] || two[sur] {
			continue
		}
		var g string
		for x := range gs {
			g = x
		}
		if full[g+" "+sur] < 2 {
			continue
		}
		second := false
		for p := range other[sur] {
			if uses[p] == before[[2]string{sur, p}] || other[sur][p] >= 2 || middle[sur][p] {
				// written only before the surname, twice before it (a
				// word cased text writes mostly lower-case is not in
				// other), or before "<given> <surname>": a given name
				// the list lacks ("zoltan velmora" beside "ada velmora")
				second = true
			}
		}
		if !second {
			out[sur] = g
		}
	}
	named := make(map[string]bool, len(firsts))
	for sur := range firsts {
		named[sur] = true
	}
	return out, pairs, named
}

// wordShape holds, for each first byte, a bit for each length (31 for
// 31 bytes or more) of the words of a set that open with it: a word
// whose first byte and length no word of the set shares is not in it,
// told without hashing the word for a map lookup.
type wordShape [256]uint32

// shapeOf returns the shape of the words of set.
func shapeOf(set map[string]bool) *wordShape {
	var s wordShape
	for w := range set {
		if w != "" {
			s[w[0]] |= 1 << min(len(w), 31)
		}
	}
	return &s
}

// may reports whether w may be a non-empty word of the set: false means
// the set holds no w.
func (s *wordShape) may(w string) bool {
	return w != "" && s[w[0]]&(1<<min(len(w), 31)) != 0
}

// wordSetOf returns the set of the words (lowerCore) of text that may be
// surnames (surnameWord): the only ones bareGivens is asked about.
func wordSetOf(text string) map[string]bool {
	out := make(map[string]bool)
	for _, f := range lex.SpaceFieldsShared(text) {
		if w, _ := lowerCore(f); w != "" && surnameWord(w) {
			out[w] = true
		}
	}
	return out
}
