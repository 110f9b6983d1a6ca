package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, after nameInFull: a
// reader's summary sentence that names a person by surname alone
// ("Tadlock said her bag was searched.") while nothing before it in the
// summary names that person, and whose own article introduced the person
// in full above that sentence ("... passenger ilse tadlock said ..."),
// takes the full name the article gives: "Ilse Tadlock said her bag was
// searched." The article's writer named the person in full once and by
// surname after, and the summary kept only the later line. The cluster-
// wide rules (writeFullNames, nameBareSurnames) ask for a listed given
// name or for the name written often; this one asks instead that the
// sentence's own article write the full name before it, one given name
// only for that surname there, that given name used nowhere else in the
// article unless it is a listed one, and no family word beside any of
// its mentions. A surname that is a given name too counts only before a
// verb of saying ("Kelly said ...": a first name alone rarely speaks in
// news; Multi-News validation 1 and train 1-38,000 8 summaries changed,
// all read right, one of them losing a quote's second sentence that
// joinQuoteEnds had joined). Left alone: a plural
// noun or a word surnameWord refuses, a mention inside a quotation, after
// a title, role or determiner, or beside a family word, and one the
// summary names in full later (latername.go moves that name forward).
//
// The name it writes comes after addRoles has run (nameInFull), so it
// had no role ("Reed Hastings did not say ..."): when it writes one,
// addRoles runs again and gives that first mention the role the sources
// give ("Netflix CEO Reed Hastings did not say ..."); the names addRoles
// read before are described or cut already and read the same. Measured
// with rolemiddle.go against 5718a5e: validation 4 changed, all read, 4
// better (a chief executive, a police sergeant, a lawyer named without
// a role).
//
// A full name with an unlisted given name shows a person by a credit in
// parentheses after it too ("the writers are ..., and orvind tessaly (
// "harbour lights " )", "sen. orvind tessaly ( d-wash. )"), as by an
// apposition's comma (creditParen); not after a possessive, nor a handle
// ("( @<handle> )": a page's account name, "<office> <country> (
// @<handle> )"), nor a dateline's outlet before its dash ("<site> <city>
// ( <station> ) –", read as a person "<Site> <City>" in a held-back
// cluster before this guard). Measured against 578636d (h57name): validation 2 of
// 5,598 summaries changed, read: 2 better (a writer named once in a list
// of credits and a senator named with her party written in full where
// the summary gave the surname bare), 0 worse; train 1-6,000: 2 changed
// before the handle guard, 1 better (a senator), 1 worse (an office's
// account name before its country, guarded), after it 1: 1 better;
// train 6,001-12,000: 0 changed. Known misses: a listed given name
// needed none of this; a credit written after a dash or in brackets.

// creditParen reports whether the words f from i open a parenthesis that
// may credit a person: a work, a party or state, a role ("( "harbour
// lights " )", "( d-wash. )", "( ky. )", "( becky )"); not a handle ("(
// @<handle> )") nor a dateline's outlet, whose closing mark a dash follows
// ("<site> <city> ( <station> ) –").
func creditParen(f []string, i int) bool {
	if i >= len(f) || !strings.HasPrefix(f[i], "(") || strings.HasPrefix(f[i], "(@") ||
		i+1 < len(f) && strings.HasPrefix(f[i+1], "@") {
		return false
	}
	for j := i; j < len(f) && j < i+creditParenWords; j++ {
		if strings.HasSuffix(f[j], ")") {
			return j+1 >= len(f) || !datelineDash[f[j+1]]
		}
	}
	return true
}

// datelineDash are the dashes after a dateline's outlet.
var datelineDash = lex.Set("–", "—", "-", "--")

// creditParenWords bounds the words creditParen reads for the closing
// mark.
const creditParenWords = 8

