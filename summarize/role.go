package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, after the full-name rule
// (fullname.go): a reader's summary that names a person in full with
// nothing to say who they are ("Charlie Beck said ...") gives them, at
// that first mention, the role a source gives the same full name in
// apposition or as a title ("Charlie Beck, the police chief, said ...",
// "police chief Charlie Beck said ..."), read by voices.RoleOf as the
// Voices section reads a speaker's role. Blind readers listed a person
// named without the role the sources give as a dangling reference. A later
// mention of the same full name, once the summary has introduced the
// person, is cut to the surname ("... Beck added"): readers counted a
// person introduced twice as a defect.
//
// A full name before a verb in the past ("Cathy Lanier called it ...",
// "Orrin Hatch announced ...") is a mention too: fullMentions had read
// any word after the surname but a stopword or a verb of saying as the
// name going on ("martin luther king"), and left those people without
// the role the sources give. Multi-News validation: 43 of 5,602
// summaries change, all read: 38 better, 1 worse (a caption's word taken
// into a title), 4 the same; train 1-38,000: 290 of 37,869, 40 read: 31
// better, 5 worse (a company named for its founder, a title cut short
// or wrongly abbreviated, a magazine's name cut to its last word, a name
// said in full again), 4 the same. Summaries gain 0.016 words on
// average (validation).
//
// A possessive ends the name ("Ada Velmora's statement"): fullMentions
// had read the word after it as the name going on, and left the person
// without the role the sources give. The role goes before the name, a
// title as it stands, an apposition without its article ("port director
// Ada Velmora's statement") and only when no stopword, comma or number
// is in it. A later possessive full mention stays in full ("Sarah
// Palin's Alaska" may name a show, "Charlie Hebdo's" a paper). Multi-News
// validation: 23 of 5,599 summaries change, all read: 18 better, 4 worse
// (a weak role, "then-" before a past office, a surname shared by two
// people cut, a possessive left in full after the person was named), 1
// the same; train 1-38,000: 197 of 37,865, 40 read: 30 better, 8 worse
// (a title run in lower-cased text taking in the word before it, "the
// moment president-elect", four times; a department as a role; a role
// told again later, twice; "spokesman" before the man's union), 2 the
// same. Summaries gain 0.006 words on average
// (validation).

// maxRoleWords bounds the role written into a summary sentence: a longer
// apposition is a clause of its own.
const maxRoleWords = 10

// fullMention is a person's full name in a summary sentence: fields[at]
// the given name, fields[sur] the surname, at+1 or, after a middle
// initial (rolemiddle.go), at+2.
type fullMention struct {
	at, sur       int
	given, family string // lower case, without punctuation
	initial       string // the middle initial, lower case without its stop; "" for none
	listed        bool   // the given name is one of lex.IsGivenName's
}

// fullMentions returns the full names in the words fields: a given name
// of the list (lex.IsGivenName) and a surname-shaped word after it, both
// free of punctuation between them but a middle initial's stop
// (middleInitial), the surname not followed by another word that may
// continue the name ("martin luther king").
func fullMentions(fields []string) []fullMention {
	var out []fullMention
	for j := 0; j+1 < len(fields); j++ {
		g, punct := lowerCore(fields[j])
		if punct || lex.Lower(fields[j]) != g {
			continue
		}
		k, initial := j+1, ""
		if x := middleInitial(fields, j); x != "" {
			k, initial = j+2, x // "Ivo K. Marlowe"
		}
		s, _ := lowerCore(fields[k])
		if !familyName(s) {
			continue
		}
		// A given name of the list, or a capitalised word before a
		// capitalised surname ("Dionne Waugh", as the full-name rule
		// writes a name in lower-cased text).
		if !lex.IsGivenName(g) && !(upperStart(fields[j]) && upperStart(fields[k]) && familyName(g) && len(g) > 2) {
			continue
		}
		// In cased text both words are capitalised, or neither; after a
		// small initial's stop the sentence splitter raised the
		// surname's first letter ("tomas r. Velling").
		if upperStart(fields[k]) != upperStart(fields[j]) && j > 0 && !(initial != "" && fields[j+1][0] == initial[0]) {
			continue
		}
		if tail := fields[k][len(strings.TrimRight(fields[k], ",.;:!?\"”’'`)]")):]; tail == "" && k+1 < len(fields) && !possessed(fields[k]) {
			// A possessive ends the name ("Ada Velmora's statement"):
			// the word after it is what the person has.
			next, _ := lowerCore(fields[k+1])
			if !lex.IsStopword(next) && !lex.IsAttributionVerb(next) && !personAfter[next] && !afterSurname[next] &&
				!(pastTense(next) && (lex.IsGivenName(g) || !truecase.Default().Common(g))) {
				// "martin luther king", "george bush administration". A
				// verb in the past ends the name ("Ada Velmora resigned")
				// after a given name: not after a word cased text writes
				// lower-case ("Inside Equifax announced").
				continue
			}
		}
		out = append(out, fullMention{at: j, sur: k, given: g, family: s, initial: initial, listed: lex.IsGivenName(g)})
	}
	return out
}

