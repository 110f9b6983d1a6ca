package summarize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A page's one-word section or format label, or a live blog item's time,
// run into the sentence after it: "Video the mayor of westvale said ...",
// "Gif police were called ...", "10 a.m. Geologists say ...".

// pageLabels are the labels a page sets above a story, an embedded clip or
// a correction: the medium of what follows, or the kind of item it is.
var pageLabels = lex.Set("video", "gif", "update", "updated", "analysis", "exclusive", "correction")

// labelFollowers are the words that open a clause and cannot follow a
// label word in a sentence of its own ("Video the mayor said" is no
// English, "Video of the mayor" and "Video shows" are): determiners and
// subject pronouns.
var labelFollowers = lex.Set("the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my",
	"we", "i", "they", "he", "she", "you", "there")

// itemTime is a clock time opening a sentence, as a live blog's item opens
// once the rule before it ("___") is gone: "10 a.m. ", "3: 15 p.m. ".
// A time zone or a dash after it ("6: 45 p.m. Et - ") marks the stamp for
// sure (group 1).
var itemTime = regexp.MustCompile(`^\d{1,2}(?:: ?\d\d)? ?[ap]\.m\.,? ((?i:et|est|edt|ct|pt|local)\b,? ?)?((?:[-–—] )?)`)

// labelPhrases are two-word labels a page sets above a story or its
// correction ("Corrected version the pier ...", "Story date: the ...");
// no sentence of prose opens with them.
var labelPhrases = []string{"corrected version ", "correction appended ", "story date: ", "article excerpt "}

// cutPageLabel returns s without a page label or an item's time that
// opens it, or "" for a photo caption under its label ("Caption westvale's
// pier at dawn", "Photos: ..."). A label goes only before a determiner or
// subject pronoun (labelFollowers) or, without a colon, a listed given
// name (lex.IsGivenName: "Video jane roe said ...": no noun that "video"
// or "update" qualifies is a given name; "Video: jane roe's ..." titles a
// clip), except "gif" and the two-word labelPhrases, which no
// sentence of prose opens with; a time only before a time zone or a dash, before a
// capital, the sentence splitter's mark that the stop of "a.m." ended
// something, in text that is otherwise lower-cased, or before a
// determiner. What is left must have minWords.
func cutPageLabel(s string, cased bool) string {
	sp := strings.IndexByte(s, ' ')
	if sp <= 0 {
		return s
	}
	if rest, ok := cutClockStamp(s); ok {
		return rest // "21:07 the council ...", "Update 3:18 the ferry ..." (furniture_stamp.go)
	}
	if rest, ok := cutClipTitle(s); ok {
		return rest // "Video image <title> 1:05 <story>" (furniture_stamp.go)
	}
	if m := itemTimeAt(s); m != nil {
		rest := s[m[1]:]
		next, _, _ := strings.Cut(rest, " ")
		marked := m[3] > m[2] || m[5] > m[4]
		if countWords(rest) >= minWords && (marked || !cased && next != "" && isUpperASCII(next[0]) || labelFollowers[lex.Lower(next)]) {
			return lex.UpperFirst(rest)
		}
		return s
	}
	if rest, ok := cutTextSizeBar(s); ok {
		return rest
	}
	for _, p := range labelPhrases {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			if rest := skipLabelDate(strings.TrimSpace(s[len(p):])); countWords(rest) >= minWords {
				return lex.UpperFirst(rest)
			}
			return s
		}
	}
	label := lex.Lower(s[:sp])
	first := strings.TrimRight(label, ":")
	rest := strings.TrimSpace(s[sp+1:])
	next, _, _ := strings.Cut(rest, " ")
	next = lex.Lower(next)
	switch {
	case first == "caption" || label == "photos:":
		return "" // "Caption westvale's pier at dawn", "Photos: the pier at dawn": a photo's or a gallery's caption
	case (first == "gif" || pageLabels[first] && (labelFollowers[next] || label == first && lex.IsGivenName(next))) && countWords(rest) >= minWords:
		return lex.UpperFirst(rest)
	}
	return s
}

// itemTimeAt returns itemTime's submatch indexes in s, looked for only
// when s opens with a digit as every match does.
func itemTimeAt(s string) []int {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return nil
	}
	return itemTime.FindStringSubmatchIndex(s)
}

// textSizeBar is a page's text size buttons, flattened ("Text size - +
// reset"); politicoMark closes the box of related links and video titles
// a politics site sets between them and the story ("... politico 44").
const (
	textSizeBar  = "text size - + reset "
	politicoMark = " politico 44 "
	// textSizeBoxBytes bounds the box before politicoMark.
	textSizeBoxBytes = 300
)

// cutTextSizeBar returns s without the text size buttons that open it, and
// without the box of related links after them when politicoMark closes it
// within textSizeBoxBytes ("Text size - + reset video: the mayor on the
// ferry politico 44 the council voted ..." reads "The council voted
// ..."), and true; "" when fewer than minWords words are left (a link or
// headline alone); s and false when s does not open with the buttons.
func cutTextSizeBar(s string) (string, bool) {
	if len(s) <= len(textSizeBar) || !strings.EqualFold(s[:len(textSizeBar)], textSizeBar) {
		return s, false
	}
	rest := " " + s[len(textSizeBar):]
	if i := strings.Index(lex.Lower(rest[:min(len(rest), textSizeBoxBytes)]), politicoMark); i >= 0 {
		rest = rest[i+len(politicoMark):]
	}
	rest = strings.TrimSpace(rest)
	if countWords(rest) < minWords {
		return "", true
	}
	return lex.UpperFirst(rest), true
}

// skipLabelDate returns s without the date that opens it after a label
// ("aug. 3 the pier ...", "march 4, 2015 the pier ..."), or s.
func skipLabelDate(s string) string {
	f := lex.SpaceFieldsShared(s)
	if len(f) < 3 || !isMonth(lex.Lower(strings.TrimRight(f[0], "."))) {
		return s
	}
	day := strings.TrimRight(f[1], ",")
	if _, err := strconv.Atoi(day); err != nil || len(day) > 2 {
		return s
	}
	n := 2
	if y := f[2]; len(y) == 4 && strings.HasSuffix(f[1], ",") {
		if _, err := strconv.Atoi(y); err == nil {
			n = 3
		}
	}
	return afterFields(s, n)
}

// dropHighlights returns "" for s, a block of a story's highlight bullets
// run into one sentence ("Highlights the pier burned on monday the mayor
// says ...", "Story highlights ..."), or s. It runs after the opening cuts,
// which take such a block off a story's first sentence when a dateline
// ends it ("Story highlights ... westvale, ore. -- the ferry ...").
func dropHighlights(s string) string {
	first, rest, ok := strings.Cut(s, " ")
	if !ok {
		return s
	}
	first = lex.Lower(first)
	next, _, _ := strings.Cut(rest, " ")
	if first == "highlights" && labelFollowers[lex.Lower(next)] || first == "story" && strings.EqualFold(next, "highlights") {
		return ""
	}
	return s
}
