package summarize

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage: a reader's summary that
// names a person by surname alone before any sentence of it names them in
// full ("Lundy pleaded guilty ...", "..., Hall said.", "Mr. Bharara
// released a statement ...") writes that first mention in full, as the
// cluster's sources give it ("Dennis Lundy", "Jim Hall", "Preet
// Bharara"). Selection already holds back such sentences until the
// person is introduced where the surname rule knows the person
// (surname.go); this catches the rest: surnames that are also common
// words ("Hall"), people the sources name with no verb of saying, and
// sentences let in with their source predecessor. Blind readings
// blind8/9/10/12/13 named a surname-only person a dangling reference 234
// times. Lower-cased text (Multi-News: fewer than one sentence in
// casedShare cased) shows no names, except after an honorific: there only
// "Mr. Gaughan" is written in full (lowerFullNames, nameHonorific).

// personAfter are words after a bare surname that show a person: a verb
// of saying (lex.IsAttributionVerb) or one of these.
var personAfter = lex.Set("pleaded", "testified", "resigned", "confessed", "apologized",
	"apologised", "married", "divorced", "recalled", "insisted", "argued", "conceded")

// maxGivenWords bounds the words before a surname taken as the given
// names of a full name: "George W. Bush", "Jose Vicente Rangel".
const maxGivenWords = 2

// nameInFull writes the people of a reader's summary as a reader meets
// them: in full at the first mention (writeFullNames), with the role the
// sources give (addRoles, role.go).
func (c *cluster) nameInFull(sum *chorus.Summary) {
	c.nameAgeLead(sum)           // agelead.go
	c.attributeQuotes(sum)       // quotespeaker.go
	c.attributeInnerQuotes(sum)  // quoteinner.go
	c.nameQuotePronouns(sum)     // quotepronoun.go
	c.nameCreditPronouns(sum)    // creditpronoun.go
	c.introduceDefinites(sum)    // introwords.go
	c.introduceLeadDefinite(sum) // leaddefinite.go
	c.introduceLeadThey(sum)     // leadsaidback.go
	c.introduceBodyDefinites(sum)
	c.writeFullNames(sum)
	c.nameGivenAlone(sum)       // namegiven.go
	c.nameSurnameFirst(sum)     // surnamefirst.go
	c.nameCoupleHonorifics(sum) // couplename.go
	c.nameTitled(sum)           // titlename.go
	c.nameBareSurnames(sum)     // barename.go
	c.nameUnlistedGivens(sum)   // nameunlisted.go
	c.nameSpeakers(sum)         // speakername.go
	c.addRoles(sum)
}

// lowerCased reports whether the cluster's text is lower-cased: fewer
// than one candidate in casedShare is cased. It reads the candidates
// once per cluster (c.lower): a dozen cuts after selection ask it.
func (c *cluster) lowerCased() bool {
	if c.lower == 0 {
		n := 0
		for i := range c.cands {
			if c.casedAt(i) {
				n++
			}
		}
		c.lower = 2
		if n == 0 || n*casedShare < len(c.cands) {
			c.lower = 1
		}
	}
	return c.lower == 1
}

// writeFullNames rewrites, in each sentence of sum in order, the first mention
// of a person by surname alone that no earlier sentence names in full
// (fullNameOf), and adds the words it writes to sum.Words.
func (c *cluster) writeFullNames(sum *chorus.Summary) {
	lower := c.lowerCased()
	want := summaryCores(sum)
	var index map[string]string
	if lower {
		if summaryHonorific(sum) {
			index = c.lowerFullNames(want) // read by nameHonorific only
		}
	} else {
		index = c.fullNames()
	}
	bare, given := c.lowerGivenNames(want)
	dropWordGivenMisreads(sum, bare)          // "will mark the first time" (wordgiven.go)
	raw := c.rawGivenNames(want, bare, given) // full names outside the candidates (rawname.go)
	c.givenSurnames(sum, want, bare, given)
	if len(index) == 0 && len(bare) == 0 {
		return // no name to write in full
	}
	for sur := range c.twoPeople() {
		delete(index, sur) // lower case: the lower-cased text's key
		delete(index, placeCase(sur, 0))
		delete(bare, sur)
	}
	// After "mr." or "mr", a surname the sources write only after a
	// given name is named in full too ("Mr bramante" -> "Antonio Bramante"),
	// and that full name wins over the honorific's (lowerFullNames), whose
	// given name is any word that opens a noun phrase.
	honorific := make(map[string]string, len(index)+len(bare))
	for sur, full := range index {
		honorific[sur] = full
	}
	for sur, full := range bare {
		honorific[sur] = full
	}
	heads := c.nameHeadWords(bare)      // namehead.go
	after := c.namesAfterSurnames(bare) // otherperson.go
	given = c.commonWordsOut(given, bare)
	var named []string // sentences so far
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		t, ok := "", false
		if lower {
			t, ok = nameHonorific(s, honorific, lex.Lower(strings.Join(named, " ")))
			if !ok {
				t, ok = nameBare(s, bare, given, heads, after, lex.Lower(strings.Join(named, " ")), false)
			}
			if ok && !lex.Cased(s) && strings.Contains(s, ". ") {
				// The capitals of the full name make the sentence read
				// as cased to tidyQuotes' lowerAfterStop, which would
				// leave Multi-News's capital after "a.m." or "u.s."
				// ("6 p.m. Hour"): it is lowered here, before the name
				// is written, as tidyQuotes lowers it in the others.
				if l := lowerAfterDots(s); l != s {
					if t2, ok2 := nameHonorific(l, honorific, lex.Lower(strings.Join(named, " "))); ok2 {
						t = t2
					} else if t2, ok2 := nameBare(l, bare, given, heads, after, lex.Lower(strings.Join(named, " ")), false); ok2 {
						t = t2
					}
				}
			}
		} else {
			t, ok = nameFirstMention(s, index, strings.Join(named, " "))
			if !ok {
				// A source's lower-cased sentence in a cased cluster:
				// "... that bourque was arrested".
				t, ok = nameBare(s, bare, given, heads, after, lex.Lower(strings.Join(named, " ")), true)
			}
		}
		if ok {
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
			s = t
		}
		named = append(named, s)
	}
	shortenRawNames(sum, raw)
}

// summaryCores returns the words of sum's sentences as nameBare and
// nameHonorific look them up: each word's lowerCore, and the word after an
// honorific as nameHonorific trims it. Only these can be rewritten, so
// the cluster's names are looked for only among them.
func summaryCores(sum *chorus.Summary) map[string]bool {
	out := make(map[string]bool)
	for i := range sum.Sentences {
		for _, f := range lex.SpaceFieldsShared(sum.Sentences[i].Text) {
			w, _ := lowerCore(f)
			out[w] = true
			if plainLower(f) {
				continue // w is f, and so is the trimmed word below
			}
			core := lex.Lower(strings.TrimRight(f, ",.;:!?\"”'’"))
			out[strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")] = true
		}
	}
	return out
}

// summaryNameCores returns the words of summaryCores(sum) that may be
// surnames to lowerGivenNames (surnameShapedAs: three letters or more,
// letters only): the others have no full name there.
func summaryNameCores(sum *chorus.Summary) map[string]bool {
	out := make(map[string]bool)
	for i := range sum.Sentences {
		for f := range lex.FieldsSeq(sum.Sentences[i].Text) {
			if plainLower(f) { // most words: f is both words below
				if len(f) >= 3 {
					out[f] = true
				}
				continue
			}
			if len(f) < 3 && f[0] < utf8.RuneSelf && (len(f) < 2 || f[1] < utf8.RuneSelf) {
				continue // ASCII: lowering keeps its length, and its words are no longer
			}
			if w, _ := lowerCore(f); len(w) >= 3 && lettersOnly(w) {
				out[w] = true
			}
			core := lex.Lower(strings.TrimRight(f, ",.;:!?\"”'’"))
			if w := strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s"); len(w) >= 3 && lettersOnly(w) {
				out[w] = true
			}
		}
	}
	return out
}

// nameFirstMention returns s with its first bare mention of a surname
// that index gives a full name for, and before holds no mention of,
// written in full: "Lundy pleaded ..." -> "Dennis Lundy pleaded ...",
// "Mr. Bharara said ..." -> "Preet Bharara said ...". The mention must be
// a person's there: an honorific before it, or a verb of saying or
// personAfter after it (a verb of saying before it is not enough: "the
// virus attacks Windows"). It reports whether it changed s.
func nameFirstMention(s string, index map[string]string, before string) (string, bool) {
	if len(index) == 0 {
		return s, false
	}
	fields := lex.SpaceFieldsShared(s)
	toks := nameToks(s)
	for j, t := range toks {
		full, ok := index[t.core]
		if !ok || !t.capital {
			continue
		}
		if strings.Contains(before, t.core) {
			continue // named before, in full or not: the reader has met them
		}
		if j > 0 && !toks[j-1].brk && (toks[j-1].capital || toks[j-1].initial) && !honorifics[lex.Lower(toks[j-1].core)] {
			continue // "Dennis Lundy", "Rep. Lundy": named already
		}
		hon := j > 0 && honorifics[lex.Lower(toks[j-1].core)]
		next := ""
		if j+1 < len(toks) {
			next = lex.Lower(toks[j+1].core)
		}
		if !hon && !personAfter[next] && !lex.IsAttributionVerb(next) {
			continue
		}
		from := j
		if hon {
			from = j - 1 // "Mr. Bharara" -> "Preet Bharara"
		}
		out := append([]string{}, fields[:from]...)
		out = append(out, strings.Replace(fields[j], t.core, full, 1))
		out = append(out, fields[j+1:]...)
		return strings.Join(out, " "), true
	}
	return s, false
}