// familyName reports whether lower-case w may be a surname after a given
// name: a word of letters that is no stopword, given name, title, role,
// place or institution word.
func familyName(w string) bool {
	return len(w) > 1 && lettersOnly(w) && !lex.IsStopword(w) && !lex.IsGivenName(w) && !honorifics[w] &&
		!abbrevTitles[w] && !roleWords[w] && !placeWords[w] && !notSurnames[w] && !lex.IsAttributionVerb(w) &&
		!personAfter[w]
}

func upperStart(f string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"“‘'`(["))
	return unicode.IsUpper(r)
}

// inQuote reports whether fields[j] stands inside a quotation that opens
// before it in the same sentence.
func inQuote(fields []string, j int) bool {
	n := 0
	for _, f := range fields[:j] {
		n += strings.Count(f, "\"") + strings.Count(f, "“") + strings.Count(f, "”")
	}
	n += strings.Count(strings.TrimRight(fields[j], "\"“”"), "\"") // an opening mark on the word itself
	return n%2 == 1
}

// described reports whether the words before fields[j] already say who
// the person named there is: a title or role word ("police chief",
// "Rep."), a describing word ("suspect", "actress"), or a phrase closed by
// a comma ("his wife, Jane Roe"), also before a bracketed aside
// ("soon-to-be president (again) Jane Roe").
func described(fields []string, j int) bool {
	if j == 0 {
		return false
	}
	p := fields[j-1]
	if strings.HasSuffix(p, ")") {
		// "soon-to-be president (again) Ilse Varga": the words before a
		// bracketed aside say who the person is.
		for k := j - 1; k > 0; k-- {
			if strings.HasPrefix(fields[k], "(") {
				return described(fields, k)
			}
		}
	}
	core, punct := lowerCore(p)
	if honorifics[strings.TrimSuffix(core, ".")] || abbrevTitles[strings.TrimSuffix(core, ".")] || roleWords[core] || titlesBefore[core] {
		return true
	}
	if punct {
		return strings.HasSuffix(p, ",") || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
	}
	return !lex.IsStopword(core) && !lex.IsAttributionVerb(core) && !personAfter[core]
}

// usableRole reports whether a role the sources give may stand in a
// summary sentence: short, no pronoun that leans on the source's other
// sentences ("his lawyer"), no quotation mark, bracket or digit-only word.
func usableRole(role string, title bool) bool {
	w := lex.SpaceFieldsShared(role)
	if len(w) == 0 || len(w) > maxRoleWords || title && len(w) > maxTitleWords || lex.ContainsAny(role, "\"“”()[]") {
		return false
	}
	modifiers := 0
	for _, x := range w {
		x = lex.Lower(strings.Trim(x, ",.;:"))
		switch x {
		case "his", "her", "their", "its", "he", "she", "they", "him", "them", "this", "that", "these", "those":
			return false
		}
		if kinWords[x] {
			return false // "son", "his wife": kin of someone the summary may not name
		}
		if roleClauseVerb(x) {
			return false // "a writer is suing ...", "... in Tarnwick said": a clause ran on
		}
		if roleModifiers[x] {
			modifiers++
		}
	}
	return modifiers < len(w)
}

// maxTitleWords bounds a title written before a name: a longer run before
// a name in lower-cased text takes in other words ("support centrist
// candidate").
const maxTitleWords = 4

// roleModifiers qualify a role and are none alone: "former".
var roleModifiers = lex.Set("former", "acting", "late", "then", "interim", "current", "ex", "longtime",
	"onetime", "new", "retired")

// coordinators join names in a list ("Ada Brenn and Tomas Reyland"),
// where a role for one of them or a name cut to the surname reads
// unevenly.
var coordinators = lex.Set("and", "or", "&", "nor")

