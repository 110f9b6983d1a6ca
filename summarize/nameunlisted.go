package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, after nameBareSurnames: a
// lower-cased cluster's summary whose first mention of a person is the
// bare surname ("Velmora, equally deft at ...") while the sources write
// that person in full with a given name the list lacks ("writer-director
// zeb velmora", "say orla velmora, author of ...") gets that given name
// written in: "Zeb Velmora, equally deft at ...". nameBareSurnames asks
// for a listed given name (lex.IsGivenName), and Multi-News's lower case
// shows no other sign of a name; here the sign is the pair itself: one
// word only is ever written right before the surname, and that word is
// never written anywhere but before it, is no listed given name (those
// are nameBareSurnames'), no stopword, role, title or verb, and no word
// cased text writes lower-case. The surname must be no word cased text
// writes lower-case either, never written after a determiner or a place
// preposition ("the velmora", "in velmora"), before a place's or a firm's
// word ("velmora county"), in quotation marks (a nickname), after a
// middle name ("ada zeb velmora"), or by two people (twoPeople). The
// summary's mention stands where nameBareSurnames' would (opensBareName,
// outside a quotation, no family word near) and the name ends there
// (punctuation, a possessive, a stopword or a verb after it: "Yisrael
// kristal" is a given name before its surname). addRoles (role.go) then
// gives the full name the role the sources give it.
//
// Measured against 492942d: validation 18 of 5,598 summaries changed,
// all read: 18 better ("Whedon, equally good ..." -> "Joss Whedon, ...",
// "Sulik, who recently lost ..." -> "Gayle Sulik, ..."; three gain the
// sources' role too: "State prosecutor Frederic Fevre said ..."), 0
// worse; train 1-6,000: 17 of 5,975 changed, all read: 17 better. A
// looser draft (no person shown, a possessive-only name, "and" or an
// abbreviation after it) changed train 1-38,000 120 times, 40 read: 34
// better, 5 worse ("Puma Dec. 16", "Johnson McDonald's", "Preservative
// Formaldehyde", "Domenico Dolce and Gabbana", a garbled headline), 1
// the same; the guards added since leave all five as they were. Tried
// and dropped: any word before the surname taken, with no check that
// the name ends there, changed validation 44, half worse ("Caption
// Yisrael Kristal", "Ceo Herman Cain"); a word in "-s" after the name
// read as a verb ("Badass Simone biles"). After the blind reading of
// held-back train clusters two more guards: a doer's noun in "-tor" or
// "-ist" is a label, not a given name ("traitor park", labelNoun), and a
// surname the sources also write after another first name and a middle
// initial belongs to two people ("george w. bush" beside "jeb bush",
// otherFirst); validation and train 1-6,000 unchanged by them.

// nameUnlistedGivens writes, in each sentence of sum in order, the first
// mention of a bare surname that no earlier text of the summary holds and
// that the cluster's articles write after one unlisted given name only
// (unlistedGivens), as that full name. It adds the words it writes to
// sum.Words.
func (c *cluster) nameUnlistedGivens(sum *chorus.Summary) {
	if !c.lowerCased() {
		return
	}
	type mention struct{ i, j int }
	var found []mention
	want := make(map[string]bool)
	before := ""
	for i := range sum.Sentences {
		fields := lex.SpaceFields(sum.Sentences[i].Text)
		for j, word := range fields {
			if !upperStart(word) {
				continue // the truecaser writes a name it knows with a capital
			}
			sur, _ := lowerCore(word)
			if !surnameWord(sur) || lex.IsGivenName(sur) || !bareField(word, sur) || want[sur] {
				continue
			}
			if j > 0 && !opensBareName(fields[j-1]) || inQuotation(fields, j) || kinNear(fields, j) {
				continue
			}
			if !bareNameEnds(fields, j) {
				continue // "Yisrael kristal", "Theranos founder": the name goes on
			}
			if containsWord(before, sur) || anyContainsWord(lowerAll(fields[:j]), sur) {
				continue // named before
			}
			if j+1 < len(fields) {
				if next, _ := lowerCore(fields[j+1]); namesakeNouns[next] || placeAfter[next] || generational[next] {
					continue // "velmora administration", "velmora jr."
				}
			}
			want[sur] = true
			found = append(found, mention{i, j})
		}
		before += " " + lex.Lower(sum.Sentences[i].Text)
	}
	if len(found) == 0 {
		return
	}
	givens := c.unlistedGivens(want)
	if len(givens) == 0 {
		return
	}
	all := ""
	for _, t := range sum.Sentences {
		all += " " + lex.Lower(t.Text)
	}
	for _, m := range found {
		s := sum.Sentences[m.i].Text
		fields := lex.SpaceFields(s)
		sur, _ := lowerCore(fields[m.j])
		g, ok := givens[sur]
		if !ok || containsWord(all, g) {
			continue // the summary writes the given name somewhere already
		}
		at := strings.Index(lex.Lower(fields[m.j]), sur)
		if at < 0 {
			continue
		}
		// As in nameBareSurnames: the name's capitals would make a
		// lower-cased sentence read as cased to tidyQuotes.
		fields = lex.SpaceFields(lowerAfterStop(s, nil))
		if m.j >= len(fields) {
			continue
		}
		fields[m.j] = fields[m.j][:at] + nameCase(g) + " " + nameCase(sur) + fields[m.j][at+len(sur):]
		sum.Sentences[m.i].Text = strings.Join(fields, " ")
		sum.Words++
	}
}