// fullNames maps each surname the cluster's sentences write after given
// names ("Dennis Lundy", "George W. Bush") to its most frequent full form,
// the earliest in reading order on a tie. A given name is a capitalised
// word or an initial that no sentence writes in lower case and that is no
// title, role, honorific, place word or institution word; a sentence's
// first word counts only as the start of a name. Surnames themselves may be
// common words ("Jim Hall").
func (c *cluster) fullNames() map[string]string {
	all := make([][]nameTok, len(c.cands))
	for ci := range c.cands {
		all[ci] = nameToks(c.cands[ci].text)
	}
	lower := c.lowerWordsOf(capitalWords(all)) // given asks only of capitalised words
	given := func(t nameTok) bool {
		low := lex.Lower(t.core)
		if t.initial {
			return true
		}
		return t.capital && !lower[low] && !lex.IsStopword(low) && !abbrevTitles[low] && !honorifics[low] &&
			!roleWords[low] && !placeWords[low] && !notSurnames[low]
	}
	count := make(map[string]int)   // full form -> times written
	best := make(map[string]string) // surname -> most frequent full form so far
	forms := make(map[string]int)   // surname -> full forms seen
	for _, toks := range all {
		for j := 1; j < len(toks); j++ {
			t := toks[j]
			if !t.capital || notSurnames[lex.Lower(t.core)] || toks[j-1].brk || !given(toks[j-1]) {
				continue
			}
			if j+1 < len(toks) && !t.brk && (toks[j+1].capital || toks[j+1].initial) {
				continue // not the last word of a name
			}
			k := j - 1
			for k > 0 && j-k < maxGivenWords && !toks[k-1].brk && given(toks[k-1]) {
				k--
			}
			parts := make([]string, 0, j-k+1)
			for _, p := range toks[k : j+1] {
				w := p.core
				if p.initial {
					w += "."
				}
				parts = append(parts, w)
			}
			full := strings.Join(parts, " ")
			if count[full] == 0 {
				forms[t.core]++
			}
			count[full]++
			// The first form seen wins a tie: candidates are in reading
			// order within each source, sources in input order.
			if b, ok := best[t.core]; !ok || count[full] > count[b] {
				best[t.core] = full
			}
		}
	}
	for sur, n := range forms {
		if n > 1 {
			// "Jane Wilson" and "Gary Wilson": a bare "Wilson" or "Mrs
			// Wilson" may be either (a blind judge read "Gary Wilson, had
			// apparently fallen" where the wife had), so it is left.
			delete(best, sur)
		}
	}
	return best
}

// twoPeople returns the surnames (lower case) the cluster writes after
// both a man's and a woman's honorific ("Mr Wilson" and "Mrs Wilson"): a
// couple or a family, whom a single full name would confuse. It is read
// once per cluster (c.two); callers must not change the map.
func (c *cluster) twoPeople() map[string]bool {
	if c.two == nil {
		c.two = c.readTwoPeople()
	}
	return c.two
}

// readTwoPeople reads twoPeople from the cluster's candidates.
func (c *cluster) readTwoPeople() map[string]bool {
	male := make(map[string]bool)
	female := make(map[string]bool)
	out := make(map[string]bool)
	words, _ := c.candCores()
	for _, f := range words {
		// Each field and the next; no field is empty.
		prev := ""
		for _, next := range f {
			cur := prev
			prev = next
			if cur == "" || cur[0] != 'm' && cur[0] != 'M' {
				continue // no honorific: each starts with "m" (a word's case is lowered rune by rune)
			}
			h := strings.TrimSuffix(lex.Lower(cur), ".")
			w := strings.TrimRight(lex.Lower(next), ",.;:!?\"”'’")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			switch h {
			case "mr", "messrs":
				male[w] = true
			case "mrs", "ms", "miss", "mme", "mlle":
				female[w] = true
			default:
				continue
			}
			if male[w] && female[w] {
				out[w] = true
			}
		}
	}
	return out
}

// bareHonorifics are the honorifics British papers write without a period
// ("Mr Choi"); "miss" is left out, a common verb.
var bareHonorifics = lex.Set("mr", "mrs", "ms")

// summaryHonorific reports whether a sentence of sum holds a word that
// nameHonorific reads as an honorific before another word.
func summaryHonorific(sum *chorus.Summary) bool {
	for i := range sum.Sentences {
		fields := lex.SpaceFieldsShared(sum.Sentences[i].Text)
		for j := 0; j+1 < len(fields); j++ {
			if honorificAt(fields[j]) {
				return true
			}
		}
	}
	return false
}

// honorificAt reports whether the word f is an honorific as
// nameHonorific reads it: "Mr.", "ms.", "Mr".
func honorificAt(f string) bool {
	h := lex.Lower(f)
	return honorifics[strings.TrimSuffix(h, ".")] && (strings.HasSuffix(h, ".") || bareHonorifics[h])
}

// nameAtHonorific writes full in place of the honorific fields[j] and the
// surname after it, whose lower-cased word holds sur, keeping the
// surname's other characters ("Mr. Sung's" reads "Sung Min-ji's"), and
// returns the fields and true; fields and false when the word does not
// hold sur.
func nameAtHonorific(fields []string, j int, sur, full string) ([]string, bool) {
	word := fields[j+1]
	at := strings.Index(lex.Lower(word), sur)
	if at < 0 {
		return fields, false
	}
	fields[j+1] = word[:at] + full + word[at+len(sur):]
	return slices.Delete(fields, j, j+1), true
}

// nameHonorific returns s with its first honorific mention ("Mr. Choi",
// "ms. rowe", "Mr Choi") of a surname that index (lowerFullNames) gives a full name
// for, and before (lower case) does not hold, written as that full name
// in capitals ("Gregory Gaughan"). It reports whether it changed s.
func nameHonorific(s string, index map[string]string, before string) (string, bool) {
	fields := lex.SpaceFieldsShared(s)
	for j := 0; j+1 < len(fields); j++ {
		if !honorificAt(fields[j]) {
			continue
		}
		word := fields[j+1]
		core := lex.Lower(strings.TrimRight(word, ",.;:!?\"”'’"))
		core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		full, ok := index[core]
		if !ok || strings.Contains(before, core) || strings.Contains(lex.Lower(strings.Join(fields[:j], " ")), core) {
			continue // named before, in this sentence or an earlier one
		}
		if honorificOtherGender(fields[j], full) {
			continue // "Mr <surname>" is not the sources' only "<her given name> <surname>"
		}
		if inQuotation(fields, j) && (j+2 >= len(fields) || !lex.IsAttributionVerb(lex.Lower(strings.Trim(fields[j+2], ",.;:!?\"”")))) {
			continue // '"Mrs roe, at the top of the stairs, ..." said the judge': the speaker's words, not '" he and mr. roe said'
		}
		i := strings.Index(lex.Lower(word), core)
		out := append([]string{}, fields[:j]...)
		out = append(out, word[:i]+full+word[i+len(core):])
		out = append(out, fields[j+2:]...)
		return strings.Join(out, " "), true
	}
	return s, false
}

// honorificOtherGender reports whether honorific h ("Mr.", "mrs") and the
// given name of full name full tell two genders: a given name listed for
// one gender only after an honorific of the other.
func honorificOtherGender(h, full string) bool {
	g := lex.Lower(lex.SpaceFieldsShared(full)[0])
	switch lex.Lower(strings.TrimRight(h, ".")) {
	case "mr":
		return lex.IsFemaleGivenName(g) && !lex.IsMaleGivenName(g)
	case "mrs", "ms", "miss":
		return lex.IsMaleGivenName(g) && !lex.IsFemaleGivenName(g)
	}
	return false
}

// linkWordsBeforeName open a clause before a name and are no given names,
// though lex's stopwords lack them: "since kim thanked ...".
var linkWordsBeforeName = lex.Set("since", "unless", "whereas", "despite", "meanwhile", "thus", "hence")

