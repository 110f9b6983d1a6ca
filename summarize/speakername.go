package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the attribution stage: a speaker the summary names
// by surname alone ("..., barren said.", "Barren said ...") is written in
// full at that first mention when the cluster's articles credit a
// statement to that speaker by full name ("according to detroit police
// commander elvin barren"): "..., Elvin Barren said." Package voices reads
// the speakers (voices.Attribute); writeFullNames (fullname.go) names the
// people it can tell from the words around a surname, and this catches
// the speakers it cannot (a given name it does not list, written once).
// Only a mention in a speaker's place is rewritten: a verb of saying right
// before or after the surname, or a verb after it opening the sentence
// ("Hatch announced ..." -> "Orrin Hatch announced ..."). The words written
// are the sources' own.

// nameSpeakers rewrites, in each sentence of sum in order, the first
// mention of a speaker by surname alone (speakerMentions) that no earlier
// sentence holds, as the one full name the cluster credits statements to
// under that surname (speakerNames), and adds the words it writes to
// sum.Words.
func (c *cluster) nameSpeakers(sum *chorus.Summary) {
	// The surnames whose first mention in the summary is a bare one in a
	// speaker's or subject's place: only these may be rewritten.
	want := make(map[string]bool)
	var seen strings.Builder
	for i := range sum.Sentences {
		low := lex.Lower(sum.Sentences[i].Text)
		for _, w := range speakerMentions(lex.SpaceFieldsShared(sum.Sentences[i].Text)) {
			if at := strings.Index(low, w); at >= 0 && !containsWord(seen.String(), w) && !containsWord(low[:at], w) {
				want[w] = true
			}
		}
		seen.WriteString(low)
		seen.WriteByte(' ')
	}
	if len(want) == 0 {
		return // the common case: no bare speaker, no attribution read
	}
	names := c.speakerNames(want)
	c.laterNames(sum, want, names)
	c.sourceNames(sum, want, names) // the sources' own full name, none credited (sourcename.go)
	if len(names) == 0 {
		return
	}
	before := ""
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if t, done := nameSpeaker(s, names, before); len(done) > 0 {
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
			s = t
			for _, w := range done {
				shortenLater(sum, i+1, names[w])
			}
		}
		before += " " + lex.Lower(s)
	}
}

// laterNames adds to names, for each surname of want it lacks, the full
// name a later summary sentence gives it after one of the listed given
// names (lex.IsGivenName: "... jacob schmoyer killed ..." after
// "Schmoyer's grandmother ..."), when the cluster writes that surname
// after no other listed given name and no couple shares it (twoPeople).
func (c *cluster) laterNames(sum *chorus.Summary, want map[string]bool, names map[string]string) {
	found := make(map[string]string)
	for i := range sum.Sentences {
		f := lex.SpaceFieldsShared(sum.Sentences[i].Text)
		for k := 1; k < len(f); k++ {
			w, _ := lowerCore(f[k])
			g, gp := lowerCore(f[k-1])
			if !want[w] || names[w] != "" || found[w] != "" || gp || !lex.IsGivenName(g) {
				continue
			}
			if k > 1 {
				if m, _ := lowerCore(f[k-2]); lex.IsGivenName(m) {
					continue // "anthony michael sanders": a middle name, not the given one
				}
			}
			found[w] = nameCase(g) + " " + nameCase(w)
		}
	}
	if len(found) == 0 {
		return
	}
	// Each surname after one given name only, in all the cluster's text.
	givens := c.givensBefore(found)
	two := c.twoPeople()
	for w, full := range found {
		if len(givens[w]) == 1 && !two[w] {
			names[w] = full
		}
	}
}

