package clean

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts page furniture that Multi-News pages run into an
// article's text: an editor's "Update:" label and its stamp, a video
// player's share bar with the clip's title and length, and list bullets
// that join list items into one line.

// bullets are the list markers that stand between the items of a list run
// into one line ("... latest developments: egypt • president ... •
// the army ..."); each starts a paragraph of its own.
var bullets = strings.NewReplacer("•", "\n\n", "▪", "\n\n", "●", "\n\n", "►", "\n\n", "■", "\n\n", "◆", "\n\n")

// splitBullets puts each bulleted item of text on a paragraph of its own,
// so that a bullet never stands inside a sentence and an item without a
// sentence end is a heading.
// hasBullet reports lex.ContainsAny(text, "•▪●►■◆") by finding the
// 0xE2 byte that opens each of those marks in UTF-8 (no decoder reads it
// as part of the rune before: it is no continuation byte) and matching
// the two bytes after it.
func hasBullet(text string) bool {
	for i := strings.IndexByte(text, 0xE2); i >= 0 && i+2 < len(text); {
		switch text[i+1 : i+3] {
		case "\x80\xa2", "\x96\xaa", "\x97\x8f", "\x96\xba", "\x96\xa0", "\x97\x86":
			return true
		}
		j := strings.IndexByte(text[i+1:], 0xE2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func splitBullets(text string) string {
	if !hasBullet(text) {
		return text
	}
	return bullets.Replace(text)
}

// videoBar matches a video player's share bar run into the text, with the
// clip's title and its length: "Play Facebook Twitter Embed Senator thanks
// crowd 0: 30 ".
var videoBar = regexp.MustCompile(`(?i)play facebook twitter (?:google plus )?embed .{1,200}? \d{1,2}: ?\d\d `)

// stripVideoBar cuts the video share bars (videoBar) out of p.
func stripVideoBar(p string) string {
	if !strings.Contains(p, "acebook twitter") && !strings.Contains(p, "ACEBOOK TWITTER") && !strings.Contains(p, "acebook Twitter") {
		return p
	}
	for range maxStrips {
		loc := videoBar.FindStringIndex(p)
		if loc == nil {
			break
		}
		rest := p[loc[1]:]
		if loc[0] == 0 || strings.IndexByte(".!?\"”", p[loc[0]-1]) >= 0 || loc[0] >= 2 && strings.IndexByte(".!?\"”", p[loc[0]-2]) >= 0 {
			rest = lex.UpperFirst(rest)
		}
		p = p[:loc[0]] + rest
	}
	return p
}

// stripUpdates cuts an editor's update label, with the date or time it
// gives, from the start of p and of each sentence in it, keeping the
// update itself: "Update, 1:02 p.m. Monday: the singer pleaded not guilty
// ..." keeps "The singer pleaded not guilty ...", and "Updated: aug 5,
// 2013 10:39 am the train that derailed ..." keeps "The train that
// derailed ...". The label must be capitalised and hold only stamp words
// (numbers, months, weekdays, "at", "a.m.", a time zone) before its colon,
// so that a sentence about an update ("Updated figures show: ...") stays.
func stripUpdates(p string) string {
	lowered := strings.Contains(p, "update")
	if !lowered && !strings.Contains(p, "Update") && !strings.Contains(p, "UPDATE") {
		return p
	}
	for i, n := 0, 0; i < len(p) && n < maxStrips; n++ {
		j := strings.Index(p[i:], "Update")
		if k := strings.Index(p[i:], "UPDATE"); k >= 0 && (j < 0 || k < j) {
			j = k
		}
		// Multi-News lowers a label after a question mark or a closing
		// parenthesis: "... the king? update: we received ...".
		lower := false
		if lowered {
			if k := strings.Index(p[i:], "update"); k >= 0 && (j < 0 || k < j) {
				j, lower = k, true
			}
		}
		if j < 0 {
			break
		}
		j += i
		i = j + 6
		if j == 0 && lower || j > 0 && !(j >= 2 && p[j-1] == ' ' && strings.IndexByte(".!?)\"”", p[j-2]) >= 0) {
			continue
		}
		end, ok := updateLabel(p[j:])
		if !ok {
			continue
		}
		rest := strings.TrimPrefix(p[j+end:], "| ") // "Update at 1: 51 p.m.: | seattle police ..."
		rest = lex.UpperFirst(rest)
		if countWords(rest) < stampMinRest {
			continue
		}
		p = p[:j] + rest
		i = j
	}
	return p
}

// updateLabel returns the length of the update label that opens s
// ("Update:", "UPDATE #2:", "Updated at 12:50 p.m.:", "Update ( 4 pm est
// ):", "Updated: november 3, 2016, at 10:54 p.m."), with the stamp after
// its colon and the spaces that follow; false when s does not open with
// one.
func updateLabel(s string) (int, bool) {
	i := len("Update")
	if len(s) > i && (s[i] == 'd' || s[i] == 'D') {
		i++
	}
	if len(s) > i && isWordByte(s[i]) {
		return 0, false // "Updates", "Updater"
	}
	colon := -1
	for k := i; k < len(s) && k < i+maxUpdateLabel; k++ {
		if s[k] == ':' && !(k+2 < len(s) && s[k+1] == ' ' && isDigit(s[k+2]) || k+1 < len(s) && isDigit(s[k+1])) {
			colon = k
			break
		}
	}
	if colon < 0 || !stampWords(s[i:colon]) {
		return 0, false
	}
	end := colon + 1
	// A stamp after the colon: "Updated: aug 5, 2013 10: 39 am the train".
	w := lex.SpaceFieldsShared(s[end:min(len(s), end+maxUpdateLabel)])
	skip := 0
	for skip < len(w) && stampWords(w[skip]) && (!strings.HasSuffix(w[skip], ":") || isDigit(w[skip][0])) {
		skip++
	}
	if skip > 0 && skip < len(w) && lex.ContainsAny(strings.Join(w[:skip], " "), "0123456789") {
		end = wordEnd(s, end, skip)
		if k := strings.IndexByte(s[end:min(len(s), end+2)], ':'); k >= 0 {
			end += k + 1
		}
	}
	for end < len(s) && s[end] == ' ' {
		end++
	}
	return end, true
}

// maxUpdateLabel bounds the bytes an update label and its stamp take.
const maxUpdateLabel = 60

// wordEnd returns the offset in s just after the n-th space-separated word
// that starts at or after from.
func wordEnd(s string, from, n int) int {
	k := from
	for ; n > 0 && k < len(s); n-- {
		for k < len(s) && s[k] == ' ' {
			k++
		}
		for k < len(s) && s[k] != ' ' {
			k++
		}
	}
	return k
}

// stampWords reports whether s is made only of the words of a date or time
// stamp: numbers, months, weekdays, "at", "on", "a.m.", "p.m.", time zones,
// "#2" and the punctuation between them.
func stampWords(s string) bool {
	for _, w := range lex.SpaceFieldsShared(s) {
		t := strings.Trim(lex.LowerASCII(w), ",.;:()#-–—")
		if t == "" || strings.Trim(t, "0123456789:./") == "" { // "3:45", "1/5/2016"
			continue
		}
		if !stampWordSet[strings.TrimSuffix(t, ".")] {
			return false
		}
	}
	return true
}

var stampWordSet = lex.Set("at", "on", "am", "pm", "a.m", "p.m", "et", "est", "edt", "ct", "cst", "cdt",
	"pt", "pst", "pdt", "mt", "gmt", "bst", "utc", "aest", "aedt", "cet", "ist",
	"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "june", "jun", "july", "jul",
	"aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "noon", "midnight")

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isWordByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || isDigit(b) }