// lowerFullNames maps each surname that a lower-cased cluster writes after
// an honorific ("mr. gaughan") to the one full name its sentences write it
// with, one given name before it, in capitals: "gregory gaughan" gives
// "Gregory Gaughan". A surname written with two given names is left out:
// "mr. trump" may be Donald or Ivana Trump, and a headline's word run into
// the text ("protest trump") is no given name (two given names before it
// took such words too). Only the surnames in want are looked at
// (summaryCores). A given name there is a word of letters that is no stopword, title, role,
// honorific, verb of saying, place or institution word, and that opens a
// noun phrase (after a stopword, title, role, verb of saying or
// punctuation, or opening the sentence): "said gregory gaughan", "speaker
// john boehner", not "reporters asked gaughan".
func (c *cluster) lowerFullNames(want map[string]bool) map[string]string {
	words := make([][]string, len(c.cands))
	marked := make(map[string]bool) // wanted surnames after an honorific
	for ci := range c.cands {
		f := lex.SpaceFields(lex.Lower(c.cands[ci].text))
		words[ci] = f
		for j := 0; j+1 < len(f); j++ {
			if honorificAt(f[j]) {
				w := strings.TrimRight(f[j+1], ",.;:!?\"”'’")
				if w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); want[w] && !lex.IsStopword(w) {
					marked[w] = true // not "preferred mrs. to ms."
				}
			}
		}
	}
	if len(marked) == 0 {
		return nil
	}
	plain := func(w string) bool {
		if len(w) < 2 {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return false
			}
		}
		return true
	}
	tc := truecase.Default()
	given := func(w string) bool {
		return plain(w) && !lex.IsStopword(w) && !abbrevTitles[w] && !honorifics[w] && !roleWords[w] &&
			!placeWords[w] && !notSurnames[w] && !lex.IsAttributionVerb(w) && !personAfter[w] && !linkWordsBeforeName[w] &&
			(lex.IsGivenName(w) || !tc.Common(w)) // ", given mcgowan's record": a participle, no given name
	}
	opens := func(f []string, k int) bool { // f[k] opens a noun phrase
		if k == 0 {
			return true
		}
		p := f[k-1]
		if strings.TrimRight(p, ",.;:!?\"”'’)") != p {
			return true
		}
		if subjectPronouns[p] || p == "to" || p == "not" || copulas[p] {
			return false // "she hopes pell …", "to praise pell's …", "it is classic pell": a verb or a predicate
		}
		if determiners[p] {
			return false // "his surname pell", "her arrest pell": a noun
		}
		return lex.IsStopword(p) || abbrevTitles[strings.TrimSuffix(p, ".")] || roleWords[p] || lex.IsAttributionVerb(p)
	}
	// A given name after a role noun of repeatPhraseHeads or a relative
	// ("the poet edda lund", "her girlfriend marit osei"), or a listed
	// given name after any word ("the festival curator peter brandt"),
	// is read (looseOpens) only for surnames that no noun-phrase opening
	// names: read for all, it made "said bob vang" ambiguous beside
	// "harbour master robert vang" and lost the full name.
	// Measured against 59e8e88 with surnamefirst.go and couplename.go:
	// validation 1 of 5,599 changed (the same: a president's "Mr X"
	// written in full); train 1-38,000 11 changed among the 1,565
	// summaries holding an honorific, all read: 8 better (a host, a
	// chef, a chief executive, a mother, an aid worker, ... met as "Mr
	// X" or "Ms X" now named), 3 the same (well-known politicians), 0
	// worse. Read for all surnames it changed 16, 5 worse (a full name
	// the summary had became "Mr X").
	best, ambiguous := make(map[string]string), make(map[string]bool)
	loose, looseAmbiguous := make(map[string]string), make(map[string]bool)
	for _, f := range words {
		for j := 1; j < len(f); j++ {
			sur := strings.TrimRight(f[j], ",.;:!?\"”'’")
			sur = strings.TrimSuffix(strings.TrimSuffix(sur, "'s"), "’s")
			if !marked[sur] || !given(f[j-1]) {
				continue
			}
			k := j - 1
			into, amb := best, ambiguous
			if !opens(f, k) {
				if !looseOpens(f, k) {
					continue
				}
				into, amb = loose, looseAmbiguous
			}
			parts := make([]string, 0, j-k+1)
			for _, w := range f[k:j] {
				parts = append(parts, placeCase(w, 0))
			}
			full := strings.Join(append(parts, nameCase(sur)), " ")
			if b, ok := into[sur]; ok && b != full {
				amb[sur] = true
			}
			into[sur] = full
		}
	}
	for sur, full := range loose {
		if _, ok := best[sur]; !ok && !ambiguous[sur] && !looseAmbiguous[sur] {
			best[sur] = full
		}
	}
	for sur := range ambiguous {
		delete(best, sur)
	}
	return best
}

// looseOpens reports whether f[k] may open a person's name after a word
// that lowerFullNames' opens turns down: a role noun (repeatPhraseHeads)
// or a relative (laterNameFamily) before it, or f[k] a listed given
// name, though not after a subject pronoun, "to", "not", a copula or a
// determiner.
func looseOpens(f []string, k int) bool {
	if k == 0 {
		return false
	}
	p := f[k-1]
	if subjectPronouns[p] || p == "to" || p == "not" || copulas[p] || determiners[p] {
		return false
	}
	return repeatPhraseHeads[p] || laterNameFamily[p] || lex.IsGivenName(f[k])
}

// subjectPronouns before a word show its verb, not a given name: "he
// expects pell will win".
var subjectPronouns = lex.Set("i", "he", "she", "we", "they", "it", "you", "who")

// determiners before a word show a common word, not a surname: "the
// hall", "a young man", "his brown coat".
var determiners = lex.Set("the", "a", "an", "this", "these", "those", "his", "her", "its",
	"their", "our", "my", "your", "some", "any", "no", "every", "each")

// afterSurname are words after a lower-cased surname that show a person
// beside the verbs of saying and personAfter: "pulliam, 62,", "pulliam
// was charged", "giwa and her sister".
var afterSurname = lex.Set("is", "was", "has", "had", "who", "and", "will", "would")

// notSurnameWords holds the words of honorifics, abbrevTitles, roleWords,
// placeWords, notSurnames, personAfter, determiners and afterSurname: no
// surname (lowerGivenNames), read with one lookup in place of eight.
var notSurnameWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, set := range []map[string]bool{honorifics, abbrevTitles, roleWords, placeWords, notSurnames, personAfter, determiners, afterSurname} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// core is a field's lowerCore: its word and whether punctuation or a
// possessive followed it.
type core struct {
	w     string
	punct bool
}

// candCores returns each candidate's fields (candFields) and their
// lowerCore, made once per cluster: the name passes read them again and
// again. Callers must not change them.
func (c *cluster) candCores() ([][]string, [][]core) {
	if c.fields == nil {
		words := make([][]string, len(c.cands))
		cores := make([][]core, len(c.cands))
		total := candFields(words, c.cands)
		flat := make([]core, total) // one allocation for every sentence's cores
		for ci := range c.cands {
			n := len(words[ci])
			cores[ci], flat = flat[:n:n], flat[n:]
			for k, f := range words[ci] {
				w, punct := lowerCore(f)
				cores[ci][k] = core{w, punct}
			}
		}
		c.fields, c.cores = words, cores
	}
	return c.fields, c.cores
}

// candFields sets words[ci] to strings.Fields of candidate ci's text, every
// sentence's fields sliced from one slice (one allocation or a few, not
// one per sentence), and returns the fields of all.
func candFields(words [][]string, cands []candidate) int {
	size := 0
	for ci := range cands {
		size += len(cands[ci].text)/6 + 1
	}
	fields := make([]string, 0, size)
	for ci := range cands {
		from := len(fields)
		for f := range lex.FieldsSeq(cands[ci].text) {
			fields = append(fields, f)
		}
		words[ci] = fields[from:len(fields):len(fields)]
	}
	return len(fields)
}

// lowerCore returns the lower-cased word of field f without punctuation
// or possessive, and whether punctuation or a possessive followed it.
func lowerCore(f string) (string, bool) {
	if plainLower(f) {
		return f, false // most words: nothing to trim or lower
	}
	if k := lowerLetters(f); k > 0 && closingPunct(f[k:]) {
		return f[:k], true // "said,", "year.": the trim below, without its passes
	}
	w := lex.Lower(lex.TrimLeftPunct(f, "\"“‘'`(["))
	core := lex.TrimRightPunct(w, ",.;:!?\"”’'`)]")
	for _, p := range []string{"'s", "’s"} {
		if c, ok := strings.CutSuffix(core, p); ok && c != "" {
			return c, true
		}
	}
	return core, core != w
}

// lowerLetters returns the length of f's opening run of lower-case ASCII
// letters.
func lowerLetters(f string) int {
	i := 0
	for i < len(f) && f[i] >= 'a' && f[i] <= 'z' {
		i++
	}
	return i
}

// closingPunct reports whether p is all ASCII punctuation that lowerCore
// trims from a word's end: ,.;:!?"'`)]
func closingPunct(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case ',', '.', ';', ':', '!', '?', '"', '\'', '`', ')', ']':
		default:
			return false
		}
	}
	return true
}

// plainLower reports whether f is all lower-case ASCII letters.
func plainLower(f string) bool {
	for i := 0; i < len(f); i++ {
		if f[i] < 'a' || f[i] > 'z' {
			return false
		}
	}
	return f != ""
}

// lowerGivenNames maps each surname that a lower-cased cluster writes
// after a given name ("william pulliam", "laide giwa") to that full name
// in capitals ("William Pulliam"), for surnames no honorific marks. A
// given name is one of the given names (lex.IsGivenName), or a word that opens a noun phrase
// ("..., laide giwa watched") or follows an abbreviated title ("sen.
// Ebbe velm", titleAbbrev: there in the capital Multi-News writes after
// a stop) and that the cluster writes nowhere but before that surname,
// when the surname speaks somewhere ("giwa said"); or such a word after
// any other word when two sources write the pair and the surname alone
// is the subject of a singular verb ("giwa was charged"; pairSources) or
// opens a relative clause on who ("giwa, who ..."; namewho.go); or a
// listed given name and an unlisted middle name ("say laide ola giwa";
// namemiddle.go).
// A middle name or initial after a listed given name is kept ("William
// R. Pulliam" counts as "William Pulliam"'s). Left out: a surname written
// with two first names ("william pulliam", "mary pulliam"), one ever after
// a determiner ("the hall"), and one that the cluster writes in fewer than
// half its mentions in a person's place (after a given name, honorific,
// role or verb of saying, or before a verb of saying, a comma, a
// possessive or afterSurname). Only the surnames in want (lower case)
// are looked at: the words of the summary being rewritten (summaryCores).
//
// Each word's answer depends on that word alone, so it is read once per
// cluster (c.givenRead): a call reads the cluster's words only for the
// words of want not asked before. Callers may change the maps returned,
// not the sets in the second.
func (c *cluster) lowerGivenNames(want map[string]bool) (map[string]string, map[string]map[string]bool) {
	var missing map[string]bool
	for w := range want {
		if !maySurname(w) {
			continue // no full name: nothing to read or keep
		}
		if _, ok := c.givenRead[w]; !ok {
			if missing == nil {
				missing = make(map[string]bool, len(want))
			}
			missing[w] = true
		}
	}
	if missing != nil {
		out, given := c.lowerGivenNamesOf(missing, nil)
		if c.givenRead == nil {
			c.givenRead = make(map[string]givenReading, len(missing))
		}
		for w := range missing {
			c.givenRead[w] = givenReading{out[w], given[w]}
		}
	}
	out := make(map[string]string)
	given := make(map[string]map[string]bool)
	for w := range want {
		if !maySurname(w) {
			continue
		}
		if r := c.givenRead[w]; r.full != "" {
			out[w], given[w] = r.full, r.given
		}
	}
	return out, given
}