// afterNameTaken reports whether the words after the full name ending at
// fields[k] already go on with something about the person or a list: a
// comma ("Jane Roe, 45,", "Jane Roe, who ..."), a phrase that places them
// ("of the agency", "from Ohio") or a coordinator.
func afterNameTaken(fields []string, k int) bool {
	if strings.HasSuffix(fields[k], ",") {
		return true
	}
	if k+1 >= len(fields) {
		return false
	}
	next, _ := lowerCore(fields[k+1])
	switch next {
	case "of", "from", "at", "for", "with", "who", "whose", "in", "on":
		return true
	}
	return coordinators[next]
}

// roleOf returns the role the cluster's sources give the person named
// given+family in full, reading the documents earliest source first, and
// whether it is a title written before the name. A role no summary
// sentence may hold (usableRole) does not end the search (usableRoleOf).
// With a middle initial, each document is read for the name with it
// (middleName), then without it.
func (c *cluster) roleOf(given, initial, family string) (string, bool) {
	order := make([]int, len(c.docs))
	for d := range c.docs {
		order[d] = d
	}
	if len(c.rank) == len(c.docs) {
		for d := range c.docs {
			order[c.rank[d]] = d
		}
	}
	name := given + " " + family
	for _, d := range order {
		sents := make([]string, len(c.docs[d].cands))
		for k, ci := range c.docs[d].cands {
			sents[k] = c.cands[ci].text
		}
		if initial != "" {
			if r, title := usableRoleOf(initialSents(sents, given, initial, family), middleName(given, initial, family)); r != "" {
				return r, title
			}
		}
		if r, title := usableRoleOf(sents, name); r != "" {
			return r, title
		}
	}
	return "", false
}

// rankTitles are the abbreviated titles of office or rank the sources
// write before a person's full name ("sen. hana osei", "cpl. ben roe"):
// a reader's summary that names the person without one writes it there
// when no role is found (rankOf). Honorifics ("mr.") and name parts
// ("jr.") tell nothing of the person's part in the story.
var rankTitles = lex.Set("sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "cpl.",
	"pvt.", "pfc.", "adm.", "maj.", "cmdr.", "dr.", "det.", "insp.", "supt.", "prof.", "rev.", "atty.")

// rankOf returns the abbreviated title of office or rank (rankTitles) the
// cluster's sentences write most often right before the full name
// given+family (lower case), "" for none, and "" when a sentence writes it
// after "former" or another modifier (roleModifiers): the title alone
// would say the person holds it now. A name with a middle initial is
// read with or without it.
func (c *cluster) rankOf(given, initial, family string) string {
	counts := make(map[string]int)
	withInitial := middleName(given, initial, family)
	for i := range c.cands {
		low := lex.Lower(c.cands[i].text)
		if !strings.Contains(low, given+" "+family) && (initial == "" || !strings.Contains(low, withInitial)) {
			continue
		}
		f := lex.SpaceFieldsShared(low)
		for j := 1; j+1 < len(f); j++ {
			if f[j] != given {
				continue
			}
			k := j + 1
			if initial != "" && f[k] == initial+"." && k+1 < len(f) {
				k++ // "sen. ivo k. marlowe"
			}
			if sur, _ := lowerCore(f[k]); sur != family {
				continue
			}
			t := strings.TrimLeft(f[j-1], "\"“‘'([-—–")
			if !rankTitles[t] || j > 1 && f[j-2] != "of" && titleCutBefore[f[j-2]] {
				continue // "atty. gen.": the end of a longer title (rolecut.go)
			}
			for k := max(j-3, 0); k < j-1; k++ {
				if w, _ := lowerCore(f[k]); roleModifiers[w] || strings.HasPrefix(f[k], "ex-") {
					return "" // "former alaska gov. hana osei": the title alone would say she holds it
				}
			}
			counts[t]++
		}
	}
	best, n := "", 0
	for t, k := range counts {
		if k > n || k == n && t < best {
			best, n = t, k
		}
	}
	return best
}