// bareNameEnds reports whether the bare name fields[j] ends where it stands:
// punctuation or a possessive closes it ("Velmora,", "Velmora's"), or a
// stopword, a verb of saying or a verb follows it ("Velmora will",
// "Velmora runs"); a word of a name after it ("Yisrael kristal") or a
// noun ("Theranos founder") makes it no surname.
func bareNameEnds(fields []string, j int) bool {
	if j+1 < len(fields) && strings.HasSuffix(fields[j], ".") {
		return false // "Dec. 16": an abbreviation
	}
	if j+1 == len(fields) || strings.TrimRight(fields[j], ",;:!?)") != fields[j] || possessed(fields[j]) {
		return true
	}
	next, _ := lowerCore(fields[j+1])
	if next == "and" || next == "&" {
		// "Velmora and Roe": a pair of surnames (a firm, a duo) keeps
		// both bare; "Velmora and Ada Roe" names the second in full.
		return j+2 < len(fields) && lex.IsGivenName(lex.Lower(strings.TrimRight(fields[j+2], ",")))
	}
	return lex.IsStopword(next) || singularVerbs[next] || lex.IsAttributionVerb(next) || personAfter[next] ||
		pastVerb(next) || pastVerbAfter(next, "") || verbForm(next) || strings.HasPrefix(fields[j+1], "\"") || strings.HasPrefix(fields[j+1], "“")
}

// lowerAll returns fields lower-cased one by one.
func lowerAll(fields []string) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = lex.Lower(f)
	}
	return out
}

// unlistedGivens maps each surname of want to the one word the cluster's
// articles write right before it, when that word reads as an unlisted
// given name and the surname as a person's (nameUnlistedGivens).
func (c *cluster) unlistedGivens(want map[string]bool) map[string]string {
	cores := c.nameWordCores()
	tc := truecase.Default()
	prev := make(map[string]map[string]int) // surname -> word before it -> times
	notName := make(map[string]bool)
	initialFirst := make(map[string]map[string]bool) // surname -> first names written before an initial and it
	for _, cs := range cores {
		for j := range cs {
			w, punct := cs[j].w, cs[j].punct
			if !want[w] {
				continue
			}
			if j+1 < len(cs) && !punct && (placeAfter[cs[j+1].w] || nameAfter(tc, cs[j+1].w)) {
				notName[w] = true // "velmora county"; "zeb velmora" beside a bare "zeb"
			}
			if j > 1 && cs[j-1].punct && len(cs[j-1].w) == 1 && cs[j-1].w[0] >= 'a' && cs[j-1].w[0] <= 'z' && !cs[j-2].punct {
				if initialFirst[w] == nil {
					initialFirst[w] = make(map[string]bool)
				}
				initialFirst[w][cs[j-2].w] = true // "ada q. velmora": checked against the given name found below
			}
			if j == 0 || cs[j-1].punct {
				continue
			}
			p := cs[j-1].w
			if determiners[p] && !familyUse(cs, j, punct) || placeBefore[p] && !accordingTo(cs, j) {
				notName[w] = true // "the velmora", "in velmora"
				continue
			}
			if j > 1 && !cs[j-2].punct && determiners[cs[j-2].w] {
				notName[w] = true // "the titular velmora": no given name after a determiner
			}
			if p == "" || lex.IsStopword(p) || lex.IsAttributionVerb(p) || pastVerb(p) || participleLike(p) || verbForm(p) ||
				roleWords[p] || titlesBefore[p] || tc.MostlyLower(p) {
				continue // "said velmora", "with velmora", "director velmora", "accuses velmora"
			}
			if prev[w] == nil {
				prev[w] = make(map[string]int)
			}
			prev[w][p]++
			if j > 1 && !cs[j-2].punct && (lex.IsGivenName(cs[j-2].w) || givenLike(tc, cs[j-2].w)) {
				notName[w] = true // "ada zeb velmora": a middle name, or two people
			}
		}
	}
	// A person shows in the sources: a verb of saying or a person's word
	// right after the surname or before the name ("velmora said", "said
	// zeb velmora", "velmora, who"), a role before the name ("director zeb
	// velmora"), or an age ("velmora, 41,"); and the
	// surname stands once at least without a possessive (a firm's name
	// is written "velmora's" throughout).
	person := make(map[string]bool)
	plain := make(map[string]bool)
	_, split := c.nameWords()
	for ti, cs := range cores {
		f := split[ti]
		for j := range cs {
			w := cs[j].w
			if !want[w] {
				continue
			}
			if !strings.HasSuffix(f[j], "'s") && !strings.HasSuffix(f[j], "’s") {
				plain[w] = true
			}
			if j > 0 && !cs[j-1].punct && lex.IsAttributionVerb(cs[j-1].w) || j > 1 && !cs[j-1].punct && !cs[j-2].punct && (lex.IsAttributionVerb(cs[j-2].w) || roleBefore(cs[j-2].w)) {
				person[w] = true
			}
			if j+1 < len(cs) {
				next := cs[j+1].w
				if lex.IsAttributionVerb(next) || personAfter[next] || next == "who" || singularVerbs[next] && !cs[j].punct ||
					cs[j].punct && strings.HasSuffix(f[j], ",") && digitsOnly(strings.TrimRight(f[j+1], ",")) {
					person[w] = true
				}
			}
		}
	}
	two := c.twoPeople()
	out := make(map[string]string)
	for sur, ps := range prev {
		if !person[sur] || !plain[sur] {
			continue
		}
		if known, capital := tc.Known(sur); known && !capital || datelineRegionNames[sur] || len(ps) != 1 || notName[sur] || two[sur] || tc.MostlyLower(sur) {
			continue
		}
		var g string
		for p := range ps {
			g = p
		}
		if !givenLike(tc, g) || labelNoun(g) || otherFirst(initialFirst[sur], g) || datelineRegionNames[g] || lex.IsGivenName(g) || want[g] || sharedLedeCreditWords[g] || mediaStamp[g] {
			continue
		}
		out[sur] = g
	}
	if len(out) == 0 {
		return nil
	}
	// The given name is written nowhere but before its surname: a word
	// written elsewhere too is a word of the text, or another person's.
	alone := make(map[string]bool)
	for _, cs := range cores {
		for j := range cs {
			for sur, g := range out {
				if cs[j].w == g && (cs[j].punct || j+1 == len(cs) || cs[j+1].w != sur) {
					alone[sur] = true
				}
			}
		}
	}
	for sur := range alone {
		delete(out, sur)
	}
	return out
}