// maySurname reports whether w passes the first tests of surnameShapedAs,
// read without a map lookup: three bytes or more, and no stopword. A word
// that fails them gets no full name from lowerGivenNames.
func maySurname(w string) bool {
	return len(w) >= 3 && !lex.IsStopword(w)
}

// givenReading is lowerGivenNames's answer for one word: the full name
// ("" for none) and the words written before the surname.
type givenReading struct {
	full  string
	given map[string]bool
}

// surnameShapedAs reports whether lower-case w may be a surname to
// lowerGivenNamesOf: three letters or more, and no adverb, stopword,
// given name (unless asSurname holds it), verb of saying or verb form.
func surnameShapedAs(w string, asSurname map[string]bool) bool {
	return len(w) >= 3 && lettersOnly(w) && !(adverbLike(w) || lex.IsStopword(w) || notSurnameWords[w] || lex.IsGivenName(w) && !asSurname[w] ||
		lex.IsAttributionVerb(w) || verbForm(w))
}

// lowerGivenNamesOf is lowerGivenNames that also reads the words of
// asSurname, given names themselves (lex.IsGivenName), as surnames:
// "colin warren" names a bare "warren". Only the listed given names before
// them count as theirs (an unlisted word before a given name is more often
// a role or a headline's word: "ferryman colin").
func (c *cluster) lowerGivenNamesOf(want, asSurname map[string]bool) (map[string]string, map[string]map[string]bool) {
	if len(want) == 0 {
		return map[string]string{}, map[string]map[string]bool{}
	}
	// Each word's lowerCore is computed once (cores) and each distinct
	// word's shape once (shaped): the loop below reads a wanted word and
	// its neighbours.
	type at struct{ ci, j int }
	shaped := make(map[string]bool, len(want)) // every wanted word, and some neighbours
	surnameShaped := func(w string) bool {
		if v, ok := shaped[w]; ok {
			return v
		}
		v := surnameShapedAs(w, asSurname)
		shaped[w] = v
		return v
	}
	shapedWant := make(map[string]bool, len(want)) // the wanted words that may be surnames
	for w := range want {
		if surnameShaped(w) {
			shapedWant[w] = true
		}
	}
	if len(shapedWant) == 0 {
		return map[string]string{}, map[string]map[string]bool{}
	}
	words, cores := c.candCores()
	// The first bytes and the lengths of the wanted words spare most
	// words of the cluster the map lookup below.
	var wantFirst [256]bool
	wantMin, wantMax := math.MaxInt, 0
	for w := range shapedWant {
		wantFirst[w[0]] = true // surnameShaped: at least 3 letters
		wantMin, wantMax = min(wantMin, len(w)), max(wantMax, len(w))
	}
	var found []at // the places of the wanted words, in reading order
	for ci, cs := range cores {
		for k := range cs {
			if w := cs[k].w; len(w) >= wantMin && len(w) <= wantMax && wantFirst[w[0]] && shapedWant[w] {
				found = append(found, at{ci, k})
			}
		}
	}
	plain := func(f string) (string, bool) { // a word with no punctuation
		w, punct := lowerCore(f)
		if punct || w != lex.Lower(f) || !surnameShaped(w) {
			return "", false
		}
		return w, true
	}
	type form struct{ first, text string }
	forms := make(map[string]map[string]int) // surname -> full name -> times
	firsts := make(map[string]map[string]bool)
	person := make(map[string]int) // surname -> mentions in a person's place
	common := make(map[string]bool)
	kin := make(map[string]bool)                // surnames written in full beside a family word
	kinBare := make(map[string]bool)            // surnames written bare beside one ("<surname>'s mother")
	shared := make(map[string]bool)             // surnames written before "jr." or "sr."
	spouse := make(map[string]bool)             // surnames written in full after "lady" or "<surname> and"
	var hints map[string]*genderHints           // surname -> the gender its bare mentions show (kinBare's only)
	alone := make(map[string]map[string]bool)   // surname -> listed given names written alone in its sentences
	unlisted := make(map[string]map[string]int) // surname -> unlisted given name -> times before it
	var pairs map[[2]string][]pairSeen          // surname, unlisted given name -> where written after another word
	var middleAfter map[[3]string]int           // surname, listed given name, unlisted middle name (namemiddle.go) -> times
	speaks := make(map[string]bool)
	acts := make(map[string]bool)                  // surnames written alone before a singular verb (singularVerbs)
	owns := make(map[string]bool)                  // surnames written alone as a possessive (possessiveAct)
	namesake := make(map[string]bool)              // surnames written before a namesake noun (namesakeAfter)
	afterListed := make(map[string]bool)           // surnames written after one of the given names (lex.IsGivenName)
	preceding := make(map[string]map[string]int)   // surname -> plain word written before it -> times
	openBefore := make(map[string]map[string]bool) // surname -> such words where a name may start
	add := func(sur string, fm form) {
		if forms[sur] == nil {
			forms[sur] = make(map[string]int)
			firsts[sur] = make(map[string]bool)
		}
		forms[sur][fm.text]++
		firsts[sur][fm.first] = true
	}
	// givenAt returns the given name before the surname f[j] (cs[j]), if
	// any, and whether it is a listed one (lex.IsGivenName).
	givenAt := func(f []string, cs []core, j int) (string, bool) {
		if j == 0 {
			return "", false
		}
		if wordGivenAt(f, cs, j) {
			return cs[j-1].w, true // "including mark velmor", "undersheriff don velmor" (wordgiven.go)
		}
		if g, ok := nicknameGiven(f, cs, j); ok {
			return g, true // `peter "dj velmo" velmora` (namenick.go)
		}
		if w, ok := plain(f[j-1]); ok && j > 1 && (f[j-1] == w || titleAbbrev(f[j-2])) && (len(w) > 3 || shortGiven(w)) && !verbLike(w) && !notGiven[w] && !asSurname[w] &&
			!adjectiveLike(w) && !pluralNoun(cs[j].w) {
			return w, false // not a headline's capitalised word run into the text
		} else if w, punct := cs[j-1].w, cs[j-1].punct; !punct && lex.IsGivenName(w) && w == lex.Lower(f[j-1]) &&
			(j == 1 || !placeWords[lex.Lower(f[j-2])]) { // not "san francisco medical"
			return w, true
		}
		return "", false
	}
	// A surname never written after a given name gets no full name: its
	// mentions are not read further.
	named := make(map[string]bool)
	type givenName struct {
		g      string
		listed bool
	}
	givens := make([]givenName, len(found)) // givenAt of each place, read again below
	for k, a := range found {
		g, listed := givenAt(words[a.ci], cores[a.ci], a.j)
		givens[k] = givenName{g, listed}
		if g != "" {
			named[cores[a.ci][a.j].w] = true
		}
	}
	for k, a := range found {
		ci, j := a.ci, a.j
		f, cs := words[ci], cores[ci]
		sur, punct := cs[j].w, cs[j].punct
		if !named[sur] {
			continue
		}
		if j == 1 && givens[k].g == "" && !asSurname[sur] {
			// "Ebbe velm was ...": the sentence's capital hides whether
			// its first word opens a name; pairSources weighs it with
			// another source's "... of ebbe velm".
			if w, ok := plain(lex.Lower(f[0])); ok && f[0] == lex.UpperFirst(w) && len(w) > 3 && !verbLike(w) &&
				!notGiven[w] && !adjectiveLike(w) && !roleModifiers[w] && !lex.IsGivenName(w) {
				if pairs == nil {
					pairs = make(map[[2]string][]pairSeen)
				}
				key := [2]string{sur, w}
				pairs[key] = append(pairs[key], pairSeen{c.cands[ci].doc, ""})
			}
		}
		prev, next := "", ""
		if j > 0 {
			prev = lex.Lower(strings.TrimRight(f[j-1], ",.;:!?\"”’'`)]"))
		}
		if j+1 < len(f) {
			next = cs[j+1].w
		}
		if determiners[prev] {
			common[sur] = true
		}
		if g := givens[k].g; g != "" && j > 1 {
			// "first lady ilse tarnwick", "president tarnwick and ilse
			// tarnwick": the full name may be a spouse's, the bare one
			// the other's.
			if b := lex.Lower(f[j-2]); b == "lady" || b == "and" && j > 2 && cs[j-3].w == sur {
				spouse[sur] = true
			}
		}
		if generational[next] {
			shared[sur] = true // "dale tarnwick jr.": father and son share the full name
		}
		if kinNear(f, j) {
			if givens[k].g != "" {
				kin[sur] = true // "his father, petar krivokuca": the full name may be a relative's
			} else {
				kinBare[sur] = true // "krivokuca's mother": the person's own family
			}
		}
		said := lex.IsAttributionVerb(next) || personAfter[next]
		g, listed := givens[k].g, givens[k].listed
		strong := said || honorifics[strings.TrimSuffix(prev, ".")] || roleWords[prev]
		if strong {
			speaks[sur] = true
		}
		if g == "" && !punct && singularVerbs[next] && (j == 0 || prev != lex.Lower(f[j-1]) || lex.IsAttributionVerb(prev) || prev == "that") {
			acts[sur] = true // "velm was charged", "velm has said"
		}
		if g == "" && whoAfter(f, cs, j) {
			acts[sur] = true // "velm, who owns the pier" (namewho.go)
		}
		if g == "" && possessiveAct(f, cs, j) {
			owns[sur] = true // "velm's boat sank" (namepossessive.go)
		}
		if j+1 < len(cs) && namesakeAfter(cs[j+1].w) {
			namesake[sur] = true // "velm studios": the name is a thing's too
		}
		if strong || punct || afterSurname[next] || g != "" || j == 0 || pastVerbAfter(next, prev) {
			person[sur]++
		}
		if j > 0 {
			if w, punct := cs[j-1].w, cs[j-1].punct; !punct && lettersOnly(w) && !lex.IsStopword(w) && !roleWords[w] && !titlesBefore[w] &&
				!lex.IsAttributionVerb(w) && !honorifics[w] {
				if preceding[sur] == nil {
					preceding[sur] = make(map[string]int)
				}
				preceding[sur][w]++ // "Ray evers" as well as "ray evers"
				if j == 1 || opensName(f[j-2]) {
					if openBefore[sur] == nil {
						openBefore[sur] = make(map[string]bool)
					}
					openBefore[sur][w] = true // ", cooper harris": a name may start there
				}
			}
		}
		if g == "" {
			continue
		}
		if listed {
			if g == cs[j-1].w && castRunAt(cs, j, cores, surnameShaped) {
				continue // "credits ruth ilsa brandt tomas ...": "ilsa brandt"'s given name (namecastrun.go)
			}
			fm := form{first: g, text: nameCase(g) + " " + nameCase(sur)}
			if j > 1 && g == cs[j-1].w { // not before a nickname (namenick.go)
				m := lex.Lower(f[j-2])
				if lex.IsGivenName(m) {
					// "william ronald pulliam", "alexander graham bell":
					// the first name is the first word (middleNames
					// finds g a middle name before any surname).
					fm = form{first: m, text: nameCase(m) + " " + fm.text}
				}
			}
			add(sur, fm)
			afterListed[sur] = true
			continue
		}
		if asSurname[sur] {
			continue
		}
		if m, ok := listedBeforeMiddle(f, j); ok {
			// "say ivan holt varkey": a listed first name, an unlisted
			// middle name (namemiddle.go), weighed below.
			if middleAfter == nil {
				middleAfter = make(map[[3]string]int)
			}
			middleAfter[[3]string{sur, m, g}]++
			continue
		}
		if j > 1 && (opensName(f[j-2]) || titleAbbrev(f[j-2])) {
			if unlisted[sur] == nil {
				unlisted[sur] = make(map[string]int)
			}
			unlisted[sur][g]++
		} else if !roleModifiers[g] {
			// After another word ("pardoned ebbe velm", "of ebbe
			// velm"): a name only on two sources' word (pairSources).
			if pairs == nil {
				pairs = make(map[[2]string][]pairSeen)
			}
			key := [2]string{sur, g}
			pairs[key] = append(pairs[key], pairSeen{c.cands[ci].doc, lex.Lower(f[j-2])})
		}
	}
	if len(kinBare) > 0 || len(spouse) > 0 {
		// What kinSafe weighs, for the surnames written bare beside a
		// family word only: the gender the bare mentions show and the
		// given names written alone in the surname's sentences.
		hints = make(map[string]*genderHints, len(kinBare))
		aloneIn := make(map[int][]string) // sentence -> givenAlone, read once
		for k, a := range found {
			sur := cores[a.ci][a.j].w
			if !kinBare[sur] && !spouse[sur] {
				continue
			}
			if givens[k].g == "" {
				if hints[sur] == nil {
					hints[sur] = &genderHints{}
				}
				hints[sur].read(words[a.ci], a.j)
			}
			ga, ok := aloneIn[a.ci]
			if !ok {
				ga = givenAlone(words[a.ci])
				aloneIn[a.ci] = ga
			}
			for _, g := range ga {
				if alone[sur] == nil {
					alone[sur] = make(map[string]bool)
				}
				alone[sur][g] = true
			}
		}
	}
	paired := make(map[string]bool) // surnames named in full by pairSources
	for key, seen := range pairs {
		if pairSources(seen) {
			paired[key[0]] = true
			if unlisted[key[0]] == nil {
				unlisted[key[0]] = make(map[string]int)
			}
			unlisted[key[0]][key[1]]++
		}
	}
	if len(forms) == 0 && len(unlisted) == 0 && len(middleAfter) == 0 {
		return map[string]string{}, map[string]map[string]bool{} // no full name: the counts below choose among them
	}
	// How often the cluster writes each word these counts compare, and
	// which of the listed given names before a wanted surname it writes as
	// a middle name before any surname.
	uses := make(map[string]int)
	mayMiddle := make(map[string]bool)
	for sur, ws := range preceding {
		uses[sur] = 0
		for w := range ws {
			uses[w] = 0
			if lex.IsGivenName(w) {
				mayMiddle[w] = true
			}
		}
	}
	for sur, gs := range unlisted {
		uses[sur] = 0
		for g := range gs {
			uses[g] = 0
		}
	}
	for sur := range person {
		uses[sur] = 0
	}
	// The first bytes and the lengths of the words of uses (mayMiddle's
	// are among them) spare most words of the cluster the lookups below.
	var usesFirst [256]bool
	usesMin, usesMax, usesEmpty := math.MaxInt, 0, false
	for w := range uses {
		if w == "" {
			usesEmpty = true
			continue
		}
		usesFirst[w[0]] = true
		usesMin, usesMax = min(usesMin, len(w)), max(usesMax, len(w))
	}
	middle := make(map[string]bool) // middle names: "ronald" of "william ronald pulliam"
	var quotedAlone map[string]int  // an unlisted given name written alone in a quotation (quotedgiven.go)
	for ci, cs := range cores {
		f := words[ci]
		prevIn := false // whether cs[j-1].w may be a word of uses
		for j := range cs {
			w := cs[j].w
			in := w == "" && usesEmpty || len(w) >= usesMin && len(w) <= usesMax && usesFirst[w[0]]
			if in {
				if n, ok := uses[w]; ok {
					uses[w] = n + 1
					if givenInQuote(f, cs, j, unlisted) {
						if quotedAlone == nil {
							quotedAlone = make(map[string]int)
						}
						quotedAlone[w]++
					}
				}
			}
			// The listed given name g = f[j-1] of the loop above, after
			// another given name, before a surname-shaped word.
			wasIn := prevIn
			prevIn = in
			if j > 1 && wasIn && mayMiddle[cs[j-1].w] && !middle[cs[j-1].w] {
				g := cs[j-1].w
				if !cs[j-1].punct && g == lex.Lower(f[j-1]) && !placeWords[lex.Lower(f[j-2])] &&
					lex.IsGivenName(lex.Lower(f[j-2])) && surnameShaped(w) {
					middle[g] = true
				}
			}
		}
	}
	for key, n := range middleAfter {
		// Written nowhere but between the given name and the surname:
		// "holt" of "ivan holt varkey" (namemiddle.go).
		sur, m, g := key[0], key[1], key[2]
		if uses[g] == n && middleSurname(sur) && (speaks[sur] || acts[sur]) {
			add(sur, form{first: m, text: nameCase(m) + " " + nameCase(g) + " " + nameCase(sur)})
			afterListed[sur] = true
			middle[g] = true
		}
	}
	for sur, gs := range unlisted {
		for g, n := range gs {
			// Written nowhere but before the surname, once at least
			// where a name opens (n), the other times anywhere
			// ("a photo of laide giwa").
			if uses[g]-quotedAlone[g] == preceding[sur][g] && n > 0 {
				add(sur, form{first: g, text: nameCase(g) + " " + nameCase(sur)})
			}
		}
	}
	out := make(map[string]string)
	given := make(map[string]map[string]bool)
	for sur, fs := range forms {
		// Another word that may be a given name: one written only before
		// the surname where a name may start ("maye musk" beside "elon
		// musk"), or written before it more than once ("cooper harris"
		// beside "ross harris"), not "to meet merkel".
		other := false
		for w, n := range preceding[sur] {
			if !firsts[sur][w] && !middle[w] && (uses[w] == n && openBefore[sur][w] || n > 1 && !verbLike(w)) &&
				!participleLike(w) && !notGiven[w] && !adjectiveLike(w) {
				other = true
			}
		}
		if spouse[sur] && !genderShown(firsts[sur], hints[sur]) {
			continue // the bare mentions may be the spouse's
		}
		if kinBare[sur] && (shared[sur] || !kinSafe(firsts[sur], hints[sur], alone[sur])) {
			continue // a relative's given name may be the one found
		}
		if other || common[sur] || kin[sur] || !speaks[sur] && !(paired[sur] && (acts[sur] || ownsAsPerson(sur, owns, namesake))) && (!afterListed[sur] || participleLike(sur) || adjectiveLike(sur) || commonVerbs[sur]) || len(firsts[sur]) != 1 && !spellings(firsts[sur]) || 2*person[sur] < uses[sur] {
			continue
		}
		best, n := "", 0
		for text, k := range fs {
			if k > n || k == n && text < best {
				best, n = text, k
			}
		}
		out[sur] = best
		given[sur] = make(map[string]bool)
		for w := range preceding[sur] {
			given[sur][w] = true
		}
	}
	return out, given
}

