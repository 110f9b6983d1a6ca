package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, after writeFullNames: a
// reader's summary that first names a person by a title and surname alone
// ("Deputy Halvorsen says ...", "..., said Dr. Okonjo.") while its sources
// name them in full ("deputy tomek halvorsen", "dr. ada okonjo") gets the
// given name written in: "Deputy Tomek Halvorsen says ...". Blind readers
// list "Justice <surname>" with no first name as a dangling reference;
// the honorific rule (nameHonorific) covers only "Mr.", "Mrs." and "Ms.",
// whose word it replaces, while a title stays, for it tells the role.

// givenTitles are the titles before a surname that nameTitled reads; the
// heads of state and the clergy's "father" are left out ("President
// <surname>" reads fine alone, "a father drops ..." is no title).
var givenTitles = lex.Set("dr", "prof", "professor", "sgt", "sergeant", "det", "detective",
	"gov", "governor", "sen", "senator", "rep", "lt", "lieutenant", "col", "colonel", "capt",
	"captain", "maj", "major", "gen", "cpl", "corporal", "pvt", "supt", "superintendent", "insp",
	"inspector", "cmdr", "commander", "adm", "admiral", "atty", "judge", "justice", "deputy",
	"officer", "trooper", "constable", "coach", "rev", "reverend", "commissioner", "sheriff",
	"mayor", "councilman", "councilwoman", "ambassador", "chancellor", "bishop", "archbishop",
	"cardinal", "rabbi", "imam", "pastor", "agent", "secretary")

// successors before a title and surname make them a part another plays
// or takes on: "the next colonel <surname>".
var successors = lex.Set("next", "new", "another")

// titleAbbrevs are the abbreviations of the titles that have one.
var titleAbbrevs = map[string]string{"professor": "prof", "sergeant": "sgt", "detective": "det",
	"governor": "gov", "senator": "sen", "lieutenant": "lt", "colonel": "col", "captain": "capt",
	"major": "maj", "corporal": "cpl", "superintendent": "supt", "inspector": "insp",
	"commander": "cmdr", "admiral": "adm", "reverend": "rev"}

// titleClass returns the abbreviation of title, or title: "colonel" and
// "col" are one title.
func titleClass(title string) string {
	if a, ok := titleAbbrevs[title]; ok {
		return a
	}
	return title
}

// nameTitled writes, in each sentence of sum in order, the first mention
// of a surname after a title (givenTitles) that no earlier text of the
// summary names, with the given name the sources give it (titledGivens),
// and adds the words it writes to sum.Words. After a title written as a
// word ("justice", "captain", "colonel") the sources must write the
// title, or its abbreviation, before the full name too: lower-cased,
// such a word may be a given name ("justice <surname>") or a film's
// title ("captain <surname>").
func (c *cluster) nameTitled(sum *chorus.Summary) {
	var givens map[string]string
	var pairs map[string]bool
	before := ""
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		fields := lex.SpaceFields(s)
		for j := 0; j+1 < len(fields); j++ {
			title := strings.TrimSuffix(lex.Lower(fields[j]), ".")
			if !givenTitles[title] || inQuotation(fields, j) {
				continue
			}
			sur, _ := lowerCore(fields[j+1])
			if !surnameWord(sur) || j > 0 && (determiners[lex.Lower(fields[j-1])] || successors[lex.Lower(fields[j-1])]) {
				continue // "the governor said ...": a role, not a title; "the next colonel <surname>": a part played
			}
			if containsWord(before, sur) || containsWord(lex.Lower(strings.Join(fields[:j], " ")), sur) {
				continue // named before
			}
			if givens == nil {
				givens, pairs = c.titledGivens()
			}
			g, ok := givens[sur]
			if !ok || containsWord(before, g) {
				continue
			}
			if !abbrevTitles[title] && !pairs[titleClass(title)+" "+g+" "+sur] {
				continue // "justice <surname>" may be a given name, "captain <surname>" a film's
			}
			if j+2 < len(fields) {
				if next, _ := lowerCore(fields[j+2]); pairs[sur+" "+next] && plainLower(next) && !lex.IsStopword(next) &&
					!lex.IsAttributionVerb(next) && !verbLike(next) && !verbForm(next) && !adverbLike(next) {
					continue // "sen. <given> <surname>" with a given name the list lacks
				}
			}
			word := fields[j+1]
			at := strings.Index(lex.Lower(word), sur)
			if at < 0 {
				continue
			}
			// The capitals of the name make the sentence read as cased to
			// tidyQuotes' lowerAfterStop, which would leave Multi-News's
			// capital after "st." or "u.s.": it is lowered here first
			// (lowerAfter keeps the spaces, so the fields stay in place).
			fields = lex.SpaceFields(lowerAfterStop(s, nil))
			fields[j+1] = word[:at] + nameCase(g) + " " + nameCase(sur) + word[at+len(sur):]
			sum.Sentences[i].Text = strings.Join(fields, " ")
			sum.Words++
			break // one a sentence
		}
		before += " " + lex.Lower(sum.Sentences[i].Text)
	}
}