// roleBefore reports whether w, written before a full name, is a role or
// a title, alone or as a compound's last part: "writer-director zeb
// velmora", "mayor ada velmora".
func roleBefore(w string) bool {
	if i := strings.LastIndexAny(w, "-/"); i >= 0 {
		w = w[i+1:]
	}
	return roleWords[w] || titlesBefore[w]
}

// nameAfter reports whether the word w, written right after a bare name,
// may be a surname that makes the name a given name: a word that may be
// a surname (surnameWord), no verb's form, no word cased text writes
// lower-case, and no stopword.
func nameAfter(tc *truecase.Model, w string) bool {
	return surnameWord(w) && !verbLike(w) && !verbForm(w) && !pastVerb(w) && !singularVerbs[w] && !personAfter[w] &&
		!tc.MostlyLower(w) && !tc.Common(w) && !roleWords[w] && !namesakeNouns[w] && !generational[w]
}

// givenLike reports whether lower-case w may be a given name the list
// lacks: letters only, two or more, no stopword, role, title, honorific,
// verb or other word that is no surname (surnameWord), and no word cased
// text writes mostly lower-case.
func givenLike(tc *truecase.Model, w string) bool {
	if len(w) < 2 || !plainLower(w) || !surnameWord(w) || roleWords[w] || titlesBefore[w] || honorifics[w] || abbrevTitles[w] {
		return false
	}
	if known, capital := tc.Known(w); known && !capital {
		return false
	}
	// A word in "-ss" may be a name ("joss"), one in "-s" a plural
	// ("inductees") or a verb.
	return !tc.MostlyLower(w) && !tc.Common(w) && !(verbLike(w) && !strings.HasSuffix(w, "ss")) && !verbForm(w) && !pastVerb(w)
}

// labelNoun reports whether w, a word the given-name list lacks, ends as
// a noun for a doer ("traitor", "activist"): before a surname a label
// ("traitor park" in a hostile state's words), not a given name.
func labelNoun(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "tor") || strings.HasSuffix(w, "ist"))
}

// otherFirst reports whether firsts, the words the sources write before a
// middle initial and the surname, hold one other than g: "george w. bush"
// beside "jeb bush" is two people, and the bare surname may be either.
func otherFirst(firsts map[string]bool, g string) bool {
	for f := range firsts {
		if f != g {
			return true
		}
	}
	return false
}