// nameBare returns s with the first mention of each surname that index
// (lowerGivenNames) gives a full name for, and that before (lower case)
// and the words before it in s do not hold, written as that full name:
// "Pulliam is charged ..." -> "William Pulliam is charged ...", "...
// blocked giwa's car" -> "... blocked Laide Giwa's car", each surname of
// s once. A mention after
// a given name, an initial or an honorific is left (named already, or
// nameHonorific's), and so is one after a word that may be a given name
// or a role (opensBare), and one after a word of the name itself
// (nameHeadAt, heads: nameHeadWords), and one before a word the cluster
// writes only after it (after: namesAfterSurnames), another person's
// name, which is written in capitals ("yang yuanqing" -> "Yang Yuanqing",
// casePairName); with onlyLower, so is a capitalised
// one (a cased cluster's, nameFirstMention's). It reports whether it
// changed s.
func nameBare(s string, index map[string]string, given, heads, after map[string]map[string]bool, before string, onlyLower bool) (string, bool) {
	if len(index) == 0 {
		return s, false
	}
	fields := lex.SpaceFields(s)
	words := lex.SpaceFieldsShared(lex.Lower(s)) // as written, before any rewrite
	changed := false
	for j, f := range fields {
		core, _ := lowerCore(f)
		full, ok := index[core]
		if !ok {
			continue
		}
		if onlyLower && f != lex.Lower(f) {
			continue
		}
		if containsWord(before, core) || containsWord(strings.Join(words[:j], " "), core) ||
			namedAfter(words[j+1:], core) {
			continue // named before
		}
		if inQuotation(fields, j) {
			continue // '" hello, " the debut single': the quotation's own words
		}
		if infinitiveAt(words, j) {
			continue // "tends to talk": a verb (nameinfinitive.go)
		}
		if j+1 < len(words) && lex.Lower(f) == core && namesakeNouns[strings.Trim(words[j+1], ",;:.!?\"“”‘’'`()[]")] {
			continue // "trump tower", "the obama administration": a thing named for the person
		}
		if j > 0 && !opensBare(fields[j-1], given[core]) || givenNear(wordsBefore(words, j, 3), given[core], full) {
			continue // "william pulliam", "mr. pulliam", "eva holland", "teacher palin"
		}
		if j > 0 && nameHeadAt(fields[j-1], core, full, heads[core]) {
			continue // "don pulliam", "will pulliam": the name is there already (namehead.go)
		}
		if j+1 < len(fields) && nameWordAfter(f, core, words[j+1], after[core]) {
			// "officer yang yuanqing": another person's name (surname
			// first), never to be given this surname's given name
			// (otherperson.go).
			changed = casePairName(fields, j) || changed
			continue
		}
		low := lex.Lower(f)
		i := strings.Index(low, core)
		fields[j] = f[:i] + full + f[i+len(core):]
		changed = true
	}
	if !changed {
		return s, false
	}
	return strings.Join(fields, " "), true
}

