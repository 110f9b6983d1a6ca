package clean

import (
	"strings"
	"unicode/utf8"
)

// This file repairs the punctuation of text that was encoded in UTF-8 and
// decoded again as Windows-1252 or Latin-1 before it reached Chorus
// (mojibake): a curly apostrophe, quote or dash of three UTF-8 bytes
// (E2 80 xx) comes as "â" and two more characters ("itâ€™s", "itâ\u0080\u0099s"),
// and Multi-News's tokenizer set a space before the last of them ("itâ€ ™s").
// Left alone, the "â" stays in the summary ("wouldnâ't", "itâs") once
// the control characters are dropped. An "â" of a real word ("château")
// is followed by neither, and stays.

// mojibakeLead is the "â" that opens every repaired sequence;
// mojibakeCapital is the same in upper case, as a sentence of Multi-News
// opens ("Â€ œ..."), repaired before "€" only.
const (
	mojibakeLead    = "\u00e2"
	mojibakeCapital = "\u00c2"
)

// repairMojibake returns text with each mojibake sequence of a General
// Punctuation character (U+2000–U+203F) replaced by that character, a
// curly quote or apostrophe by its straight form, an ellipsis by three
// stops (foldPunct):
//   - "â" and two runes of U+0080–U+00BF: the three bytes read as
//     Latin-1 ("â\u0080\u0099" is "'");
//   - "â€", maybe a space, and the Windows-1252 rune of the third byte
//     ("â€™", "â€ ™"), or its Windows-1250 rune ("ś", "ť"), or a
//     control, "?" or U+FFFD where that byte has no rune (U+201D, the
//     closing quote, is the one left out of Windows-1252), or a straight
//     quote where a tokenizer had turned the rune of a dash ("”" of
//     0x94) into one;
//   - "â" and two U+FFFD: the bytes lost, a quote between a word and a
//     space, a dash between spaces.
//
// Text with no such sequence is returned as it is.
func repairMojibake(text string) string {
	if !strings.Contains(text, mojibakeLead) && !strings.Contains(text, mojibakeCapital+"€") {
		return text
	}
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.Index(text[i:], mojibakeLead)
		if c := strings.Index(text[i:], mojibakeCapital); c >= 0 && (j < 0 || c < j) {
			j = c // a sentence's first letter: "Â€ œwe sail ..."
		}
		if j < 0 {
			break
		}
		j += i
		k := j + len(mojibakeLead)
		n, rep := mojibakeAt(text, j, k)
		if strings.HasPrefix(text[j:], mojibakeCapital) && !strings.HasPrefix(text[k:], "€") {
			n = 0 // "Â" is the mojibake of other bytes
		}
		if n == 0 {
			i = k
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[last:j])
		b.WriteString(rep)
		last = k + n
		i = last
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// mojibakeAt reads the mojibake sequence whose "â" ends at byte k of text
// (it starts at j): it returns how many bytes after the "â" the sequence
// holds and its repair, or 0 when none starts there.
func mojibakeAt(text string, j, k int) (int, string) {
	r1, n1 := utf8.DecodeRuneInString(text[k:])
	switch {
	case 0x80 <= r1 && r1 <= 0xBF:
		r2, n2 := utf8.DecodeRuneInString(text[k+n1:])
		if r2 < 0x80 || r2 > 0xBF {
			return 0, ""
		}
		r, _ := utf8.DecodeRune([]byte{0xE2, byte(r1), byte(r2)})
		if r == utf8.RuneError {
			return 0, ""
		}
		return n1 + n2, foldPunct(r)
	case r1 == '€':
		m := k + n1
		if m < len(text) && text[m] == ' ' {
			m++ // Multi-News's tokenizer: "itâ€ ™s"
		}
		r3, n3 := utf8.DecodeRuneInString(text[m:])
		c, ok := cp1252Byte(r3)
		if !ok {
			return 0, "" // a lone "â€"
		}
		if r3 == '"' {
			if digitAround(text, j, m+n3) {
				return m + n3 - k, "–" // "weeks 8–14"
			}
			return m + n3 - k, "—"
		}
		return m + n3 - k, foldPunct(rune(0x2000 + int(c) - 0x80))
	case r1 == utf8.RuneError && n1 == 3:
		r2, n2 := utf8.DecodeRuneInString(text[k+n1:])
		if r2 != utf8.RuneError || n2 != 3 {
			return 0, ""
		}
		if j > 0 && text[j-1] == ' ' && strings.HasPrefix(text[k+n1+n2:], " ") {
			return n1 + n2, "—"
		}
		return n1 + n2, `"`
	}
	return 0, ""
}

// cp1252Byte returns the byte 0x80–0xBF that a Windows-1252 decoder read
// as r, and true; the Windows-1250 runes of 0x9C and 0x9D ("ś", "ť"), a
// C1 control, "?" and U+FFFD stand for the byte 0x9D, undefined in
// Windows-1252; a straight double quote stands for 0x94 (a tokenizer's
// quote for "”"). It returns false for any other rune.
func cp1252Byte(r rune) (byte, bool) {
	switch {
	case r == 'ś':
		return 0x9C, true
	case r == 'ť', r == '?', r == utf8.RuneError:
		return 0x9D, true
	case r == '"':
		return 0x94, true
	case 0x80 <= r && r <= 0xBF:
		return byte(r), true
	}
	for i, h := range cp1252High {
		if h == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// cp1252High maps the bytes 0x80–0x9F of Windows-1252 to runes, as the
// decoder that made the mojibake read them.
var cp1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// foldPunct returns the text of r, a repaired punctuation rune, in the
// style of plain text: a curly single quote or prime as an apostrophe, a
// curly double quote as a straight one, an ellipsis as three stops; other
// runes as they are.
func foldPunct(r rune) string {
	switch r {
	case '‘', '’', '‚', '‛', '′':
		return "'"
	case '“', '”', '„', '‟', '″':
		return `"`
	case '…':
		return "..."
	}
	return string(r)
}

// digitAround reports whether a figure stands right before byte j and
// right after byte end of text ("8â€"14").
func digitAround(text string, j, end int) bool {
	return j > 0 && '0' <= text[j-1] && text[j-1] <= '9' && end < len(text) && '0' <= text[end] && text[end] <= '9'
}
