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
	if hasTag(string(head)) {
		return FormatHTML
	}
	return FormatText
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