// inQuotation reports whether fields[j] stands inside quotation marks: an
// odd number of marks before it, or a mark opening it. A quotation is the
// speaker's or the title's own words ('" hello, " the single', a chant
// "obama, obama ..."), which a reader's summary never rewrites: a surname
// there is not written in full.
//
// A sentence taken from inside a quotation holds its closing mark alone
// (Multi-News's 'all week, " said dr velmora.'): a mark that ends
// a clause and is followed by a verb of saying closes the quotation, and
// the name after the verb, or after it and a title, is the speaker's
// (quoteClosedBefore). The title rule (titlename.go) had left such a
// speaker's surname bare ('..., " said dr velmora.' read "Dr Velmora" with
// the given name in the sources). Measured against 18c2d0d: validation 1
// of 5,598 summaries changed: 1 better (a scientist's given name written
// in), 0 worse; train 1-38,000: 0 changed.
func inQuotation(fields []string, j int) bool {
	marks, last := 0, -1
	for k, f := range fields[:j] {
		if n := doubleQuotes(f); n > 0 {
			marks += n
			last = k
		}
	}
	if marks%2 == 1 && quoteClosedBefore(fields, last, j) {
		return opensDoubleQuote(fields[j])
	}
	return marks%2 == 1 || opensDoubleQuote(fields[j])
}

// quoteClosedBefore reports whether the quotation mark of fields[k] closes
// a quotation that a verb of saying follows, one or two words before
// fields[j]: '..., " said dr velmora', '... week," said Okafor'. The mark
// ends the field and follows a comma, a question mark or an exclamation
// mark.
func quoteClosedBefore(fields []string, k, j int) bool {
	if k < 0 || j-k < 2 || j-k > 3 {
		return false
	}
	f := fields[k]
	if !strings.HasSuffix(f, `"`) && !strings.HasSuffix(f, "”") {
		return false
	}
	body := strings.TrimRight(f, `"”`)
	if body == "" {
		if k == 0 {
			return false
		}
		body = fields[k-1]
	}
	if !strings.HasSuffix(body, ",") && !strings.HasSuffix(body, "?") && !strings.HasSuffix(body, "!") {
		return false
	}
	return lex.IsAttributionVerb(lex.Lower(fields[k+1]))
}

// doubleQuotes counts the double quotation marks of field f (inQuotation).
func doubleQuotes(f string) int {
	return strings.Count(f, `"`) + strings.Count(f, "“") + strings.Count(f, "”")
}

// opensDoubleQuote reports whether field f opens with a double quotation mark.
func opensDoubleQuote(f string) bool {
	return strings.HasPrefix(f, "“") || strings.HasPrefix(f, `"`)
}