// spelledOut reports whether s holds a word the abbreviated title t
// opens ("governor" for "gov.", "senator" for "sen."): written before the
// name, the title would say the same twice.
func spelledOut(s, t string) bool {
	a := strings.TrimSuffix(t, ".")
	for _, w := range lex.LetterWords(s, 200) {
		if len(w) > len(a) && strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// addRoles writes, at the first full mention of each person in sum
// (fullMentions) that nothing before it describes, the role the sources
// give that full name, and cuts a later full mention of a person the
// summary has already named in full to the surname. It adds the words it
// writes to sum.Words.
func (c *cluster) addRoles(sum *chorus.Summary) {
	var all []string
	for _, st := range sum.Sentences {
		all = append(all, st.Text)
	}
	summaryText := lex.Lower(strings.Join(all, " "))
	named := make(map[string]string)    // surname -> given name of the full mention
	initials := make(map[string]string) // surname -> middle initial of the full mention
	var before strings.Builder          // the summary so far, lower case
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		fields := lex.SpaceFields(s)
		changed := false
		for _, m := range fullMentions(fields) {
			// fullMentions' indexes stay valid: edits below change
			// words in place, never the number of fields.
			if inQuote(fields, m.at) {
				continue
			}
			prev := ""
			if m.at > 0 {
				prev, _ = lowerCore(fields[m.at-1])
			}
			if g, ok := named[m.family]; ok {
				listed := coordinators[prev] || m.sur+1 < len(fields) && coordinators[lex.Lower(fields[m.sur+1])]
				if next := m.sur + 1; strings.HasSuffix(fields[m.sur], ",") && next < len(fields) {
					// After the comma an apposition ("Jane Roe, the mayor,",
					// "Jane Roe, 45,"), or a list of names ("Jane Roe, Ann
					// Doe and ..."), where the surname alone reads unevenly.
					listed = listed || !appositionStart(fields[next])
				}
				// In a lower-cased cluster the given name is the
				// truecaser's evidence for the surname: one cased text
				// writes mostly lower-case would stay so alone ("swift
				// released"), a hyphened one half so ("Al-mahdi").
				// At a sentence's start the truecaser raises the first
				// letter anyway.
				plain := c.lowerCased() && (strings.Contains(m.family, "-") ||
					!sentenceStart(fields, m.at) && truecase.Default().MostlyLower(m.family))
				// A possessive stays in full: "Ada Velmora's" may name a
				// show, a shop or a firm ("Sarah Palin's Alaska").
				owner := possessed(fields[m.sur])
				// "Ivo K. Marlowe" and "Ivo R. Marlowe" are two people.
				other := m.initial != "" && initials[m.family] != "" && m.initial != initials[m.family]
				if g == m.given && m.listed && !described(fields, m.at) && !listed && !plain && !owner && !other && !c.otherGiven(m.given, m.family, summaryText) &&
					!(c.orgName(m.given, m.family) && !c.surnameWritten(m.given, m.family)) {
					// Named in full before: the surname is enough.
					start := sentenceStart(fields, m.at)
					for k := m.at; k < m.sur; k++ {
						fields[k] = "" // the given name and a middle initial
					}
					fam := fields[m.sur]
					if start {
						fam = lex.UpperFirst(fam)
					}
					fields[m.sur] = fam
					changed = true
				}
				continue
			}
			named[m.family] = m.given
			initials[m.family] = m.initial
			if c.orgName(m.given, m.family) {
				continue // a company's name ("Walt Disney Co.", rolecut.go)
			}
			if containsWord(before.String(), m.family) || containsWord(lex.Lower(strings.Join(fields[:m.at], " ")), m.family) {
				continue // met before, by surname
			}
			if described(fields, m.at) && !clauseCredit(fields, m.at, m.sur) || coordinators[prev] || afterNameTaken(fields, m.sur) {
				continue
			}
			role, title := c.roleOf(m.given, m.initial, m.family)
			abbrev := false
			if role == "" {
				role = c.rankOf(m.given, m.initial, m.family) // "cpl. hana osei": no role voices reads
				if role == "" && c.writeAffiliation(s, fields, m) {
					changed = true // "hana osei of the tarnwick ferry board" (affiliation.go)
					continue
				}
				title, abbrev = true, true
				if spelledOut(s, role) {
					continue // "Gov. Hana Osei ... as governor"
				}
			}
			apposed := false // an apposition made a title before a possessive
			if !title && possessed(fields[m.sur]) {
				// No room for an apposition after "Ada Velmora's": the
				// role goes before the name as a title, without its
				// article ("port director Ada Velmora's statement").
				if role = bareTitle(role); role == "" || !roleNounEnds(role) {
					continue // "campaign rally <name>'s" (roletold.go)
				}
				title, apposed = true, true
			}
			if !usableRole(role, title) || strings.Contains(lex.Lower(s), lex.Lower(role)) || title && saysHead(fields, m.sur, role) ||
				apposed && roleTold(role, s, before.String()) || title && cutShowTitle(role) {
				continue
			}
			if title {
				g := fields[m.at]
				if abbrev && upperStart(g) {
					role = lex.UpperFirst(role) // "Cpl. Hana Osei", as the full-name rule writes the name
				}
				if sentenceStart(fields, m.at) {
					role = lex.UpperFirst(openingAcronym(role)) // "cia director" -> "CIA director" (titlelead.go)
					if !upperStart(fields[m.sur]) {
						g = lex.Lower(g) // the capital was the sentence's
					}
				}
				fields[m.at] = role + " " + g
				changed = true
				continue
			}
			fam := fields[m.sur]
			core := strings.TrimRight(fam, ",.;:!?")
			tail := fam[len(core):]
			if lex.ContainsAny(core, "'’\"”)") || tail != "" && tail != "." && tail != "!" && tail != "?" && tail != ";" && tail != ":" {
				continue // a possessive, a closing mark: no room for an apposition
			}
			if tail == "" {
				fields[m.sur] = core + ", " + role + ","
			} else {
				fields[m.sur] = core + ", " + role + tail
			}
			changed = true
		}
		if changed {
			var kept []string
			for _, f := range fields {
				if f != "" {
					kept = append(kept, f)
				}
			}
			t := strings.Join(kept, " ")
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
			s = t
		}
		before.WriteString(lex.Lower(s))
		before.WriteByte(' ')
	}
}

// sentenceStart reports whether fields[j] opens a sentence: the first
// word, or one after a word ending in a full stop, question or
// exclamation mark ("Surprise! Michelle Williams ...").
func sentenceStart(fields []string, j int) bool {
	if j == 0 {
		return true
	}
	p := strings.TrimRight(fields[j-1], "\"”’')")
	return strings.HasSuffix(p, "!") || strings.HasSuffix(p, "?") ||
		strings.HasSuffix(p, ".") && !abbrevTitles[lex.Lower(strings.TrimSuffix(p, "."))] && len(p) > 2
}

// appositionStart reports whether the word f may open an apposition
// after a name and a comma: a determiner, a number (an age), a possessive,
// a role word or "who".
func appositionStart(f string) bool {
	w, _ := lowerCore(f)
	if w == "the" || w == "a" || w == "an" || w == "who" || roleWords[w] || roleModifiers[w] {
		return true
	}
	if strings.HasSuffix(strings.TrimRight(f, ","), "'s") || strings.HasSuffix(strings.TrimRight(f, ","), "’s") {
		return true
	}
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// otherGiven reports whether a sentence of the cluster writes family
// after another given name than given that the summary text (lower case)
// also holds ("Lazaro Gonzalez" beside "Elian Gonzalez" in a summary that
// speaks of Elian): the surname alone would not say which of them is
// meant.
func (c *cluster) otherGiven(given, family, text string) bool {
	for i := range c.cands {
		t := c.cands[i].text
		if !strings.Contains(lex.Lower(t), family) {
			continue
		}
		f := lex.SpaceFieldsShared(t)
		for j := 1; j < len(f); j++ {
			if w, _ := lowerCore(f[j]); w != family {
				continue
			}
			p, punct := lowerCore(f[j-1])
			if punct || p == given || lex.IsStopword(p) || roleWords[p] || titlesBefore[p] || honorifics[strings.TrimSuffix(p, ".")] ||
				abbrevTitles[strings.TrimSuffix(p, ".")] || !lettersOnly(p) {
				continue
			}
			if (lex.IsGivenName(p) || upperStart(f[j-1]) && upperStart(f[j])) && containsWord(text, p) {
				return true
			}
		}
	}
	return false
}

// saysHead reports whether the words after the full name ending at
// fields[k] go on, within six words, with the last word of a title
// role, its head ("Ilse Varga was an astronaut ..." for "astronaut"):
// the title written at the name would say it twice.
func saysHead(fields []string, k int, role string) bool {
	f := lex.SpaceFieldsShared(role)
	if len(f) == 0 {
		return false
	}
	head, _ := lowerCore(f[len(f)-1])
	for j := k + 1; j < len(fields) && j <= k+6; j++ {
		if w, _ := lowerCore(fields[j]); w == head {
			return true
		}
	}
	return false
}

// bareTitle returns the apposition role as a title written before a
// possessive name, its opening article dropped ("the port director" ->
// "port director"), or "" when the rest holds a stopword, a comma or a
// number ("the mayor of Tarnwick", "a deckhand, 24"): a phrase that
// reads as a title only after the name.
func bareTitle(role string) string {
	w := lex.SpaceFields(role)
	if len(w) > 1 {
		if a := lex.Lower(w[0]); a == "the" || a == "a" || a == "an" {
			w = w[1:]
		}
	}
	for _, x := range w {
		c, punct := lowerCore(x)
		if punct || lex.IsStopword(c) || !lettersOnly(strings.ReplaceAll(c, "-", "")) {
			return ""
		}
	}
	return strings.Join(w, " ")
}