// titledGivens maps each surname of the cluster's sentences to the one
// given name they write before it ("tomek" for "halvorsen" of "deputy
// tomek halvorsen said"), and returns too the set of word pairs the
// sentences hold ("tomek halvorsen"). The words before a surname that
// may be its given name are the listed ones (lex.IsGivenName) and those
// the sentences write after a title or a role ("colonel <given>
// <surname>"); with two such words (two people of one family) or none,
// or a surname after both "mr." and "mrs." (twoPeople), the surname is
// left out. A listed given name is taken, unless the surname is a given
// name too ("<given> Owen") and no title comes before the pair; an
// unlisted one is taken only after a title, when it ends like no verb
// or adjective and the sentences never write it without the surname
// after it ("general" of "attorney general <surname>" is no given name).
func (c *cluster) titledGivens() (map[string]string, map[string]bool) {
	seen := make(map[string]map[string]bool) // surname -> given names before it
	pairs := make(map[string]bool)           // "given surname" pairs
	titled := make(map[string]bool)          // "given surname" pairs after a title
	_, split := c.nameWords()
	cores := c.nameWordCores()
	for i, f := range split {
		cs := cores[i]
		for j := 1; j < len(f); j++ {
			sur := cs[j].w
			g, punct := cs[j-1].w, cs[j-1].punct
			if punct || !plainLower(g) || !plainLower(sur) {
				continue
			}
			pairs[g+" "+sur] = true
			if len(g) < 2 || !surnameWord(sur) {
				continue
			}
			if lex.IsStopword(g) || notSurnameWords[g] || givenTitles[g] || lex.IsAttributionVerb(g) ||
				linkWordsBeforeName[g] || notGiven[g] {
				continue
			}
			if seen[sur] == nil {
				seen[sur] = make(map[string]bool)
			}
			seen[sur][g] = true
			if j >= 2 {
				p := strings.TrimSuffix(f[j-2], ".")
				if givenTitles[p] || roleWords[p] || abbrevTitles[p] {
					titled[g+" "+sur] = true
				}
				if givenTitles[p] {
					pairs[titleClass(p)+" "+g+" "+sur] = true
				}
			}
		}
	}
	two := c.twoPeople()
	out := make(map[string]string)
	for sur, gs := range seen {
		if two[sur] {
			continue
		}
		var g string
		n := 0
		for x := range gs {
			if lex.IsGivenName(x) || titled[x+" "+sur] {
				g = x
				n++
			}
		}
		if n != 1 {
			continue // none, or two people of one name
		}
		t := titled[g+" "+sur]
		if lex.IsGivenName(g) && (t || !lex.IsGivenName(sur)) ||
			t && !verbLike(g) && !adjectiveLike(g) && followedOnlyBy(cores, g, sur) {
			out[sur] = g
		}
	}
	return out, pairs
}