// containsWord reports whether text holds w as a whole word.
func containsWord(text, w string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		k += i
		end := k + len(w)
		if (k == 0 || !isLetter(text[k-1])) && (end == len(text) || !isLetter(text[end])) {
			return true
		}
		i = k + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// opensName reports whether a name may start after the word w: w ends
// in punctuation, or is a role, a verb of saying or an age ("said",
// "sheriff", "50-year-old").
func opensName(w string) bool {
	if strings.TrimRight(w, ",;:\"”’'`)]") != w {
		return true
	}
	w = lex.Lower(w)
	return roleWords[w] || lex.IsAttributionVerb(w) || strings.HasSuffix(w, "-year-old")
}

// kinWords near a surname show a family that may share it: "his father,
// petar krivokuca", "giwa's sister".
var kinWords = lex.Set("father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
	"dad", "mom", "mum", "uncle", "aunt", "cousin", "grandfather", "grandmother", "grandson",
	"granddaughter", "nephew", "niece", "widow", "widower", "stepfather", "stepmother", "stepson",
	"stepdaughter", "parents", "sons", "daughters", "brothers", "sisters", "siblings", "family",
	"twin", "fiance", "fiancee", "fiancé", "fiancée", "relatives", "grandparents", "children")

// kinNear reports whether a family word stands within three words before
// f[j] or right after it ("krivokuca's father"). A family word before a
// verb of saying that stands between belongs to another clause ("... by
// Varga and his wife, Varga says Osei knew ...": Osei is no relative; see
// kinclause.go).
func kinNear(f []string, j int) bool {
	if j+1 < len(f) {
		if w, _ := lowerCore(f[j+1]); kinWords[w] {
			return true
		}
	}
	for k := j - 1; k >= max(0, j-3); k-- {
		w, _ := lowerCore(f[k])
		if kinWords[w] {
			return true
		}
		if kinClauseBreak(w) {
			return false
		}
	}
	return false
}

// namedAfter reports whether words (lower case) write surname after a
// given name or an initial: the sentence names the person in full later
// ("krivokuca was hurt, his father, petar krivokuca, said").
func namedAfter(words []string, surname string) bool {
	for k := 1; k < len(words); k++ {
		if w, _ := lowerCore(words[k]); w == surname {
			p := words[k-1]
			if lex.IsGivenName(p) || len(p) == 2 && strings.HasSuffix(p, ".") || p == strings.TrimRight(p, ",.;:!?") && !lex.IsStopword(p) {
				return true
			}
		}
	}
	return false
}

// commonWordsOut returns given (lowerGivenNames') with the words the
// truecase model knows as common words ("thought", "let", "found") left
// out of the sets of surnames whose full name in bare opens on a listed
// given name: every word the sources write before a surname is in its
// set, the one before the very mention being rewritten too, and a common
// word there is the sentence's verb, no given name ("thought jenner was
// ...", "let sudeikis interview her"). A listed given name stays
// ("frank"), and so does a quantifier: the word after it is a noun
// ("several sherpa guides"). Left whole are the sets of a surname cased text writes
// mostly in lower case ("the clock tower" beside "elizabeth tower"), of
// one the cluster writes twice before one other name-shaped word (a
// given or middle name: "connie" of "elizabeth connie marsh"), and of
// one whose first name is unlisted: a headline's or a verb's word may be
// taken for it ("will sink japan" gives no "Sink Japan"). A set a word
// is left out of is new (the others are lowerGivenNames's, unchanged);
// the map is given itself.
func (c *cluster) commonWordsOut(given map[string]map[string]bool, bare map[string]string) map[string]map[string]bool {
	tc := truecase.Default()
	for sur, set := range given {
		first, _, _ := strings.Cut(bare[sur], " ")
		if tc.MostlyLower(sur) || !lex.IsGivenName(lex.Lower(first)) {
			continue
		}
		if c.namedBefore(sur) {
			continue
		}
		drop := false
		for w := range set {
			if tc.Common(w) && !lex.IsGivenName(w) && !quantifiers[w] {
				drop = true
				break
			}
		}
		if !drop {
			continue // nothing to leave out: the set stays as read
		}
		kept := make(map[string]bool, len(set))
		for w := range set {
			if !tc.Common(w) || lex.IsGivenName(w) || quantifiers[w] {
				kept[w] = true
			}
		}
		given[sur] = kept
	}
	return given
}

// quantifiers before a word show a noun, no surname: "several sherpa
// guides", "two walker boys".
var quantifiers = lex.Set("several", "many", "few", "other", "both", "all", "more", "most", "numerous",
	"various", "fellow", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens")

// namedBefore reports whether the cluster writes sur, with no
// punctuation after it, at least twice before one same name-shaped word:
// three letters or more, no stopword, verb of saying, personAfter or
// afterSurname word, nor a common word ("connie" of "connie marsh ...
// connie marsh"). Each surname's answer is read once per cluster
// (c.namedBef): commonWordsOut and sourceFullNames ask a few surnames
// each, and a map of every word's answer would be built for them.
func (c *cluster) namedBefore(sur string) bool {
	if v, ok := c.namedBef[sur]; ok {
		return v
	}
	v := c.readNamedBefore(sur)
	if c.namedBef == nil {
		c.namedBef = make(map[string]bool)
	}
	c.namedBef[sur] = v
	return v
}

// readNamedBefore reads namedBefore of sur from the cluster's candidates.
func (c *cluster) readNamedBefore(sur string) bool {
	if len(sur) < 3 {
		return false
	}
	tc := truecase.Default()
	_, cores := c.candCores()
	var once []string // the name-shaped words written once after sur so far
	for _, cs := range cores {
		for j := 0; j+1 < len(cs); j++ {
			if cs[j].punct || cs[j].w != sur {
				continue
			}
			x := cs[j+1].w
			if len(x) < 3 || !lettersOnly(x) || lex.IsStopword(x) || lex.IsAttributionVerb(x) ||
				personAfter[x] || afterSurname[x] || tc.Common(x) {
				continue
			}
			if slices.Contains(once, x) {
				return true
			}
			once = append(once, x)
		}
	}
	return false
}

// titlesBefore are the titles after which nameBare writes a full name:
// "president obama" -> "president Barack Obama". Other role words may be a
// noun the name does not belong to ("the teacher palin threatened").
var titlesBefore = lex.Set("president", "senator", "sen.", "governor", "gov.", "rep.", "mayor", "judge",
	"sheriff", "officer", "detective", "prosecutor", "coach", "chief", "minister", "secretary",
	"pope", "king", "queen", "prince", "princess", "dr.", "prof.", "professor", "gen.", "general",
	"candidate", "justice", "chancellor", "premier")

// opensBare reports whether a bare surname after the word p may be
// rewritten in full: p ends in punctuation, or is no word the cluster
// writes before that surname (given: "eva holland"), no given name, no
// determiner and no role word but titlesBefore ("the teacher palin
// threatened").
func opensBare(p string, given map[string]bool) bool {
	p = lex.Lower(strings.TrimLeft(p, "\"“‘'`(["))
	if i := strings.LastIndexAny(p, "'’"); i >= 0 && i+1 < len(p) {
		p = p[i+1:] // "arts'david": a mark run into the given name
		p = strings.TrimLeft(p, "’")
	}
	if honorifics[strings.TrimSuffix(p, ".")] || len(p) == 2 && p[1] == '.' {
		return false // "mr. pulliam" (nameHonorific's), "donald j. trump"
	}
	if p == "&" {
		return false // "hall & oates": a duo's or a firm's name
	}
	if p == "" || strings.TrimRight(p, ",.;:!?\"”’'`)]—-") != p {
		return true
	}
	if given[p] && !participleLike(p) && !notGiven[p] || lex.IsGivenName(p) || determiners[p] || roleWords[p] && !titlesBefore[p] {
		return false
	}
	return true
}

// adverbLike reports whether w ends like an adverb ("allegedly",
// "reportedly"), no surname.
func adverbLike(w string) bool {
	if !strings.HasSuffix(w, "ly") {
		return false // every suffix below ends so; most words do not
	}
	for _, suf := range []string{"edly", "ally", "ously", "ively", "ently", "antly", "ingly", "fully"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// verbLike reports whether w ends like a verb's form ("follows",
// "wanted", "returning"), no given name the list lacks.
func verbLike(w string) bool {
	return strings.HasSuffix(w, "s") || participleLike(w)
}

// participleLike reports whether w ends like a participle or an adverb
// ("claiming", "wanted", "allegedly"): a word before a surname that is no
// given name ("before claiming giwa's car").
func participleLike(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || adverbLike(w)
}

// lettersOnly reports whether w is a word of letters (and hyphens).
func lettersOnly(w string) bool {
	i := 0
	for i < len(w) { // ASCII first: unicode.IsLetter's answer for it, without the call
		b := w[i]
		if b >= 0x80 {
			break
		}
		if !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '-') {
			return false
		}
		i++
	}
	for _, r := range w[i:] {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// notGiven are words that open a clause or qualify one, never a given
// name, though lex's stopwords lack them: ", although ailes said".
var notGiven = lex.Set("although", "though", "whilst", "whereas", "unless", "until", "since",
	"despite", "meanwhile", "however", "instead", "perhaps", "maybe", "indeed", "later", "earlier",
	"today", "tonight", "yesterday", "tomorrow", "including", "unlike", "like", "even", "still",
	"thus", "hence", "also", "then", "when", "while", "where", "because", "after", "before",
	"told", "asked", "against", "with", "without", "among", "amid", "toward", "towards", "upon", "yet", "whether",
	"aboard", "inside", "outside", "beyond", "across", "behind", "via", "alongside", "say", "tell",
	"either", "neither")

// nameCase writes a lower-cased name word in capitals: "pulliam" ->
// "Pulliam", "mccain" -> "McCain", "o'brien" -> "O'Brien".
func nameCase(w string) string {
	out := placeCase(w, 0)
	if len(out) > 3 && strings.HasPrefix(out, "Mc") {
		out = "Mc" + strings.ToUpper(out[2:3]) + out[3:]
	}
	if len(out) > 2 && (out[1] == '\'') {
		out = out[:2] + strings.ToUpper(out[2:3]) + out[3:]
	}
	return out
}

// adjectiveLike reports whether w ends like an adjective ("homophobic",
// "political", "famous"): a word before a surname that is no given name.
func adjectiveLike(w string) bool {
	for _, suf := range []string{"ic", "ical", "al", "ous", "ive", "ful", "less", "able", "ible", "ian", "ese", "ish"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// commonVerbs are past and present forms of common verbs that follow a
// given name as a surname would ("jane went missing"): no surname unless
// the word also speaks somewhere.
var commonVerbs = lex.Set("went", "got", "came", "made", "took", "gave", "left", "ran", "saw",
	"told", "found", "kept", "felt", "met", "sent", "won", "lost", "put", "let", "set", "hit",
	"cut", "shot", "paid", "held", "knew", "thought", "brought", "bought", "sat", "stood",
	"began", "wrote", "drove", "fell", "led", "heard", "became", "spent", "built", "sold", "died",
	"goes", "gets", "makes", "takes", "gives", "comes", "runs", "says", "wants", "needs", "tries",
	"finds", "keeps", "knows", "thinks", "seems", "looks", "works", "lives", "plays", "pays")

// wordsBefore returns the n words of words before words[j], lone quotation
// marks and dashes left out ('louis " lou " brekke': "louis" is near).
func wordsBefore(words []string, j, n int) []string {
	var out []string
	for k := j - 1; k >= 0 && len(out) < n; k-- {
		if strings.IndexFunc(words[k], unicode.IsLetter) >= 0 {
			out = append(out, words[k])
		}
	}
	return out
}

// givenNear reports whether a word of prev is one the cluster writes before
// the surname or the full name's first word: 'abigail "abby " williams'
// names her already.
func givenNear(prev []string, given map[string]bool, full string) bool {
	first := lex.Lower(lex.SpaceFieldsShared(full)[0])
	for _, p := range prev {
		w, _ := lowerCore(p)
		if w == first || given[w] && !participleLike(w) && !notGiven[w] {
			return true
		}
	}
	return false
}

// pluralNoun reports whether w ends like a plural noun for a group
// ("officials", "investigators", "authorities"): no surname that a word
// outside lex.IsGivenName may open ("pakistani officials said").
func pluralNoun(w string) bool {
	for _, suf := range []string{"ers", "ors", "ies", "ials", "ists", "ents", "ants", "ians"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lowerAfterDots returns s, a sentence of lower-cased text, with the
// capital Multi-News leaves after a dotted acronym inside it ("u.s.",
// "p.m.", not "jr.") lower-cased, as lowerAfterStop does for a sentence it
// reads as lower-cased: "at 6 p.m. Hour" -> "at 6 p.m. hour". Only a
// capital followed by a lower-case letter is changed.
func lowerAfterDots(s string) string {
	return lowerAfter(s, keepNames(nil), func(w string) bool { return w != "jr." && w != "sr." && dottedAcronym(w) })
}

// givenSurnames adds to bare and given (lowerGivenNames') the surnames
// that are given names too ("warren" of "colin warren", "henry" of "oscar
// henry"), which lowerGivenNames leaves out: each such word of sum that
// stands there in a surname's place (surnamePlace) and that the cluster
// writes after one listed given name, read by lowerGivenNamesOf.
func (c *cluster) givenSurnames(sum *chorus.Summary, want map[string]bool, bare map[string]string, given map[string]map[string]bool) {
	var ask map[string]bool
	for i := range sum.Sentences {
		fields := lex.SpaceFieldsShared(sum.Sentences[i].Text)
		for j, f := range fields {
			w, punct := lowerCore(f)
			if !want[w] || bare[w] != "" || !lex.IsGivenName(w) || len(w) < 3 || ask[w] {
				continue
			}
			if j > 0 {
				p := lex.Lower(strings.TrimRight(fields[j-1], ",.;:!?\"”’'`)]"))
				if lex.IsGivenName(p) || honorifics[strings.TrimSuffix(p, ".")] {
					continue // "colin warren", "mr. warren": not bare
				}
				if j > 1 && (p == "and" || p == "or" || p == "&") && lex.IsGivenName(lex.Lower(strings.TrimRight(fields[j-2], ",.;:"))) {
					continue // "oscar or henry": two given names
				}
			}
			if surnamePlace(fields, j, punct) {
				if ask == nil {
					ask = make(map[string]bool)
				}
				ask[w] = true
			}
		}
	}
	if len(ask) == 0 {
		return
	}
	b, g := c.lowerGivenNamesOf(ask, ask)
	if len(b) == 0 {
		return
	}
	// A word the cluster writes between a given name and another
	// surname-shaped word is a middle name there ("peter lucas
	// marden"): left out.
	words, cores := c.candCores()
	for ci, f := range words {
		cs := cores[ci]
		for j := 1; j+1 < len(f); j++ {
			w, punct := cs[j].w, cs[j].punct
			if b[w] == "" || punct {
				continue
			}
			g, gp := cs[j-1].w, cs[j-1].punct
			x := cs[j+1].w
			if !gp && lex.IsGivenName(g) && len(x) >= 3 && lettersOnly(x) && !lex.IsStopword(x) && !verbLike(x) && !adverbLike(x) &&
				!lex.IsAttributionVerb(x) && !notSurnameWords[x] {
				delete(b, w)
			}
		}
	}
	for sur, full := range b {
		bare[sur] = full
		given[sur] = g[sur]
	}
}

// surnamePlace reports whether fields[j], a given name, stands where only
// a surname does: before punctuation or a possessive ("warren's", "...,
// warren."), or before a verb of saying, personAfter or afterSurname word
// ("warren was charged", "henry wrote"), not before another name
// ("warren kemp").
func surnamePlace(fields []string, j int, punct bool) bool {
	if punct {
		return true
	}
	if j+1 >= len(fields) {
		return false
	}
	next, _ := lowerCore(fields[j+1])
	return lex.IsAttributionVerb(next) || personAfter[next] || afterSurname[next]
}

// nameTitles are the abbreviated titles (abbrevTitles) written only before
// a person's name: after "sen." or "lt." the next word opens one ("sen.
// ebbe velm", "lt. ruben velm"), a given name the list may lack. Left out:
// the honorifics (nameHonorific's), "st."/"mt."/"ft." (places), "jr."/
// "sr." (after a name), and the rest of abbrevTitles that also end
// ordinary words or phrases.
var nameTitles = lex.Set("dr", "gen", "rep", "sen", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
	"prof", "rev", "det", "cpl", "pvt", "supt", "insp", "atty")

// titleAbbrev reports whether the word f is one of nameTitles with its
// period: "Sen.", "lt.".
func titleAbbrev(f string) bool {
	w, ok := strings.CutSuffix(lex.Lower(f), ".")
	return ok && nameTitles[w]
}

// pairSeen is one place where an unlisted given name stands before a
// surname after a word that opens no name: the source and that word.
type pairSeen struct {
	doc    int
	before string
}

// pairSources reports whether an unlisted given name and its surname,
// never written where a name opens (opensName), are still a name: two
// sources write the pair, after different words ("pardoned ebbe velm",
// "a photo of ebbe velm"). One source may run a headline's word into its
// text before the surname; two sources, each in its own sentence, name
// the person. The same words before the pair in both are one text
// published twice (a syndicated story, a headline copied), which counts
// once.
func pairSources(seen []pairSeen) bool {
	for i := range seen {
		for k := i + 1; k < len(seen); k++ {
			if seen[i].doc != seen[k].doc && seen[i].before != seen[k].before {
				return true
			}
		}
	}
	return false
}

// singularVerbs after a surname written alone show it the subject of a
// singular verb, a person's place where a plural noun ("people were")
// or a phrase's last word ("three years ago") is not: "velm was
// charged", "velm has said", "velm said".
var singularVerbs = lex.Set("is", "was", "has", "had", "will", "would", "said", "says", "told", "did", "does")

// copulas before a word show a predicate ("it is classic pell"), seldom
// a name's start.
var copulas = lex.Set("is", "was", "are", "were", "be", "been", "being")

// genderHints counts the words after a bare surname's mentions that show
// its bearer's gender: a pronoun within a few words ("<surname> said she
// ..."), a partner's word after its possessive ("<surname>'s husband").
type genderHints struct{ male, female int }

// hintWindow bounds the words after a bare surname read by genderHints.
const hintWindow = 6

var (
	// generational are the suffixes after a surname that a father and
	// son share the name with (lowerCore's form: no period).
	generational = lex.Set("jr", "sr", "ii", "iii", "iv")
	femaleHints  = lex.Set("she", "her", "hers", "herself")
	maleHints    = lex.Set("he", "his", "him", "himself")
	// After "<surname>'s": the bearer's partner.
	femalePartner = lex.Set("husband", "boyfriend", "widower")
	malePartner   = lex.Set("wife", "girlfriend", "widow")
)

// read adds the hints after the bare surname f[j].
func (h *genderHints) read(f []string, j int) {
	low := lex.Lower(f[j])
	if (strings.Contains(low, "'s") || strings.Contains(low, "’s")) && j+1 < len(f) {
		w, _ := lowerCore(f[j+1])
		if femalePartner[w] {
			h.female++
		} else if malePartner[w] {
			h.male++
		}
		if kinWords[w] {
			return // "<surname>'s mother said she ...": the pronoun is the relative's
		}
	}
	for k := j + 1; k < len(f) && k <= j+hintWindow; k++ {
		w, _ := lowerCore(f[k])
		if femaleHints[w] {
			h.female++
			return // the nearest pronoun only
		}
		if maleHints[w] {
			h.male++
			return
		}
	}
}

// givenAlone returns the listed given names sentence f writes alone: with
// punctuation after them or before a stopword or a verb of saying ("his
// wife, mary, said", "mary was there"), no surname after them.
func givenAlone(f []string) []string {
	var out []string
	for k, x := range f {
		w, punct := lowerCore(x)
		if !lex.IsGivenName(w) || w != lex.Lower(strings.TrimRight(x, ",.;:!?\"”’'`)]")) {
			continue
		}
		if punct || k+1 == len(f) {
			out = append(out, w)
			continue
		}
		n, _ := lowerCore(f[k+1])
		if lex.IsStopword(n) || lex.IsAttributionVerb(n) {
			out = append(out, w)
		}
	}
	return out
}

// kinSafe reports whether the one given name of firsts may be written
// before a surname the cluster writes bare beside a family word
// ("<surname>'s husband"): the given name is listed for one gender only,
// the pronouns and partners after the bare mentions do not point to the
// other, and no other listed given name is written alone in a sentence
// of the surname's (the person's own, written apart from the surname,
// while the full name is a relative's).
func kinSafe(firsts map[string]bool, h *genderHints, alone map[string]bool) bool {
	if len(firsts) != 1 {
		return false
	}
	var g string
	for w := range firsts {
		g = w
	}
	var same, other int
	if h != nil {
		same, other = h.male, h.female
	}
	switch {
	case lex.IsMaleGivenName(g):
	case lex.IsFemaleGivenName(g):
		same, other = other, same
	default:
		return false
	}
	if other > 0 && other >= same {
		return false
	}
	for w := range alone {
		if w != g {
			return false
		}
	}
	return true
}

// genderShown reports whether the bare mentions' hints h show the gender
// the one given name of firsts is listed for, and never the other.
func genderShown(firsts map[string]bool, h *genderHints) bool {
	if len(firsts) != 1 || h == nil {
		return false
	}
	for g := range firsts {
		switch {
		case lex.IsMaleGivenName(g):
			return h.male > 0 && h.female == 0
		case lex.IsFemaleGivenName(g):
			return h.female > 0 && h.male == 0
		}
	}
	return false
}

// verbForm reports whether w is a verb's irregular past or a common verb's
// form (pastForms, commonVerbs), no surname even after a given name or a
// role ("the candidate spoke" beside "<given> spoke"); "rose" and "won"
// are surnames too.
func verbForm(w string) bool {
	return (pastForms[w] || commonVerbs[w]) && w != "rose" && w != "won"
}

// namesakeNouns after a bare surname make it a name's modifier, a thing
// named for the person or kept by them ("trump tower", "the obama
// administration", "the clinton foundation", a firm: "<surname> partners
// llc"): the person's given name is not written into it.
var namesakeNouns = lex.Set("tower", "towers", "administration", "administrations", "campaign", "campaigns",
	"foundation", "organization", "organisation", "hotel", "hotels", "center", "centre", "institute",
	"university", "library", "estate", "era", "presidency", "doctrine", "family", "families", "brothers",
	"building", "museum", "award", "awards", "prize", "show", "camp", "team", "years", "white", "house",
	"dynasty", "clan", "brand", "empire", "company", "group", "trust", "fund", "school", "stadium",
	"park", "street", "avenue", "road", "bridge", "airport", "plaza", "tapes", "rule", "act", "law",
	"partners", "associates", "llc", "inc", "corp")

// pastVerbAfter reports whether a bare surname's next word is a verb in
// the past ("<surname> countered", "<surname> needled", "<surname>
// spoke") and the word before it no determiner: the surname is the
// subject of a clause, a person's place as "<surname> said" is.
func pastVerbAfter(next, prev string) bool {
	if determiners[prev] || next == "" {
		return false
	}
	return pastForms[next] || len(next) > 4 && strings.HasSuffix(next, "ed") && lettersOnly(next)
}

// spellings reports whether the given names of firsts are one name
// written several ways: a short form and the name it shortens ("ken",
// "kenneth"; "pete", "peter"), a letter more or less or another in a
// name of five letters or more ("lynette", "lynnette"; "mohamed",
// "mohammed"), an accent ("raul", "raúl"). Names listed for different
// genders ("alexander", "alexandra") are two people.
func spellings(firsts map[string]bool) bool {
	if len(firsts) < 2 {
		return false
	}
	names := make([]string, 0, len(firsts))
	for w := range firsts {
		names = append(names, w)
	}
	for i := range names {
		for k := i + 1; k < len(names); k++ {
			if !sameGiven(names[i], names[k]) {
				return false
			}
		}
	}
	return true
}

// sameGiven reports whether given names a and b may be one name's
// spellings (spellings).
func sameGiven(a, b string) bool {
	if lex.IsMaleGivenName(a) && lex.IsFemaleGivenName(b) || lex.IsFemaleGivenName(a) && lex.IsMaleGivenName(b) {
		return false
	}
	a, b = foldAccents(a), foldAccents(b)
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 3 && strings.HasPrefix(b, a) && len(b)-len(a) <= 4 {
		return true // "ken", "kenneth"
	}
	return len(a) >= 5 && oneEdit(a, b)
}

// oneEdit reports whether b is a with one letter added, dropped or
// changed (len(a) <= len(b)).
func oneEdit(a, b string) bool {
	switch len(b) - len(a) {
	case 0:
		diff := 0
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	case 1:
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				return a[i:] == b[i+1:]
			}
		}
		return true
	}
	return false
}

// foldAccents writes the accented Latin letters of given names without
// their accents: "raúl" -> "raul", "josé" -> "jose".
func foldAccents(w string) string {
	return accentFolder.Replace(w)
}

var accentFolder = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e",
	"ê", "e", "ë", "e", "í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ñ", "n", "ç", "c", "ý", "y")
