package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. A chosen sentence can stand
// two or more places below the sentence its own article writes right
// after it: "<Mayor> said the plant will close." ... "<Town> lost its
// largest employer on <day>." The later one points at news the reader
// has not been told yet. When the earlier sentence stands on its own
// (prevUpFits), it moves up to stand right before the sentence that
// follows it in its article; every other sentence keeps its order. It
// runs after predecessorsFirst (the neighbouring pair) on the chosen
// summary: nothing is chosen again.
//
// Multi-News validation (5,613 default summaries): 6 change, all read: 5
// better (a person named in full before the surname, the event before its
// detail), 1 the same. Train 1-38,000 (37,924): 47 change, all read: 27
// better, 18 the same, 2 worse (a detail of a wedding moved before the
// line that tells it took place; a closing remark on a second player
// moved up before she is introduced). Without the guards of prevUpAside
// (an opening "Whereas"/"More ...", a cut "When ..." clause, "also",
// "another", "nor", a picture's caption, a request for comment) 10 more
// train summaries changed, 6 of them worse; without the quotation guard a
// caption holding a quote moved up.

// prevUpMinWords is the fewest words a sentence moved up must have.
const prevUpMinWords = 8

// predecessorsUp moves, in a reader's summary, a sentence to stand right
// before the summary sentence (not the opening one) that follows it in
// its article, when it stands two or more places below it and fits
// (prevUpFits). See the file comment.
func (c *cluster) predecessorsUp(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil {
		return
	}
	for i := 1; i+2 < len(picked); i++ {
		for j := i + 2; j < len(picked); j++ {
			if !c.follows(picked[i], picked[j]) {
				continue
			}
			if c.follows(picked[j], picked[j-1]) {
				break // it reads on from the sentence above it
			}
			if c.prevUpFits(&c.cands[c.facts[picked[j]].rep], picked[:i]) {
				f := picked[j]
				copy(picked[i+1:j+1], picked[i:j])
				picked[i] = f
				i++
			}
			break
		}
	}
}

// prevUpFits reports whether cd may stand right after the summary
// sentences before: long enough, opening as a sentence, passing every
// detector, no caption or page junk, no quotation, and pointing at
// nothing those sentences have not told (prevUpLeans).
func (c *cluster) prevUpFits(cd *candidate, before []int) bool {
	if cd.words < prevUpMinWords || startsLower(cd.text) || !prevUpOpens(cd.text) ||
		c.detect(cd.text).First() != defect.OK || captionWord(cd.text) || junkLead(cd.text) ||
		c.junkish(cd.text) || lex.ContainsAny(cd.text, "\"“”") || pointsBackEarly(cd.text) ||
		predLedeLeans(cd.text) || prevUpListed(cd.text) || prevUpAside(cd.text) {
		return false
	}
	var told strings.Builder
	for _, f := range before {
		told.WriteString(lex.Lower(c.cands[c.facts[f].rep].text))
		told.WriteByte(' ')
	}
	return !prevUpLeans(cd.text, told.String())
}

// prevUpDeterminers open a noun phrase that presents its noun as told.
var prevUpDeterminers = lex.Set("the", "this", "that", "these", "those", "such")

// prevUpPointers are words that, among a sentence's first five, lean on
// a sentence before it ("In one, ...", "Both ...", "as well").
var prevUpPointers = lex.Set("one", "both", "either", "neither", "then", "meanwhile", "well", "besides",
	"moreover", "instead", "though", "thus", "therefore", "likewise", "similarly", "first", "second", "third")

// prevUpLeans reports whether s leans on something told reads as not yet
// told: a pointer among its first five words, or a determiner before a
// lower-case noun the told text never writes ("The drugs involved ...").
func prevUpLeans(s, told string) bool {
	f := lex.SpaceFieldsShared(s)
	for i := 0; i < len(f) && i < 5; i++ {
		x := lex.Lower(strings.Trim(f[i], trimMarks))
		if prevUpPointers[x] {
			return true
		}
		if prevUpDeterminers[x] && i+1 < len(f) {
			n := strings.Trim(f[i+1], trimMarks)
			r, _ := utf8.DecodeRuneInString(n)
			if unicode.IsLower(r) && !strings.Contains(told, lex.Lower(n)) {
				return true
			}
		}
	}
	return false
}

// prevUpListed reports whether s is a verbless list whose items open
// with one word ("No <x>, no <y>, no <z>."): a fragment that only a
// sentence before it frames.
func prevUpListed(s string) bool {
	parts := strings.Split(s, ",")
	if len(parts) < 3 || !verbless(s) {
		return false
	}
	head := ""
	for _, p := range parts {
		w := lex.LetterWords(p, 1)
		if len(w) == 0 || (head != "" && lex.Lower(w[0]) != head) {
			return false
		}
		head = lex.Lower(w[0])
	}
	return true
}

// prevUpOpeners are first words that join a sentence to the one before it
// ("Whereas, ...", "But ...") or open a clause that needs another
// ("When <x> was ...." with no comma).
var prevUpOpeners = lex.Set("whereas", "but", "and", "yet", "so", "plus", "or", "nor", "still")

// prevUpSubordinators open a subordinate clause: with no comma after it,
// the sentence is a cut fragment ("When the storm was near the town.").
var prevUpSubordinators = lex.Set("when", "while", "after", "before", "because", "although", "though",
	"if", "as", "since", "until", "unless")

// prevUpAnywhere are words that, anywhere in a sentence, count from
// something told before it ("nor was another brother", "again") or mark a
// picture's caption or a request for comment, best left where they stand.
var prevUpAnywhere = lex.Set("also", "another", "again", "too", "nor", "picture", "pictured", "photo",
	"photograph", "comment", "comments")

// prevUpAside reports whether s joins on to a sentence before it, is a cut
// subordinate clause, counts from something told ("More arrests ..."), or
// holds a word of prevUpAnywhere.
func prevUpAside(s string) bool {
	w := lex.LetterWords(s, -1)
	if len(w) == 0 {
		return true
	}
	first := lex.Lower(w[0])
	if prevUpOpeners[first] || (prevUpSubordinators[first] && !strings.Contains(s, ",")) ||
		(first == "more" && len(w) > 1 && lex.Lower(w[1]) != "than") {
		return true
	}
	for _, x := range w {
		if prevUpAnywhere[lex.Lower(x)] {
			return true
		}
	}
	return false
}

// prevUpOpens reports whether s opens as a sentence: a letter, a digit
// or a quotation mark, not page furniture ("***", "|").
func prevUpOpens(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“'‘", r)
}