// shortenLater writes, in the sentences of sum from the from-th on, the
// first later mention of full (a given name and a surname, in any case)
// as the surname alone: the reader met the person in full before.
func shortenLater(sum *chorus.Summary, from int, full string) {
	name := lex.SpaceFieldsShared(lex.Lower(full))
	if len(name) != 2 {
		return
	}
	for i := from; i < len(sum.Sentences); i++ {
		s := sum.Sentences[i].Text
		f := lex.SpaceFieldsShared(s)
		for k := 1; k < len(f); k++ {
			if lex.Lower(f[k-1]) != name[0] {
				continue
			}
			if w, _ := lowerCore(f[k]); w != name[1] || possessed(f[k]) {
				continue // "courtney love's father" keeps the name: "love's father" misreads
			}
			sur := f[k]
			if k == 1 || sentenceStart(f, k-1) {
				sur = lex.UpperFirst(sur)
			}
			out := append(append(append([]string{}, f[:k-1]...), sur), f[k+1:]...)
			t := strings.Join(out, " ")
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
			return
		}
	}
}

// speakerMentions returns the lower-case surnames fields (a sentence's
// words) name as a speaker or a subject: one word, not a pronoun,
// stopword, role or given name, right after a verb of saying ("said
// barren") or right before one ("barren said"), or opening the sentence
// before a verb (subjectVerbs, personAfter or a past form: "Barren was
// ...", "Barren announced ...") or before an age ("Barren, 54, was ..."),
// with no name word before it; after the
// verb, the surname ends the clause ("..., said barren.", not "told
// reporters that").
func speakerMentions(fields []string) []string {
	var out []string
	for j, f := range fields {
		w, _ := lowerCore(f)
		if !bareSpeaker(fields, j, w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// bareSpeaker reports whether fields[j] (w, its lowerCore) is a speaker's
// surname standing alone (speakerMentions): shaped as a surname, a verb
// of saying next to it or a verb after it opening the sentence, and no
// name word, honorific, role or determiner right before it (opensSpeaker).
func bareSpeaker(fields []string, j int, w string) bool {
	if len(w) < 3 || !lettersOnly(w) || lex.IsStopword(w) || honorifics[w] || abbrevTitles[w] || roleWords[w] ||
		lex.IsGivenName(w) || lex.IsAttributionVerb(w) || determiners[w] || placeWords[w] || notSurnames[w] {
		return false
	}
	prev, next := "", ""
	if j > 0 {
		prev = lex.Lower(lex.TrimPunct(fields[j-1], ",.;:!?\"“”'’`()[]"))
	}
	if j+1 < len(fields) {
		next, _ = lowerCore(fields[j+1])
	}
	// "barren said" (no punctuation between), or "..., said barren."
	after := lex.IsAttributionVerb(next) && strings.TrimRight(fields[j], ",;:\"”’'") == fields[j] && !strings.HasSuffix(fields[j], "'s") && !strings.HasSuffix(fields[j], "’s")
	beforeVerb := j > 0 && lex.IsAttributionVerb(prev) && strings.TrimRight(fields[j-1], ",;:\"”’'") == fields[j-1] &&
		(j+1 == len(fields) || strings.TrimRight(fields[j], ",.;:!?") != fields[j]) // "..., said barren." not "told reporters"
	// "Barren was promoted ...": a sentence's subject, before a verb.
	subject := j == 0 && (subjectVerbs[next] || personAfter[next] || strings.HasSuffix(next, "ed") && len(next) > 4) &&
		strings.TrimRight(fields[j], ",;:\"”’'") == fields[j] && !strings.HasSuffix(fields[j], "'s") && !strings.HasSuffix(fields[j], "’s")
	// "Schmoyer's grandmother said ...": a possessive opening the sentence
	// or after a preposition ("from varga's home"). Not before a family
	// word: "Boyle's parents" may be a child's, the family sharing the
	// name.
	possessive := (j == 0 || prepositions[prev]) && possessed(fields[j]) && !kinWords[next]
	// "Brask, 54, was found dead ...": a person with their age.
	// Anywhere in the sentence ("after varga, 54, was found"), not after
	// a nickname in quotation marks ('ilse "lin" varga, 54,').
	aged := strings.HasSuffix(fields[j], ",") && j+2 < len(fields) && ageField(fields[j+1]) &&
		!nicknamed(fields, j)
	if !after && !beforeVerb && !subject && !possessive && !aged {
		return false
	}
	if j > 0 && !opensSpeaker(fields[j-1]) {
		return false // "jarrod burguan said", "Mr. Barren said", "the dispatcher asks"
	}
	return true
}

// namesLater reports whether the words rest, outside quotation marks,
// name full (a full name, any case): the bare surname before them is
// another person's ("Pell gave birth to ada pell"), or the sentence names
// this one itself; either way the name is not written twice.
func namesLater(rest []string, full string) bool {
	want := " " + strings.Join(lex.LetterWords(full, 8), " ") + " "
	words, ok := unquoted(strings.Join(rest, " "))
	if !ok {
		words = lex.LetterWords(strings.Join(rest, " "), -1)
	}
	return strings.Contains(" "+strings.Join(words, " ")+" ", want)
}

// ageField reports whether f is an age in apposition: one to three digits
// and a comma ("54,").
func ageField(f string) bool {
	d, ok := strings.CutSuffix(f, ",")
	if !ok || len(d) == 0 || len(d) > 3 {
		return false
	}
	for _, r := range d {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// opensSpeaker reports whether a speaker's name may start right after the
// word f, and f is no part of it: f ends in punctuation (", barren said"),
// opens a quote, or is a verb of saying or a stopword other than a
// determiner ("on monday, barren said", "said barren"). A name word, an
// honorific, a role or a determiner before the surname may be the start
// of a name or a description the sentence gives: it is left as written.
func opensSpeaker(f string) bool {
	if strings.TrimRight(f, ",;:\"”’'`)]") != f || strings.TrimLeft(f, "\"“‘'`([") == "" {
		return true
	}
	w := lex.Lower(f)
	return lex.IsAttributionVerb(w) || lex.IsStopword(w) && !determiners[w] && !honorifics[w]
}

// speakerNames maps each surname of want that the cluster's articles
// credit a statement to under one full name only (voices.Attribute: two
// words or more, no honorific) to that name, and leaves out a surname two
// people share (twoPeople, or two full names).
func (c *cluster) speakerNames(want map[string]bool) map[string]string {
	found := make(map[string]string)
	first := make(map[string]string) // surname -> the full name's first word, lower case
	clash := make(map[string]bool)
	for di, d := range c.docs {
		mentions := false
		for _, k := range d.cands {
			if mentions = mentionsAny(c.cands[k].text, want); mentions {
				break
			}
		}
		if !mentions {
			continue // an article that never writes the surname credits no one by it
		}
		for _, a := range c.docAttributions(di) {
			if !want[a.Key] || !a.Full {
				continue
			}
			f := lex.SpaceFieldsShared(a.Name)
			if len(f) < 2 || lex.Lower(f[len(f)-1]) != a.Key || honorificAt(f[0]) || abbrevTitles[lex.Lower(strings.TrimSuffix(f[0], "."))] || !nameWords(f) {
				continue
			}
			first[a.Key] = lex.Lower(f[0])
			if prev, ok := found[a.Key]; ok && prev != a.Name {
				clash[a.Key] = true
			}
			found[a.Key] = a.Name
		}
	}
	for k := range clash {
		delete(found, k)
	}
	// The first word must be a given name: a listed one, or one the
	// cluster writes nowhere but before the surname ("elvin barren"), not
	// a role, place or description ("interpreter", "texas", "gay").
	var check []string
	for k := range found {
		g := first[k]
		if roleWords[g] || placeWords[g] || lex.IsStopword(g) || notSurnames[g] || creditWords[g] || !lex.IsGivenName(g) && (verbLike(g) || adjectiveLike(g)) {
			delete(found, k)
		} else if !lex.IsGivenName(g) {
			check = append(check, k)
		}
	}
	if len(check) > 0 {
		alone := c.onlyBefore(first, check)
		for _, k := range check {
			if !alone[k] {
				delete(found, k)
			}
		}
	}
	if len(found) > 0 {
		for sur := range c.twoPeople() {
			delete(found, sur)
		}
	}
	return found
}

// nameSpeaker returns s with the first bare speaker mention (bareSpeaker)
// of each surname names holds, and that before (the summary so far, lower
// case) and the words before it in s do not hold, written as the full
// name, unless the rest of s has that full name speak (then the bare
// surname is someone else's: speaksLater). It returns the surnames it
// wrote in full.
func nameSpeaker(s string, names map[string]string, before string) (string, []string) {
	fields := lex.SpaceFields(s)
	lower := lex.SpaceFieldsShared(lex.Lower(s))
	var done []string
	for j, f := range fields {
		w, _ := lowerCore(f)
		full, ok := names[w]
		if !ok || !bareSpeaker(fields, j, w) || inQuotation(fields, j) {
			continue
		}
		if containsWord(before, w) || containsWord(strings.Join(lower[:j], " "), w) {
			continue // the reader has met them
		}
		if speaksLater(lower[j+1:], lex.SpaceFieldsShared(lex.Lower(full))) {
			continue // "Wood came back ..., his brother, james wood said": another Wood
		}
		if namesLater(fields[j+1:], full) {
			continue // "Melton's wife, heather gulish melton, said ...", "Kellogg, 52, ... murdering her husband, bruce kellogg", "Pell gave birth to ada pell": the one named is another
		}
		i := strings.Index(lex.Lower(f), w)
		if i < 0 {
			continue
		}
		fields[j] = f[:i] + full + f[i+len(w):]
		done = append(done, w)
	}
	if len(done) == 0 {
		return s, nil
	}
	return strings.Join(fields, " "), done
}

// onlyBefore reports, for each surname in check, whether the cluster's
// sentences write first[surname] (lower case) only right before that
// surname, once at least where a name may start (after punctuation, a
// role, a verb of saying or a word that is no stopword: "commander elvin
// barren", "netflix ceo reed hastings"): a given name the lists do not
// hold, not a word of the text ("interpreter waymon cox" beside "the
// interpreter", "to join hailey").
func (c *cluster) onlyBefore(first map[string]string, check []string) map[string]bool {
	uses := make(map[string]int)   // given word -> times written
	before := make(map[string]int) // given word -> times written before its surname
	intro := make(map[string]int)  // ... of them where a name may start (opensName)
	want := make(map[string]string)
	for _, k := range check {
		want[first[k]] = k
	}
	words, cores := c.candCores()
	for ci, f := range words {
		cs := cores[ci]
		for j := range f {
			w, punct := cs[j].w, cs[j].punct
			k, ok := want[w]
			if !ok {
				continue
			}
			uses[w]++
			if j+1 < len(f) && !punct {
				if n := cs[j+1].w; n == k {
					before[w]++
					if j == 0 || opensName(f[j-1]) || !lex.IsStopword(lex.Lower(f[j-1])) {
						intro[w]++
					}
				}
			}
		}
	}
	out := make(map[string]bool, len(check))
	for _, k := range check {
		g := first[k]
		out[k] = uses[g] > 0 && uses[g] == before[g] && intro[g] > 0
	}
	return out
}

// subjectVerbs after a sentence's first word show it is the subject of a
// clause: "Barren was ...", "Barren has ...".
var subjectVerbs = lex.Set("is", "was", "has", "had", "will", "would", "could", "can", "did", "does",
	"also", "then", "later", "now", "still", "never", "wants", "wanted", "made", "took", "went",
	"came", "became", "left", "won", "lost", "got", "gave", "met")

// speaksLater reports whether words (lower case) hold the name full (its
// lower-case words) right before a verb of saying: "..., his brother,
// james wood said."
func speaksLater(words, full []string) bool {
	for i := 0; i+len(full) < len(words); i++ {
		k := 0
		for k < len(full) {
			if w, _ := lowerCore(words[i+k]); w != full[k] {
				break
			}
			k++
		}
		if k == len(full) && strings.TrimRight(words[i+k-1], ",;:") == words[i+k-1] {
			if w, _ := lowerCore(words[i+k]); lex.IsAttributionVerb(w) {
				return true
			}
		}
	}
	return false
}

// possessed reports whether the word f ends in a possessive "'s".
func possessed(f string) bool {
	t := strings.TrimRight(f, ",.;:!?\"”")
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s")
}

// givensBefore returns, for each surname that names holds (lower case),
// the listed given names (lex.IsGivenName) the cluster's sentences write
// right before it.
func (c *cluster) givensBefore(names map[string]string) map[string]map[string]bool {
	givens := make(map[string]map[string]bool)
	words, cores := c.candCores()
	for ci, f := range words {
		cs := cores[ci]
		for k := 1; k < len(f); k++ {
			w := cs[k].w
			if names[w] == "" {
				continue
			}
			if g, gp := cs[k-1].w, cs[k-1].punct; !gp && lex.IsGivenName(g) {
				if givens[w] == nil {
					givens[w] = make(map[string]bool)
				}
				givens[w][g] = true
			}
		}
	}
	return givens
}

// mentionsAny reports whether s holds one of the words of want (lower
// case) in any case, as a substring: a quick test before reading
// attributions.
func mentionsAny(s string, want map[string]bool) bool {
	for w := range want {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds sub, ignoring case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// nameWords reports whether each of the words f of a name is written with
// letters, hyphens and periods only: "Jean-Marc Ayrault", not
// "Jackass'star Johnny Knoxville" (a title run into the name).
func nameWords(f []string) bool {
	for _, w := range f {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '.' {
				return false
			}
		}
	}
	return true
}

// creditWords are outlets and credit words a photo credit runs into the
// text before a name or an organisation ("fox merriam-webster added ..."):
// no given name. The news agencies (lex.Agencies) are among them.
var creditWords = func() map[string]bool {
	m := lex.Set("fox", "getty", "images", "photo", "photos", "news", "via", "courtesy", "credit",
		"file", "pool", "shutterstock", "wireimage", "tmz", "espn", "msnbc", "bbc", "pbs", "npr")
	for _, a := range lex.Agencies() {
		m[a] = true
	}
	return m
}()

// docAttributions returns voices.Attribute over document d's sentences,
// read once per cluster: the speaker rules (speakerNames, quoteSpeaker)
// both ask for it, and addVoices reuses the reading (voices.Read).
func (c *cluster) docAttributions(d int) []voices.Attribution {
	return memo(&c.attrib, d, func(d int) voices.Doc {
		sents := make([]string, len(c.docs[d].cands))
		for j, k := range c.docs[d].cands {
			sents[j] = c.cands[k].text
		}
		return voices.Read(sents)
	}).Attributions()
}

// nicknamed reports whether a nickname in quotation marks comes right
// before fields[j] after a given name ('linda "lin" varga'): the surname
// ends a name the sentence gives.
func nicknamed(fields []string, j int) bool {
	quote, inside := false, false
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if n := strings.Count(fields[k], "\"") + strings.Count(fields[k], "“") + strings.Count(fields[k], "”"); n > 0 {
			quote = true
			inside = inside != (n%2 == 1) // a lone mark opens or closes the nickname; '"lin"' does both
			continue
		}
		if inside {
			continue // a word of the nickname
		}
		g, punct := lowerCore(fields[k])
		return quote && !punct && lex.IsGivenName(g)
	}
	return false
}

// prepositions before a possessive surname leave it in a name's place:
// "from varga's home", "at varga's request".
var prepositions = lex.Set("from", "at", "in", "to", "of", "on", "with", "by", "for", "outside", "inside",
	"near", "into", "about", "after", "before", "against", "over", "under", "behind", "during")