// nameFromArticle writes, in each sentence of sum in order (sentence i is
// picked[i]'s representative), the first bare mention of a surname the
// summary has not written before in full as the full name the sentence's
// article writes above it (articleFullName). It adds the words it writes
// to sum.Words and reports whether it wrote a name.
func (c *cluster) nameFromArticle(picked []int, sum *chorus.Summary) bool {
	if len(picked) != len(sum.Sentences) {
		return false
	}
	wrote := false
	all := ""
	for _, t := range sum.Sentences {
		all += " " + lex.Lower(t.Text)
	}
	var two map[string]bool
	tc := truecase.Default()
	before := ""
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		fields := lex.SpaceFields(s)
		for j, word := range fields {
			sur, _ := lowerCore(word)
			if !surnameWord(sur) || lex.IsGivenName(sur) && !saysNext(fields, j) || pluralNoun(sur) || !bareField(word, sur) || tc.MostlyLower(sur) || acronymField(word) {
				continue // "sharks", "cause": cased text writes them lower-case
			}
			if containsWord(before, sur) || inQuotation(fields, j) || kinNear(fields, j) {
				continue
			}
			if j > 0 && !opensBareName(fields[j-1]) && !verbBefore(fields, j, sur) {
				continue // "the tadlock", "ilse tadlock", "president tadlock"; not "accused tadlock"
			}
			low := lex.SpaceFieldsShared(lex.Lower(s))
			if anyContainsWord(low[:j], sur) || namedAfter(low[j+1:], sur) {
				continue
			}
			if j+1 < len(fields) {
				if next, _ := lowerCore(fields[j+1]); namesakeNouns[next] || placeAfter[next] || generational[next] {
					continue // "tadlock administration", "tadlock jr."
				}
				if word == strings.TrimRight(word, ",;:.!?") && opensUpper(fields[j+1]) {
					continue // "Latin America", "Nolan Michael Burch": a longer name
				}
			}
			if j > 0 && placeBefore[lex.Lower(fields[j-1])] && !strings.HasSuffix(word, "'s") {
				continue // "north of london", "in tadlock"
			}
			full, given := c.articleFullName(c.facts[picked[i]].rep, sur)
			if full == "" && speakerAt(fields, j) && (j == 0 || !opensUpper(fields[j-1])) {
				full, given = c.clusterFullName(sur) // articlename_cluster.go
			}
			if full == "" || containsWord(all, given+" "+sur) || otherGender(fields[j+1:], given) {
				continue
			}
			if two == nil {
				two = c.twoPeople()
			}
			if two[sur] {
				continue
			}
			at := strings.Index(lex.Lower(word), sur)
			if at < 0 {
				continue
			}
			// As in nameBareSurnames: the name's capitals would make a
			// lower-cased sentence read as cased to tidyQuotes.
			fields = lex.SpaceFields(lowerAfterStop(s, nil))
			fields[j] = fields[j][:at] + full + fields[j][at+len(sur):]
			sum.Sentences[i].Text = strings.Join(fields, " ")
			sum.Words += countWords(full) - 1
			wrote = true
			break // one a sentence
		}
		before += " " + lex.Lower(sum.Sentences[i].Text)
	}
	return wrote
}

// articleFullName returns the full name ("Ilse Tadlock", "Ilse K.
// Tadlock") and the given name ("ilse") that candidate ci's article writes
// for the surname sur above the candidate, or "", "" when it writes none
// or more than one person's: every mention of sur in the article after a
// given-name-shaped word (articleGivenAt) must have the same given name,
// none may stand beside a family word (kinNear), after a determiner or
// placeBefore's words or before a place's word (placeAfter), a mention
// must show a person (a verb of saying or afterSurname's words after it, a verb of saying before it,
// or a comma after the full name; with an unlisted given name, not
// afterSurname's), full names inside quotation marks do
// not count, and an unlisted given name must be
// written nowhere in the article but before sur or before a verb of
// saying or afterSurname's words.
func (c *cluster) articleFullName(ci int, sur string) (string, string) {
	low, until := c.articleAbove(ci)
	if until <= 0 {
		return "", ""
	}
	return fullNameAbove(low, until, sur)
}

