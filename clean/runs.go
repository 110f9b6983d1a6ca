package clean

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts what pages put between or before sentences that no
// sentence holds: runs of dots, dashes or underscores drawn as rules
// ("......", "____", "------------"), and photo credits of a name and its
// outlet joined by a slash ("Jane Roe/Harbour Daily News The council ...",
// "Ivo Brandt/AP Police secured ...").

// Drawn rules: dots, underscores, equals signs and tildes from
// punctRunMin on; dashes only from dashRunMin on, since four or five
// dashes also stand for a dash or a bleeped word ("f ----- up"). A rule of
// sepRunMin or more bytes separated two texts: the text before it ends
// there.
const (
	punctRunMin = 4
	dashRunMin  = 8
	sepRunMin   = 7
)

// isPunctRun reports whether w is a drawn rule.
func isPunctRun(w string) bool {
	switch {
	case strings.Count(w, "…") >= 2 && strings.Trim(w, "…") == "":
		return true
	case len(w) >= dashRunMin && strings.Trim(w, "-") == "":
		return true
	}
	return len(w) >= punctRunMin && strings.Trim(w, "._=~") == "" && strings.Trim(w, ".") != "" ||
		len(w) >= punctRunMin && strings.Trim(w, ".") == ""
}

// stripPunctRuns removes the drawn rules standing as words of p. A long
// rule ends the text before it, which gets a full stop if it has no
// sentence end, and the word after a rule that opened p or followed a
// sentence end is capitalised ("........ Legend has it ...", "... on
// Tuesday ------------ two men were ..."). Dots closing a sentence ("...
// the tax code....") are part of a word and stay.
func stripPunctRuns(p string) string {
	if !strings.Contains(p, "....") && !strings.Contains(p, "____") && !strings.Contains(p, "--------") &&
		!strings.Contains(p, "====") && !strings.Contains(p, "~~~~") && !strings.Contains(p, "……") {
		return p
	}
	fields := lex.SpaceFields(p)
	out := fields[:0]
	upper := false // the next kept word starts a sentence
	for _, w := range fields {
		if isPunctRun(w) {
			switch {
			case len(out) == 0:
				upper = true
			case endsSentence(out[len(out)-1]):
				upper = true
			case len(w) >= sepRunMin:
				out[len(out)-1] = strings.TrimRight(out[len(out)-1], ",;:") + "."
				upper = true
			}
			continue
		}
		if upper || len(out) == 0 {
			w = lex.UpperFirst(w)
			upper = false
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// creditTails end the outlet of a slash-joined photo credit: the news
// agencies (lex.Agencies) and the words that close a photo agency's or a
// paper's name ("Getty Images", "FilmMagic", "Daily News", "The Times").
var creditTails = func() map[string]bool {
	m := lex.Set("images", "gettyimages", "getty", "wireimage", "filmmagic", "invision", "epa",
		"pool", "photo", "photos", "news", "times", "press", "post", "herald", "tribune", "journal",
		"telegraph", "gazette", "chronicle", "searchlight", "examiner", "inquirer", "dispatch",
		"register", "globe", "observer", "fox", "cnet", "shutterstock", "istockphoto", "flickr")
	for _, a := range lex.Agencies() {
		if !strings.Contains(a, " ") {
			m[a] = true
		}
	}
	return m
}()

// creditOutletWords bounds the words of the outlet after the slash.
const creditOutletWords = 5

// stripNameCredits cuts a photo credit that opens p or one of its
// sentences: one to three words of a name, a slash, and an outlet of at
// most creditOutletWords words ending in a creditTails word, with at least
// stampMinRest words after it ("Jane Roe/Harbour Daily News The council
// voted ..." keeps "The council voted ..."). A poll's sponsors
// ("a Courier/Reuters poll") are not a credit.
func stripNameCredits(p string) string {
	if strings.IndexByte(p, '/') < 0 {
		return p
	}
	lower := lex.LowerASCII(p)
	from := 0
	for range maxStrips {
		k := strings.IndexByte(lower[from:], '/')
		if k < 0 {
			break
		}
		i := from + k
		from = i + 1
		start := sentenceStart(lower, i)
		if start < 0 || i-start > 40 {
			continue
		}
		if !creditName(lower, start, i) {
			continue
		}
		end := creditEnd(lower[i+1:])
		if end < 0 {
			continue
		}
		end += i + 1
		if countWords(p[end:]) < stampMinRest || pollWord(lower[end:]) {
			continue
		}
		p = p[:start] + lex.UpperFirst(p[end:])
		lower = lower[:start] + lex.LowerASCII(p[start:])
		from = start
	}
	return p
}

// creditEnd returns the offset in s, the text after a credit's slash, just
// past the outlet and its space: the first creditTails word among the
// first creditOutletWords words (a further slash may join another outlet,
// "getty images/afp"). It returns -1 when no outlet ends there.
func creditEnd(s string) int {
	pos := 0
	for n := 0; n < creditOutletWords; n++ {
		sp := strings.IndexByte(s[pos:], ' ')
		if sp < 0 {
			return -1
		}
		w := s[pos : pos+sp]
		if lex.ContainsAny(w, ".,;:!?\"()") {
			return -1
		}
		last := w
		if j := strings.LastIndexByte(w, '/'); j >= 0 {
			last = w[j+1:]
		}
		pos += sp + 1
		if creditTails[last] {
			// "getty images", "getty images/afp": the outlet runs on.
			for n++; n < creditOutletWords; n++ {
				sp := strings.IndexByte(s[pos:], ' ')
				if sp < 0 {
					break
				}
				w := strings.TrimRight(s[pos:pos+sp], ";")
				j := strings.LastIndexByte(w, '/')
				if !(w == "images" || j >= 0 && creditTails[w[j+1:]]) {
					break
				}
				pos += sp + 1
			}
			return pos
		}
	}
	return -1
}

// creditName reports whether lower[start:i], before a credit's slash, is
// the name of a photographer or an agency: two or three words of letters
// (one if it is an agency), starting p or a sentence whose predecessor
// ends with a word, not an initial or abbreviation ("Jane q. Roe/...",
// "9 p.m. Et/pt ...").
func creditName(lower string, start, i int) bool {
	if i == 0 || lower[i-1] == ' ' {
		return false
	}
	name := lex.SpaceFieldsShared(lower[start:i])
	if len(name) == 0 || len(name) > 3 {
		return false
	}
	for _, w := range name {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz'’-") != "" {
			return false
		}
	}
	if len(name) == 1 && !slices.Contains(agencyNames, name[0]) {
		return false
	}
	if start == 0 {
		return true
	}
	prev := lex.SpaceFieldsShared(lower[:start])
	if len(prev) == 0 {
		return true
	}
	w := strings.TrimRight(prev[len(prev)-1], ".!?\"")
	return len(w) > 2 && !lex.ContainsAny(w, ".,")
}