// surnameWord reports whether lower-case w may be a surname after a
// title: a word of three or more letters that is no stopword, title,
// role or verb form ("the governor said", "judge ruled"). A given name
// may be a surname too ("Prof. <given> Owen"): titledGivens asks more of
// those.
func surnameWord(w string) bool {
	if !plainLower(w) || len(w) < 3 || lex.IsStopword(w) {
		return false
	}
	in := surnameSets[w] // notSurnameWords[w], givenTitles[w] and verbForm's sets, in one lookup
	return in&(inNotSurnameWords|inGivenTitles) == 0 && !lex.IsAttributionVerb(w) &&
		!(in&inVerbForms != 0 && w != "rose" && w != "won") && !participleLike(w)
}

// surnameSets marks the sets surnameWord reads that hold a word:
// notSurnameWords, givenTitles, and pastForms or commonVerbs (verbForm).
var surnameSets = func() map[string]uint8 {
	m := make(map[string]uint8)
	for _, set := range []struct {
		words map[string]bool
		bit   uint8
	}{{notSurnameWords, inNotSurnameWords}, {givenTitles, inGivenTitles}, {pastForms, inVerbForms}, {commonVerbs, inVerbForms}} {
		for w := range set.words {
			m[w] |= set.bit
		}
	}
	return m
}()

// The bits of surnameSets.
const (
	inNotSurnameWords uint8 = 1 << iota
	inGivenTitles
	inVerbForms
)

// nameTexts returns the texts titledGivens reads: the cluster's
// articles (their candidates stop short of a long article's end), or its
// candidates where it holds no article.
// nameWords returns nameTexts lower-cased, and each of them split into
// fields, made once per cluster.
func (c *cluster) nameWords() ([]string, [][]string) {
	if c.nameLow == nil {
		texts := c.nameTexts()
		c.nameLow = make([]string, len(texts))
		c.nameFields = make([][]string, len(texts))
		for i, t := range texts {
			// strings.ToLower and strings.Fields, in one pass each
			// over an article with non-ASCII runes.
			c.nameLow[i] = lex.Lower(t)
			c.nameFields[i] = lex.SpaceFields(c.nameLow[i])
		}
	}
	return c.nameLow, c.nameFields
}

// nameWordCores returns the lowerCore of each field nameWords returns,
// made once per cluster: titledGivens, followedOnlyBy and bareGivens
// read every article word's core, some of them twice. Callers must not
// change them.
func (c *cluster) nameWordCores() [][]core {
	if c.nameCores == nil {
		_, split := c.nameWords()
		total := 0
		for _, f := range split {
			total += len(f)
		}
		flat := make([]core, total) // one allocation for every article's cores
		c.nameCores = make([][]core, len(split))
		for i, f := range split {
			c.nameCores[i], flat = flat[:len(f):len(f)], flat[len(f):]
			for j, x := range f {
				w, punct := lowerCore(x)
				c.nameCores[i][j] = core{w, punct}
			}
		}
	}
	return c.nameCores
}

func (c *cluster) nameTexts() []string {
	var out []string
	for i := range c.docs {
		if a := c.docs[i].article; a != nil {
			out = append(out, truncate(a.Text, maxArticleBytes))
		}
	}
	if len(out) > 0 {
		return out
	}
	for i := range c.cands {
		out = append(out, c.cands[i].text)
	}
	return out
}

// followedOnlyBy reports whether every mention of g in cores (the
// lowerCore of texts' fields) is followed by sur: a given name,
// not a word of its own ("general" of "attorney general <surname>").
func followedOnlyBy(cores [][]core, g, sur string) bool {
	for _, cs := range cores {
		for j := range cs {
			if cs[j].w != g {
				continue
			}
			if j+1 >= len(cs) || cs[j+1].w != sur {
				return false
			}
		}
	}
	return true
}