// fullNameAbove is articleFullName on the lower-cased text low, the
// full name to be written in low[:until].
func fullNameAbove(low string, until int, sur string) (string, string) {
	f := lex.SpaceFieldsShared(low)
	given, middle := "", ""
	seenBefore, person, speaks := false, false, false
	pos := 0 // byte offset in low of the field being read
	for k := range f {
		at := strings.Index(low[pos:], f[k])
		if at >= 0 {
			pos += at
		}
		w, punct := lowerCore(f[k])
		if w != sur {
			pos += len(f[k])
			continue
		}
		if kinNear(f, k) {
			return "", ""
		}
		if k > 0 {
			if p, ppunct := lowerCore(f[k-1]); determiners[p] && !ppunct {
				return "", "" // "the tadlock": a common word
			} else if placeBefore[p] && !ppunct && !punct && !strings.HasSuffix(f[k], "'s") {
				return "", "" // "in tadlock": a place
			}
		}
		next := ""
		if k+1 < len(f) {
			next, _ = lowerCore(f[k+1])
		}
		if !punct && (lex.IsAttributionVerb(next) || personAfter[next]) {
			person, speaks = true, true // "tadlock said"
		} else if !punct && afterSurname[next] {
			person = true // "tadlock was"
		} else if k > 0 && saysBefore(f[k-1]) {
			person, speaks = true, true // `", says tadlock.` (articlename_cluster.go)
		}
		if !punct && k+1 < len(f) {
			if next, _ := lowerCore(f[k+1]); placeAfter[next] {
				return "", ""
			}
		}
		g, m := articleGivenAt(f, k)
		if g != "" && (quotedAt(f, k) || !punct && nameGoesOn(next)) {
			g = "" // `"... jesus christ ..."`: a quotation's words; "ilse tadlock wendt": a longer name
		}
		if g != "" {
			if strings.HasSuffix(f[k], ",") || creditParen(f, k+1) && !strings.HasSuffix(f[k], "'s") {
				person, speaks = true, true // "ilse tadlock, 45,", "ilse tadlock, a passenger,", "ilse tadlock (<credit>)"
			}
			if given != "" && g != given {
				return "", "" // two people of the name
			}
			given = g
			if m != "" {
				middle = m
			}
			if pos < until {
				seenBefore = true
			}
		}
		pos += len(f[k])
	}
	if given == "" || !seenBefore || !person {
		return "", ""
	}
	if !lex.IsGivenName(given) {
		if !speaks {
			return "", "" // "a pod of spinner sharks is seen": an unlisted word asks for a speaker or an apposition
		}
		// An unlisted word counts only where the article writes it before
		// the surname or alone as a person's name ("ilse said", "ilse
		// and ..."): not "the crystal ball" elsewhere.
		for k := range f {
			if w, _ := lowerCore(f[k]); w != given {
				continue
			}
			next := ""
			if k+1 < len(f) {
				next, _ = lowerCore(f[k+1])
			}
			if next == sur || initialField(next+".") && k+2 < len(f) && strings.HasPrefix(f[k+2], sur) {
				continue
			}
			if k > 0 && determiners[lex.Lower(f[k-1])] || !(lex.IsAttributionVerb(next) || afterSurname[next]) {
				return "", "" // a word of its own ("the crystal ball"), not the person named alone ("ilse said")
			}
		}
	}
	full := nameCase(given)
	if middle != "" {
		full += " " + strings.ToUpper(middle[:1]) + "."
	}
	return full + " " + nameCase(sur), given
}

// articleGivenAt returns the given name written before the surname f[k]
// ("ilse" of "passenger ilse tadlock", of "..., ilse k. tadlock") and the
// letter of a middle initial between them, or "", "" when the word before
// is no given name or no name may open before it (articleNameOpens).
func articleGivenAt(f []string, k int) (string, string) {
	g, m := k-1, ""
	if g >= 0 && initialField(f[g]) {
		m = f[g][:1]
		g--
	}
	if g < 0 || !plainLower(f[g]) || !articleGivenWord(f[g]) {
		return "", ""
	}
	if g > 0 && !articleNameOpens(f[g-1]) && !(lex.IsGivenName(f[g]) && !lex.IsGivenName(strings.TrimRight(f[g-1], "."))) {
		return "", "" // "protest tadlock"; a listed given name may follow any word but another given name
	}
	return f[g], m
}

// pageWords are a page's labels run in before a name: "photo ilse
// tadlock", "getty ilse tadlock".
var pageWords = lex.Set("photo", "photos", "video", "videos", "image", "images", "caption", "credit",
	"file", "getty", "reuters", "ap", "afp", "watch", "related", "advertisement", "gallery", "enlarge")

// nameGoesOn reports whether the lower-case word after a full name may be
// a further word of the name ("poochy jocelyne wildenstein"): no stopword,
// verb of saying, afterSurname word or word cased text writes lower-case.
func nameGoesOn(next string) bool {
	return next != "" && lettersOnly(next) && !lex.IsStopword(next) && !lex.IsAttributionVerb(next) && !personAfter[next] &&
		!afterSurname[next] && !verbLike(next) && !verbForm(next) && !truecase.Default().MostlyLower(next)
}

// acronymField reports whether field f holds two capitals or more, as an
// acronym does ("IBM's"): no surname.
func acronymField(f string) bool {
	n := 0
	for i := 0; i < len(f); i++ {
		if f[i] >= 'A' && f[i] <= 'Z' {
			n++
		}
	}
	return n >= 2 && !strings.HasPrefix(f, "Mc")
}

