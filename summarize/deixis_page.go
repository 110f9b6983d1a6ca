package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage, after selection: it cuts what
// points at the page a sentence stood on. A summary has no picture, video
// or table for "(shown below)", "(see photo)" or "In the video above," to
// point at; blind readers list such a pointer as a dangling reference.
//   - A parenthesis that points at the page goes: one opening with "see",
//     "watch", "click", "video", "photo", "pictured", "shown" and the like,
//     one ending in "below" or "above", one of positions only ("(left)",
//     "(top photo)"), one placing a person in the picture ("(at left)",
//     "(seen at right)": pageParenPlaces). "<name> (pictured) said ..."
//     reads "<name> said ...".
//   - An opening "In the <words> video above," reads "In a <words>
//     video,": the clause after it tells what the video shows.
//   - A short sentence that only points ("You can watch it above.",
//     "A longer cut is below.") is left out (pagePointerOnly).

// pageParen matches a parenthesis and the space before it.
var pageParen = regexp.MustCompile(` ?\(([^()]{1,120})\)`)

// pageParenOpeners open a parenthesis that points at the page.
var pageParenOpeners = regexp.MustCompile(`(?i)^(?:see|watch|click|video|videos|photo|photos|pictured|not pictured|shown|view|listen|more on (?:that|this)|recipe|graphic|map|chart|image|slideshow|gallery)\b`)

// pageParenTitle opens a parenthesis that names a work as an example:
// (see "<title>").
var pageParenTitle = regexp.MustCompile(`(?i)^see (?:also )?["“']`)

// pageParenEnds close a parenthesis that points at the page.
var pageParenEnds = regexp.MustCompile(`(?i)\b(?:below|above)$`)

// pagePositions are the words of a parenthesis of positions only.
var pagePositions = regexp.MustCompile(`(?i)^(?:(?:left|right|center|centre|top|bottom|far|second|from|to|l\.|r\.|c\.|photo|above|below|inset|front|back|row)\s*)+$`)

// pageParenPlaces open a parenthesis that places a person in the
// page's picture: "(at left)", "(seen at right)", "(on the right,
// holding a flag)"; "(on the right to protest)" goes on as a clause and
// stays. Measured against d3760c9 with positionCaption
// (picturecaption_position.go): validation 1 changed, better (both of a
// summary's "(at left)" and "(at right)" gone); train 1-38,000 1 changed,
// better ("(seen at right)" gone).
var pageParenPlaces = regexp.MustCompile(`(?i)^(?:(?:seen|shown|standing|sitting|pictured) )?(?:at|on) (?:the )?(?:far )?(?:left|right)(?:,|$)`)

// pageMediaLead matches an opening "In the <up to three words> video
// above," or "In the above video,".
var pageMediaLead = regexp.MustCompile(`(?i)^in the ((?:[a-z'’-]+ ){0,3}?)(video|clip|interview|footage|photo|image|chart|graphic|map|segment|report|picture|photograph|slideshow|infographic|trailer|ad|tweet)s? (?:above|below), |^in the (?:above|below) ((?:[a-z'’-]+ ){0,2}?)(video|clip|interview|footage|photo|image|chart|graphic|map|segment|picture|tweet), `)

// pagePointer matches a sentence that only points at the page.
var pagePointer = regexp.MustCompile(`(?i)\b(?:watch|see|view|click|listen)\b(?: [^ .!?]+){0,4} (?:above|below)[.:!]?$|\b(?:is|are) (?:above|below)[.:!]?$|^watch (?:here|below|above|it)[.:!]?$`)

// pagePointerMaxWords is the most words of a sentence pagePointer may
// drop.
const pagePointerMaxWords = 12

// cutPageReference returns s without the parentheses that point at its
// page and with an opening "In the video above," read as "In a video,"
// (this file's comment), and whether it changed s.
func cutPageReference(s string) (string, bool) {
	t := pageParenReplace(s, func(m string) string {
		inner := strings.TrimSpace(m[strings.IndexByte(m, '(')+1 : len(m)-1])
		if pageParenTitle.MatchString(inner) {
			return m // (see "<title>"): an example, not the page
		}
		if pageParenOpeners.MatchString(inner) || pageParenEnds.MatchString(inner) || pagePositions.MatchString(inner) || pageParenPlaces.MatchString(inner) {
			return ""
		}
		return m
	})
	if t != s {
		t = strings.TrimSpace(t)
		if t == "" || countWords(t) < 4 {
			return s, false
		}
		t = capitalizeFirst(strings.NewReplacer(":.", ".", ",.", ".", ";.", ".").Replace(t))
	}
	// pageMediaLead opens with "in the " in any case (no k or s to fold).
	if len(t) < 7 || !strings.EqualFold(t[:7], "in the ") {
		return t, t != s
	}
	if m := pageMediaLead.FindStringSubmatchIndex(t); m != nil {
		g := 2 // "In the <words> video above,"
		if m[4] < 0 {
			g = 6 // "In the above <words> video,"
		}
		words, noun := t[m[g]:m[g+1]], t[m[g+2]:m[g+3]]
		article := "a "
		if first := words + noun; lex.ContainsAny(first[:1], "aeiouAEIOU") {
			article = "an "
		}
		t = t[:2] + " " + article + words + noun + ", " + t[m[1]:]
	}
	return t, t != s
}

// pageParenReplace is pageParen.ReplaceAllStringFunc(s, repl), without
// running the expression on a string with no '(' (which every match holds).
func pageParenReplace(s string, repl func(string) string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	return pageParen.ReplaceAllStringFunc(s, repl)
}

// cutPageReferences cuts, in each sentence of a reader's summary, what
// points at its page (cutPageReference).
func cutPageReferences(sum *chorus.Summary) {
	cutEach(sum, cutPageReference)
}

// pagePointerOnly reports whether s is a short sentence that only points
// at the page ("You can watch it above."): dropChosen leaves it out.
func pagePointerOnly(s string) bool {
	return pagePointerEnd(s) && countWords(s) <= pagePointerMaxWords && pagePointer.MatchString(s) && !lex.ContainsAny(s, "\"“”")
}

// pagePointerEnd reports whether s ends as every match of pagePointer
// does: on "above", "below", "here" or "it" in any case (no k or s to
// fold), and perhaps one of ".:!".
func pagePointerEnd(s string) bool {
	if n := len(s); n > 0 && (s[n-1] == '.' || s[n-1] == ':' || s[n-1] == '!') {
		s = s[:n-1]
	}
	n := len(s)
	return n >= 5 && (strings.EqualFold(s[n-5:], "above") || strings.EqualFold(s[n-5:], "below")) ||
		n >= 4 && strings.EqualFold(s[n-4:], "here") || n >= 2 && strings.EqualFold(s[n-2:], "it")
}

// dropChosen returns picked without the facts whose text (trimmed) drop
// reports, or picked itself when it holds one fact or none would be left.
func (c *cluster) dropChosen(picked []int, drop func(string) bool) []int {
	if len(picked) < 2 {
		return picked
	}
	out := make([]int, 0, len(picked))
	for _, f := range picked {
		if !drop(strings.TrimSpace(c.cands[c.facts[f].rep].text)) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return picked
	}
	return out
}
