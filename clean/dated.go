package clean

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a press release's dated dateline from an article's first
// paragraph in lower-cased text (Multi-News), which datedDateline misses
// since it wants capitals: "Tarnwick, vt., may 3, 2031 -- the council
// ...", "Tarnwick, vt., may 3, 2031 / prwire/ -- ...", "Tarnwick ( may 3,
// 2031 ) - ...", "Tarnwick - ( may 3, 2031 ) - ...", "Tuesday, may 3, 2031
// -- ...", "May 3, 2031 -- ...". A full date with its year closed by a
// dash after a place and a comma is page text, never a story's words; so
// is a headline or standfirst run in before it ("Council backs ferry plan
// tarnwick, vt., may 3, 2031 -- the council ..."), which goes with it.

// datedLineDate is a date with its year, maybe after a weekday.
const datedLineDate = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d`

// datedLinePlace is a place of one to four words, maybe with a region
// after a comma; placeWordsOK checks its words.
const datedLinePlace = `(\pL[\pL.'’-]*(?: \pL[\pL.'’-]*){0,3}(?:, \pL[\pL.'’-]*(?: \pL[\pL.'’-]*){0,2})?)`

// datedLineDash is the dash that closes a dateline.
const datedLineDash = `(?:--|—|–|-)`

var (
	// datedLinePlaced matches a place, a comma or a dash, a date and a dash
	// (a wire's "/ prnewswire/" before it), or a place and a date in
	// parentheses and a dash, then the story's first letter, at a space
	// (the paragraph's start is given one).
	datedLinePlaced = regexp.MustCompile(`(?i) ` + datedLinePlace + `(?:(?:,| ` + datedLineDash + `) ` + datedLineDate +
		`(?: ?/ ?\pL[\pL ]{1,24}/)? ?|(?: ` + datedLineDash + `)? \( ?` + datedLineDate + ` ?\) ?)` + datedLineDash + ` +["“'‘]?\p{Ll}`)
	// datedLineBare matches a date alone and a dash opening a paragraph.
	datedLineBare = regexp.MustCompile(`(?i)^` + datedLineDate + ` ?` + datedLineDash + ` +["“'‘]?\p{Ll}`)
)

// datedLineMaxBytes bounds how far into the paragraph a dated dateline is
// looked for.
const datedLineMaxBytes = 400

// stripDatedLine cuts a dated dateline, and the headline before it, from
// the start of p when p is an article's first paragraph (first). The words
// before the dateline are cut only when they are at most headlineMaxWords
// and end no sentence (endsPrefix), and stampMinRest words must follow.
func stripDatedLine(p string, first bool) string {
	if !first || len(p) < 20 {
		return p
	}
	head := p[:min(len(p), datedLineMaxBytes)]
	if !mayHoldYearDash(head) {
		return p
	}
	end := -1
	if loc := datedLineBare.FindStringIndex(head); loc != nil {
		end = loc[1]
	} else {
		end = datedLineEnd(head)
	}
	if end < 0 {
		return p
	}
	end-- // the story's first letter (ASCII or a mark's first byte) stays
	for end > 0 && p[end] != ' ' {
		end--
	}
	rest := strings.TrimSpace(p[end:])
	if countWords(rest) < stampMinRest {
		return p
	}
	return lex.UpperFirst(rest)
}

// datedLineTries bounds the places tried: the expression takes the
// leftmost, which may hold a headline's last words ("ferry plan tarnwick,
// vt., ..."), and the next word is tried when they are no place's.
const datedLineTries = 4

// datedLineEnd returns where datedLinePlaced ends in head (at the story's
// first letter) when its place's words are a place's (placeWordsOK) and
// the words before it a headline (headlineBefore), or -1.
func datedLineEnd(head string) int {
	s := " " + head // the paragraph's start is a space's end
	from := 0
	for range datedLineTries {
		m := datedLinePlaced.FindStringSubmatchIndex(s[from:])
		if m == nil {
			return -1
		}
		for i := range m {
			m[i] += from
		}
		if placeWordsOK(s[m[2]:m[3]]) {
			if !headlineBefore(s[1:max(1, m[0])]) {
				return -1
			}
			return m[1] - 1 // the match began at the added space
		}
		next := strings.IndexByte(s[m[0]+1:], ' ')
		if next < 0 {
			return -1
		}
		from = m[0] + 1 + next
	}
	return -1
}

// mayHoldYearDash reports whether s holds a year of 19xx or 20xx followed
// within 30 bytes by a dash (a wire's "/ prnewswire/" may stand between), which every dated dateline has; it spares
// most paragraphs the expressions.
func mayHoldYearDash(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			tail := s[i+4 : min(len(s), i+34)]
			if lex.ContainsAny(tail, "-–—") {
				return true
			}
		}
	}
	return false
}

// placeWordsOK reports whether the place of a dateline is a place's words:
// none a stopword or a headline's glue word, but a place's "of" ("district
// of columbia").
func placeWordsOK(place string) bool {
	for _, w := range lex.SpaceFieldsShared(place) {
		w = bare(lex.LowerASCII(w))
		if w == "of" {
			continue
		}
		if w == "" || headlineGlue[w] || lex.IsStopword(w) || datedLineNotPlace[w] {
			return false
		}
	}
	return true
}

// datedLineNotPlace are the words of a date, no place's: weekdays and
// months.
var datedLineNotPlace = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"today", "yesterday")

// headlineBefore reports whether before, the words a paragraph holds
// before its dateline, may be cut as a headline: none, or at most
// headlineMaxWords words ending no sentence and not on a glue word.
func headlineBefore(before string) bool {
	before = strings.TrimSpace(before)
	if before == "" {
		return true
	}
	ws := headlineWords(before, headlineMaxWords+1)
	if len(ws) > headlineMaxWords || endsPrefix(ws) {
		return false
	}
	return !headlineGlue[bare(ws[len(ws)-1].w)]
}