// quotedAt reports whether f[k] stands inside a quotation of its
// sentence: an odd number of double quotation marks in the fields since
// the last one that ends a sentence.
func quotedAt(f []string, k int) bool {
	marks := 0
	for i := k - 1; i >= 0; i-- {
		if strings.TrimRight(f[i], "\"”") != strings.TrimRight(strings.TrimRight(f[i], "\"”"), ".!?") {
			break
		}
		marks += doubleQuotes(f[i])
	}
	return marks%2 == 1 || opensDoubleQuote(f[k])
}

// opensUpper reports whether field f opens with a capital letter after
// any opening punctuation.
func opensUpper(f string) bool {
	f = strings.TrimLeft(f, "\"“‘'`([")
	return f != "" && f[0] >= 'A' && f[0] <= 'Z'
}

// initialField reports whether f is a middle initial: a letter and a
// full stop ("k.").
func initialField(f string) bool {
	return len(f) == 2 && f[0] >= 'a' && f[0] <= 'z' && f[1] == '.'
}

// articleNameOpens reports whether a name may open after the field p: p
// ends a clause or a sentence, or is a title's abbreviation, a role, a verb of saying, an age ("-year-old"), or
// a stopword other than a determiner (opensName, opensBareName).
func articleNameOpens(p string) bool {
	if opensName(p) || opensBareName(p) || strings.TrimRight(p, ".!?") != p {
		return true // a sentence's end or a title's stop: "paris. ilse tadlock", "sen. ilse tadlock"
	}
	w, _ := lowerCore(p)
	return titlesBefore[w] || givenTitles[w] || articleRoles[w] || speakerRoles[w]
}

// articleRoles are roles before a name that roleWords lacks: "ceo ilse
// tadlock", "passenger ilse tadlock".
var articleRoles = lex.Set("ceo", "cfo", "coo", "host", "anchor", "reporter", "correspondent", "star",
	"rapper", "comedian", "musician", "designer", "photographer", "student", "resident", "passenger",
	"driver", "victim", "suspect", "agent", "editor", "publisher", "nurse", "pastor", "rabbi", "imam",
	"priest", "guard", "chef", "artist", "activist", "attorney", "deputy", "trooper", "sgt", "lt", "capt")

// articleGivenWord reports whether the lower-case word w may be a given
// name: a listed one, or a word that is no stopword, title, role, place,
// family or clause word, verb form, adverb or -ing form.
func articleGivenWord(w string) bool {
	if len(w) < 2 || lex.IsStopword(w) || notSurnameWords[w] || givenTitles[w] || titlesBefore[w] || kinWords[w] ||
		notGiven[w] || lex.IsAttributionVerb(w) || commonVerbs[w] {
		return false
	}
	if lex.IsGivenName(w) {
		return true
	}
	if pageWords[w] || pluralNoun(w) || strings.HasSuffix(w, "ies") || len(w) > 4 && strings.HasSuffix(w, "ed") || truecase.Default().MostlyLower(w) {
		return false // "spotted", "roamed", "foodies", "photo": no given name
	}
	// An unlisted word passes here on its shape alone ("crystal", "reed"
	// end as adjectives and participles do): articleFullName asks that
	// the article write it nowhere but before the surname.
	return len(w) > 2 && !verbForm(w) && !adverbLike(w) && !strings.HasSuffix(w, "ing")
}

// saysNext reports whether the word after fields[j] is a verb of saying
// ("Allen said ...", "Isaac told reporters ..."): a given name used as a
// surname speaks so, where a first name alone rarely does in news.
func saysNext(fields []string, j int) bool {
	if j+1 >= len(fields) || fields[j] != strings.TrimRight(fields[j], ",;:.!?") {
		return false
	}
	next, _ := lowerCore(fields[j+1])
	return lex.IsAttributionVerb(next)
}

// articleAbove returns the lower-cased text of candidate ci's article
// (its first maxArticleBytes) and the offset in it where the candidate
// stands, the text above it being low[:until]; until is 0 or less when
// the article is unknown or the candidate is not found in it.
func (c *cluster) articleAbove(ci int) (low string, until int) {
	cd := &c.cands[ci]
	if cd.doc < 0 || cd.doc >= len(c.docs) || c.docs[cd.doc].article == nil {
		return "", -1
	}
	low = lex.Lower(truncate(c.docs[cd.doc].article.Text, maxArticleBytes))
	if until = strings.Index(low, lex.Lower(truncate(cd.text, 40))); until < 0 {
		until = articleOffset(low, cd.text) // marks respaced by the cleaner (articleoffset.go)
	}
	return low, until
}
