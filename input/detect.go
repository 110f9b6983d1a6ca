package input

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// sniffLen is how much of an input the detectors look at.
const sniffLen = 8 << 10

// formatOf returns the format of an input named name whose content starts
// with head: the forced format if any, else by extension, else by content.
func formatOf(forced Format, name string, head []byte) Format {
	if forced != FormatAuto {
		return forced
	}
	base := strings.ToLower(strings.TrimSuffix(filepath.Base(name), ".gz"))
	switch filepath.Ext(base) {
	case ".txt", ".text", ".md":
		return FormatText
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".json":
		return FormatJSON
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".src":
		return FormatMultiNews
	}
	return sniff(head)
}

// sniff guesses the format from the first bytes of the content.
func sniff(head []byte) Format {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	if len(t) == 0 {
		return FormatText
	}
	switch t[0] {
	case '[':
		return FormatJSON
	case '{':
		// One object per line is JSON Lines; an object spread over several
		// lines is JSON.
		line, _, _ := bytes.Cut(t, []byte("\n"))
		line = bytes.TrimSpace(line)
		if len(line) > 1 && line[len(line)-1] == '}' {
			return FormatJSONL
		}
		return FormatJSON
	case '<':
		return FormatHTML
	}
	if bytes.Contains(head, []byte("|||||")) || bytes.Contains(head, []byte("NEWLINE_CHAR")) {
		return FormatMultiNews
	}
	if LooksLikeHTML(string(head)) {
		return FormatHTML
	}
	return FormatText
}

// htmlMarkers are tags that show a text is HTML rather than prose.
var htmlMarkers = []string{"<html", "<body", "<p>", "<p ", "<div", "<br", "</p>", "<article", "<span", "<a href"}

// LooksLikeHTML reports whether s holds HTML markup (a page or a fragment)
// rather than plain text.
func LooksLikeHTML(s string) bool {
	if strings.IndexByte(s, '<') < 0 {
		return false
	}
	lower := strings.ToLower(s)
	for _, m := range htmlMarkers {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// isBinary reports whether data looks like binary junk rather than text:
// a NUL byte in its first sniffLen bytes, or more than a tenth of them
// control characters or invalid UTF-8.
func isBinary(data []byte) bool {
	head := data
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && size == 1 && len(head)-i >= utf8.UTFMax {
			bad++
		}
		i += size
	}
	return bad*10 > len(head)
}

// repairUTF8 returns data as a valid UTF-8 string. Invalid bytes are read
// as Windows-1252/Latin-1, the usual encoding of such text, so "caf\xe9"
// becomes "café".
func repairUTF8(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(latin1(data[i]))
			i++
			continue
		}
		b.Write(data[i : i+size])
		i += size
	}
	return b.String()
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to runes.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func latin1(c byte) rune {
	if 0x80 <= c && c < 0xA0 {
		return cp1252[c-0x80]
	}
	return rune(c)
}
